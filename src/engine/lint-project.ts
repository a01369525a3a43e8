import type {
  Config,
  Diagnostic,
  FileContext,
  LintInput,
  LintResult,
  PageFacts,
  ProjectContext,
  ReportDescriptor,
  ResolvedRule,
  Rule,
  Settings,
  Visitors,
} from '../types.js';
import { ConfigError, FILE_ONLY_KEYS, resolveRules, resolveSettings } from '../config/config.js';
import { markdownTarget } from '../helpers/links.js';
import { collectAnchors, createCollector } from './collect.js';
import { applyDirectives, createDirectiveCollector, type Directive, type DirectiveOptions } from './directives.js';
import { walk } from './dispatch.js';
import { parseMarkdown } from './parse.js';
import { buildIndex } from './project-index.js';
import { compareDiagnostics, createDiagnostic, createResult } from './report.js';

interface PageState {
  diagnostics: Diagnostic[];
  directives: Directive[];
  setup: PageSetup;
}

/** What a page's config resolves to; pages with the same config object share one. */
interface PageSetup {
  enabled: ResolvedRule[];
  byId: Map<string, ResolvedRule>;
  settings: Settings;
  directives: DirectiveOptions;
}

/**
 * Each page's rules, settings and directive options from its own config (`configFor`), resolved
 * once per distinct config object. `anchors` and `rootDir` describe the site, so they are the
 * project's (from the root config) on every page.
 */
function pageSetups(config: Config, rules: readonly Rule[], project: Settings, configFor: LintInput['configFor']): (path: string) => PageSetup {
  const cache = new Map<Config, PageSetup>();
  const setupOf = (pageConfig: Config): PageSetup => {
    let setup = cache.get(pageConfig);
    if (!setup) {
      const unresolved = FILE_ONLY_KEYS.filter((key) => key !== '$schema' && pageConfig[key] !== undefined);
      if (unresolved.length > 0) {
        throw new ConfigError(
          `lintProject takes a resolved config, not ${unresolved.map((key) => `\`${key}\``).join(', ')}: resolve it first with resolveConfig(config, rules) (rootConfig, configFor, ignoredBy)`,
        );
      }
      const enabled = resolveRules(pageConfig, rules);
      const own = resolveSettings(pageConfig);
      const settings: Settings = { securityPage: own.securityPage, anchors: project.anchors };
      if (project.rootDir !== undefined) settings.rootDir = project.rootDir;
      setup = {
        enabled,
        byId: new Map(enabled.map((resolved) => [resolved.rule.meta.id, resolved])),
        settings,
        directives: {
          reportUnused: pageConfig.reportUnusedDisableDirectives ?? 'off',
          requireReason: pageConfig.requireDirectiveReason ?? false,
        },
      };
      cache.set(pageConfig, setup);
    }
    return setup;
  };
  const root = setupOf(config);
  return configFor ? (path) => setupOf(configFor(path)) : () => root;
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
  const settings = resolveSettings(config);
  const setupFor = pageSetups(config, rules, settings, input.configFor);
  const states = new Map<string, PageState>();
  const pages = new Map<string, PageFacts>();
  const total = input.documents.length;

  for (const document of input.documents) {
    const state: PageState = { diagnostics: [], directives: [], setup: setupFor(document.path) };
    states.set(document.path, state);
    if (document.text === undefined) {
      state.diagnostics.push({
        ruleId: null,
        severity: 'error',
        message: document.problem ?? 'File could not be read',
        path: document.path,
        line: 1,
        column: 1,
        fatal: true,
      });
    } else {
      // Without a byte order mark, so that node offsets index ctx.text exactly.
      const text = document.text.charCodeAt(0) === 0xfeff ? document.text.slice(1) : document.text;
      const { facts, directives } = lintPage(document.path, text, state.setup.enabled, state.setup.settings, state.diagnostics);
      pages.set(document.path, facts);
      state.directives = directives;
    }
    input.onProgress?.(states.size, total);
  }

  // The cross-file rules that are on for some page; each report takes that page's severity.
  const projectRules = new Set<Rule>();
  for (const state of states.values()) {
    for (const { rule } of state.setup.enabled) if (rule.checkProject) projectRules.add(rule);
  }
  if (projectRules.size > 0) {
    const targetAnchors = await readTargetAnchors(pages, input.paths, input.readFile, settings.anchors);
    const index = buildIndex([...(input.paths ?? []), ...states.keys()], pages, targetAnchors, input.changes);
    for (const rule of [...rules].filter((r) => projectRules.has(r))) {
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
      };
      try {
        rule.checkProject!(context);
      } catch (error) {
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
    results.push(createResult(path, diagnostics));
  }
  return results.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Parses one page and runs the single walk: facts, directives and per-page rule diagnostics. */
function lintPage(
  path: string,
  text: string,
  enabled: readonly ResolvedRule[],
  settings: Settings,
  diagnostics: Diagnostic[],
): { facts: PageFacts; directives: Directive[] } {
  const tree = parseMarkdown(text);
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
      if (path !== undefined && !pages.has(path)) wanted.add(path);
    }
  }
  for (const path of wanted) {
    const text = await readFile(path);
    if (text !== undefined) anchors.set(path, collectAnchors(parseMarkdown(text), path, sources));
  }
  return anchors;
}
