/** Rules as the engine holds them: ids, default severities, and the sorted list of a run's rules. */
import type { Rule, RuleMeta, RuleSetting, Severity } from '../../types.js';

/** `acme/no-todo`: a plugin rule's id is namespaced, so that it can never collide with a built-in rule. */
export const PLUGIN_RULE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A rule's severity when config does not set it: `meta.defaultSeverity`, else `error`. */
export function defaultSeverityOf(meta: Pick<RuleMeta, 'defaultSeverity'>): Severity {
  return meta.defaultSeverity ?? 'error';
}

/**
 * A rule's options under a config's setting: `meta.defaultOptions`, then `meta.unconfiguredOptions`
 * when the config does not set the rule, then the options the setting gives.
 */
export function optionsOf(
  meta: Pick<RuleMeta, 'defaultOptions' | 'unconfiguredOptions'>,
  setting: RuleSetting | undefined,
): Record<string, unknown> {
  if (setting === undefined) return { ...meta.defaultOptions, ...meta.unconfiguredOptions };
  return { ...meta.defaultOptions, ...(Array.isArray(setting) && setting.length > 1 ? setting[1] : {}) };
}

/**
 * A checked plugin rule in the engine's shape: its own copy of `meta` (the default severity
 * filled in), and `create` and `checkProject` bound to the object that defined them.
 */
export function normalizeRule(rule: Rule): Rule {
  const meta: RuleMeta = { ...rule.meta, defaultSeverity: defaultSeverityOf(rule.meta) };
  const normalized: Rule = { meta };
  if (rule.create) normalized.create = rule.create.bind(rule);
  if (rule.checkProject) normalized.checkProject = rule.checkProject.bind(rule);
  return normalized;
}

/**
 * The rules of a run, sorted by id: the same order on the main thread and in every worker,
 * so that findings at the same place come out in the same order however a page is linted.
 */
export function combineRules(builtin: readonly Rule[], plugin: readonly Rule[]): readonly Rule[] {
  if (plugin.length === 0) return builtin;
  return [...builtin, ...plugin].sort((a, b) => (a.meta.id < b.meta.id ? -1 : a.meta.id > b.meta.id ? 1 : 0));
}
