import { join } from "node:path";

export const REPO = new URL("../..", import.meta.url).pathname.replace(/\/$/, "");
export const SEED_DIR = join(REPO, "graph-data");
export const SEED_SLUG = "china-crypto-crackdown-intensify";
export const SEED_ANNOTATION = `annotations/${SEED_SLUG}.json`;
export const SEED_TEXT = `documents/${SEED_SLUG}/text.txt`;
export const SEED_META = `documents/${SEED_SLUG}/meta.json`;
