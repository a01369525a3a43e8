import type { LintResult } from '../types.js';
import { escapeBidi } from './escape.js';
import { ruleLabel } from './junit.js';
import { plural } from '../util/plural.js';

/** GitHub's limit for a job summary (`$GITHUB_STEP_SUMMARY`), in UTF-8 bytes. */
export const MARKDOWN_MAX_BYTES = 1024 * 1024;

export interface MarkdownOptions {
  /** the report stays under this many UTF-8 bytes; a PR comment allows 65,536 characters */
  maxBytes?: number;
}

/**
 * Makes text from pages and paths inert in a GitHub Markdown table cell: line breaks and tabs
 * become spaces, other control characters are dropped, and every character that could start
 * Markdown or HTML (`| \\ \` * _ [ ] < > & ~ $ :`) becomes a numeric character reference, which
 * GitHub renders as the character itself. `:` and the dot of `www.` are included so that URLs are
 * not auto-linked (and `:name:` is no emoji), `$` so that no math is rendered. `@name` and `#123`
 * get a zero-width space after the sign, so that a PR comment made of the report mentions (and
 * notifies) no one and links no issue; bidirectional controls are shown as `\u202e`.
 */
export function escapeMarkdownCell(text: string): string {
  return escapeBidi(text)
    .replace(/\r\n|[\t\n\v\f\r\u0085\u2028\u2029]/g, ' ')
    .replace(/[\u0000-\u001F\u007F-\u009F]/g, '')
    .replace(/[|\\`*_[\]<>&~$:]|@(?=[A-Za-z0-9])|#(?=\d)/g, (c) =>
      c === '@' || c === '#' ? `${c}&#8203;` : `&#${c.charCodeAt(0)};`,
    )
    .replace(/(www)\./gi, '$1&#46;')
    .trim();
}

/** UTF-8 length of a string, without Node's Buffer (formatters are pure). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3; // BMP, and a lone surrogate (encoded as U+FFFD)
  }
  return bytes;
}

/**
 * A summary for a GitHub job summary or a pull-request comment: totals, a table of counts per rule
 * and a table of findings. Everything taken from pages and paths is escaped (see
 * `escapeMarkdownCell`); the findings table stops before the report would reach `maxBytes` (1 MiB,
 * GitHub's job-summary limit) and a last line says how many findings were left out.
 */
export function formatMarkdown(
  results: readonly LintResult[],
  { maxBytes = MARKDOWN_MAX_BYTES }: MarkdownOptions = {},
): string {
  const findings = results.flatMap((result) => result.diagnostics);
  const errors = findings.filter((d) => d.severity === 'error').length;
  const warnings = findings.length - errors;
  const heading = '## doclint';
  if (findings.length === 0) {
    return `${heading}\n\nNo problems found in ${plural(results.length, 'file')}.\n`;
  }
  const files = results.filter((result) => result.diagnostics.length > 0).length;

  const perRule = new Map<string, { errors: number; warnings: number }>();
  for (const d of findings) {
    const rule = ruleLabel(d);
    const count = perRule.get(rule) ?? { errors: 0, warnings: 0 };
    if (d.severity === 'error') count.errors++;
    else count.warnings++;
    perRule.set(rule, count);
  }
  const rules = [...perRule].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

  const head = [
    heading,
    '',
    `**${plural(findings.length, 'problem')}** (${plural(errors, 'error')}, ${plural(warnings, 'warning')}) ` +
      `in ${plural(files, 'file')} of ${results.length}`,
    '',
    '| Rule | Errors | Warnings |',
    '| --- | ---: | ---: |',
    ...rules.map(([rule, count]) => `| ${escapeMarkdownCell(rule)} | ${count.errors} | ${count.warnings} |`),
    '',
    '| Location | Severity | Rule | Message |',
    '| --- | --- | --- | --- |',
  ].join('\n');

  let out = `${head}\n`;
  let bytes = utf8Length(out);
  let shown = 0;
  for (const d of findings) {
    const row =
      `| ${escapeMarkdownCell(`${d.path}:${d.line}:${d.column}`)} | ${d.severity} ` +
      `| ${escapeMarkdownCell(ruleLabel(d))} | ${escapeMarkdownCell(d.message)} |\n`;
    const rowBytes = utf8Length(row);
    const left = findings.length - shown - 1;
    // room for this row, and for the note about the rest if any remain after it
    const reserve = left > 0 ? utf8Length(omittedNote(left)) : 0;
    if (bytes + rowBytes + reserve >= maxBytes) break;
    out += row;
    bytes += rowBytes;
    shown++;
  }
  if (shown < findings.length) out += omittedNote(findings.length - shown);
  return out;
}

function omittedNote(count: number): string {
  return (
    `\n${plural(count, 'more finding')} not shown (the summary has a size limit). ` +
    'Run doclint locally or use `--format sarif` for the full report.\n'
  );
}
