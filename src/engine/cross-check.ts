/**
 * How long one rule's cross-file check may run (ms), where the host gives a time limit. Its work is
 * bounded ("did you mean" has one budget per run), so this only stops a custom rule stuck in a
 * loop; the whole AWS corpus takes well under a second.
 */
export const CROSS_FILE_TIME_LIMIT = 60_000;

/**
 * The cross-file phase: one index over every page's facts, the project rules once, then inline
 * directives and sorting.
 */
import { tocOfText } from './nav-toc.js';
import { TimeLimitExceeded } from './parse.js';
import { limitFindings } from './finding-limit.js';
import { optionsIn } from './config/prepare.js';
import { crashDiagnostic } from './page-phase.js';
import type { Root } from 'mdast';
import type {
  Config,
  Diagnostic,
  LintInput,
  LintResult,
  PageFacts,
  ProjectContext,
  ProjectIndex,
  ReportDescriptor,
  Rule,
  Settings,
  TimeLimit,
  TocEntry,
} from '../types.js';
import { anchorPage, linkTarget, siteProfile, tocFileOf } from '../sites/index.js';
import { collectAnchors, isTocFile } from './collect.js';
import { applyDirectives, type Directive } from './directives.js';
import { parsePage } from './parse.js';
import { buildIndex } from './project-index.js';
import { compareDiagnostics, createDiagnostic, createResult } from './report.js';
import type { PageConfigs, PreparedConfig } from './config/prepare.js';
import type { PageOutcome } from './page-phase.js';
import { errorMessage } from './page-phase.js';
import { pageConfigs } from './config/prepare.js';

/** A linted page in the cross-file phase: its findings so far, its inline directives, its config. */
interface PageState {
  diagnostics: Diagnostic[];
  directives: readonly Directive[];
  setup: PreparedConfig;
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
  const states = new Map<string, PageState>();
  const pages = new Map<string, PageFacts>();
  for (const outcome of outcomes) {
    states.set(outcome.path, {
      diagnostics: [...outcome.diagnostics],
      directives: outcome.directives,
      setup: configs.preparedOf(outcome.path),
    });
    if (outcome.facts) pages.set(outcome.path, outcome.facts);
  }

  // The cross-file rules that are on for some page; each report takes that page's severity.
  const projectRules = new Set<Rule>();
  for (const state of states.values()) {
    for (const { rule } of state.setup.enabled) if (rule.checkProject) projectRules.add(rule);
  }
  if (projectRules.size > 0) {
    const index = await buildProjectIndex(input, settings, states, pages);
    for (const rule of rules.filter((r) => projectRules.has(r))) {
      const context = projectContext(rule, optionsIn(config, rule), index, settings, states, pages);
      runProjectRule(rule, context, states, input.timeLimit);
    }
  }
  return lintResults(states);
}

/**
 * The project index over the linted pages' facts, with the anchors of the pages they link to that
 * are not linted, and the tables of contents that contracts need.
 */
async function buildProjectIndex(
  input: Omit<LintInput, 'documents' | 'onProgress'>,
  settings: Settings,
  states: ReadonlyMap<string, PageState>,
  pages: ReadonlyMap<string, PageFacts>,
): Promise<ProjectIndex> {
  const parse = (text: string) => parsePage(text, input.limits, input.timeLimit).tree;
  const targetAnchors = await readTargetAnchors(pages, input.paths, input.readFile, settings, states, parse);
  // contracts that match pages by their place in a table of contents, and per-page rules that wait
  // for cross-file facts (the security rules place a page in its guide's table of contents)
  const needsToc =
    [...states.values()].some(({ setup }) =>
      Object.values(setup.settings.contracts).some((c) => c.match.tocParent !== undefined),
    ) || [...pages.values()].some((page) => page.kept !== undefined);
  const tocs = needsToc
    ? await readTocs(pages, input.paths, input.readFile, settings, parse)
    : new Map<string, TocEntry[]>();
  return buildIndex([...(input.paths ?? []), ...states.keys()], pages, targetAnchors, input.changes, tocs);
}

/**
 * What one cross-file rule sees: the index, its options (the project's, or a page's own), and a
 * report that goes to the page with that page's severity (none where the rule is off).
 */
function projectContext(
  rule: Rule,
  options: ProjectContext['options'],
  index: ProjectIndex,
  settings: Settings,
  states: ReadonlyMap<string, PageState>,
  pages: ReadonlyMap<string, PageFacts>,
): ProjectContext {
  const id = rule.meta.id;
  return {
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
}

/**
 * Runs one cross-file rule, within the time limit where the host gives one. A rule that crashes
 * or is stopped is reported on the first page (its findings so far stay).
 */
function runProjectRule(
  rule: Rule,
  context: ProjectContext,
  states: ReadonlyMap<string, PageState>,
  timeLimit: TimeLimit | undefined,
): void {
  try {
    const check = () => rule.checkProject!(context);
    if (timeLimit) timeLimit(check, CROSS_FILE_TIME_LIMIT);
    else check();
  } catch (error) {
    const first = states.keys().next();
    const path = first.done ? '.' : first.value;
    states.get(path)?.diagnostics.push({ ...crashDiagnostic(rule, path, error), message: failureMessage(rule, error) });
  }
}

/** Why a cross-file rule has no complete findings: the time limit stopped it, or it crashed. */
function failureMessage(rule: Rule, error: unknown): string {
  if (error instanceof TimeLimitExceeded) {
    return (
      `Rule \`${rule.meta.id}\` took more than ${CROSS_FILE_TIME_LIMIT / 1000} s in the cross-file phase ` +
      'and was stopped; its findings so far are reported'
    );
  }
  return `Rule \`${rule.meta.id}\` crashed in the cross-file phase: ${errorMessage(error)}`;
}

/** Each page's result: its findings after its inline directives, sorted and limited; pages by path. */
function lintResults(states: ReadonlyMap<string, PageState>): LintResult[] {
  const results: LintResult[] = [];
  for (const [path, state] of states) {
    const diagnostics = applyDirectives(path, state.diagnostics, state.directives, state.setup.directives).sort(
      compareDiagnostics,
    );
    results.push(createResult(path, limitFindings(path, diagnostics)));
  }
  return results.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * Anchors of Markdown pages that links point into but that are not being linted (a pre-commit
 * run lints a few pages of a larger tree): each is read once, and only when a link needs it.
 */
async function readTargetAnchors(
  pages: ReadonlyMap<string, PageFacts>,
  paths: readonly string[] | undefined,
  readFile: LintInput['readFile'],
  settings: Settings,
  linted: ReadonlyMap<string, unknown>,
  parse: (text: string) => Root | undefined,
): Promise<Map<string, Pick<PageFacts, 'anchors' | 'codeAnchors'>>> {
  const anchors = new Map<string, Pick<PageFacts, 'anchors' | 'codeAnchors'>>();
  if (!readFile) return anchors;
  const known = new Set(paths);
  const lookup = { hasFile: (path: string) => known.has(path) || pages.has(path) };
  const site = siteProfile(settings);
  const wanted = new Set<string>();
  for (const page of pages.values()) {
    for (const link of page.links) {
      const target = link.target.kind === 'file' && link.target.fragment !== undefined ? linkTarget(link) : undefined;
      if (target === undefined) continue;
      const path = anchorPage(site, target, lookup);
      // a linted page that has no facts could not be read or parsed: it is not read again
      if (path !== undefined && !linted.has(path)) wanted.add(path);
    }
  }
  for (const path of wanted) {
    const text = await readFile(path);
    const tree = text === undefined ? undefined : parse(text);
    if (tree) anchors.set(path, collectAnchors(tree, path, settings));
  }
  return anchors;
}

/**
 * The tables of contents (`index.md`, or the site's own) in the project that are not linted, for contracts that
 * match pages by their place in one (`tocParent`): a pre-commit run lints a few pages of a guide
 * whose `index.md` is not among them. Each is read once.
 */
async function readTocs(
  pages: ReadonlyMap<string, PageFacts>,
  paths: readonly string[] | undefined,
  readFile: LintInput['readFile'],
  settings: Settings,
  parse: (text: string) => Root | undefined,
): Promise<Map<string, TocEntry[]>> {
  const tocs = new Map<string, TocEntry[]>();
  if (!readFile || !paths) return tocs;
  const tocFile = tocFileOf(settings);
  for (const path of paths) {
    if (pages.has(path) || !isTocFile(path, tocFile)) continue;
    const text = await readFile(path);
    const entries = text === undefined ? undefined : tocOfText(text, path, settings, parse);
    if (entries) tocs.set(path, entries);
  }
  return tocs;
}
