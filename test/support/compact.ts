import type { Diagnostic } from '../../src/types.js';

/** One diagnostic per line, as fixture `.expected` files hold them: `3:5 error rule/messageId message`. */
export function compactLine(d: Diagnostic): string {
  const rule = d.ruleId === null ? '(file)' : `${d.ruleId}/${d.messageId ?? ''}`;
  return `${d.line}:${d.column} ${d.severity} ${rule} ${d.message}`;
}
