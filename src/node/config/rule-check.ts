/**
 * The rules of a run: the built-in rules and the rules of plugins (modules listed in config).
 * Pure: what a plugin module exports is checked here; finding and importing it is
 * `src/node/config/plugins.ts`'s. The RuleTester checks a rule with the same function, so a rule that
 * passes its tests also loads as a plugin.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { Severity } from '../../types.js';
import { isRecord as isObject } from '../../util/objects.js';
import { PLUGIN_RULE_ID } from '../../engine/config/rules.js';

/** Namespaces plugins may not use: `doclint/…` names what the engine itself reports. */
const RESERVED_NAMESPACES = new Set(['doclint']);

const SEVERITIES: readonly Severity[] = ['off', 'warn', 'error'];

/**
 * The rules a plugin module exports: its default export, or its `rules` export, each either a
 * rule or a list of rules (a CommonJS `module.exports = { rules }` counts as `rules`).
 * Undefined when it exports neither.
 */
export function exportedRules(module: Record<string, unknown>): unknown[] | undefined {
  const list = (value: unknown) => (Array.isArray(value) ? value : [value]);
  const main = module.default;
  if (isObject(main) && !('meta' in main) && 'rules' in main) return list(main.rules);
  if (main !== undefined && main !== null) return list(main);
  if (module.rules !== undefined) return list(module.rules);
  return undefined;
}

export interface RuleCheckOptions {
  /** a plugin's rule: its id must be namespaced; a built-in rule has a plain kebab-case id */
  plugin: boolean;
  /** the built-in rules' ids, to say so when a plugin rule takes one */
  builtinIds?: ReadonlySet<string>;
}

/** What is wrong with a rule's shape, as sentences (none: it can run). */
export function ruleProblems(rule: unknown, { plugin, builtinIds }: RuleCheckOptions): string[] {
  if (!isObject(rule)) return [`expected a rule object ({ meta, create?, checkProject? }), not ${describeValue(rule)}`];
  const problems: string[] = [];
  const meta = rule.meta;
  if (!isObject(meta)) return ['`meta` is missing: a rule needs `meta: { id, description, messages }`'];
  const id = meta.id;
  if (typeof id !== 'string' || id === '') problems.push('`meta.id` must be a non-empty string');
  else if (plugin && builtinIds?.has(id)) {
    problems.push(
      `\`meta.id\` \`${id}\` is the id of a built-in rule (rules/${id}.md); ` +
        `a plugin's rules are named \`<namespace>/<rule-id>\`, such as \`acme/${id}\``,
    );
  } else if (plugin && !PLUGIN_RULE_ID.test(id)) {
    problems.push(
      `\`meta.id\` \`${id}\` must be \`<namespace>/<rule-id>\` in kebab-case (such as \`acme/${
        id
          .replace(/^.*\//, '')
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-|-$/g, '') || 'rule-id'
      }\`), so that it never collides with a built-in rule`,
    );
  } else if (plugin && RESERVED_NAMESPACES.has(id.slice(0, id.indexOf('/')))) {
    problems.push(`\`meta.id\` \`${id}\`: the namespace \`doclint/\` is doclint's own; use your plugin's name`);
  } else if (!plugin && !/^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)?$/.test(id)) {
    problems.push(`\`meta.id\` \`${id}\` must be kebab-case`);
  }
  if (typeof meta.description !== 'string' || meta.description.trim() === '')
    problems.push('`meta.description` must be a non-empty string (one line: what must hold)');
  if (!isObject(meta.messages) || Object.keys(meta.messages).length === 0) {
    problems.push('`meta.messages` must be an object of messageId → message template, with at least one message');
  } else {
    for (const [messageId, template] of Object.entries(meta.messages)) {
      if (typeof template !== 'string' || template === '')
        problems.push(`\`meta.messages.${messageId}\` must be a non-empty string`);
    }
  }
  if (meta.defaultSeverity !== undefined && !SEVERITIES.includes(meta.defaultSeverity as Severity)) {
    problems.push(
      '`meta.defaultSeverity` must be one of `off`, `warn`, `error` (or left out: `error`), ' +
        `not ${describeValue(meta.defaultSeverity)}`,
    );
  }
  if (meta.url !== undefined && (typeof meta.url !== 'string' || !/^https?:\/\/[^\s]+$/.test(meta.url))) {
    problems.push("`meta.url` must be an absolute http(s) URL of the rule's documentation");
  }
  for (const key of ['defaultOptions', 'unconfiguredOptions'] as const)
    if (meta[key] !== undefined && !isObject(meta[key])) problems.push(`\`meta.${key}\` must be an object`);
  problems.push(...optionsProblems(meta));
  for (const key of ['create', 'checkProject'] as const) {
    if (rule[key] !== undefined && typeof rule[key] !== 'function') problems.push(`\`${key}\` must be a function`);
  }
  if (rule.create === undefined && rule.checkProject === undefined) {
    problems.push(
      'a rule needs `create(context)` (per page, returns visitors) or `checkProject(context)` (once, across pages), ' +
        'or both',
    );
  }
  return problems;
}

function describeValue(value: unknown): string {
  if (value === null) return '`null`';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the string \`${value}\``;
  return typeof value === 'object' ? 'an object' : `\`${String(value)}\``;
}

/** What is wrong with a rule's options schema, or with the options it runs with when config gives none. */
function optionsProblems(meta: Record<string, unknown>): string[] {
  if (meta.schema === undefined) return [];
  if (!isObject(meta.schema)) return ['`meta.schema` must be a JSON Schema object'];
  try {
    const validate = new Ajv2020({ strict: false, allErrors: true }).compile(meta.schema);
    // the options a rule runs with while no config sets it are checked too
    const defaults = isObject(meta.defaultOptions) ? meta.defaultOptions : undefined;
    const unconfigured = isObject(meta.unconfiguredOptions) ? { ...defaults, ...meta.unconfiguredOptions } : undefined;
    const checked: Array<[string, object | undefined]> = [
      ['defaultOptions', defaults],
      ['unconfiguredOptions', unconfigured],
    ];
    const bad = checked.find(([, options]) => options !== undefined && !validate(options));
    if (!bad) return [];
    const first = validate.errors?.[0];
    const what = `${first?.instancePath || 'options'} ${first?.message ?? 'is invalid'}`;
    return [`\`meta.${bad[0]}\` do not satisfy \`meta.schema\`: ${what}`];
  } catch (error) {
    return [`\`meta.schema\` is not a valid JSON Schema: ${(error as Error).message}`];
  }
}
