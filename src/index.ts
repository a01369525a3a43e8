/**
 * The library API (`import … from 'doclint'`): lint pages held in memory with the rules, config
 * and formatters of the CLI. A front end like the CLI: it validates configs (the engine takes
 * only validated ones) and stops a page's parse with vm's watchdog, as the CLI does.
 */
import type { Config, LintInput, LintResult, ResolvedRule, Rule } from './types.js';
import { lintProject as lintValidProject } from './engine/lint-project.js';
import { resolveRules as resolveValidRules } from './engine/config/resolve.js';
import { resolveConfig as resolveValidConfig, type ConfigResolver } from './engine/config/cascade.js';
import { validateConfig } from './node/config/validate.js';
import { vmTimeLimit } from './node/time-limit.js';

export type * from './types.js';
export { defineRule } from './rule-api/index.js';
export { parseMarkdown, parsePage, DEFAULT_MAX_NESTING, DEFAULT_MAX_PARSE_TIME } from './engine/parse.js';
export { ConfigError, DEFAULT_SETTINGS } from './engine/config/resolve.js';
export { configSchema, validateConfig } from './node/config/validate.js';
export { ConfigResolver, printableConfig } from './engine/config/cascade.js';
export { PRESETS } from './engine/config/presets.js';
export { awsSecurityContract } from './contracts/aws-security.js';
export {
  format,
  formatGithub,
  formatJson,
  formatJunit,
  formatMarkdown,
  formatSarif,
  formatStylish,
  formatUnix,
  FORMATS,
} from './formatters/index.js';
export { RuleTester } from './testing/rule-tester.js';
export type {
  DescribeFunction,
  ExpectedError,
  InvalidCase,
  ItFunction,
  RuleTesterOptions,
  RuleTests,
  ValidCase,
} from './testing/rule-tester.js';
export { builtinRules } from '../rules/index.js';

/**
 * Lints a set of pages held in memory: each parsed once and walked once for every enabled rule,
 * then the cross-file rules once. Never touches the disk (`input.readFile` is the caller's).
 * Throws a ConfigError for a config (or a page's config from `input.configFor`) that is invalid.
 */
export async function lintProject(input: LintInput, config: Config, rules: readonly Rule[]): Promise<LintResult[]> {
  validateConfig(config, rules);
  const checked = new WeakSet<Config>();
  const { configFor } = input;
  const validated: LintInput = {
    timeLimit: vmTimeLimit,
    ...input,
    ...(configFor
      ? {
          configFor: (path: string) => {
            const pageConfig = configFor(path);
            if (!checked.has(pageConfig)) {
              validateConfig(pageConfig, rules);
              checked.add(pageConfig);
            }
            return pageConfig;
          },
        }
      : {}),
  };
  return lintValidProject(validated, config, rules);
}

/** The enabled rules of a config, with their severity and options (defaults ⊕ config); validates it first. */
export function resolveRules(config: Config, rules: readonly Rule[]): ResolvedRule[] {
  validateConfig(config, rules);
  return resolveValidRules(config, rules);
}

/**
 * A resolver for one config object given in code: its presets, overrides and ignores, with globs
 * relative to the project root. Validates the config first.
 */
export function resolveConfig(config: Config, rules: readonly Rule[]): ConfigResolver {
  validateConfig(config, rules);
  return resolveValidConfig(config, rules);
}
