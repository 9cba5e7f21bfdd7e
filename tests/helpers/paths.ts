import { join } from "node:path";

export const REPO = new URL("../..", import.meta.url).pathname.replace(/\/$/, "");
/**
 * The seed article's graph-data on its own, as the project shipped before the corpus: the facts
 * the query, export, explorer and CLI tests check. graph-data/ itself holds the whole corpus.
 */
export const SEED_PROJECT = join(REPO, "tests/fixtures/seed-project");
export const SEED_DIR = join(SEED_PROJECT, "graph-data");
/** The project's own graph-data: the seed article and the corpus. */
export const DATA_DIR = join(REPO, "graph-data");
export const SEED_SLUG = "china-crypto-crackdown-intensify";
export const SEED_ANNOTATION = `annotations/${SEED_SLUG}.json`;
export const SEED_TEXT = `documents/${SEED_SLUG}/text.txt`;
export const SEED_META = `documents/${SEED_SLUG}/meta.json`;
