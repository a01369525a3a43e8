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

/**
 * `part` occurs in `whole` between separators, and either starts it (`quotas` → `quotas-and-limits`:
 * the start of a longer title) or is most of it (`acceptinvchars` → `copy-acceptinvchars`). A
 * short part at the end of a longer name is usually what the words before it qualify: `index` is
 * not `syntax-index`.
 */
function containsAsMost(whole: string, part: string): boolean {
  const starts = whole.startsWith(part) && BOUNDARY.test(whole.charAt(part.length));
  return (starts || part.length >= 0.6 * whole.length) && containsAtBoundary(whole, part);
}

/**
 * The words of a name, in lower case: split at separators, between letters and digits, and
 * where a lower-case letter meets an upper-case one (`repFilterEx2` → rep, filter, ex, 2).
 */
function tokens(name: string): string[] {
  return (name.match(/\p{N}+|\p{Lu}+(?!\p{Ll})|\p{Lu}?\p{Ll}+|\p{L}+/gu) ?? []).map((t) => t.toLowerCase());
}

/** The longest word that counts as short: `ex`, `in`, `old`, `new`. */
const SHORT_WORD = 3;

const isNumber = (token: string) => /^\p{N}+$/u.test(token);

/**
 * Whether two names that look alike name different things: they have the same words but for
 * a number (`step-2`, `step-3`; `gdcalert1`, `gdcalert3`), or but for one short word, which is
 * usually the word that tells sibling sections apart (`filter-ex-rules`, `filter-in-rules`). A
 * typo is rarely a number or a whole short word; a sibling is.
 */
function differsInDistinguishingToken(word: string, candidate: string): boolean {
  const a = tokens(word);
  const b = tokens(candidate);
  if (a.length !== b.length) return false;
  const differing = a.flatMap((token, i) => (token === b[i] ? [] : [[token, b[i]!] as const]));
  if (differing.some(([x, y]) => isNumber(x) && isNumber(y))) return true;
  if (differing.length !== 1) return false;
  const [x, y] = differing[0]!;
  return x.length <= SHORT_WORD && y.length <= SHORT_WORD;
}

/**
 * The longest word (file stem, anchor, label …) "did you mean" compares, in characters: longer
 * ones are neither suggested nor given a suggestion. Real anchors and file names are far shorter.
 */
export const MAX_SUGGESTION_LENGTH = 200;

/** How many typos a word of this length may carry and still be suggested. */
const typosAllowed = (length: number) => (length >= 20 ? 3 : length >= 8 ? 2 : length >= 4 ? 1 : 0);

/**
 * The candidate `word` most likely meant, or undefined: a wrong "did you mean" sends a writer to
 * the wrong place, so only clear cases count. A candidate qualifies when it equals the word
 * ignoring case, is one to three typos away (by length), contains the word between separators
 * at its start or as most of its length (`acceptinvchars` → `copy-acceptinvchars`, not `index`
 * → `syntax-index`), or is most of the word with a part cut off at a separator
 * (`data-sources.title` → `data-sources`); and it does not differ from the word in a number or a
 * short word alone (`gdcalert3` is not `gdcalert1`). `key` picks what is compared (a file's
 * stem, say). The closest wins; two equally close are a guess, and give none, so input order
 * never matters.
 */
export function didYouMean(
  word: string,
  candidates: Iterable<string>,
  key: (value: string) => string = (v) => v,
): string | undefined {
  const wanted = key(word).toLowerCase();
  // An edit distance costs the product of the lengths: two 1 MB anchors took minutes.
  if (wanted.length > MAX_SUGGESTION_LENGTH) return undefined;
  let best: string | undefined;
  let bestDistance = Infinity;
  let tied = false;
  for (const candidate of candidates) {
    if (candidate === word || candidate.length > MAX_SUGGESTION_LENGTH * 4) continue;
    if (candidate.toLowerCase() === word.toLowerCase()) return candidate;
    const compared = key(candidate).toLowerCase();
    if (compared.length > MAX_SUGGESTION_LENGTH) continue;
    const d = distance(wanted, compared);
    const qualifies =
      d <= typosAllowed(wanted.length) ||
      (wanted.length >= 4 && containsAsMost(compared, wanted)) ||
      (compared.length >= 4 && compared.length >= 0.7 * wanted.length && containsAtBoundary(wanted, compared));
    if (!qualifies || differsInDistinguishingToken(key(word), key(candidate))) continue;
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
      tied = false;
    } else if (d === bestDistance) tied = true;
  }
  return tied ? undefined : best;
}

/**
 * How many candidates "did you mean" may compare on one page. Each suggestion compares the word
 * with every candidate (the files of a folder, the anchors of a page, the definitions), so a page
 * with 20,000 broken links into a folder of 1,000 files would compute 20 million edit distances,
 * and one with 8,000 broken anchors into itself 64 million. Past the budget a page's problems are
 * reported without a suggestion. Real pages stay far below it: 50 broken links into a folder of
 * 1,000 files spend 50,000.
 */
export const SUGGESTION_COMPARISONS_PER_PAGE = 1_000_000;

/**
 * How many candidates "did you mean" may compare in one run (one budget per rule), over all
 * pages. A per-page budget alone left the tree's cost quadratic: 3,000 pages with 20 broken links
 * each into their folder of 3,000 files compared 180 million pairs (80 s). Past it, problems are
 * reported without a suggestion. 2,000,000 comparisons of words of at most
 * `MAX_SUGGESTION_LENGTH` characters take about a second.
 */
export const SUGGESTION_COMPARISONS_PER_RUN = 2_000_000;

/** What each page, and the whole run, has left to spend on suggestions. */
export class SuggestionBudget {
  private readonly left = new Map<string, number>();
  private runLeft: number;

  constructor(
    private readonly perPage = SUGGESTION_COMPARISONS_PER_PAGE,
    perRun = SUGGESTION_COMPARISONS_PER_RUN,
  ) {
    this.runLeft = perRun;
  }

  /**
   * Whether `page` may compare `count` more candidates, which are then spent. Once a page's
   * budget runs out it stays out. What a page gets depends on its own problems, in page order,
   * and, once the run's budget is spent, on the pages before it in path order (the order the
   * cross-file phase visits them), never on the order pages are linted in.
   */
  spend(page: string, count: number): boolean {
    const left = this.left.get(page) ?? this.perPage;
    this.left.set(page, count > left ? 0 : left - count);
    if (count > left || left <= 0 || count > this.runLeft) {
      if (count > this.runLeft) this.runLeft = 0;
      return false;
    }
    this.runLeft -= count;
    return true;
  }
}

/** A file's name without folder and extension: what a typo in a link usually changes. */
export function fileStem(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}
