import type { LintResult } from '../types.js';
import { formatJson } from './json.js';
import { formatStylish } from './stylish.js';

export const FORMATS = ['stylish', 'json'] as const;
export type Format = (typeof FORMATS)[number];

export function format(name: Format, results: readonly LintResult[], options: { color: boolean }): string {
  return name === 'json' ? formatJson(results) : formatStylish(results, options);
}

export { formatJson, formatStylish };
