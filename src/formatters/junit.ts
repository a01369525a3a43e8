import type { Diagnostic, LintResult } from '../types.js';
import { escapeBidi } from './escape.js';

/**
 * Characters XML 1.0 does not allow anywhere, even as character references: C0 controls other
 * than tab, LF and CR; U+FFFE and U+FFFF; and UTF-16 surrogates that are not part of a pair.
 */
const FORBIDDEN = new RegExp(
  [
    String.raw`[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]`,
    // a high surrogate without a low one after it, a low surrogate without a high one before it
    String.raw`[\uD800-\uDBFF](?![\uDC00-\uDFFF])`,
    String.raw`(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]`,
  ].join('|'),
  'g',
);

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // kept as references so that parsers do not normalise them (CR → LF, and to spaces in attributes)
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/**
 * Text safe in XML content and in attribute values: escaped, forbidden characters removed,
 * bidirectional controls shown as `\u202e`.
 */
export function escapeXml(text: string): string {
  return escapeBidi(text)
    .replace(FORBIDDEN, '')
    .replace(/[&<>"'\t\n\r]/g, (c) => ENTITIES[c]!);
}

/** The rule of a diagnostic, or what a problem without a rule is: the file, or doclint itself. */
export function ruleLabel(d: Diagnostic): string {
  return d.ruleId ?? (d.internal ? 'internal-error' : 'unreadable-file');
}

function failure(d: Diagnostic): string {
  const rule = ruleLabel(d);
  const label = d.severity === 'error' ? `${rule}: ${d.message}` : `${rule} (warning): ${d.message}`;
  return (
    `      <failure message="${escapeXml(label)}" type="${escapeXml(rule)}">` +
    `${d.line}:${d.column} ${d.severity} ${escapeXml(d.message)}</failure>`
  );
}

/**
 * JUnit XML for CI test reports: one test case per linted file, one `<failure>` per diagnostic,
 * warnings included (marked `(warning)` in the message and in the text). `failures` counts the
 * files with at least one diagnostic, so that it never exceeds `tests`.
 */
export function formatJunit(results: readonly LintResult[]): string {
  const tests = results.length;
  const failures = results.filter((result) => result.diagnostics.length > 0).length;
  const counts = `tests="${tests}" failures="${failures}" errors="0"`;
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="doclint" ${counts}>`,
    `  <testsuite name="doclint" ${counts}>`,
  ];
  for (const result of results) {
    const open = `    <testcase name="${escapeXml(result.path)}" classname="doclint"`;
    if (result.diagnostics.length === 0) {
      out.push(`${open} />`);
      continue;
    }
    out.push(`${open}>`, ...result.diagnostics.map(failure), '    </testcase>');
  }
  out.push('  </testsuite>', '</testsuites>');
  return `${out.join('\n')}\n`;
}
