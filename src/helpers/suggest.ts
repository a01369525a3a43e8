import { distance } from 'fastest-levenshtein';

const BOUNDARY = /[-_.\s/]/;

/** `part` occurs in `whole` between separators (or the ends): `data-sources` in `data-sources.title`. */
function containsAtBoundary(whole: string, part: string): boolean {
  for (let at = whole.indexOf(part); at !== -1; at = whole.indexOf(part, at + 1)) {
    const before = at === 0 || BOUNDARY.test(whole.charAt(at - 1));
    const end = at + part.length;
    const after = end === whole.length || BOUNDARY.test(whole.charAt(end));
    if (before && after) return true;
  }
  return false;
}

/** How many typos a word of this length may carry and still be suggested. */
const typosAllowed = (length: number) => (length >= 20 ? 3 : length >= 8 ? 2 : length >= 4 ? 1 : 0);

/**
 * The candidate `word` most likely meant, or undefined: a wrong "did you mean" sends a writer to
 * the wrong place, so only clear cases count. A candidate qualifies when it equals the word
 * ignoring case, is one or two typos away (by length), contains the word between separators
 * (`acceptinvchars` → `copy-acceptinvchars`), or is most of the word with a part cut off at a
 * separator (`data-sources.title` → `data-sources`). `key` picks what is compared (a file's stem,
 * say). Closest first; ties go to the first in sort order, so input order never matters.
 */
export function didYouMean(word: string, candidates: Iterable<string>, key: (value: string) => string = (v) => v): string | undefined {
  const wanted = key(word).toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (candidate === word) continue;
    if (candidate.toLowerCase() === word.toLowerCase()) return candidate;
    const compared = key(candidate).toLowerCase();
    const d = distance(wanted, compared);
    const qualifies = d <= typosAllowed(wanted.length)
      || (wanted.length >= 4 && containsAtBoundary(compared, wanted))
      || (compared.length >= 4 && compared.length >= 0.7 * wanted.length && containsAtBoundary(wanted, compared));
    if (!qualifies) continue;
    if (d < bestDistance || (d === bestDistance && best !== undefined && candidate < best)) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** A file's name without folder and extension: what a typo in a link usually changes. */
export function fileStem(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}
