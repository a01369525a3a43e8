import type { Root } from 'mdast';
import type {
  Config,
  Diagnostic,
  FileContext,
  LintInput,
  LintResult,
  PageFacts,
  ParseLimits,
  ProjectContext,
  ReportDescriptor,
  ResolvedRule,
  Rule,
  Settings,
  SourceDocument,
  TocEntry,
  Visitors,
} from '../types.js';
import { ConfigError, FILE_ONLY_KEYS, resolveRules, resolveSettings } from '../config/config.js';
import { markdownTarget } from '../helpers/links.js';
import { collectAnchors, collectToc, createCollector, TOC_FILE } from './collect.js';
import { applyDirectives, createDirectiveCollector, type Directive, type DirectiveOptions } from './directives.js';
import { walk } from './dispatch.js';
import { DEFAULT_MAX_PARSE_TIME, isTimeout, parsePage, tooSlow, withTimeLimit } from './parse.js';
import { buildIndex } from './project-index.js';
import { compareDiagnostics, createDiagnostic, createResult } from './report.js';
import { limitFindings, tooManyDirectives } from './finding-limit.js';

/**
 * How long one rule's cross-file check may run (ms). Its work is bounded ("did you mean" has one
 * budget per run), so this only stops a custom rule stuck in a loop; the whole AWS corpus takes
 * well under a second.
 */
export const CROSS_FILE_TIME_LIMIT = 60_000;

/** What the per-page phase makes of one page: all the cross-file phase needs, and no tree. */
export interface PageOutcome {
  path: string;
  /** undefined when the page could not be read */
  facts?: PageFacts;
  directives: Directive[];
  /** the per-page rules' findings, and problems with the file itself */
  diagnostics: Diagnostic[];
}

/** What a page's config resolves to: its enabled rules, settings and directive options. */
export interface PreparedConfig {
  enabled: readonly ResolvedRule[];
  byId: ReadonlyMap<string, ResolvedRule>;
  settings: Settings;
  directives: DirectiveOptions;
}

/**
 * Resolves one page's config. `anchors` and `rootDir` describe the site, so they are the
 * project's (`project`, from the root config) on every page.
 */
export function prepareConfig(config: Config, rules: readonly Rule[], project: Settings = resolveSettings(config)): PreparedConfig {
  const unresolved = FILE_ONLY_KEYS.filter((key) => key !== '$schema' && config[key] !== undefined);
  if (unresolved.length > 0) {
    throw new ConfigError(
      `lintProject takes a resolved config, not ${unresolved.map((key) => `\`${key}\``).join(', ')}: resolve it first with resolveConfig(config, rules) (rootConfig, configFor, ignoredBy)`,
    );
  }
  const enabled = resolveRules(config, rules);
  const own = resolveSettings(config);
  const settings: Settings = { securityPage: own.securityPage, anchors: project.anchors, contracts: own.contracts };
  if (project.rootDir !== undefined) settings.rootDir = project.rootDir;
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
function optionsIn(config: Config, rule: Rule): Record<string, unknown> {
  const setting = config.rules?.[rule.meta.id];
  const options = Array.isArray(setting) && setting.length > 1 ? setting[1] : {};
  return { ...rule.meta.defaultOptions, ...options };
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function crashDiagnostic(rule: Rule, path: string, error: unknown): Diagnostic {
  return {
    ruleId: rule.meta.id,
    severity: 'error',
    message: `Rule \`${rule.meta.id}\` crashed on this page: ${errorMessage(error)}`,
    path,
    line: 1,
    column: 1,
    fatal: true,
    internal: true,
  };
}

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
    outcomes.push(lintDocument(document, configs.preparedOf(document.path), input.limits));
    input.onProgress?.(outcomes.length, total);
  }
  return crossCheck(outcomes, input, config, rules, configs);
}

/** The outcome of a page that is not linted, for `problem`: unreadable, too deep, too slow. */
export function problemOutcome(path: string, problem: string): PageOutcome {
  return { path, directives: [], diagnostics: [{ ruleId: null, severity: 'error', message: problem, path, line: 1, column: 1, fatal: true }] };
}

/**
 * The per-page phase for one page: parse, one walk for every enabled rule, facts and
 * directives. Pure and self-contained, so it may run in a worker thread or come from a cache.
 * `onRules` is called when the parse is done and the walk begins.
 */
export function lintDocument(document: SourceDocument, { enabled, settings }: PreparedConfig, limits?: ParseLimits, onRules?: () => void): PageOutcome {
  const { path } = document;
  // Without a byte order mark, so that node offsets index ctx.text exactly.
  const text = document.text?.charCodeAt(0) === 0xfeff ? document.text.slice(1) : document.text;
  // A page too deep or too slow to parse is reported like one that could not be read.
  const parsed = text === undefined ? { problem: document.problem ?? 'File could not be read' } : parsePage(text, limits);
  if (parsed.problem !== undefined) return problemOutcome(path, parsed.problem);
  onRules?.();
  const diagnostics: Diagnostic[] = [];
  // On the main thread the rules run under the same limit as the parse (vm's watchdog); worker
  // threads pass 0 here, and the pool stops a worker whose page runs too long.
  const maxRuleTime = limits?.maxParseTime ?? DEFAULT_MAX_PARSE_TIME;
  let page: ReturnType<typeof lintPage>;
  try {
    page = withTimeLimit(() => lintPage(path, text!, parsed.tree, enabled, settings, diagnostics), maxRuleTime);
  } catch (error) {
    if (isTimeout(error)) return problemOutcome(path, tooSlow('rules', maxRuleTime));
    throw error;
  }
  const { facts, directives } = page;
  return { path, facts, directives, diagnostics };
}

/**
 * The cross-file phase: one index over every page's facts (and the anchors of linked pages that
 * are not linted), the project rules once (each report with its page's severity), then inline
 * directives and sorting.
 */
export async function crossCheck(
  outcomes: Iterable<PageOutcome>,
  input: Omit<LintInput, 'documents' | 'onProgress'>,
  config: Config,
  rules: readonly Rule[],
  configs: PageConfigs = pageConfigs(config, rules, input.configFor),
): Promise<LintResult[]> {
  const { project: settings } = configs;
  const states = new Map<string, { diagnostics: Diagnostic[]; directives: readonly Directive[]; setup: PreparedConfig }>();
  const pages = new Map<string, PageFacts>();
  for (const outcome of outcomes) {
    states.set(outcome.path, { diagnostics: [...outcome.diagnostics], directives: outcome.directives, setup: configs.preparedOf(outcome.path) });
    if (outcome.facts) pages.set(outcome.path, outcome.facts);
  }

  // The cross-file rules that are on for some page; each report takes that page's severity.
  const projectRules = new Set<Rule>();
  for (const state of states.values()) {
    for (const { rule } of state.setup.enabled) if (rule.checkProject) projectRules.add(rule);
  }
  if (projectRules.size > 0) {
    const targetAnchors = await readTargetAnchors(pages, input.paths, input.readFile, settings.anchors, states, input.limits);
    const needsToc = [...states.values()].some(({ setup }) => Object.values(setup.settings.contracts).some((c) => c.match.tocParent !== undefined));
    const tocs = needsToc ? await readTocs(pages, input.paths, input.readFile, settings.rootDir, input.limits) : new Map<string, TocEntry[]>();
    const index = buildIndex([...(input.paths ?? []), ...states.keys()], pages, targetAnchors, input.changes, tocs);
    for (const rule of rules.filter((r) => projectRules.has(r))) {
      const id = rule.meta.id;
      const options = optionsIn(config, rule);
      const context: ProjectContext = {
        index,
        options,
        settings,
        optionsFor(path: string) {
          return states.get(path)?.setup.byId.get(id)?.options ?? options;
        },
        report(path: string, descriptor: ReportDescriptor) {
          const state = states.get(path);
          if (!state) throw new Error(`reported against \`${path}\`, which is not being linted`);
          const resolved = state.setup.byId.get(id);
          if (!resolved) return;
          state.diagnostics.push(createDiagnostic(rule.meta, resolved.severity, path, descriptor));
        },
        kept(path: string) {
          return pages.get(path)?.kept?.[id];
        },
      };
      try {
        withTimeLimit(() => rule.checkProject!(context), CROSS_FILE_TIME_LIMIT);
      } catch (error) {
        if (isTimeout(error)) {
          const first = states.keys().next();
          const path = first.done ? '.' : first.value;
          states.get(path)?.diagnostics.push({ ...crashDiagnostic(rule, path, error), message: `Rule \`${rule.meta.id}\` took more than ${CROSS_FILE_TIME_LIMIT / 1000} s in the cross-file phase and was stopped; its findings so far are reported` });
          continue;
        }
        const first = states.keys().next();
        const path = first.done ? '.' : first.value;
        const state = states.get(path);
        state?.diagnostics.push({ ...crashDiagnostic(rule, path, error), message: `Rule \`${rule.meta.id}\` crashed in the cross-file phase: ${errorMessage(error)}` });
      }
    }
  }

  const results: LintResult[] = [];
  for (const [path, state] of states) {
    const diagnostics = applyDirectives(path, state.diagnostics, state.directives, state.setup.directives).sort(compareDiagnostics);
    results.push(createResult(path, limitFindings(path, diagnostics)));
  }
  return results.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Parses one page and runs the single walk: facts, directives and per-page rule diagnostics. */
function lintPage(
  path: string,
  text: string,
  tree: Root,
  enabled: readonly ResolvedRule[],
  settings: Settings,
  diagnostics: Diagnostic[],
): { facts: PageFacts; directives: Directive[] } {
  const collector = createCollector(path, { rootDir: settings.rootDir, anchors: settings.anchors });
  const directives = createDirectiveCollector();
  const sets: Visitors[] = [collector.visitors, directives.visitors];
  const owners: Array<ResolvedRule | undefined> = [undefined, undefined];
  const crashed = new Set<number>();

  for (const resolved of enabled) {
    const { rule, severity, options } = resolved;
    const create = rule.create?.bind(rule);
    if (!create) continue;
    const context: FileContext = {
      path,
      text,
      tree,
      options,
      settings,
      page: collector.facts,
      report(descriptor) {
        diagnostics.push(createDiagnostic(rule.meta, severity, path, descriptor));
      },
      keep(data) {
        (collector.facts.kept ??= {})[rule.meta.id] = data;
      },
    };
    try {
      sets.push(create(context));
      owners.push(resolved);
    } catch (error) {
      diagnostics.push(crashDiagnostic(rule, path, error));
    }
  }

  walk(tree, sets, (index, run) => {
    if (crashed.has(index)) return;
    const owner = owners[index];
    if (!owner) return run();
    try {
      run();
    } catch (error) {
      crashed.add(index);
      diagnostics.push(crashDiagnostic(owner.rule, path, error));
    }
  });
  // Where each anchor is defined was for this page's rules; the cross-file phase needs only the anchors.
  collector.facts.anchorSites = [];
  if (directives.dropped() > 0) diagnostics.push(tooManyDirectives(path, directives.dropped()));
  return { facts: collector.facts, directives: directives.directives };
}

/**
 * Anchors of Markdown pages that links point into but that are not being linted (a pre-commit
 * run lints a few pages of a larger tree): each is read once, and only when a link needs it.
 */
async function readTargetAnchors(
  pages: ReadonlyMap<string, PageFacts>,
  paths: readonly string[] | undefined,
  readFile: LintInput['readFile'],
  sources: Settings['anchors'],
  linted: ReadonlyMap<string, unknown>,
  limits: LintInput['limits'],
): Promise<Map<string, Pick<PageFacts, 'anchors' | 'codeAnchors'>>> {
  const anchors = new Map<string, Pick<PageFacts, 'anchors' | 'codeAnchors'>>();
  if (!readFile) return anchors;
  const known = new Set(paths);
  const exists = (path: string) => known.has(path) || pages.has(path);
  const wanted = new Set<string>();
  for (const page of pages.values()) {
    for (const link of page.links) {
      const { target } = link;
      if (target.kind !== 'file' || target.fragment === undefined) continue;
      const path = markdownTarget(target.path, exists);
      // a linted page that has no facts could not be read or parsed: it is not read again
      if (path !== undefined && !linted.has(path)) wanted.add(path);
    }
  }
  for (const path of wanted) {
    const text = await readFile(path);
    const tree = text === undefined ? undefined : parsePage(text, limits).tree;
    if (tree) anchors.set(path, collectAnchors(tree, path, sources));
  }
  return anchors;
}

/**
 * The tables of contents (`index.md`) in the project that are not linted, for contracts that
 * match pages by their place in one (`tocParent`): a pre-commit run lints a few pages of a guide
 * whose `index.md` is not among them. Each is read once.
 */
async function readTocs(
  pages: ReadonlyMap<string, PageFacts>,
  paths: readonly string[] | undefined,
  readFile: LintInput['readFile'],
  rootDir: string | undefined,
  limits: LintInput['limits'],
): Promise<Map<string, TocEntry[]>> {
  const tocs = new Map<string, TocEntry[]>();
  if (!readFile || !paths) return tocs;
  for (const path of paths) {
    if (pages.has(path) || (path !== TOC_FILE && !path.endsWith(`/${TOC_FILE}`))) continue;
    const text = await readFile(path);
    const tree = text === undefined ? undefined : parsePage(text, limits).tree;
    if (tree) tocs.set(path, collectToc(tree, path, rootDir));
  }
  return tocs;
}
