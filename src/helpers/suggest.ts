import { distance } from 'fastest-levenshtein';

/**
 * The candidate closest to `word`, if it is close enough to be a likely typo: equal ignoring case,
 * or within an edit distance of a third of the word's length and at least 60% alike. `key` picks
 * what is compared (a file's name without its extension, say). Ties go to the first in sort
 * order, so the answer never depends on the order candidates come in.
 */
export function didYouMean(word: string, candidates: Iterable<string>, key: (value: string) => string = (v) => v): string | undefined {
  const wanted = key(word).toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  let caseOnly: string | undefined;
  for (const candidate of candidates) {
    if (candidate === word) continue;
    const compared = key(candidate).toLowerCase();
    if (candidate.toLowerCase() === word.toLowerCase()) {
      if (caseOnly === undefined || candidate < caseOnly) caseOnly = candidate;
      continue;
    }
    const d = distance(wanted, compared);
    if (d < bestDistance || (d === bestDistance && best !== undefined && candidate < best)) {
      best = candidate;
      bestDistance = d;
    }
  }
  if (caseOnly !== undefined) return caseOnly;
  if (best === undefined) return undefined;
  const longest = Math.max(wanted.length, key(best).length, 1);
  const limit = Math.max(1, Math.floor(wanted.length / 3));
  return bestDistance <= limit && 1 - bestDistance / longest >= 0.6 ? best : undefined;
}

/** A file's name without folder and extension: what a typo in a link usually changes. */
export function fileStem(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}
