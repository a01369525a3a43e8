import type { ErrorObject } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { closest, distance } from 'fastest-levenshtein';
import type { Config, ResolvedRule, Rule, RuleSetting, Settings, Severity } from '../types.js';

export const DEFAULT_SETTINGS: Settings = {
  securityPage: {
    fileNames: ['security.md'],
    titlePrefixes: ['Security in', 'Security for', 'Security of'],
  },
  anchors: { headingSlugs: true, htmlId: true, htmlName: true, customIds: true },
};

/** A configuration that cannot be used: says where (key path) and what is wrong. */
export class ConfigError extends Error {
  constructor(
    message: string,
    readonly problems: string[] = [message],
  ) {
    super(message);
    this.name = 'ConfigError';
  }
}

const SEVERITY = { enum: ['off', 'warn', 'error'] };

const stringList = { type: 'array', items: { type: 'string', minLength: 1 } };

/** The JSON Schema of a config file, built from every rule's own option schema. */
export function configSchema(rules: readonly Rule[]): Record<string, unknown> {
  const ruleSchemas: Record<string, unknown> = {};
  for (const { meta } of rules) {
    ruleSchemas[meta.id] = {
      description: meta.description,
      anyOf: [
        SEVERITY,
        { type: 'array', prefixItems: [SEVERITY], items: false, minItems: 1 },
        {
          type: 'array',
          prefixItems: [SEVERITY, meta.schema ?? { type: 'object', additionalProperties: false }],
          items: false,
          minItems: 2,
        },
      ],
    };
  }
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'doclint configuration',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      rules: { type: 'object', additionalProperties: false, properties: ruleSchemas },
      settings: {
        type: 'object',
        additionalProperties: false,
        properties: {
          securityPage: {
            type: 'object',
            additionalProperties: false,
            properties: { fileNames: stringList, titlePrefixes: stringList },
          },
          anchors: {
            type: 'object',
            additionalProperties: false,
            description: 'the anchor sources the site has; a source turned off is not an anchor',
            properties: {
              headingSlugs: { type: 'boolean', description: 'GitHub heading slugs' },
              htmlId: { type: 'boolean', description: '`id=` on any HTML element' },
              htmlName: { type: 'boolean', description: '`name=` on an HTML `<a>`' },
              customIds: { type: 'boolean', description: '`{#custom-id}` heading attributes' },
            },
          },
          rootDir: {
            type: 'string',
            pattern: '^(?!\\.\\.(?:/|$))(?!/)',
            description: 'the folder root-relative links start from, relative to the project root (`.`, `docs`): not absolute, not above the root',
          },
        },
      },
    },
  };
}

function suggest(word: string, candidates: string[]): string {
  if (candidates.length === 0) return '';
  const best = closest(word, candidates);
  return distance(word, best) <= Math.max(2, Math.floor(word.length / 3)) ? `; did you mean \`${best}\`` : '';
}

function describe(error: ErrorObject): string {
  const path = error.instancePath
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.');
  const ruleOptions = /^rules\.([^.]+)\.1(?:\.(.*))?$/.exec(path);
  let where = path === '' ? 'the config' : `\`${path}\``;
  if (ruleOptions) {
    const [, ruleId, inside] = ruleOptions;
    where = `options of \`rules.${ruleId}\`${inside ? ` at \`${inside}\`` : ''}`;
  }
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(error.params.additionalProperty);
      const allowed = Object.keys(((error.parentSchema ?? {}) as { properties?: object }).properties ?? {});
      const what = path === 'rules' ? 'rule' : ruleOptions ? 'option' : 'key';
      return `${where}: unknown ${what} \`${key}\`${suggest(key, allowed)}${
        allowed.length > 0 && allowed.length <= 12 ? ` (allowed: ${allowed.map((k) => `\`${k}\``).join(', ')})` : ''
      }`;
    }
    case 'enum':
      return `${where}: expected one of ${(error.params.allowedValues as unknown[]).map((v) => `\`${String(v)}\``).join(', ')}`;
    case 'type':
      return `${where}: expected ${String(error.params.type)}`;
    case 'pattern': {
      const description = (error.parentSchema as { description?: string } | undefined)?.description;
      return `${where}: expected ${description ?? `a string matching ${String(error.params.pattern)}`}`;
    }
    default:
      return `${where}: ${error.message ?? 'is invalid'}`;
  }
}

const validators = new WeakMap<readonly Rule[], (config: unknown) => string[]>();

function validatorFor(rules: readonly Rule[]): (config: unknown) => string[] {
  let validator = validators.get(rules);
  if (!validator) {
    const schema = configSchema(rules);
    const ajv = new Ajv2020({ allErrors: true, strict: false, verbose: true });
    const validate = ajv.compile(schema);
    validator = (config) => {
      if (validate(config)) return [];
      return explain(validate.errors ?? []);
    };
    validators.set(rules, validator);
  }
  return validator;
}

/**
 * anyOf over the three rule-setting shapes yields an error per branch; keep the branch that got
 * furthest (the deepest instance path), so that `["warn", { typo: 1 }]` says "unknown key `typo`"
 * rather than "expected string".
 */
function explain(errors: ErrorObject[]): string[] {
  const deepest = new Map<string, ErrorObject[]>();
  for (const error of errors) {
    if (error.keyword === 'anyOf' || error.keyword === 'false schema') continue;
    const rule = /^\/rules\/[^/]+/.exec(error.instancePath)?.[0] ?? error.instancePath;
    const list = deepest.get(rule) ?? [];
    list.push(error);
    deepest.set(rule, list);
  }
  const messages: string[] = [];
  for (const list of deepest.values()) {
    const depth = Math.max(...list.map((e) => e.instancePath.length));
    const kept = list.filter((e) => e.instancePath.length === depth);
    const prefer = kept.find((e) => e.keyword === 'additionalProperties') ?? kept.find((e) => e.keyword === 'enum') ?? kept[0]!;
    messages.push(describe(prefer));
  }
  return [...new Set(messages)];
}

/** Checks a config object against the rules' schemas; throws a ConfigError listing every problem. */
export function validateConfig(config: unknown, rules: readonly Rule[]): asserts config is Config {
  if (typeof config !== 'object' || config === null || Array.isArray(config)) {
    throw new ConfigError('expected a JSON object');
  }
  const problems = validatorFor(rules)(config);
  if (problems.length > 0) throw new ConfigError(problems.join('\n'), problems);
}

function severityOf(setting: RuleSetting): Severity {
  return Array.isArray(setting) ? setting[0] : setting;
}

/** The enabled rules with their severity and options (defaults ⊕ config). */
export function resolveRules(config: Config, rules: readonly Rule[]): ResolvedRule[] {
  validateConfig(config, rules);
  const resolved: ResolvedRule[] = [];
  for (const rule of rules) {
    const setting = config.rules?.[rule.meta.id];
    const severity = setting === undefined ? rule.meta.defaultSeverity : severityOf(setting);
    if (severity === 'off') continue;
    const options = Array.isArray(setting) && setting.length > 1 ? setting[1] : {};
    resolved.push({ rule, severity, options: { ...rule.meta.defaultOptions, ...options } });
  }
  return resolved;
}

export function resolveSettings(config: Config): Settings {
  const settings: Settings = {
    securityPage: { ...DEFAULT_SETTINGS.securityPage, ...config.settings?.securityPage },
    anchors: { ...DEFAULT_SETTINGS.anchors, ...config.settings?.anchors },
  };
  if (config.settings?.rootDir !== undefined) settings.rootDir = config.settings.rootDir;
  return settings;
}
