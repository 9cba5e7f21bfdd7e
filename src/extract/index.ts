export { extractActions, type Extraction, type ExtractedAction, type ExtractOptions } from "./extract.ts";
export { Gazetteer, bracketedAliases, type GazetteerEntry, type Mention } from "./gazetteer.ts";
export { splitSentences, type Sentence } from "./sentences.ts";
export { discoverNames } from "./names.ts";
export { score, triplesOf, type Score, type Triple } from "./evaluate.ts";
export { findTime, timeOf, type FoundTime } from "./dates.ts";
export { proposeFragment, type ArticleInfo, type Fragment } from "./fragment.ts";
export { appendEntities, chooseSlug, mergeFragment, type FileWrite, type MergeReport, type MergeResult } from "./merge.ts";
