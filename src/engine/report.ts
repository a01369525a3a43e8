import type { Node, Position } from 'unist';
import type { Diagnostic, LintResult, ReportDescriptor, RuleMeta } from '../types.js';

/** Fills `{{name}}` placeholders; an unknown name stays as written so the mistake is visible. */
export function interpolate(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g, (whole, key: string) =>
    Object.hasOwn(data, key) ? String(data[key]) : whole,
  );
}

/** A report turned into a diagnostic: message from messageId, place from position or node. */
export function createDiagnostic(
  meta: RuleMeta,
  severity: 'warn' | 'error',
  path: string,
  descriptor: ReportDescriptor,
): Diagnostic {
  const template = meta.messages[descriptor.messageId];
  if (template === undefined) {
    throw new Error(`rule \`${meta.id}\` reported the unknown messageId \`${descriptor.messageId}\``);
  }
  const position: Position | undefined = descriptor.position ?? (descriptor.node as Node | undefined)?.position;
  const diagnostic: Diagnostic = {
    ruleId: meta.id,
    messageId: descriptor.messageId,
    severity: severity === 'error' ? 'error' : 'warning',
    message: interpolate(template, descriptor.data),
    path,
    line: position?.start.line ?? 1,
    column: position?.start.column ?? 1,
  };
  if (position?.end) {
    diagnostic.endLine = position.end.line;
    diagnostic.endColumn = position.end.column;
  }
  if (descriptor.suggestions && descriptor.suggestions.length > 0) {
    diagnostic.suggestions = descriptor.suggestions;
  }
  if (descriptor.causedByChange) diagnostic.causedByChange = true;
  if (descriptor.fix) {
    if (!meta.fixable) throw new Error(`rule \`${meta.id}\` reported a fix but does not set \`meta.fixable\``);
    diagnostic.fix = descriptor.fix;
  }
  return diagnostic;
}

/** Page order; diagnostics at the same place keep the order rules reported them in (stable sort). */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.line - b.line || a.column - b.column;
}

/** A page's result: its diagnostics with their error and warning counts. */
export function createResult(path: string, diagnostics: Diagnostic[]): LintResult {
  return {
    path,
    diagnostics,
    errorCount: diagnostics.filter((d) => d.severity === 'error').length,
    warningCount: diagnostics.filter((d) => d.severity === 'warning').length,
  };
}
