/**
 * A strict rule tester in the spirit of ESLint's RuleTester, over jest: each case lints its pages
 * with only the rule under test enabled and compares every diagnostic (page, messageId, line,
 * column, optionally the message and data-derived text) exactly.
 */
import { describe, expect, test } from '@jest/globals';
import type { ChangeSet, Config, Diagnostic, Rule } from '../../src/types.js';
import { lintProject } from '../../src/engine/lint-project.js';

export interface ExpectedError {
  messageId: string;
  line: number;
  column: number;
  /** defaults to the case's `path` */
  path?: string;
  endLine?: number;
  endColumn?: number;
  /** the exact message text */
  message?: string;
  suggestions?: string[];
}

interface BaseCase {
  name: string;
  /** a single page … */
  path?: string;
  text?: string;
  /** … or several; every page given is linted */
  files?: Record<string, string>;
  /** other files that exist (images, archives) and pages that exist but are not linted */
  paths?: string[];
  /** pages that exist but are not linted: read on demand for their anchors */
  unlinted?: Record<string, string>;
  options?: Record<string, unknown>;
  settings?: Config['settings'];
  /** page contracts (the `contracts` config key) */
  contracts?: Config['contracts'];
  /** what the change being checked removed, as `--changed-since` finds it */
  changes?: ChangeSet;
}

export interface ValidCase extends BaseCase {}
export interface InvalidCase extends BaseCase {
  errors: ExpectedError[];
}

export interface RuleTests {
  valid: ValidCase[];
  invalid: InvalidCase[];
}

function pagesOf(item: BaseCase): Record<string, string> {
  if (item.files) {
    if (item.text !== undefined) throw new Error(`case "${item.name}": give either text or files, not both`);
    return item.files;
  }
  if (item.text === undefined) throw new Error(`case "${item.name}": no text and no files`);
  return { [item.path ?? 'page.md']: item.text };
}

export async function lintCase(rule: Rule, item: BaseCase, rules: readonly Rule[] = [rule]): Promise<Diagnostic[]> {
  const pages = pagesOf(item);
  const unlinted = item.unlinted ?? {};
  const config: Config = {
    rules: Object.fromEntries(rules.map((r) => [r.meta.id, r === rule ? (item.options ? ['error', item.options] : 'error') : 'off'])),
  };
  if (item.settings) config.settings = item.settings;
  if (item.contracts) config.contracts = item.contracts;
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

export class RuleTester {
  run(rule: Rule, tests: RuleTests): void {
    const names = new Set<string>();
    const checkName = (name: string) => {
      if (names.has(name)) throw new Error(`duplicate case name "${name}" for rule ${rule.meta.id}`);
      names.add(name);
    };
    describe(rule.meta.id, () => {
      describe('valid', () => {
        for (const item of tests.valid) {
          checkName(item.name);
          test(item.name, async () => {
            const diagnostics = await lintCase(rule, item);
            expect(diagnostics.map(summarize)).toEqual([]);
          });
        }
      });
      describe('invalid', () => {
        for (const item of tests.invalid) {
          checkName(item.name);
          test(item.name, async () => {
            if (item.errors.length === 0) throw new Error('an invalid case must expect at least one error');
            for (const error of item.errors) {
              if (!Object.hasOwn(rule.meta.messages, error.messageId)) {
                throw new Error(`unknown messageId \`${error.messageId}\` (rule has: ${Object.keys(rule.meta.messages).join(', ')})`);
              }
            }
            const diagnostics = await lintCase(rule, item);
            const defaultPath = item.path ?? (item.files ? Object.keys(item.files)[0] : 'page.md');
            const expected = item.errors.map((error) => ({
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
              const wanted = item.errors[i];
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
            expect(actual).toEqual(expected);
          });
        }
      });
    });
  }
}

function summarize(d: Diagnostic): string {
  return `${d.path}:${d.line}:${d.column} ${d.ruleId}/${d.messageId ?? ''} ${d.message}`;
}

/** A security page in the standard shape, with parts replaceable for invalid cases. */
export function securityPage(parts: Partial<Record<'title' | 'intro' | 'lead' | 'itemOf' | 'itemIn' | 'after' | 'topics', string>> = {}): string {
  const p = {
    title: '# Security in Example Service<a name="security"></a>',
    intro: 'Cloud security at AWS is the highest priority\\.',
    lead: 'Security is a shared responsibility between AWS and you\\. The [shared responsibility model](https://aws.amazon.com/compliance/shared-responsibility-model/) describes this as security *of* the cloud and security *in* the cloud:',
    itemOf: '+ **Security of the cloud** – AWS is responsible for protecting the infrastructure\\.',
    itemIn: '+ **Security in the cloud** – Your responsibility is determined by the service that you use\\.',
    after: 'This documentation helps you understand how to apply the shared responsibility model\\.',
    topics: '**Topics**\n+ [Data protection in Example Service](data-protection.md)\n+ [Identity and access management](security-iam.md)',
    ...parts,
  };
  const items = [p.itemOf, p.itemIn].filter(Boolean).join('\n');
  return [p.title, p.intro, items ? `${p.lead}\n${items}` : p.lead, p.after, p.topics].filter(Boolean).join('\n\n') + '\n';
}
