import type { Root } from 'mdast';
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
import { resolveRules, resolveSettings } from '../config/config.js';
import { markdownTarget } from '../helpers/links.js';
import { collectAnchors, createCollector } from './collect.js';
import { createDirectiveCollector, isSuppressed, type Directive } from './directives.js';
import { walk } from './dispatch.js';
import { parsePage } from './parse.js';
import { buildIndex } from './project-index.js';
import { compareDiagnostics, createDiagnostic, createResult } from './report.js';

interface PageState {
  diagnostics: Diagnostic[];
  directives: Directive[];
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
  const enabled = resolveRules(config, rules);
  const settings = resolveSettings(config);
  const states = new Map<string, PageState>();
  const pages = new Map<string, PageFacts>();
  const total = input.documents.length;

  for (const document of input.documents) {
    const state: PageState = { diagnostics: [], directives: [] };
    states.set(document.path, state);
    // Without a byte order mark, so that node offsets index ctx.text exactly.
    const text = document.text?.charCodeAt(0) === 0xfeff ? document.text.slice(1) : document.text;
    // A page too deep or too slow to parse is reported like one that could not be read.
    const parsed = text === undefined ? { problem: document.problem ?? 'File could not be read' } : parsePage(text, input.limits);
    if (parsed.problem !== undefined) {
      state.diagnostics.push({
        ruleId: null,
        severity: 'error',
        message: parsed.problem,
        path: document.path,
        line: 1,
        column: 1,
        fatal: true,
      });
    } else {
      const { facts, directives } = lintPage(document.path, text!, parsed.tree, enabled, settings, state.diagnostics);
      pages.set(document.path, facts);
      state.directives = directives;
    }
    input.onProgress?.(states.size, total);
  }

  const projectRules = enabled.filter(({ rule }) => rule.checkProject);
  if (projectRules.length > 0) {
    const targetAnchors = await readTargetAnchors(pages, input.paths, input.readFile, settings.anchors, states, input.limits);
    const index = buildIndex([...(input.paths ?? []), ...states.keys()], pages, targetAnchors, input.changes);
    for (const { rule, severity, options } of projectRules) {
      const context: ProjectContext = {
        index,
        options,
        settings,
        report(path: string, descriptor: ReportDescriptor) {
          const state = states.get(path);
          if (!state) throw new Error(`reported against \`${path}\`, which is not being linted`);
          state.diagnostics.push(createDiagnostic(rule.meta, severity, path, descriptor));
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
    const diagnostics = state.diagnostics
      .filter((diagnostic) => !isSuppressed(diagnostic, state.directives))
      .sort(compareDiagnostics);
    results.push(createResult(path, diagnostics));
  }
  return results.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Parses one page and runs the single walk: facts, directives and per-page rule diagnostics. */
function lintPage(
  path: string,
  text: string,
  tree: Root,
  enabled: readonly ResolvedRule[],
  settings: ReturnType<typeof resolveSettings>,
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
