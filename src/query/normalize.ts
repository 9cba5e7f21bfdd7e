/**
 * The form names are compared in: case-folded, compatibility-normalised (full-width letters,
 * ligatures), curly apostrophes and quotes made straight, runs of whitespace made one space.
 * "People’s Bank of China" and "people's bank of china" compare equal; Chinese is unchanged.
 */
export function normalizeName(name: string): string {
  return name
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, " ")
    .trim();
}
