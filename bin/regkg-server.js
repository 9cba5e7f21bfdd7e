#!/usr/bin/env node
// `npm start`: the explorer and the review API on 127.0.0.1 (src/server/main.ts, compiled on the
// fly by tsx as the CLI is).
import { register } from "tsx/esm/api";

register();
await import("../src/server/main.ts");
