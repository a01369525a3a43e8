import type { LintResult } from '../types.js';
import { sanitizeLine } from './escape.js';
import { plural } from '../util/plural.js';

export interface StylishOptions {
  color: boolean;
}

const paint = (enabled: boolean, code: string) => (text: string) =>
  enabled ? `\u001B[${code}m${text}\u001B[0m` : text;

export { sanitizeForTerminal, sanitizeLine } from './escape.js';

/** ESLint's stylish report: diagnostics grouped by file, aligned, then a summary line. */
export function formatStylish(results: readonly LintResult[], { color }: StylishOptions): string {
  const red = paint(color, '31');
  const yellow = paint(color, '33');
  const dim = paint(color, '2');
  const bold = paint(color, '1');
  const underline = paint(color, '4');
  let errors = 0;
  let warnings = 0;
  const out: string[] = [];
  for (const result of results) {
    if (result.diagnostics.length === 0) continue;
    errors += result.errorCount;
    warnings += result.warningCount;
    const rows = result.diagnostics.map((d) => ({
      place: `${d.line}:${d.column}`,
      severity: d.severity,
      message: sanitizeLine(d.message.replace(/\s+$/, '')),
      rule: d.ruleId ?? '',
    }));
    // reduce, not Math.max(...rows): a spread of 150,000 rows overflows the stack
    const placeWidth = rows.reduce((most, r) => Math.max(most, r.place.length), 0);
    const messageWidth = rows.reduce((most, r) => Math.max(most, r.message.length), 0);
    out.push(underline(sanitizeLine(result.path)));
    for (const row of rows) {
      const severity = row.severity === 'error' ? red('error  ') : yellow('warning');
      const rule = row.rule === '' ? '' : `  ${dim(row.rule)}`;
      const message = row.message.padEnd(row.rule === '' ? 0 : messageWidth);
      out.push(`  ${dim(row.place.padEnd(placeWidth))}  ${severity}  ${message}${rule}`.trimEnd());
    }
    out.push('');
  }
  const total = errors + warnings;
  if (total === 0) return '';
  const summary = `\u2716 ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`;
  out.push((errors > 0 ? red : yellow)(bold(summary)));
  const fixable = results.flatMap((result) => result.diagnostics.filter((d) => d.fix !== undefined));
  if (fixable.length > 0) {
    const fixableErrors = fixable.filter((d) => d.severity === 'error').length;
    const counts = `${plural(fixableErrors, 'error')} and ${plural(fixable.length - fixableErrors, 'warning')}`;
    out.push((errors > 0 ? red : yellow)(bold(`  ${counts} potentially fixable with the \`--fix\` option.`)));
  }
  return `${out.join('\n')}\n`;
}
