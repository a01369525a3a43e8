/**
 * Limits on the globs of one config file (`ignores`, `overrides[].files`, contracts'
 * `match.files`). A config file comes with the repository, so a pull request chooses them.
 *
 * Matching a glob costs at most (path length × glob length) steps (src/contracts/wildcard.ts), but
 * a glob's `{a,b}` groups multiply it (up to 256 globs each), and every page is matched against
 * every glob: 1,000 globs of 900 characters expanding to 256 each were 230 million tokens to
 * compile (out of memory) and hours of matching. So a config file may hold at most
 * `MAX_GLOBS_PER_CONFIG` globs, which together, with their brace groups expanded, may have at
 * most `MAX_EXPANDED_GLOB_LENGTH` characters: matching one page against all of them then costs at
 * most that times the path's length, a few milliseconds. Real configs are far below: 50 globs of
 * 40 characters with a group or two are 4,000 characters.
 */
import { compileGlob, PatternError } from '../../contracts/wildcard.js';
import { isRecord } from '../../util/objects.js';

export const MAX_GLOBS_PER_CONFIG = 1000;
export const MAX_EXPANDED_GLOB_LENGTH = 20_000;

/** Whether a `{` is never closed: picomatch makes such a glob match nothing. Escapes (`\{`) skipped. */
export function hasUnclosedBrace(glob: string): boolean {
  let depth = 0;
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i];
    if (char === '\\') i++;
    else if (char === '{') depth++;
    else if (char === '}' && depth > 0) depth--;
  }
  return depth > 0;
}

/** Every glob string of a config's data, where it is. */
function globsOf(config: Record<string, unknown>): string[] {
  const globs: string[] = [];
  const add = (value: unknown) => {
    if (typeof value === 'string') globs.push(value);
    else if (Array.isArray(value)) for (const item of value) if (typeof item === 'string') globs.push(item);
  };
  add(config.ignores);
  if (Array.isArray(config.overrides))
    for (const override of config.overrides) if (isRecord(override)) add(override.files);
  if (isRecord(config.contracts)) {
    for (const contract of Object.values(config.contracts))
      if (isRecord(contract) && isRecord(contract.match)) add(contract.match.files);
  }
  return globs;
}

/** The problem with the number and size of a config's globs, or undefined. */
export function globLimitProblem(config: Record<string, unknown>): string | undefined {
  const globs = globsOf(config);
  if (globs.length > MAX_GLOBS_PER_CONFIG) {
    return (
      `too many globs: ${globs.length} in \`ignores\`, \`overrides[].files\` and contracts' \`match.files\` ` +
      `together; the limit is ${MAX_GLOBS_PER_CONFIG}`
    );
  }
  let length = 0;
  for (const glob of globs) {
    let alternatives: number;
    try {
      // at most 256 alternatives of 1,000 characters: compiled one at a time, never all at once
      alternatives = compileGlob(glob).alternatives.length;
    } catch (error) {
      if (error instanceof PatternError) continue; // reported with the glob itself
      throw error;
    }
    length += alternatives * glob.length;
    if (length > MAX_EXPANDED_GLOB_LENGTH) {
      return (
        'the globs are too large to match in reasonable time: with their `{…}` groups expanded they are over ' +
        `${MAX_EXPANDED_GLOB_LENGTH.toLocaleString('en-US')} characters (the limit; ${globs.length} globs); ` +
        'use fewer globs or fewer `{…}` groups'
      );
    }
  }
  return undefined;
}
