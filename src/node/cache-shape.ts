/**
 * The shape of a cache entry, checked field by field before the entry is used: a cache file is
 * data from disk, and a wrong shape (a forged or corrupt file) must be a corrupt cache that is
 * rebuilt, never a crash of the cross-file phase or a finding with a path or a position that no
 * page has. Strings are bounded (nothing a page gives is longer than a page may be), numbers are
 * whole and in range, every list element is checked.
 */
import { isRecord as isObject } from '../util/objects.js';

/** The longest string an entry may hold: the largest page `--max-file-size` allows by default, twice over. */
const MAX_STRING = 20 * 1024 * 1024;
const MAX_PAGE_PATH = 4096;

const LINK_KINDS = new Set(['link', 'image', 'definition', 'html']);
const DIRECTIVE_KINDS = new Set(['disable', 'enable', 'disable-line', 'disable-next-line', 'disable-file']);

type Check = (value: unknown) => string | undefined;

const string =
  (max = MAX_STRING): Check =>
  (value) =>
    typeof value !== 'string'
      ? 'not a string'
      : value.length > max
        ? `a string longer than ${max} characters`
        : undefined;
const count =
  (min: number): Check =>
  (value) =>
    typeof value === 'number' && Number.isSafeInteger(value) && value >= min
      ? undefined
      : `not a whole number from ${min}`;
const oneOf =
  (allowed: ReadonlySet<string>): Check =>
  (value) =>
    typeof value === 'string' && allowed.has(value) ? undefined : 'not an allowed value';
const boolean: Check = (value) => (typeof value === 'boolean' ? undefined : 'not true or false');
const list =
  (each: Check, max = 10_000_000): Check =>
  (value) => {
    if (!Array.isArray(value)) return 'not a list';
    if (value.length > max) return 'too long a list';
    for (let i = 0; i < value.length; i++) {
      const problem = each(value[i]);
      if (problem) return `[${i}]: ${problem}`;
    }
    return undefined;
  };

/** An object with exactly these keys (optional ones may be absent), each checked. */
const record =
  (required: Record<string, Check>, optional: Record<string, Check> = {}): Check =>
  (value) => {
    if (!isObject(value)) return 'not an object';
    for (const key of Object.keys(value)) {
      if (!Object.hasOwn(required, key) && !Object.hasOwn(optional, key))
        return `unexpected key \`${key.slice(0, 40)}\``;
    }
    for (const [key, check] of Object.entries(required)) {
      if (!Object.hasOwn(value, key)) return `missing \`${key}\``;
      const problem = check(value[key]);
      if (problem) return `\`${key}\`: ${problem}`;
    }
    for (const [key, check] of Object.entries(optional)) {
      if (!Object.hasOwn(value, key) || value[key] === undefined) continue;
      const problem = check(value[key]);
      if (problem) return `\`${key}\`: ${problem}`;
    }
    return undefined;
  };

/** Plain JSON data (a rule's `kept`): no check beyond its depth, which JSON.parse already bounds. */
const json: Check = () => undefined;

const point = record({ line: count(1), column: count(1) }, { offset: count(0) });
const position = record({ start: point, end: point });

const resolvedLink: Check = (value) => {
  if (!isObject(value)) return 'not an object';
  switch (value.kind) {
    case 'external':
      return record({ kind: string() })(value);
    case 'same-page':
      return record({ kind: string(), fragment: string() })(value);
    case 'file':
      return record(
        { kind: string(), path: string(MAX_PAGE_PATH), written: string() },
        { fragment: string(), published: (v) => (v === true ? undefined : 'not true') },
      )(value);
    case 'ignored':
      return record({ kind: string() })(value);
    case 'outside-root':
    case 'root-relative':
      return record({ kind: string(), written: string() })(value);
    default:
      return 'an unknown link target kind';
  }
};

/**
 * [url, kind, target, start line, column, offset, end line, column, offset]; offsets -1 when
 * unknown; then, optionally, the destination as written: start line, column, end line, column.
 */
const storedLink: Check = (value) => {
  if (!Array.isArray(value) || (value.length !== 9 && value.length !== 13)) return 'not a link tuple of 9 or 13';
  const written = value.slice(9) as unknown[];
  const problem = written.map((n) => count(1)(n)).find((p) => p !== undefined);
  if (problem) return problem;
  const [url, kind, target, ...at] = value as unknown[];
  return (
    string()(url) ??
    oneOf(LINK_KINDS)(kind) ??
    resolvedLink(target) ??
    count(1)(at[0]) ??
    count(1)(at[1]) ??
    count(-1)(at[2]) ??
    count(1)(at[3]) ??
    count(1)(at[4]) ??
    count(-1)(at[5])
  );
};

const anchorSite = record({ anchor: string(), source: string(40), position }, { heading: count(0) });
const tocEntry = record({ text: string(), parent: count(-1) }, { target: string(MAX_PAGE_PATH), position });

const facts =
  (path: string): Check =>
  (value) =>
    record(
      {
        path: (p) => (p === path ? undefined : 'not the page of the entry'),
        anchors: list(string()),
        anchorSites: list(anchorSite),
        codeAnchors: list(string()),
        links: list(storedLink),
      },
      {
        title: string(),
        toc: list(tocEntry),
        routes: list(string(MAX_PAGE_PATH)),
        kept: (kept) => (isObject(kept) ? json(kept) : 'not an object'),
      },
    )(value);

const directive = record({
  kind: oneOf(DIRECTIVE_KINDS),
  rules: list(string(200)),
  line: count(1),
  endLine: count(1),
  column: count(1),
  endColumn: count(1),
  reason: string(),
});

const diagnostic = (path: string): Check =>
  record(
    {
      ruleId: (id) => (id === null ? undefined : string(200)(id)),
      severity: oneOf(new Set(['error', 'warning'])),
      message: string(),
      path: (p) => (p === path ? undefined : 'not the page of the entry'),
      line: count(1),
      column: count(1),
    },
    {
      messageId: string(200),
      endLine: count(1),
      endColumn: count(1),
      suggestions: list(string()),
      fix: record({ start: point, end: point, text: string() }),
      causedByChange: boolean,
      fatal: boolean,
      internal: boolean,
    },
  );

const outcome = (path: string): Check =>
  record(
    {
      path: (p) => (p === path ? undefined : 'not the page of the entry'),
      directives: list(directive),
      diagnostics: list(diagnostic(path)),
    },
    { facts: facts(path) },
  );

const page = (path: string): Check =>
  record(
    { hash: string(100), config: string(100), outcome: outcome(path) },
    {
      stamp: (stamp) =>
        Array.isArray(stamp) && stamp.length === 2 && typeof stamp[0] === 'number' && typeof stamp[1] === 'number'
          ? count(0)(stamp[0])
          : 'not [size, mtime]',
    },
  );

/** What is wrong with a cache entry for the page `path`, or undefined when its shape is right. */
export function cacheEntryProblem(path: string, entry: unknown): string | undefined {
  if (path.length === 0 || path.length > MAX_PAGE_PATH) return 'a page path of the wrong length';
  return page(path)(entry);
}
