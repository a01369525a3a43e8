/**
 * Text for `--explain` and `--list-rules`: what applies to a page and why, and what rules exist.
 * Pure: the CLI gives it the explanation, the page's security-page reason and the rules.
 */
import type { Config, Rule, Settings } from '../types.js';
import type { Explanation } from '../engine/config/cascade.js';
import { printableConfig } from '../engine/config/cascade.js';
import { resolveSettings } from '../engine/config/resolve.js';
import { PRESETS } from '../engine/config/presets.js';
import { defaultSeverityOf } from '../engine/config/rules.js';
import { severityOf } from '../engine/config/resolve.js';
import { folderLinksAllowed, siteProfile } from '../sites/index.js';

const pad = (text: string, width: number) => text + ' '.repeat(Math.max(1, width - text.length));

const quoted = (values: readonly string[]) => values.map((v) => `\`${v}\``).join(', ');

/** How the page was found to be a security page, or not, by `securityPageReason`'s answer. */
function securityLine(reason: string | undefined, settings: Settings, title: string | undefined): string {
  const { fileNames, titlePrefixes } = settings.securityPage;
  if (reason?.startsWith('file name')) {
    return `yes, by file name: ${reason.replace(/^file name /, '')} is one of \`settings.securityPage.fileNames\``;
  }
  if (reason) {
    return (
      `yes, by title prefix: the title ${reason.replace(/^title /, '')}, ` +
      'one of `settings.securityPage.titlePrefixes`'
    );
  }
  const byTitle =
    title === undefined
      ? 'it has no level-1 heading'
      : `its title \`${title}\` does not start with one of ${quoted(titlePrefixes)}`;
  return `no: its file name is not one of ${fileNames.length > 0 ? quoted(fileNames) : '(none)'}, and ${byTitle}`;
}

/** Whether the security rules check a security page (src/contracts/security-page.ts), for `--explain`. */
export interface SecurityScope {
  /** the enabled security rules that check only pages that name AWS (on only by default) */
  awsOnly: string[];
  /** the enabled security rules that check every security page (a config sets them) */
  everyPage: string[];
  /** where the page names AWS; undefined: neither its title nor its opening does */
  awsMention?: string;
  /** the page is a security page only by its title */
  byTitle: boolean;
  /** for a page matched by title: why it is not its guide's security page (undefined: it is) */
  notGuidePage?: string;
}

/** The lines under the security-page verdict: its guide, whether it names AWS, which rules check it. */
function securityScopeLines(scope: SecurityScope | undefined): string[] {
  if (!scope) return [];
  const lines: string[] = [];
  if (scope.byTitle) {
    lines.push(
      `  Its guide's security page: ${
        scope.notGuidePage === undefined
          ? 'yes: no page of its guide is a security page by file name, and its table of contents does not nest it'
          : `no: ${scope.notGuidePage}`
      }`,
    );
  }
  if (scope.awsOnly.length > 0) {
    const names =
      scope.awsMention === undefined
        ? 'no: neither its title nor its opening (before its first subheading) names `AWS` or `Amazon`'
        : `yes, ${scope.awsMention}`;
    lines.push(`  Names AWS: ${names}`);
  }
  const guide = scope.notGuidePage === undefined;
  const checking = guide ? [...(scope.awsMention === undefined ? [] : scope.awsOnly), ...scope.everyPage] : [];
  lines.push(`  Checked by: ${checking.length > 0 ? quoted(checking.sort()) : 'no rule'}`);
  if (guide && scope.awsMention === undefined && scope.awsOnly.length > 0) {
    lines.push(
      `  (${quoted(scope.awsOnly)}: on only by default, no config sets them, so they check only pages that name AWS; ` +
        'a config that sets them, such as `"extends": "doclint:aws-security"`, checks this page)',
    );
  }
  return lines;
}

export interface ExplainInput {
  explanation: Explanation;
  rules: readonly Rule[];
  /** `securityPageReason` of the page with its settings (undefined: not a security page) */
  securityReason: string | undefined;
  /** for a security page: whether the security rules check it */
  securityScope?: SecurityScope;
  /** the page's title, rendered */
  title: string | undefined;
  /** the run's plugins: as written in `plugins`, the config file that lists them, their rule ids */
  plugins?: readonly PluginListing[];
  /** each contract of the page's config: why it applies (undefined: it does not) */
  contracts?: Array<{ name: string; description?: string; reason?: string }>;
  /** the page's place in its table of contents (undefined: no table of contents was found) */
  toc?: TocPlace;
}

/** Where a table of contents puts a page, for `--explain`: what the TOC rules compare a page with. */
export interface TocPlace {
  /** the TOC file, relative to the project root */
  path: string;
  /** the entries that link to the page: their text, their line, the text of the entry above them */
  entries: Array<{ text: string; line?: number; parent?: string }>;
  /** the entries under the page's first entry, in order */
  children: Array<{ text: string; target?: string }>;
}

export interface PluginListing {
  specifier: string;
  /** the config file whose `plugins` lists it, as messages show it */
  listedIn: string;
  ruleIds: readonly string[];
}

type Provenance = Explanation['provenance'];

/**
 * `--explain`: the config files and overrides that apply, the security-page verdict, each rule
 * and setting with its source.
 */
export function formatExplanation({
  explanation,
  rules,
  securityReason,
  securityScope,
  title,
  plugins = [],
  contracts = [],
  toc,
}: ExplainInput): string {
  const { path, files, config, provenance, ignoredBy } = explanation;
  const settings = resolveSettings(config);
  const printed = printableConfig(config, rules);
  const lines = [
    path,
    '',
    ...ignoredLines(ignoredBy),
    ...configFileLines(files),
    ...pluginLines(plugins),
    '',
    `Security page: ${securityLine(securityReason, settings, title)}`,
    ...securityScopeLines(securityScope),
    '',
    ...tocLines(toc),
    '',
    ...contractLines(contracts, provenance),
    ...ruleLines(printed, rules, provenance),
    '',
    ...siteLines(settings, provenance),
    '',
    ...settingLines(settings, provenance),
    '',
    ...directiveLines(printed, provenance),
  ];
  return `${lines.join('\n')}\n`;
}

/** Whether `ignores` or `.doclintignore` names the page, and which (nothing when neither does). */
function ignoredLines(ignoredBy: Explanation['ignoredBy']): string[] {
  if (!ignoredBy) return [];
  const by =
    ignoredBy.glob === undefined
      ? `\`${ignoredBy.source}\``
      : `\`${ignoredBy.glob}\` in the \`ignores\` of \`${ignoredBy.source}\``;
  return [`Ignored: yes, by ${by}; doclint does not lint this page (links into it are still checked)`, ''];
}

/** The config files that apply, farthest first, each with its layers (what it extends, its overrides). */
function configFileLines(files: Explanation['files']): string[] {
  if (files.length === 0) return ['Config files: none (every rule at its default)'];
  const lines = [
    'Config files, farthest first (a nearer file overrides a farther one; within a file, what it extends, ' +
      'then its own keys, then its overrides):',
  ];
  for (const file of files) {
    lines.push(`  ${file.shown}`);
    for (const layer of file.layers) {
      if (!layer.files) lines.push(`    ${layer.source}`);
      else
        lines.push(
          `    ${layer.source} (files: ${quoted(layer.files)}): ${layer.applies ? 'applies' : 'does not apply'}`,
        );
    }
  }
  return lines;
}

/** The run's plugins and their rules (nothing without plugins). */
function pluginLines(plugins: readonly PluginListing[]): string[] {
  if (plugins.length === 0) return [];
  return [
    '',
    'Plugins (project-wide):',
    ...plugins.map((plugin) => `  ${plugin.specifier} (listed in ${plugin.listedIn}): ${quoted(plugin.ruleIds)}`),
  ];
}

/** The page's place in its table of contents, and the children a topics list must list (toc-topics-match). */
function tocLines(toc: TocPlace | undefined): string[] {
  if (toc === undefined) return ['Table of contents: none found (the TOC file in this folder or above)'];
  const lines = [`Table of contents: \`${toc.path}\``];
  if (toc.entries.length === 0) {
    lines.push('  does not list this page (toc-orphan-page reports it unless a page it lists links here)');
    return lines;
  }
  for (const { text, line, parent } of toc.entries) {
    const where = parent === undefined ? 'at the top level' : `under \`${parent}\``;
    lines.push(`  entry: \`${text}\`${line === undefined ? '' : ` (line ${line})`}, ${where}`);
  }
  if (toc.children.length === 0) {
    lines.push('  children: none');
    return lines;
  }
  lines.push(`  children (what a topics list on this page lists, toc-topics-match): ${toc.children.length}`);
  for (const { text, target } of toc.children) lines.push(`    ${text}${target === undefined ? '' : `  ${target}`}`);
  return lines;
}

/** Each contract of the page's config: whether it applies, why, and where it was set (nothing without contracts). */
function contractLines(contracts: NonNullable<ExplainInput['contracts']>, provenance: Provenance): string[] {
  if (contracts.length === 0) return [];
  const lines = ['Contracts (checked by page-contract):'];
  const width = Math.max(...contracts.map((c) => c.name.length)) + 2;
  for (const { name, description, reason } of contracts) {
    const from = provenance.contracts?.[name];
    lines.push(
      `  ${pad(name, width)}${reason ? `applies: ${reason}` : 'does not apply'}${from ? `; set by ${from}` : ''}`,
    );
    if (description !== undefined) lines.push(`  ${' '.repeat(width)}${description}`);
  }
  lines.push('');
  return lines;
}

/** Each rule: its severity, its options, and the config that set them (or `default`). */
function ruleLines(printed: Config, rules: readonly Rule[], provenance: Provenance): string[] {
  const width = Math.max(...rules.map((r) => r.meta.id.length)) + 2;
  const lines = ['Rules:'];
  for (const [id, setting] of Object.entries(printed.rules ?? {})) {
    const from = provenance.rules[id];
    let why = from ? `set by ${from.severity}` : 'default';
    if (Array.isArray(setting) && setting.length > 1) {
      why += `; options ${JSON.stringify(setting[1])}`;
      if (from?.options && from.options !== from.severity) why += ` set by ${from.options}`;
    }
    lines.push(`  ${pad(id, width)}${pad(severityOf(setting), 7)}${why}`);
  }
  return lines;
}

/** The settings: each value and the config that set it (or `default`); the project-wide ones say so. */
function settingLines(settings: Settings, provenance: Provenance): string[] {
  const lines = ['Settings:'];
  const settingValues: Array<[string, unknown]> = [
    ['securityPage.fileNames', settings.securityPage.fileNames],
    ['securityPage.titlePrefixes', settings.securityPage.titlePrefixes],
    ...Object.entries(settings.anchors).map(([key, value]): [string, unknown] => [`anchors.${key}`, value]),
    ['rootDir', settings.rootDir],
  ];
  for (const [key, value] of settingValues) {
    if (value === undefined) continue;
    const source = provenance.settings[key];
    const scope =
      key.startsWith('anchors.') || key === 'rootDir' ? ' (project-wide: the config at the project root)' : '';
    lines.push(`  ${pad(key, 28)}${JSON.stringify(value)}  ${source ? `set by ${source}` : 'default'}${scope}`);
  }
  return lines;
}

/**
 * The site profile and the link policy that apply (project-wide): what the site changes about
 * links and anchors, and what the config set.
 */
function siteLines(settings: Settings, provenance: Provenance): string[] {
  const site = siteProfile(settings);
  const from = (key: string) => (provenance.settings[key] ? `set by ${provenance.settings[key]}` : 'default');
  const { ignore, sites } = settings.links;
  const foldersFrom =
    settings.links.folders === undefined ? "the site's default" : from('links.folders').replace(/^set by /, '');
  const fragments = site.fragmentCase === 'lowercase' ? 'exact case, or the fragment in lower case' : 'exact case';
  const rootLinks =
    settings.rootDir !== undefined
      ? `from \`${settings.rootDir}\``
      : site.origin !== undefined
        ? `pages of ${site.origin} (checked where \`links.sites\` maps them)`
        : 'not checked (no `settings.rootDir`)';
  const siteList = Object.entries(sites).map(([prefix, folder]) => `\`${prefix}\` → \`${folder}\``);
  return [
    `Site (project-wide): ${site.name === 'default' ? 'none' : `\`${site.name}\` (${site.title})`}; ${from('site')}`,
    `  ${site.description}`,
    `  heading ids:       ${site.slugs}`,
    `  fragments:         ${fragments} (link-anchor-exists \`ignoreCase\` overrides)`,
    `  folder links:      ${folderLinksAllowed(settings) ? 'fine without an index page' : 'need an index page'} ` +
      `(${foldersFrom})`,
    `  \`/path\` links:     ${rootLinks}`,
    `  table of contents: \`${site.tocFile ?? 'index.md'}\``,
    'Link policy (project-wide):',
    `  ignore:  ${ignore.length > 0 ? quoted(ignore) : 'none'}; ${from('links.ignore')}`,
    `  sites:   ${siteList.length > 0 ? siteList.join(', ') : 'none'}; ${from('links.sites')}`,
  ];
}

/** The directive options: each value and the config that set it (or `default`). */
function directiveLines(printed: Config, provenance: Provenance): string[] {
  const lines = ['Directives:'];
  for (const key of ['requireDirectiveReason', 'reportUnusedDisableDirectives'] as const) {
    const source = provenance[key];
    lines.push(`  ${pad(key, 31)}${String(printed[key])}  ${source ? `set by ${source}` : 'default'}`);
  }
  return lines;
}

export interface RuleListing {
  id: string;
  description: string;
  defaultSeverity: string;
  fixable: boolean;
  presets: string[];
  /** the rule's documentation; a plugin rule without `meta.url` has none */
  url?: string;
  /** the plugin that defines it, as `plugins` names it (built-in rules: none) */
  plugin?: string;
}

/**
 * Every rule for `--list-rules`: default severity, fixable (`meta.fixable`), the presets that turn
 * it on, its docs, and the plugin it comes from.
 */
export function listRules(
  rules: readonly Rule[],
  docsUrl: (rule: Rule) => string | undefined,
  pluginOf: (rule: Rule) => string | undefined = () => undefined,
): RuleListing[] {
  return rules.map((rule) => {
    const url = docsUrl(rule);
    const plugin = pluginOf(rule);
    return {
      id: rule.meta.id,
      description: rule.meta.description,
      defaultSeverity: defaultSeverityOf(rule.meta),
      fixable: rule.meta.fixable === true,
      presets: PRESETS.filter((preset) => preset.on.includes(rule.meta.id)).map((preset) => preset.name),
      ...(url === undefined ? {} : { url }),
      ...(plugin === undefined ? {} : { plugin }),
    };
  });
}

/** The site presets (`doclint:mdbook` …), shown as one `doclint:<site>` when a rule is in each. */
const SITE_PRESETS = PRESETS.filter((preset) => preset.settings?.site !== undefined).map((preset) => preset.name);

function presetsColumn(presets: readonly string[]): string {
  if (presets.length === 0) return '-';
  if (!SITE_PRESETS.every((name) => presets.includes(name))) return presets.join(', ');
  return [...presets.filter((name) => !SITE_PRESETS.includes(name)), 'doclint:<site>'].join(', ');
}

/** The `--list-rules` table; a `plugin` column when some rule comes from a plugin. */
export function formatRuleList(listing: readonly RuleListing[]): string {
  const withPlugins = listing.some((r) => r.plugin !== undefined);
  const header = ['rule', 'default', 'fixable', 'presets', ...(withPlugins ? ['plugin'] : []), 'docs'];
  const rows = listing.map((r) => [
    r.id,
    r.defaultSeverity,
    r.fixable ? 'yes' : 'no',
    presetsColumn(r.presets),
    ...(withPlugins ? [r.plugin ?? '(built-in)'] : []),
    r.url ?? '-',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)) + 2);
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i === cells.length - 1 ? cell : pad(cell, widths[i]!))).join('');
  return `${[line(header), ...rows.map(line)].join('\n')}\n`;
}
