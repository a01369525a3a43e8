/**
 * The front end of `--fix` and `--fix-dry-run`: which options they cannot come with, the unified
 * diff `--fix-dry-run` prints, and the summary line on stderr.
 */
import { createTwoFilesPatch } from 'diff';
import type { FixFilesResult } from '../node/fix-files.js';
import { sanitizeLine } from '../formatters/stylish.js';
import { plural } from '../util/plural.js';

/** The options of a lint run that `--fix` and `--fix-dry-run` look at. */
interface FixArgs {
  fix?: boolean;
  'fix-dry-run'?: boolean;
  format: string;
  'output-file'?: string;
  'list-rules'?: boolean;
  'print-config'?: string;
  explain?: string;
}

/** What is wrong with `--fix` or `--fix-dry-run` as given; else undefined. */
export function fixConflict(args: FixArgs): string | undefined {
  const flag = args.fix ? '--fix' : args['fix-dry-run'] ? '--fix-dry-run' : undefined;
  if (flag === undefined) return undefined;
  if (args.fix && args['fix-dry-run']) {
    return '--fix cannot be combined with --fix-dry-run: --fix-dry-run shows the fixes, --fix writes them';
  }
  const single = (['list-rules', 'print-config', 'explain'] as const).find(
    (name) => args[name] !== undefined && args[name] !== false,
  );
  if (single !== undefined) return `--${single} cannot be combined with ${flag}`;
  if (args['fix-dry-run'] && args.format !== 'stylish' && args['output-file'] === undefined) {
    return (
      `--fix-dry-run prints the diff on stdout: write the ${args.format} report to a file with --output-file ` +
      '(the stylish report goes to stderr)'
    );
  }
  return undefined;
}

/** The unified diff of every page the fixes change, `a/` and `b/` before the paths as git writes them. */
export function fixDiff(fixed: FixFilesResult['fixed'], shown: (path: string) => string): string {
  return fixed
    .map(({ path, before, after }) => {
      const name = shown(path);
      const patch = createTwoFilesPatch(`a/${name}`, `b/${name}`, before, after, undefined, undefined, {
        context: 3,
      });
      // jsdiff opens with a line of `=`; git's own diffs do not have it
      return patch.replace(/^=+\n/, '');
    })
    .join('');
}

/** The summary line on stderr, and one line for each page with fixes that was not fixed. */
export function fixSummary(result: FixFilesResult, dryRun: boolean, shown: (path: string) => string): string {
  const fixes = result.fixed.reduce((sum, page) => sum + page.fixes, 0);
  const files = result.fixed.length;
  const lines = result.skipped.map(
    ({ path, reason }) => `doclint: warning: \`${sanitizeLine(shown(path))}\` was not fixed: ${sanitizeLine(reason)}\n`,
  );
  const counted = `${plural(fixes, 'fix', 'fixes')} in ${plural(files, 'file')}`;
  lines.push(
    dryRun
      ? `doclint: --fix-dry-run: ${counted} would be applied; nothing was written\n`
      : `doclint: applied ${counted}\n`,
  );
  return lines.join('');
}
