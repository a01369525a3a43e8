/** A page's config made ready for the engine: its enabled rules, settings and directive options. */
import type { Config, ResolvedRule, Rule, Settings } from '../../types.js';
import { ConfigError, FILE_ONLY_KEYS, resolveRules, resolveSettings } from './resolve.js';
import { type DirectiveOptions } from '../directives.js';

/** What a page's config resolves to: its enabled rules, settings and directive options. */
export interface PreparedConfig {
  enabled: readonly ResolvedRule[];
  byId: ReadonlyMap<string, ResolvedRule>;
  settings: Settings;
  directives: DirectiveOptions;
}

/**
 * Resolves one page's config. `anchors`, `rootDir`, `site` and `links` describe the site, so they
 * are the project's (`project`, from the root config) on every page.
 */
export function prepareConfig(
  config: Config,
  rules: readonly Rule[],
  project: Settings = resolveSettings(config),
): PreparedConfig {
  const unresolved = FILE_ONLY_KEYS.filter((key) => key !== '$schema' && config[key] !== undefined);
  if (unresolved.length > 0) {
    throw new ConfigError(
      `lintProject takes a resolved config, not ${unresolved.map((key) => `\`${key}\``).join(', ')}: ` +
        'resolve it first with resolveConfig(config, rules) (rootConfig, configFor, ignoredBy)',
    );
  }
  const enabled = resolveRules(config, rules);
  const own = resolveSettings(config);
  const settings: Settings = {
    securityPage: own.securityPage,
    anchors: project.anchors,
    links: project.links,
    contracts: own.contracts,
  };
  if (project.rootDir !== undefined) settings.rootDir = project.rootDir;
  if (project.site !== undefined) settings.site = project.site;
  return {
    enabled,
    byId: new Map(enabled.map((resolved) => [resolved.rule.meta.id, resolved])),
    settings,
    directives: {
      reportUnused: config.reportUnusedDisableDirectives ?? 'off',
      requireReason: config.requireDirectiveReason ?? false,
    },
  };
}

/** Every page's config and its resolution, resolved once per distinct config object. */
export interface PageConfigs {
  /** the root config's settings: the site's anchors and rootDir */
  project: Settings;
  configOf(path: string): Config;
  preparedOf(path: string): PreparedConfig;
}

export function pageConfigs(config: Config, rules: readonly Rule[], configFor?: (path: string) => Config): PageConfigs {
  const project = resolveSettings(config);
  const prepared = new Map<Config, PreparedConfig>();
  const preparedFor = (pageConfig: Config) => {
    let setup = prepared.get(pageConfig);
    if (!setup) prepared.set(pageConfig, (setup = prepareConfig(pageConfig, rules, project)));
    return setup;
  };
  preparedFor(config);
  const configOf = configFor ?? (() => config);
  return { project, configOf, preparedOf: (path) => preparedFor(configOf(path)) };
}

/** A rule's options in a config, over its defaults, whether or not the rule is on there. */
export function optionsIn(config: Config, rule: Rule): Record<string, unknown> {
  const setting = config.rules?.[rule.meta.id];
  const options = Array.isArray(setting) && setting.length > 1 ? setting[1] : {};
  return { ...rule.meta.defaultOptions, ...options };
}
