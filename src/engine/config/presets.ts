import type { Config, ConfigSettings, Rule, SiteName } from '../../types.js';
import { defaultSeverityOf } from './rules.js';
import { SITES } from '../../sites/index.js';

/** The rules that check links and anchors: what any Markdown documentation set wants. */
const LINK_RULES = [
  'anchor-unique',
  'link-anchor-exists',
  'link-definition-used',
  'link-file-exists',
  'link-reference-defined',
];

/** The rule that checks the page contracts of the config (none: it checks nothing). */
const CONTRACT_RULES = ['page-contract'];

/** The rules for the structure of an AWS guide's security page. */
const SECURITY_RULES = ['security-shared-responsibility', 'security-topics-list'];

/** The rule that compares a page's topics list with the table of contents (any page with one). */
const TOPICS_RULES = ['toc-topics-match'];

/** The rules that check the table of contents itself and what it reaches (a guide with one). */
const TOC_RULES = ['toc-entry-exists', 'toc-orphan-page'];

/** Built-in rules that no preset turns on (`link-text-title`): off under every preset, as the rest. */
const OPT_IN_RULES = ['link-text-title'];

export interface Preset {
  name: string;
  description: string;
  /** built-in rules it turns on, at their default severity and options; the other built-in rules are off */
  on: readonly string[];
  /** settings it gives (the site profile), under the config that extends it */
  settings?: ConfigSettings;
}

/** A site's preset: the link rules and page-contract, and the site (`settings.site`). */
const sitePreset = (site: SiteName, on: readonly string[], also = ''): Preset => ({
  name: `doclint:${site}`,
  description: `${also}\`settings.site\`: \`${site}\`, ${SITES[site].description}`,
  on,
  settings: { site },
});

/** The presets `extends` accepts, by name. */
export const PRESETS: readonly Preset[] = [
  {
    name: 'doclint:recommended',
    description:
      'the link rules (link-file-exists, link-anchor-exists, anchor-unique, link-reference-defined, ' +
      "link-definition-used) and page-contract (the config's `contracts`) at their default severity; " +
      'the security-page rules off',
    on: [...LINK_RULES, ...CONTRACT_RULES],
  },
  {
    name: 'doclint:aws-security',
    description:
      'doclint:recommended, and the AWS security-page contract: the two security-page rules, ' +
      'which check it with the AWS wording (their defaults), and toc-topics-match (topics lists ' +
      'list the children the table of contents gives each page)',
    on: [...LINK_RULES, ...CONTRACT_RULES, ...SECURITY_RULES, ...TOPICS_RULES],
  },
  sitePreset('github', [...LINK_RULES, ...CONTRACT_RULES], 'doclint:recommended, and '),
  sitePreset(
    'aws-guide',
    [...LINK_RULES, ...CONTRACT_RULES, ...SECURITY_RULES, ...TOPICS_RULES, ...TOC_RULES],
    'doclint:aws-security, toc-entry-exists and toc-orphan-page, and ',
  ),
  ...(['mdbook', 'mkdocs', 'docusaurus', 'hugo', 'jekyll'] as const).map((site) =>
    sitePreset(site, [...LINK_RULES, ...CONTRACT_RULES], 'doclint:recommended, and '),
  ),
];

export const PRESET_NAMES: readonly string[] = PRESETS.map((preset) => preset.name);

export const isPresetName = (name: string) => name.startsWith('doclint:');

/**
 * A preset as a config: each built-in rule it names at its default severity (`error` for one off
 * by default), the other built-in
 * rules off, and the settings it gives (a site's). Rules that are not built in (an API caller's)
 * are left alone.
 */
export function presetConfig(name: string, rules: readonly Rule[]): Config | undefined {
  const preset = PRESETS.find((p) => p.name === name);
  if (!preset) return undefined;
  const builtin = new Set([
    ...LINK_RULES,
    ...CONTRACT_RULES,
    ...SECURITY_RULES,
    ...TOPICS_RULES,
    ...TOC_RULES,
    ...OPT_IN_RULES,
  ]);
  const settings: Record<string, 'off' | 'warn' | 'error'> = {};
  for (const { meta } of rules) {
    if (!builtin.has(meta.id)) continue;
    // a rule off by default (toc-orphan-page) that a preset turns on is an error there
    const severity = defaultSeverityOf(meta);
    settings[meta.id] = preset.on.includes(meta.id) ? (severity === 'off' ? 'error' : severity) : 'off';
  }
  return preset.settings ? { rules: settings, settings: { ...preset.settings } } : { rules: settings };
}
