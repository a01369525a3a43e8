/**
 * Config resolution: what a validated config means for the engine (its enabled rules with their
 * severity and options, and its settings). Validation is the Node shell's
 * (src/node/config/validate.ts): the engine takes configs that have passed it.
 */
import type { Config, ResolvedRule, Rule, RuleSetting, Settings, Severity } from '../../types.js';
import { normalizeContract } from '../../contracts/compile.js';
import { defaultSeverityOf } from './rules.js';
import { DEFAULT_LINKS, siteProfile } from '../../sites/index.js';

export const DEFAULT_SETTINGS: Settings = {
  securityPage: {
    fileNames: ['security.md'],
    titlePrefixes: ['Security in', 'Security for', 'Security of'],
  },
  anchors: { headingSlugs: true, htmlId: true, htmlName: true, customIds: true },
  links: DEFAULT_LINKS,
  contracts: {},
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

/** Top-level keys that only config files have: the engine's per-page config never carries them. */
export const FILE_ONLY_KEYS = ['$schema', 'extends', 'overrides', 'ignores', 'plugins'] as const;

export function severityOf(setting: RuleSetting): Severity {
  return Array.isArray(setting) ? setting[0] : setting;
}

/** The enabled rules with their severity and options (defaults ⊕ config). */
export function resolveRules(config: Config, rules: readonly Rule[]): ResolvedRule[] {
  const resolved: ResolvedRule[] = [];
  for (const rule of rules) {
    const setting = config.rules?.[rule.meta.id];
    const severity = setting === undefined ? defaultSeverityOf(rule.meta) : severityOf(setting);
    if (severity === 'off') continue;
    const options = Array.isArray(setting) && setting.length > 1 ? setting[1] : {};
    resolved.push({ rule, severity, options: { ...rule.meta.defaultOptions, ...options } });
  }
  return resolved;
}

/**
 * A config's settings over the defaults. The site profile (`site`) gives the defaults of the
 * anchor sources and of `rootDir`, under what the config sets.
 */
export function resolveSettings(config: Config): Settings {
  const site = config.settings?.site;
  const profile = siteProfile({ site });
  const settings: Settings = {
    securityPage: { ...DEFAULT_SETTINGS.securityPage, ...config.settings?.securityPage },
    anchors: { ...profile.anchors, ...config.settings?.anchors },
    links: resolveLinks(config.settings?.links),
    contracts: resolveContracts(config.contracts),
  };
  const rootDir = config.settings?.rootDir ?? profile.rootDir;
  if (rootDir !== undefined) settings.rootDir = rootDir;
  if (site !== undefined) settings.site = site;
  return settings;
}

/** `settings.links` over the defaults: nothing ignored, no site of the project's own, folders as the site says. */
function resolveLinks(links: Partial<Settings['links']> | undefined): Settings['links'] {
  if (!links) return DEFAULT_LINKS;
  const resolved: Settings['links'] = { ignore: links.ignore ?? [], sites: links.sites ?? {} };
  if (links.folders !== undefined) resolved.folders = links.folders;
  return resolved;
}

const resolvedContracts = new WeakMap<object, Settings['contracts']>();

/** The contracts of a config in their resolved shape (lists everywhere), once per config object. */
function resolveContracts(contracts: Config['contracts']): Settings['contracts'] {
  if (!contracts) return DEFAULT_SETTINGS.contracts;
  let resolved = resolvedContracts.get(contracts);
  if (!resolved) {
    resolved = {};
    for (const [name, contract] of Object.entries(contracts)) resolved[name] = normalizeContract(contract);
    resolvedContracts.set(contracts, resolved);
  }
  return resolved;
}
