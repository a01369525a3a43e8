import type { Diagnostic, LintResult } from '../types.js';
import { sanitizeLine } from './escape.js';

/** ESLint's word for a finding's severity in the unix format: `Error` (fatal ones too) or `Warning`. */
function severityOf(d: Diagnostic): 'Error' | 'Warning' {
  return d.fatal || d.severity === 'error' ? 'Error' : 'Warning';
}

/**
 * ESLint's `unix` formatter, exactly, so that the problem matchers and editor settings written for
 * it read doclint's output too: one line per finding,
 * `path:line:column: message [Error/rule-id]` (`[Error]` alone for a finding of no rule), then an
 * empty line and `N problems`. Nothing when there is nothing to report. The path, the message and
 * the rule id (a plugin's) are made single-line and terminal-safe (`sanitizeLine`), so no page can
 * start a line of its own that a matcher would read as another finding.
 */
export function formatUnix(results: readonly LintResult[]): string {
  const lines: string[] = [];
  for (const result of results) {
    for (const d of result.diagnostics) {
      const rule = d.ruleId === null ? '' : `/${sanitizeLine(d.ruleId)}`;
      const place = `${sanitizeLine(result.path)}:${d.line || 0}:${d.column || 0}:`;
      lines.push(`${place} ${sanitizeLine(d.message)} [${severityOf(d)}${rule}]`);
    }
  }
  if (lines.length === 0) return '';
  return `${lines.join('\n')}\n\n${lines.length} problem${lines.length === 1 ? '' : 's'}\n`;
}
