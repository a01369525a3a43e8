import type { LintResult } from '../types.js';

/** ESLint's JSON shape: one entry per linted file, severity 1 (warning) or 2 (error). */
export function formatJson(results: readonly LintResult[]): string {
  return `${JSON.stringify(
    results.map((result) => ({
      filePath: result.path,
      messages: result.diagnostics.map((d) => ({
        ruleId: d.ruleId,
        ...(d.messageId === undefined ? {} : { messageId: d.messageId }),
        severity: d.severity === 'error' ? 2 : 1,
        message: d.message,
        line: d.line,
        column: d.column,
        ...(d.endLine === undefined ? {} : { endLine: d.endLine, endColumn: d.endColumn }),
        ...(d.fatal ? { fatal: true } : {}),
        ...(d.suggestions ? { suggestions: d.suggestions } : {}),
        // doclint's own shape (line and column, end exclusive), not ESLint's offsets
        ...(d.fix ? { fix: d.fix } : {}),
      })),
      errorCount: result.errorCount,
      warningCount: result.warningCount,
    })),
    null,
    2,
  )}\n`;
}
