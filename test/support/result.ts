import type { Diagnostic, LintResult } from '../../src/types.js';
import { createResult } from '../../src/engine/report.js';

/** A page's result built from diagnostics written without their path. */
export function result(path: string, diagnostics: Omit<Diagnostic, 'path'>[]): LintResult {
  return createResult(
    path,
    diagnostics.map((d) => ({ ...d, path })),
  );
}
