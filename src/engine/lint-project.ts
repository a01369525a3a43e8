import type { PageOutcome } from './page-phase.js';
import { crossCheck } from './cross-check.js';
import { lintPage } from './page-phase.js';
import { pageConfigs } from './config/prepare.js';
import type { Config, LintInput, LintResult } from '../types.js';
import type { Rule } from '../rule-api/index.js';

/**
 * Lints a set of pages. Pure: it never touches the disk (`readFile` is the caller's, used only
 * to read a linked page's anchors). Each page is parsed once and walked once; the walk feeds
 * every enabled rule and fills the project index; then the cross-file rules run once.
 */
export async function lintProject(input: LintInput, config: Config, rules: readonly Rule[]): Promise<LintResult[]> {
  const configs = pageConfigs(config, rules, input.configFor);
  const outcomes: PageOutcome[] = [];
  const total = input.documents.length;
  for (const document of input.documents) {
    outcomes.push(lintPage(document, configs.preparedOf(document.path), input.limits, undefined, input.timeLimit));
    input.onProgress?.(outcomes.length, total);
  }
  return crossCheck(outcomes, input, config, rules, configs);
}
