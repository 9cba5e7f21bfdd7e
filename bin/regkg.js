#!/usr/bin/env node
// The CLI is written in TypeScript; tsx compiles it on the fly so `npx regkg` works in a
// checkout without a build step.
import { register } from "tsx/esm/api";

register();
await import("../src/cli/main.ts");
