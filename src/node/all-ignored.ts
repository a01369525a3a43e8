/**
 * What to say when a run lints no page because every page it found is ignored: an ignore file
 * or an `ignores` glob that came with the checkout must not be able to make a run pass in
 * silence (as ESLint's "All files matched by … are ignored").
 */
export interface IgnoreHints {
  /** how to lint the ignored pages anyway */
  lintThem: string;
  /** how to lint one ignored page anyway */
  lintIt: string;
  /** how to accept a run that lints nothing */
  acceptEmpty: string;
}

/** The command line's ways out; the Action names its inputs instead. */
export const CLI_IGNORE_HINTS: IgnoreHints = {
  lintThem: 'run with --no-ignore to lint them',
  lintIt: 'use --no-ignore to lint it',
  acceptEmpty: '--allow-empty to accept a run that lints nothing',
};

/** What ignores a page: an ignore file, or a config file's `ignores` glob. */
export interface IgnoredBy {
  source: string;
  glob?: string;
}

const shownSource = (by: IgnoredBy) =>
  by.glob === undefined ? `\`${by.source}\`` : `\`${by.source}\` (\`${by.glob}\`)`;

export function allIgnoredMessage(
  pages: readonly string[],
  ignoredBy: (path: string) => IgnoredBy | undefined,
  allowed: boolean,
  hints: IgnoreHints = CLI_IGNORE_HINTS,
): string {
  const sources = new Set<string>();
  for (const page of pages) {
    const by = ignoredBy(page);
    if (by) sources.add(shownSource(by));
  }
  const named = [...sources];
  const shown = named.length > 3 ? `${named.slice(0, 3).join(', ')} and ${named.length - 3} more` : named.join(', ');
  const how = allowed ? hints.lintThem : `${hints.lintThem}, or ${hints.acceptEmpty}`;
  return `no pages linted: every page found (${pages.length}) is ignored by ${shown}; ${how}`;
}

/**
 * What a page named on the command line that an ignore file or glob excludes gets, as a warning on
 * that page (as ESLint's "File ignored because of a matching ignore pattern"): the user asked for
 * it, so skipping it must be said, and an ignore file from the checkout must not hide it unseen.
 */
export function namedIgnoredMessage(by: IgnoredBy, hints: IgnoreHints = CLI_IGNORE_HINTS): string {
  return `File ignored because of a matching ignore pattern in ${shownSource(by)}: it is not linted; ${hints.lintIt}`;
}
