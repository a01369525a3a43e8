import type { ErrorObject } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { closest, distance } from 'fastest-levenshtein';
import type { Config, Rule } from '../../types.js';
import { ConfigError } from '../../engine/config/resolve.js';
import { isPresetName, PRESET_NAMES, PRESETS } from '../../engine/config/presets.js';
import { defaultSeverityOf, PLUGIN_RULE_ID } from '../../engine/config/rules.js';
import { compileGlob, MAX_PATTERN_LENGTH, PatternError } from '../../contracts/wildcard.js';
import { isRecord } from '../../util/objects.js';
import { globLimitProblem, hasUnclosedBrace } from './glob-limits.js';
import { linkSettingsProblems } from './link-limits.js';
import { SITE_NAMES, SITES } from '../../sites/index.js';

const SEVERITY = { enum: ['off', 'warn', 'error'] };

const stringList = { type: 'array', items: { type: 'string', minLength: 1 } };

const GLOB = { type: 'string', minLength: 1 };

/** A pattern, or a list of patterns: a page matches when any does. */
const patterns = (description: string) => ({
  description,
  anyOf: [
    { type: 'string', minLength: 1 },
    { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
  ],
});

const phrases = (description: string) => ({
  type: 'array',
  minItems: 1,
  items: { type: 'string', minLength: 1 },
  description,
});

/** One contract: which pages (`match`, any criterion), and what they must contain (`require`). */
const CONTRACT_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['match', 'require'],
  properties: {
    description: { type: 'string', description: 'what the contract is for (shown by `--explain`)' },
    match: {
      type: 'object',
      additionalProperties: false,
      minProperties: 1,
      description: 'the pages the contract applies to: a page matches when any criterion does',
      properties: {
        files: patterns(
          "globs of the pages, relative to the config file's folder; " +
            'a glob without `/` matches a file name at any depth',
        ),
        title: patterns(
          "text patterns of the page's title (its first level-1 heading): `*` for any text, " +
            'compared ignoring case, quotes, dashes and markup',
        ),
        frontMatter: {
          type: 'object',
          minProperties: 1,
          description:
            'front matter key (`a.b` for a nested key) → text patterns of its value (any item of a list value)',
          additionalProperties: patterns('text patterns of the value'),
        },
        tocParent: patterns(
          "the page is below this entry of the guide's table of contents (the nearest `index.md`): " +
            "a text pattern of the entry's link text, or the `.md` page it links to",
        ),
      },
    },
    require: {
      type: 'array',
      minItems: 1,
      description: 'the parts the pages must contain; each missing part is reported where a writer would add it',
      items: {
        type: 'object',
        additionalProperties: false,
        minProperties: 1,
        properties: {
          section: {
            type: 'object',
            additionalProperties: false,
            minProperties: 1,
            description:
              'where the parts are: a heading (level 2 or deeper) or a bold label paragraph whose text matches; ' +
              'without it, the whole page',
            properties: {
              heading: patterns("text patterns of the section's heading"),
              label: patterns("text patterns of the section's bold label (`**Topics**`)"),
            },
          },
          sentences: phrases(
            'sentences the section contains, compared on the rendered text as whole words; `*` for a varying part',
          ),
          links: phrases(
            'URL patterns the section links to: `*` for any characters; ' +
              "for http(s) URLs the scheme, the host's case, a trailing `/`, a query and a fragment do not matter",
          ),
          items: phrases('texts that start a list item, paragraph or heading of the section'),
          linkList: {
            type: 'boolean',
            description: "the section's heading or label is followed by a list whose items all start with a link",
          },
        },
      },
    },
  },
};

const ruleSetting = (options: unknown) => [
  SEVERITY,
  { type: 'array', prefixItems: [SEVERITY], items: false, minItems: 1 },
  { type: 'array', prefixItems: [SEVERITY, options], items: false, minItems: 2 },
];

export interface ConfigSchemaOptions {
  /**
   * accept any namespaced rule id (`acme/no-todo`) with any options: for the schema shipped for
   * editors, which cannot know a project's plugins. doclint itself validates with the rules of
   * the run's plugins, so that a misspelt plugin rule is an error.
   */
  anyPluginRule?: boolean;
}

/** The JSON Schema of a config file, built from every rule's own option schema. */
export function configSchema(
  rules: readonly Rule[],
  { anyPluginRule = false }: ConfigSchemaOptions = {},
): Record<string, unknown> {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'doclint configuration',
    description:
      'Configuration of doclint, a linter for Markdown documentation: `.doclintrc.json`, `.doclintrc.jsonc`, ' +
      '`.doclintrc.yaml` (`.yml`), `doclint.config.json` or the `doclint` key of package.json',
    type: 'object',
    additionalProperties: false,
    properties: configKeysSchema(),
    $defs: {
      contract: CONTRACT_SCHEMA,
      rules: rulesSchema(rules, anyPluginRule),
      settings: settingsSchema(),
    },
  };
}

/** The keys of a config file; `rules`, `settings` and each contract refer to `$defs`. */
function configKeysSchema(): Record<string, unknown> {
  return {
    $schema: { type: 'string', description: 'the JSON Schema of this file, for editors (ignored by doclint)' },
    extends: extendsSchema(),
    rules: { $ref: '#/$defs/rules' },
    settings: { $ref: '#/$defs/settings' },
    plugins: {
      type: 'array',
      items: { type: 'string', minLength: 1 },
      description:
        'modules with more rules, loaded before the config is checked: a path relative to this file ' +
        '(starting with `./` or `../`) or a package name; only in the config at the project root (or --config) ' +
        'and what it extends. Plugins are code and run with your permissions',
    },
    overrides: overridesSchema(),
    ignores: {
      type: 'array',
      items: GLOB,
      description:
        "globs of pages and folders not to lint, relative to the config file's folder " +
        '(links into them are still checked)',
    },
    requireDirectiveReason: {
      type: 'boolean',
      description: 'report (as an error) a `doclint-disable…` comment without a `-- reason`',
    },
    reportUnusedDisableDirectives: {
      ...SEVERITY,
      description:
        'report a `doclint-disable…` comment that suppressed nothing, with this severity ' +
        '(default `off`; `--report-unused-disable-directives` makes it at least `warn`)',
    },
    contracts: {
      type: 'object',
      description:
        'page contracts by name: what pages of a kind must contain, checked by the `page-contract` rule; ' +
        "a nearer config file's contract replaces one of the same name. " +
        'Patterns are wildcard patterns (`*`), never regular expressions',
      additionalProperties: { $ref: '#/$defs/contract' },
    },
  };
}

/** `extends`: presets and shared config files, one or a list. */
function extendsSchema(): Record<string, unknown> {
  const extendsItem = {
    type: 'string',
    description: 'a preset, or the path of a shared config file relative to this file (starting with `./` or `../`)',
    examples: [...PRESET_NAMES],
  };
  return {
    description:
      `presets (${PRESETS.map((p) => `\`${p.name}\`: ${p.description}`).join('; ')}) ` +
      "and shared config files, applied in order before this file's own keys",
    anyOf: [extendsItem, { type: 'array', items: extendsItem }],
  };
}

/** `overrides`: rules and settings for the pages some globs match. */
function overridesSchema(): Record<string, unknown> {
  return {
    type: 'array',
    description: 'rules and settings for some pages; later entries win over earlier ones',
    items: {
      type: 'object',
      additionalProperties: false,
      required: ['files'],
      properties: {
        files: {
          type: 'array',
          minItems: 1,
          items: GLOB,
          description:
            "globs of the pages it applies to, relative to the config file's folder; " +
            'a glob without `/` matches a file name at any depth',
        },
        rules: { $ref: '#/$defs/rules' },
        settings: { $ref: '#/$defs/settings' },
      },
    },
  };
}

/**
 * `$defs.rules`: each rule's id → its severity, or its severity and options (checked with the
 * rule's option schema); with `anyPluginRule`, any namespaced id too.
 */
function rulesSchema(rules: readonly Rule[], anyPluginRule: boolean): Record<string, unknown> {
  const ruleSchemas: Record<string, unknown> = {};
  for (const { meta } of rules) {
    ruleSchemas[meta.id] = {
      description: `${meta.description} (default: \`${defaultSeverityOf(meta)}\`)`,
      anyOf: ruleSetting(meta.schema ?? { type: 'object', additionalProperties: false }),
    };
  }
  const pluginRules = anyPluginRule
    ? {
        patternProperties: {
          [PLUGIN_RULE_ID.source]: {
            description: 'a rule of a plugin listed in `plugins`',
            anyOf: ruleSetting({ type: 'object' }),
          },
        },
      }
    : {};
  return {
    type: 'object',
    description: 'rule id → `off`, `warn`, `error`, or `[severity, options]`',
    additionalProperties: false,
    properties: ruleSchemas,
    ...pluginRules,
  };
}

/** `$defs.settings`: security pages, anchor sources and the root of root-relative links. */
function settingsSchema(): Record<string, unknown> {
  return {
    type: 'object',
    additionalProperties: false,
    properties: {
      securityPage: {
        type: 'object',
        additionalProperties: false,
        description: 'which pages are security pages: by file name, or by the start of the first level-1 heading',
        properties: {
          fileNames: {
            ...stringList,
            description: 'file names (exact case) of security pages; default `["security.md"]`',
          },
          titlePrefixes: {
            ...stringList,
            description:
              'a page whose first level-1 heading starts with one of these (ignoring case) is a security page; ' +
              'default `["Security in", "Security for", "Security of"]`',
          },
        },
      },
      anchors: {
        type: 'object',
        additionalProperties: false,
        description: 'the anchor sources the site has; a source turned off is not an anchor (project-wide)',
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
        description:
          'the folder root-relative links start from, relative to the project root (`.`, `docs`): ' +
          'not absolute, not above the root',
      },
      site: siteSchema(),
      links: linksSchema(),
    },
  };
}

/** `settings.site`: the site generator that renders the pages. */
function siteSchema(): Record<string, unknown> {
  return {
    enum: SITE_NAMES,
    description:
      'the site generator that renders the pages (project-wide): how links land on files, heading ids, ' +
      'fragment case, folder links, the table of contents. ' +
      SITE_NAMES.map((name) => `\`${name}\`: ${SITES[name].description}`).join('; ') +
      ". Unset: doclint's defaults (links name files, folders need an index page, exact case)",
  };
}

/** `settings.links`: the link policy (project-wide). */
function linksSchema(): Record<string, unknown> {
  return {
    type: 'object',
    additionalProperties: false,
    description: 'which links are checked, and how (project-wide)',
    properties: {
      ignore: {
        type: 'array',
        items: { type: 'string', minLength: 1 },
        description:
          'destinations no link rule checks, as written in the page: wildcard patterns, `*` for any characters ' +
          '(`https://example.com/*`, `../std/*`, `*.pdf`), never regular expressions',
      },
      sites: {
        type: 'object',
        description:
          "URL prefixes of this project's own site → the folder (relative to the project root) it is published " +
          'from: a link starting with one is checked as a link to that folder, its `.html` page as the `.md` page',
        additionalProperties: { type: 'string', minLength: 1 },
      },
      folders: {
        type: 'boolean',
        description:
          'a link to a folder is fine without an index page (`true`: the site shows a listing, as GitHub does); ' +
          "default: the site's (`github`: true; others: the folder needs an index page)",
      },
    },
  };
}

function suggest(word: string, candidates: readonly string[]): string {
  if (candidates.length === 0) return '';
  const best = closest(word, [...candidates]);
  return distance(word, best) <= Math.max(2, Math.floor(word.length / 3)) ? `; did you mean \`${best}\`` : '';
}

const quoteList = (values: readonly unknown[]) => values.map((v) => `\`${String(v)}\``).join(', ');

/** `overrides.0.rules` → `overrides[0].rules`. */
export function showKeyPath(parts: readonly (string | number)[]): string {
  let shown = '';
  for (const part of parts) {
    if (typeof part === 'number' || /^\d+$/.test(part)) shown += `[${part}]`;
    else shown += shown === '' ? part : `.${part}`;
  }
  return shown;
}

function describe(error: ErrorObject): string {
  const parts = error.instancePath
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
  const path = showKeyPath(parts);
  const rulesAt = parts.findIndex((part, i) => part === 'rules' && parts[i + 2] === '1');
  let where = path === '' ? 'the config' : `\`${path}\``;
  if (rulesAt !== -1) {
    const inside = parts.slice(rulesAt + 3);
    where =
      `options of \`${showKeyPath(parts.slice(0, rulesAt + 2))}\`` +
      (inside.length > 0 ? ` at \`${showKeyPath(inside)}\`` : '');
  }
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(error.params.additionalProperty);
      const allowed = Object.keys(((error.parentSchema ?? {}) as { properties?: object }).properties ?? {});
      const what = parts.at(-1) === 'rules' ? 'rule' : rulesAt !== -1 ? 'option' : 'key';
      const hint =
        what === 'rule' && key.includes('/') && suggest(key, allowed) === ''
          ? ': no plugin defines it (plugins are listed in `plugins` of the config at the project root)'
          : suggest(key, allowed) +
            (allowed.length > 0 && allowed.length <= 12 ? ` (allowed: ${quoteList(allowed)})` : '');
      return `${where}: unknown ${what} \`${key}\`${hint}`;
    }
    case 'enum':
      return `${where}: expected one of ${quoteList(error.params.allowedValues as unknown[])}`;
    case 'type':
      return `${where}: expected ${String(error.params.type)}`;
    case 'required':
      return `${where}: missing key \`${String(error.params.missingProperty)}\``;
    case 'minItems':
      return `${where}: expected at least ${String(error.params.limit)} item${error.params.limit === 1 ? '' : 's'}`;
    case 'minLength':
      return `${where}: expected a non-empty string`;
    case 'minProperties':
      return `${where}: expected at least one key`;
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
    // Compiled on every run, before anything is linted, so its cost is start-up time: the schema
    // is generated here (and checked against the meta-schema by test/schema.test.ts), so it is
    // not validated again; shared $defs compile once; ajv's code optimiser is skipped. 250 ms → 45 ms.
    const ajv = new Ajv2020({
      allErrors: true,
      strict: false,
      verbose: true,
      validateSchema: false,
      inlineRefs: false,
      code: { optimize: false },
    });
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
    const rule = /^(?:\/overrides\/\d+)?\/rules\/[^/]+/.exec(error.instancePath)?.[0] ?? error.instancePath;
    const list = deepest.get(rule) ?? [];
    list.push(error);
    deepest.set(rule, list);
  }
  const messages: string[] = [];
  for (const list of deepest.values()) {
    const depth = list.reduce((most, e) => Math.max(most, e.instancePath.length), 0);
    const kept = list.filter((e) => e.instancePath.length === depth);
    const unknownKeys = kept.filter((e) => e.keyword === 'additionalProperties');
    if (unknownKeys.length > 0) {
      // Every unknown key at that level, not only the first.
      for (const error of unknownKeys) messages.push(describe(error));
      continue;
    }
    const prefer = kept.find((e) => e.keyword === 'enum') ?? kept[0]!;
    const types = [...new Set(kept.filter((e) => e.keyword === 'type').map((e) => String(e.params.type)))];
    if (prefer.keyword === 'type' && types.length > 1) {
      messages.push(describe(prefer).replace(/expected [^:]*$/, `expected ${types.join(' or ')}`));
    } else messages.push(describe(prefer));
  }
  return [...new Set(messages)];
}

/** What is wrong with a glob of `ignores` or `overrides[].files`, or undefined. */
export function globProblem(glob: string, { picomatch: compiled = true } = {}): string | undefined {
  if (glob.startsWith('!')) return 'negated globs are not supported; list the pages to include instead';
  if (glob.startsWith('/') || /^[A-Za-z]:[\\/]/.test(glob))
    return "globs are relative to the config file's folder; remove the leading `/`";
  if (glob.split('/').includes('..')) return "a glob cannot leave the config file's folder (`..`)";
  if (!compiled) return undefined;
  if (hasUnclosedBrace(glob)) return 'it is not a valid glob (an unclosed `{`, `[` or `(`?)';
  // What matching will compile: too long, or `{…}` groups that expand too far, is refused here,
  // not found later by every page's match
  try {
    compileGlob(glob);
  } catch (error) {
    if (error instanceof PatternError) return error.message;
    throw error;
  }
  return undefined;
}

/** `./rules/x.js`, `../shared/x.mjs`: a path relative to the config file (of a plugin, or an extended file). */
export const isRelativePath = (specifier: string) => /^\.\.?[\\/]/.test(specifier);

/** `doclint-plugin-acme`, `@acme/doclint-rules`, `@acme/doclint-rules/strict.js`. */
const PACKAGE_NAME = /^(?:@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*(?:\/[^\\\s]+)?$/i;

/** What is wrong with how a plugin is named in `plugins`, or undefined. */
export function pluginSpecifierProblem(specifier: string): string | undefined {
  if (isRelativePath(specifier)) return undefined;
  if (/^(?:[A-Za-z]:)?[\\/]/.test(specifier))
    return (
      'expected a path relative to this file, starting with `./` or `../`, ' + `not the absolute path \`${specifier}\``
    );
  if (/^[a-z][a-z0-9+.-]*:/i.test(specifier) && !/^[A-Za-z]:/.test(specifier))
    return (
      'expected a path relative to this file (starting with `./` or `../`) or a package name, ' +
      `not the URL \`${specifier}\``
    );
  if (!PACKAGE_NAME.test(specifier))
    return (
      'expected a path relative to this file (starting with `./` or `../`) or a package name, ' + `not \`${specifier}\``
    );
  return undefined;
}

/** Problems the schema cannot express: `extends` names, plugin names and glob syntax. */
function semanticProblems(config: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const extendsValue = config.extends;
  const extendsList =
    typeof extendsValue === 'string' ? [extendsValue] : Array.isArray(extendsValue) ? extendsValue : [];
  extendsList.forEach((name, i) => {
    if (typeof name !== 'string') return;
    const where = `\`${typeof extendsValue === 'string' ? 'extends' : showKeyPath(['extends', i])}\``;
    if (isPresetName(name)) {
      if (!PRESET_NAMES.includes(name))
        problems.push(
          `${where}: unknown preset \`${name}\`${suggest(name, PRESET_NAMES)} (allowed: ${quoteList(PRESET_NAMES)})`,
        );
    } else if (!/^\.\.?\//.test(name)) {
      problems.push(
        `${where}: expected a preset (${quoteList(PRESET_NAMES)}) ` +
          `or a path relative to this file starting with \`./\` or \`../\`, not \`${name}\``,
      );
    }
  });
  if (Array.isArray(config.plugins)) {
    config.plugins.forEach((specifier: unknown, i) => {
      if (typeof specifier !== 'string' || specifier === '') return;
      const problem = pluginSpecifierProblem(specifier);
      if (problem) problems.push(`\`${showKeyPath(['plugins', i])}\`: ${problem}`);
    });
  }
  // The limits on all the globs together first: past them, compiling each glob (which expands its
  // `{…}` groups) would itself take seconds, so they are only checked for their syntax.
  const globLimit = globLimitProblem(config);
  const checkGlobs = (globs: unknown, key: (string | number)[]) => {
    if (!Array.isArray(globs)) return;
    globs.forEach((glob, i) => {
      if (typeof glob !== 'string' || glob === '') return;
      const problem = globProblem(glob, { picomatch: globLimit === undefined });
      if (problem) problems.push(`\`${showKeyPath([...key, i])}\`: invalid glob \`${glob}\`: ${problem}`);
    });
  };
  checkGlobs(config.ignores, ['ignores']);
  if (globLimit) problems.push(globLimit);
  problems.push(...linkSettingsProblems(config));
  if (isRecord(config.contracts)) {
    for (const [name, contract] of Object.entries(config.contracts)) {
      problems.push(...contractProblems(name, contract));
    }
  }
  if (Array.isArray(config.overrides)) {
    config.overrides.forEach((override: unknown, i) => {
      if (typeof override === 'object' && override !== null)
        checkGlobs((override as { files?: unknown }).files, ['overrides', i, 'files']);
    });
  }
  return problems;
}

/**
 * The most patterns (sentences, links, items, section headings and labels) one contract may
 * require. Each is looked for in every matching page, and a missing one is compared with every
 * paragraph for the closest wording: 20,000 sentences against one page took 206 s. Real
 * contracts have a few dozen.
 */
export const MAX_PATTERNS_PER_CONTRACT = 1000;

function contractPatternCount(contract: Record<string, unknown>): number {
  if (!Array.isArray(contract.require)) return 0;
  const count = (value: unknown) => (typeof value === 'string' ? 1 : Array.isArray(value) ? value.length : 0);
  let total = 0;
  for (const requirement of contract.require as unknown[]) {
    total++;
    if (!isRecord(requirement)) continue;
    total += count(requirement.sentences) + count(requirement.links) + count(requirement.items);
    if (isRecord(requirement.section)) total += count(requirement.section.heading) + count(requirement.section.label);
  }
  return total;
}

const RESERVED_CONTRACT_NAMES = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * What the schema cannot say about a contract: glob syntax, brace groups, pattern length, a list
 * without its section.
 */
function contractProblems(name: string, contract: unknown): string[] {
  const at = (...key: (string | number)[]) => `\`${showKeyPath(['contracts', name, ...key])}\``;
  // Names that are also properties of every object: as keys they would be dropped (or set a
  // prototype) on the way through the cascade, and the contract would silently do nothing.
  if (RESERVED_CONTRACT_NAMES.has(name))
    return [`${at()}: \`${name}\` cannot name a contract (it is reserved in JavaScript objects); rename it`];
  if (!isRecord(contract)) return [];
  const problems: string[] = [];
  const each = (value: unknown, key: (string | number)[], check: (pattern: string) => void) => {
    const values = typeof value === 'string' ? [value] : Array.isArray(value) ? value : [];
    values.forEach((pattern, i) => {
      if (typeof pattern !== 'string' || pattern === '') return;
      const where = typeof value === 'string' ? at(...key) : at(...key, i);
      try {
        check(pattern);
      } catch (error) {
        if (!(error instanceof PatternError)) throw error;
        problems.push(
          `${where}: invalid pattern ` +
            `\`${pattern.length > 60 ? `${pattern.slice(0, 57)}...` : pattern}\`: ${error.message}`,
        );
      }
    });
  };
  const tooLong = (pattern: string) => {
    if (pattern.length > MAX_PATTERN_LENGTH)
      throw new PatternError(`it is longer than ${MAX_PATTERN_LENGTH} characters`);
  };
  const patterns = contractPatternCount(contract);
  if (patterns > MAX_PATTERNS_PER_CONTRACT) {
    problems.push(
      `${at('require')}: too many requirements: ${patterns} sentences, links, items and sections; ` +
        `a contract may have at most ${MAX_PATTERNS_PER_CONTRACT} (each is looked for in every matching page)`,
    );
    return problems;
  }
  const match = isRecord(contract.match) ? contract.match : {};
  each(match.files, ['match', 'files'], (glob) => {
    const problem = globProblem(glob, { picomatch: false });
    if (problem) throw new PatternError(problem);
    compileGlob(glob);
  });
  each(match.title, ['match', 'title'], tooLong);
  each(match.tocParent, ['match', 'tocParent'], tooLong);
  if (isRecord(match.frontMatter)) {
    for (const [key, value] of Object.entries(match.frontMatter)) {
      if (key.split('.').some((part) => RESERVED_CONTRACT_NAMES.has(part))) {
        problems.push(
          `${at('match', 'frontMatter', key)}: \`${key}\` cannot be matched ` +
            '(`__proto__`, `constructor` and `prototype` are reserved in JavaScript objects)',
        );
      }
      each(value, ['match', 'frontMatter', key], tooLong);
    }
  }
  if (Array.isArray(contract.require)) {
    contract.require.forEach((requirement: unknown, i) => {
      if (!isRecord(requirement)) return;
      for (const key of ['sentences', 'links', 'items'] as const) each(requirement[key], ['require', i, key], tooLong);
      if (isRecord(requirement.section)) {
        each(requirement.section.heading, ['require', i, 'section', 'heading'], tooLong);
        each(requirement.section.label, ['require', i, 'section', 'label'], tooLong);
      }
      if (requirement.linkList === true && requirement.section === undefined) {
        problems.push(
          `${at('require', i, 'linkList')}: a list of links follows a section's heading or label: add \`section\``,
        );
      }
    });
  }
  return problems;
}

/** The most problems one config file's message lists. */
const MAX_CONFIG_PROBLEMS = 100;

/** Checks a config object against the rules' schemas; throws a ConfigError listing every problem. */
export function validateConfig(config: unknown, rules: readonly Rule[]): asserts config is Config {
  if (typeof config !== 'object' || config === null || Array.isArray(config)) {
    throw new ConfigError('expected a JSON object');
  }
  const all = [...validatorFor(rules)(config), ...semanticProblems(config as Record<string, unknown>)];
  // A config of 100,000 wrong values is 100,000 problems: the first ones say what is wrong.
  const problems =
    all.length > MAX_CONFIG_PROBLEMS
      ? [...all.slice(0, MAX_CONFIG_PROBLEMS), `… and ${all.length - MAX_CONFIG_PROBLEMS} more problems`]
      : all;
  if (problems.length > 0) throw new ConfigError(problems.join('\n'), problems);
}
