#!/usr/bin/env bash
# How the extractor as of git revision REV reads the documents annotated since revision BASE (by default the
# same as --added-since would take): totals per split as JSON. Run from the repository's root:
#
#   bash tests/eval/score-at.sh REV BASE
#
# A batch added after REV was never seen by REV's rules, so scoring it at several revisions shows how much of
# the rules' progress carries over to news they were not written for. REV's checkout is a temporary worktree.
set -euo pipefail
rev=${1:?usage: bash tests/eval/score-at.sh REV BASE}
base=${2:?usage: bash tests/eval/score-at.sh REV BASE}
root=$(git rev-parse --show-toplevel)
git -C "$root" rev-parse --verify -q "$rev^{commit}" >/dev/null || { echo "score-at: $rev is no commit of this repository" >&2; exit 2; }
git -C "$root" rev-parse --verify -q "$base^{commit}" >/dev/null || { echo "score-at: $base is no commit of this repository" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'git -C "$root" worktree remove --force "$tmp/tree" >/dev/null 2>&1 || true; rm -rf "$tmp"' EXIT
git -C "$root" diff --name-only --diff-filter=A "$base" -- graph-data/annotations/ | sed 's|.*/||; s|\.json$||' > "$tmp/slugs"
[ -s "$tmp/slugs" ] || { echo "score-at: no annotation was added since $base" >&2; exit 2; }
git -C "$root" worktree add -q --detach "$tmp/tree" "$rev"
ln -s "$root/node_modules" "$tmp/tree/node_modules"
mkdir -p "$tmp/tree/tests/eval"
cp "$root/tests/eval/score-docs.ts" "$tmp/tree/tests/eval/score-docs.ts"
(cd "$tmp/tree" && npx tsx tests/eval/score-docs.ts "$root/graph-data" "$tmp/slugs")
