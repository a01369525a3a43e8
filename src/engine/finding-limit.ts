/**
 * At most `MAX_FINDINGS_PER_PAGE` findings per page in a report. A page of 150,000 broken
 * `<a href>` is 150,000 findings: megabytes of report that no one reads, and memory in every
 * formatter. The first ones (in page order) are kept, and one more finding at the last kept
 * place says how many were left out; the page's error and warning counts are those of the report.
 */
import type { Diagnostic } from '../types.js';
import { MAX_DIRECTIVES_PER_PAGE } from './directives.js';

export const MAX_FINDINGS_PER_PAGE = 10_000;

/** `diagnostics` (sorted) cut to the limit, with a finding that says how many were left out. */
export function limitFindings(path: string, diagnostics: Diagnostic[], limit = MAX_FINDINGS_PER_PAGE): Diagnostic[] {
  if (diagnostics.length <= limit) return diagnostics;
  const kept = diagnostics.slice(0, limit);
  let errors = 0;
  for (let i = limit; i < diagnostics.length; i++) if (diagnostics[i]!.severity === 'error') errors++;
  const left = diagnostics.length - limit;
  const last = kept.at(-1)!;
  kept.push({
    ruleId: null,
    severity: errors > 0 ? 'error' : 'warning',
    message:
      `${left.toLocaleString('en-US')} more problems on this page are not shown ` +
      `(${errors.toLocaleString('en-US')} errors, ${(left - errors).toLocaleString('en-US')} warnings); ` +
      `a report shows at most ${limit.toLocaleString('en-US')} per page`,
    path,
    line: last.line,
    column: last.column,
  });
  return kept;
}

/** The finding for a page with more directive comments than are applied. */
export function tooManyDirectives(path: string, dropped: number): Diagnostic {
  return {
    ruleId: null,
    severity: 'error',
    message:
      `Page has more than ${MAX_DIRECTIVES_PER_PAGE.toLocaleString('en-US')} \`doclint-\` directive comments ` +
      `(the limit); the ${dropped.toLocaleString('en-US')} after them are not applied`,
    path,
    line: 1,
    column: 1,
  };
}
