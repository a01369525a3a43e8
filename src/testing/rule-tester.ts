/**
 * A strict rule tester in the spirit of ESLint's RuleTester, for doclint's own rules and for
 * plugin rules: each case lints its pages with only the rule under test on (at `error`) and
 * compares every diagnostic (page, messageId, line, column; optionally the end, the message and
 * the suggestions) exactly.
 *
 * It needs no test framework. `run` registers one test per case with the runner's `describe`
 * and `it` (given to the constructor, or the globals of Jest, Mocha or Vitest with globals);
 * without a runner, or with `verify`, it runs the cases itself and rejects with an
 * AssertionError that lists every failing case with a diff.
 */
import { AssertionError, deepStrictEqual } from 'node:assert';
import type { ChangeSet, Config, Diagnostic, Rule, Visitors } from '../types.js';
import { lintProject } from '../engine/lint-project.js';
import { applyFixes } from '../engine/apply-fixes.js';
import { ruleProblems } from '../node/config/rule-check.js';
import { validateConfig } from '../node/config/validate.js';
import { builtinRules } from '../../rules/index.js';

export interface ExpectedError {
  messageId: string;
  line: number;
  column: number;
  /** defaults to the case's page (`path`, or the first of `files`) */
  path?: string;
  endLine?: number;
  endColumn?: number;
  /** the exact message text */
  message?: string;
  suggestions?: string[];
}

interface BaseCase {
  /** names the test; unique among the rule's cases */
  name: string;
  /** a single page (default `page.md`) … */
  path?: string;
  text?: string;
  /** … or several; every page given is linted */
  files?: Record<string, string>;
  /** other files that exist (images, archives), for links to point at */
  paths?: string[];
  /** pages that exist but are not linted: read on demand for their anchors */
  unlinted?: Record<string, string>;
  /** the rule's options (checked against its `meta.schema`, merged over `meta.defaultOptions`) */
  options?: Record<string, unknown>;
  settings?: Config['settings'];
  /** page contracts (the `contracts` config key) */
  contracts?: Config['contracts'];
  /** what the change being checked removed, as `--changed-since` finds it */
  changes?: ChangeSet;
}

export type ValidCase = BaseCase;
export interface InvalidCase extends BaseCase {
  /** every diagnostic the rule reports, in page order; at least one */
  errors: ExpectedError[];
  /**
   * the text after one pass of the reports' fixes (as ESLint's `output`): the page's, or with
   * `files` each page's by path (a page left out must not change); `null`: no fix at all
   */
  output?: string | Record<string, string> | null;
}

export interface RuleTests {
  valid: ValidCase[];
  invalid: InvalidCase[];
}

/** A test runner's `describe`; `describe` from Jest, Mocha, Vitest or `node:test` will do. */
export type DescribeFunction = (name: string, body: () => void) => unknown;
/** A test runner's `it` or `test`: called with an async test body. */
export type ItFunction = (name: string, body: () => Promise<void>) => unknown;

export interface RuleTesterOptions {
  /** default: the global `describe`, when there is one */
  describe?: DescribeFunction;
  /** default: the global `it` (or `test`), when there is one */
  it?: ItFunction;
}

const BUILTIN_IDS: ReadonlySet<string> = new Set(builtinRules.map((rule) => rule.meta.id));

function pagesOf(item: BaseCase): Record<string, string> {
  if (item.files) {
    if (item.text !== undefined) throw new Error(`case "${item.name}": give either text or files, not both`);
    return item.files;
  }
  if (item.text === undefined) throw new Error(`case "${item.name}": no text and no files`);
  return { [item.path ?? 'page.md']: item.text };
}

/** Lints a case's pages with only `rule` on; the other `rules` are off. */
export async function lintCase(rule: Rule, item: BaseCase, rules: readonly Rule[] = [rule]): Promise<Diagnostic[]> {
  const pages = pagesOf(item);
  const unlinted = item.unlinted ?? {};
  const config: Config = {
    rules: Object.fromEntries(
      rules.map((r) => [r.meta.id, r === rule ? (item.options ? ['error', item.options] : 'error') : 'off']),
    ),
  };
  if (item.settings) config.settings = item.settings;
  if (item.contracts) config.contracts = item.contracts;
  // Options and settings are checked as a config file's are: a case with bad options fails.
  validateConfig(config, rules);
  const results = await lintProject(
    {
      documents: Object.entries(pages).map(([path, text]) => ({ path, text })),
      paths: [...Object.keys(pages), ...Object.keys(unlinted), ...(item.paths ?? [])],
      readFile: (path) => unlinted[path],
      ...(item.changes ? { changes: item.changes } : {}),
    },
    config,
    rules,
  );
  return results.flatMap((result) => result.diagnostics);
}

/**
 * The rule with each function it has (create, checkProject, the visitors) wrapped so that the
 * first error it throws is kept: the engine turns a crash into a diagnostic, and a test wants
 * the stack.
 */
function instrument(rule: Rule): { rule: Rule; thrown: () => unknown } {
  let first: unknown;
  let threw = false;
  const guard =
    <A extends unknown[], R>(fn: (...args: A) => R) =>
    (...args: A): R => {
      try {
        return fn(...args);
      } catch (error) {
        if (!threw) [threw, first] = [true, error];
        throw error;
      }
    };
  const wrapped: Rule = { meta: rule.meta };
  if (rule.create) {
    const create = rule.create.bind(rule);
    wrapped.create = guard((context) => {
      const visitors = create(context) as Record<string, unknown>;
      const guarded: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(visitors ?? {}))
        guarded[key] = typeof value === 'function' ? guard(value as (...args: unknown[]) => unknown) : value;
      return guarded as Visitors;
    });
  }
  if (rule.checkProject) wrapped.checkProject = guard(rule.checkProject.bind(rule));
  return { rule: wrapped, thrown: () => (threw ? first : undefined) };
}

const summarize = (d: Diagnostic) => `${d.path}:${d.line}:${d.column} ${d.ruleId}/${d.messageId ?? ''} ${d.message}`;

type Case = { kind: 'valid'; item: ValidCase } | { kind: 'invalid'; item: InvalidCase };

export class RuleTester {
  private readonly describe: DescribeFunction | undefined;
  private readonly it: ItFunction | undefined;

  constructor(options: RuleTesterOptions = {}) {
    const globals = globalThis as { describe?: unknown; it?: unknown; test?: unknown };
    const globalIt = typeof globals.it === 'function' ? globals.it : globals.test;
    this.describe =
      options.describe ?? (typeof globals.describe === 'function' ? (globals.describe as DescribeFunction) : undefined);
    this.it = options.it ?? (typeof globalIt === 'function' ? (globalIt as ItFunction) : undefined);
  }

  /**
   * Registers a test for each case with the test runner (`<rule id> › valid|invalid › <name>`)
   * and returns at once; without a runner, runs them like `verify`. The rule's shape and the
   * cases' names are checked first: a mistake there throws before any test is registered.
   */
  run<Options>(tested: Rule<Options>, tests: RuleTests): Promise<void> {
    const rule = tested as unknown as Rule;
    const cases = this.check(rule, tests);
    const { describe, it } = this;
    if (!describe || !it) return runAll(rule, cases);
    describe(rule.meta.id, () => {
      for (const kind of ['valid', 'invalid'] as const) {
        describe(kind, () => {
          for (const entry of cases.filter((c) => c.kind === kind)) it(entry.item.name, () => runCase(rule, entry));
        });
      }
    });
    return Promise.resolve();
  }

  /**
   * Runs every case now, in order. Resolves when all pass; otherwise rejects with an
   * AssertionError whose message lists each failing case and what differed. Mistakes in the
   * rule's shape or the list of cases throw at once, as with `run`.
   */
  verify<Options>(tested: Rule<Options>, tests: RuleTests): Promise<void> {
    const rule = tested as unknown as Rule;
    return runAll(rule, this.check(rule, tests));
  }

  /** The rule's shape and the list of cases: mistakes that would make every result meaningless. */
  private check(rule: Rule, tests: RuleTests): Case[] {
    const id = (rule as Partial<Rule> | undefined)?.meta?.id;
    const problems = ruleProblems(rule, { plugin: typeof id !== 'string' || !BUILTIN_IDS.has(id) });
    if (problems.length > 0)
      throw new TypeError(`invalid rule${typeof id === 'string' ? ` \`${id}\`` : ''}: ${problems.join('; ')}`);
    if (!Array.isArray(tests?.valid) || !Array.isArray(tests?.invalid))
      throw new TypeError('expected { valid: [...], invalid: [...] }');
    const cases: Case[] = [
      ...tests.valid.map((item): Case => ({ kind: 'valid', item })),
      ...tests.invalid.map((item): Case => ({ kind: 'invalid', item })),
    ];
    const names = new Set<string>();
    const contents = new Map<string, string>();
    for (const { kind, item } of cases) {
      if (typeof item?.name !== 'string' || item.name === '')
        throw new TypeError(`every case needs a name (a ${kind} case has none)`);
      if (names.has(item.name)) throw new TypeError(`duplicate case name "${item.name}" for rule ${rule.meta.id}`);
      names.add(item.name);
      const { name: _name, errors: _errors, ...content } = item as InvalidCase;
      const key = JSON.stringify(content);
      const same = contents.get(key);
      if (same !== undefined)
        throw new TypeError(
          `cases "${same}" and "${item.name}" of rule ${rule.meta.id} lint the same pages with the same options`,
        );
      contents.set(key, item.name);
      if (kind === 'valid' && 'errors' in item)
        throw new TypeError(`valid case "${item.name}" has errors: move it to invalid`);
    }
    return cases;
  }
}

/** Runs the cases in order; rejects with one AssertionError listing every failing case. */
async function runAll(rule: Rule, cases: readonly Case[]): Promise<void> {
  const failures: Array<{ label: string; error: unknown }> = [];
  for (const entry of cases) {
    try {
      await runCase(rule, entry);
    } catch (error) {
      failures.push({ label: `${entry.kind} › ${entry.item.name}`, error });
    }
  }
  if (failures.length === 0) return;
  const message = [
    `${failures.length} of ${cases.length} cases of rule \`${rule.meta.id}\` failed:`,
    ...failures.map(({ label, error }) => `\n✗ ${label}\n${indent(describeFailure(error))}`),
  ].join('\n');
  const first = failures[0]!.error;
  throw new AssertionError(
    isAssertion(first)
      ? { message, actual: first.actual, expected: first.expected, operator: first.operator }
      : { message },
  );
}

const indent = (text: string) => text.replace(/^/gm, '    ');

// Errors are told by their shape, not `instanceof`: a test runner may run tests in another realm
// (Jest's vm contexts), where node:assert's errors are not instances of the test's Error.
const isError = (value: unknown): value is Error =>
  typeof value === 'object' && value !== null && typeof (value as Error).message === 'string';
const isAssertion = (value: unknown): value is AssertionError =>
  isError(value) && (value as { code?: unknown }).code === 'ERR_ASSERTION';

/**
 * An assertion's message (its diff); for a crash, the message and where it happened (the first
 * frames of the stack).
 */
function describeFailure(error: unknown): string {
  if (!isError(error)) return String(error);
  if (isAssertion(error) || !error.stack) return error.message;
  const frames = error.stack
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .slice(0, 3);
  return [error.message, ...frames.map((frame) => frame.trim())].join('\n');
}

async function runCase(rule: Rule, entry: Case): Promise<void> {
  const { item } = entry;
  if (entry.kind === 'invalid') {
    if (!Array.isArray(entry.item.errors) || entry.item.errors.length === 0)
      throw new Error('an invalid case must expect at least one error');
    for (const error of entry.item.errors) {
      if (!Object.hasOwn(rule.meta.messages, error.messageId)) {
        throw new Error(
          `unknown messageId \`${error.messageId}\` (rule has: ${Object.keys(rule.meta.messages).join(', ')})`,
        );
      }
    }
  }
  const { rule: watched, thrown } = instrument(rule);
  const diagnostics = await lintCase(watched, item);
  const crash = diagnostics.find((d) => d.internal);
  if (crash) {
    const error = thrown();
    if (isError(error)) {
      error.message = `the rule crashed on \`${crash.path}\`: ${error.message}`;
      throw error;
    }
    throw new Error(crash.message);
  }
  if (entry.kind === 'valid') {
    deepStrictEqual(diagnostics.map(summarize), []);
    return;
  }
  const errors = entry.item.errors;
  const defaultPath = item.path ?? (item.files ? Object.keys(item.files)[0] : 'page.md');
  const expected = errors.map((error) => ({
    path: error.path ?? defaultPath,
    ruleId: rule.meta.id,
    messageId: error.messageId,
    line: error.line,
    column: error.column,
    ...(error.endLine === undefined ? {} : { endLine: error.endLine }),
    ...(error.endColumn === undefined ? {} : { endColumn: error.endColumn }),
    ...(error.message === undefined ? {} : { message: error.message }),
    ...(error.suggestions === undefined ? {} : { suggestions: error.suggestions }),
  }));
  const actual = diagnostics.map((d, i) => {
    const wanted = errors[i];
    return {
      path: d.path,
      ruleId: d.ruleId,
      messageId: d.messageId,
      line: d.line,
      column: d.column,
      ...(wanted?.endLine === undefined ? {} : { endLine: d.endLine }),
      ...(wanted?.endColumn === undefined ? {} : { endColumn: d.endColumn }),
      ...(wanted?.message === undefined ? {} : { message: d.message }),
      ...(wanted?.suggestions === undefined ? {} : { suggestions: d.suggestions }),
    };
  });
  deepStrictEqual(actual, expected);
  if (entry.item.output !== undefined) checkOutput(entry.item, diagnostics);
}

/** The case's `output`: each page's text after one pass of the fixes reported on it. */
function checkOutput(item: InvalidCase, diagnostics: readonly Diagnostic[]): void {
  const pages = pagesOf(item);
  const fixed: Record<string, string> = {};
  for (const [path, text] of Object.entries(pages)) {
    const fixes = diagnostics.flatMap((d) => (d.path === path && d.fix ? [d.fix] : []));
    fixed[path] = applyFixes(text, fixes).text;
  }
  const { output } = item;
  if (output === null) {
    deepStrictEqual(fixed, pages, 'expected no fix (output: null)');
  } else if (typeof output === 'string') {
    const [path] = Object.keys(pages);
    deepStrictEqual({ output: fixed[path!] }, { output });
  } else {
    deepStrictEqual(fixed, { ...pages, ...output });
  }
}
