import type { Diagnostic, LintResult } from '../types.js';
import { sanitizeForTerminal } from './escape.js';
import { plural } from '../util/plural.js';

/** GitHub shows at most this many error and this many warning annotations per step. */
export const GITHUB_ANNOTATIONS_PER_SEVERITY = 10;

/**
 * Escapes a command's data (the message after `::`) as actions/toolkit's `escapeData` does
 * (`packages/core/src/command.ts`): `%` first, then CR and LF, which the runner decodes again.
 *
 * The runner reads the step's output line by line and splits lines only at CR and LF, so once those
 * are escaped, nothing a page contains can end the command or start another one. Beyond the
 * toolkit, the other C0 and C1 control characters (ESC, VT, FF, NEL …) are shown as `\uXXXX`, as
 * the stylish formatter does, so a page cannot colour or rewrite the log view either. U+2028 and
 * U+2029 are left alone: the runner does not treat them as line breaks.
 */
export function escapeData(text: string): string {
  return sanitizeForTerminal(text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

/** Escapes a property value as the toolkit's `escapeProperty`: data escapes plus `:` and `,`. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function byPlace(a: Diagnostic, b: Diagnostic): number {
  return compare(a.path, b.path) || a.line - b.line || a.column - b.column;
}

function command(d: Diagnostic): string {
  const properties: [string, string | number | undefined][] = [
    ['file', d.path],
    ['line', d.line],
    ['endLine', d.endLine],
    ['col', d.column],
    ['endColumn', d.endColumn],
    ['title', d.ruleId ?? 'doclint'],
  ];
  const list = properties
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${d.severity === 'error' ? 'error' : 'warning'} ${list}::${escapeData(d.message)}`;
}

/**
 * GitHub Actions workflow commands, one annotation per diagnostic: errors first, then warnings,
 * each sorted by path and position. GitHub shows only 10 errors and 10 warnings per step, so the
 * rest are left out and one `::notice::` says how many, and where the full report is.
 */
export function formatGithub(results: readonly LintResult[]): string {
  const all = results.flatMap((result) => result.diagnostics);
  const errors = all.filter((d) => d.severity === 'error').sort(byPlace);
  const warnings = all.filter((d) => d.severity !== 'error').sort(byPlace);
  const shown = [
    ...errors.slice(0, GITHUB_ANNOTATIONS_PER_SEVERITY),
    ...warnings.slice(0, GITHUB_ANNOTATIONS_PER_SEVERITY),
  ];
  const lines = shown.map(command);
  const hiddenErrors = Math.max(0, errors.length - GITHUB_ANNOTATIONS_PER_SEVERITY);
  const hiddenWarnings = Math.max(0, warnings.length - GITHUB_ANNOTATIONS_PER_SEVERITY);
  if (hiddenErrors + hiddenWarnings > 0) {
    lines.push(
      `::notice::${plural(hiddenErrors, 'error')} and ${plural(hiddenWarnings, 'warning')} not shown ` +
        `(GitHub shows ${GITHUB_ANNOTATIONS_PER_SEVERITY} of each per step); ` +
        'run doclint locally or use --format sarif or --format json for the full report',
    );
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
