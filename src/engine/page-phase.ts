/**
 * The per-page phase: parse a page once, then one walk that feeds every enabled rule and collects
 * the page's facts and inline directives. Pure and self-contained, so a page may be linted in a
 * worker thread or come from a cache.
 */
import { DEFAULT_MAX_PARSE_TIME, TimeLimitExceeded, tooSlow } from './parse.js';
import { tooManyDirectives } from './finding-limit.js';
import type { Root } from 'mdast';
import type {
  Diagnostic,
  FileContext,
  PageFacts,
  ParseLimits,
  ResolvedRule,
  Rule,
  Settings,
  SourceDocument,
  Visitors,
} from '../types.js';
import { createCollector } from './collect.js';
import { createDirectiveCollector, type Directive } from './directives.js';
import { walk } from './dispatch.js';
import { parsePage } from './parse.js';
import { createDiagnostic } from './report.js';
import type { PreparedConfig } from './config/prepare.js';
import type { TimeLimit } from '../types.js';

/** What the per-page phase makes of one page: all the cross-file phase needs, and no tree. */
export interface PageOutcome {
  path: string;
  /** undefined when the page could not be read */
  facts?: PageFacts;
  directives: Directive[];
  /** the per-page rules' findings, and problems with the file itself */
  diagnostics: Diagnostic[];
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function crashDiagnostic(rule: Rule, path: string, error: unknown): Diagnostic {
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

/** The outcome of a page that is not linted, for `problem`: unreadable, too deep, too slow. */
export function problemOutcome(path: string, problem: string): PageOutcome {
  return {
    path,
    directives: [],
    diagnostics: [{ ruleId: null, severity: 'error', message: problem, path, line: 1, column: 1, fatal: true }],
  };
}

/**
 * The per-page phase for one page: parse, one walk for every enabled rule, facts and
 * directives. Pure and self-contained, so it may run in a worker thread or come from a cache.
 * `onRules` is called when the parse is done and the walk begins.
 */
export function lintPage(
  document: SourceDocument,
  { enabled, settings }: PreparedConfig,
  limits?: ParseLimits,
  onRules?: () => void,
  timeLimit?: TimeLimit,
): PageOutcome {
  const { path } = document;
  // Without a byte order mark, so that node offsets index ctx.text exactly.
  const text = document.text?.charCodeAt(0) === 0xfeff ? document.text.slice(1) : document.text;
  // A page too deep or too slow to parse is reported like one that could not be read.
  const parsed =
    text === undefined ? { problem: document.problem ?? 'File could not be read' } : parsePage(text, limits, timeLimit);
  if (parsed.problem !== undefined) return problemOutcome(path, parsed.problem);
  onRules?.();
  const diagnostics: Diagnostic[] = [];
  // On the main thread the rules run under the same limit as the parse; worker threads pass no
  // limit here, and the pool stops a worker whose page runs too long.
  const maxRuleTime = limits?.maxParseTime ?? DEFAULT_MAX_PARSE_TIME;
  const limited = timeLimit && maxRuleTime > 0 && maxRuleTime < Infinity;
  const run = () => runRules(path, text!, parsed.tree, enabled, settings, diagnostics);
  let page: ReturnType<typeof runRules>;
  try {
    page = limited ? timeLimit(run, maxRuleTime) : run();
  } catch (error) {
    if (error instanceof TimeLimitExceeded) return problemOutcome(path, tooSlow('rules', maxRuleTime));
    throw error;
  }
  const { facts, directives } = page;
  const { encodingProblem } = document;
  if (encodingProblem) {
    const { message, line, column } = encodingProblem;
    diagnostics.unshift({ ruleId: null, severity: 'error', message, path, line, column });
  }
  return { path, facts, directives, diagnostics };
}

/** Parses one page and runs the single walk: facts, directives and per-page rule diagnostics. */
function runRules(
  path: string,
  text: string,
  tree: Root,
  enabled: readonly ResolvedRule[],
  settings: Settings,
  diagnostics: Diagnostic[],
): { facts: PageFacts; directives: Directive[] } {
  // The settings object itself (the same for every page of a config): its link policy is compiled once.
  const collector = createCollector(path, settings, text);
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
