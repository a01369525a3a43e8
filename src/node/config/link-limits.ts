/**
 * What the schema cannot say about `settings.links` (at the top of a config and in its
 * overrides): how many `ignore` patterns and how long, and whether each `sites` prefix is an
 * http(s) URL and each folder is inside the project.
 *
 * A config file comes with the repository, so a pull request chooses these too. Every link of
 * every page is matched against every `ignore` pattern (src/contracts/wildcard.ts: at most the
 * destination's length times the pattern's, never backtracking), so their number and size are
 * capped as the config's globs are (src/node/config/glob-limits.ts). Real lists (lychee's
 * `exclude`, markdownlint-cli2's ignores) hold a few dozen short patterns.
 */
import { MAX_PATTERN_LENGTH } from '../../contracts/wildcard.js';
import { isRecord } from '../../util/objects.js';
import { leavesRoot, normalize } from '../../util/posix-path.js';

/** The most `links.ignore` patterns one config file may hold. */
export const MAX_LINK_IGNORE_PATTERNS = 200;
/** Their most characters, together. */
export const MAX_LINK_IGNORE_LENGTH = 10_000;
/** The most `links.sites` prefixes one config file may hold (each link is compared with each). */
export const MAX_LINK_SITES = 100;

/** `https://host` or `https://host/path…`: no wildcard, no query or fragment, no white space. */
const SITE_PREFIX = /^https?:\/\/[^/?#*\s]+(?:\/[^?#*\s]*)?$/i;

/** What is wrong with a `links.sites` folder, or undefined. */
export function siteFolderProblem(folder: string): string | undefined {
  if (folder.startsWith('/') || /^[A-Za-z]:[\\/]/.test(folder)) return 'expected a folder relative to the project root';
  if (folder.includes('\\')) return 'expected a POSIX path (`/`, not `\\`)';
  const normalized = normalize(folder);
  if (leavesRoot(normalized)) return 'expected a folder inside the project root';
  return undefined;
}

function linksProblems(links: unknown, at: string): string[] {
  if (!isRecord(links)) return [];
  const problems: string[] = [];
  const { ignore, sites } = links;
  if (Array.isArray(ignore)) {
    const patterns = ignore.filter((pattern): pattern is string => typeof pattern === 'string');
    const length = patterns.reduce((sum, pattern) => sum + pattern.length, 0);
    if (patterns.length > MAX_LINK_IGNORE_PATTERNS)
      problems.push(
        `\`${at}.ignore\`: too many patterns: ${patterns.length}; the limit is ${MAX_LINK_IGNORE_PATTERNS} ` +
          '(every link is matched against each)',
      );
    else if (length > MAX_LINK_IGNORE_LENGTH)
      problems.push(
        `\`${at}.ignore\`: the patterns are too long to match in reasonable time: ${length} characters together; ` +
          `the limit is ${MAX_LINK_IGNORE_LENGTH.toLocaleString('en-US')}`,
      );
    patterns.forEach((pattern, i) => {
      if (pattern.length > MAX_PATTERN_LENGTH)
        problems.push(`\`${at}.ignore[${i}]\`: the pattern is longer than ${MAX_PATTERN_LENGTH} characters`);
    });
  }
  if (isRecord(sites)) {
    const entries = Object.entries(sites);
    if (entries.length > MAX_LINK_SITES)
      problems.push(`\`${at}.sites\`: too many prefixes: ${entries.length}; the limit is ${MAX_LINK_SITES}`);
    for (const [prefix, folder] of entries.slice(0, MAX_LINK_SITES)) {
      const where = `\`${at}.sites\` \`${prefix.length > 80 ? `${prefix.slice(0, 77)}...` : prefix}\``;
      if (!SITE_PREFIX.test(prefix))
        problems.push(
          `${where}: expected an http(s) URL prefix without wildcards, query or fragment ` +
            '(`https://docs.example.com/guide/`)',
        );
      const problem = typeof folder === 'string' && folder !== '' ? siteFolderProblem(folder) : undefined;
      if (problem) problems.push(`${where}: ${problem}, not \`${folder as string}\``);
    }
  }
  return problems;
}

/** The problems of `settings.links` in a config and its overrides. */
export function linkSettingsProblems(config: Record<string, unknown>): string[] {
  const problems: string[] = [];
  if (isRecord(config.settings)) problems.push(...linksProblems(config.settings.links, 'settings.links'));
  if (Array.isArray(config.overrides)) {
    config.overrides.forEach((override: unknown, i) => {
      if (isRecord(override) && isRecord(override.settings))
        problems.push(...linksProblems(override.settings.links, `overrides[${i}].settings.links`));
    });
  }
  return problems;
}
