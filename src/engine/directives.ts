import { DIRECTIVE_REASON_ID, UNUSED_DIRECTIVE_ID } from '../types.js';
import type { Html } from 'mdast';
import type { Diagnostic, Visitors } from '../types.js';
import { htmlComments } from '../helpers/html.js';
import { pointLocator } from '../helpers/position.js';

export type DirectiveKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line' | 'disable-file';

export interface Directive {
  kind: DirectiveKind;
  /** empty: every rule */
  rules: string[];
  line: number;
  /** the line the comment ends on (a directive for the next line counts from here) */
  endLine: number;
  /** where the comment starts, and ends (exclusive), for reports about the directive itself */
  column: number;
  endColumn: number;
  /** the text after `--`, trimmed; empty when there is none */
  reason: string;
}

// Matched on the trimmed comment: a lazy `([^]*?)` before `\s*$` retried the trailing white space
// at every character, quadratic on a comment of 200,000 spaces.
const DIRECTIVE = /^doclint-(disable-next-line|disable-line|disable-file|disable|enable)(?:\s+([^]*))?$/;

/** Parses the text of one HTML comment; `-- reason` is allowed after the rule ids. */
export function parseDirective(comment: string): Pick<Directive, 'kind' | 'rules' | 'reason'> | undefined {
  const match = DIRECTIVE.exec(comment.trim());
  if (!match) return undefined;
  const [, kind, rest = ''] = match;
  const [ids = '', ...reason] = rest.split(/\s--\s|^--\s|\s--$|^--$/);
  return {
    kind: kind as DirectiveKind,
    rules: ids.split(/[\s,]+/).filter(Boolean),
    reason: reason.join(' -- ').trim(),
  };
}

/**
 * The most directives one page may hold: each finding is checked against each directive, so
 * 150,000 of them with as many findings were 10^10 checks. Past it the rest are not applied, and
 * the page gets a finding that says so (`dropped`).
 */
export const MAX_DIRECTIVES_PER_PAGE = 1000;

/** Visitors that collect the page's `<!-- doclint-… -->` comments during the walk. */
export function createDirectiveCollector(): { directives: Directive[]; visitors: Visitors; dropped(): number } {
  const directives: Directive[] = [];
  let dropped = 0;
  return {
    directives,
    dropped: () => dropped,
    visitors: {
      html(node: Html) {
        if (!node.position || !node.value.includes('doclint-')) return;
        const locate = pointLocator(node.position.start, node.value);
        for (const comment of htmlComments(node.value)) {
          const parsed = parseDirective(comment.text);
          if (!parsed) continue;
          if (directives.length >= MAX_DIRECTIVES_PER_PAGE) {
            dropped++;
            continue;
          }
          const start = locate(comment.offset);
          const end = locate(comment.offset + comment.text.length + 7);
          directives.push({
            ...parsed,
            line: start.line,
            endLine: end.line,
            column: start.column,
            endColumn: end.column,
          });
        }
      },
    },
  };
}

const applies = (directive: Directive, ruleId: string) =>
  directive.rules.length === 0 || directive.rules.includes(ruleId);

/**
 * The directive that switches a diagnostic off, or undefined. Problems with the file itself and
 * crashed rules are never suppressed.
 */
export function suppressedBy(diagnostic: Diagnostic, directives: readonly Directive[]): Directive | undefined {
  const ruleId = diagnostic.ruleId;
  if (ruleId === null || diagnostic.internal || directives.length === 0) return undefined;
  let disabledBy: Directive | undefined;
  for (const directive of directives) {
    if (!applies(directive, ruleId)) continue;
    switch (directive.kind) {
      case 'disable-file':
        return directive;
      case 'disable-line':
        if (diagnostic.line >= directive.line && diagnostic.line <= directive.endLine) return directive;
        break;
      case 'disable-next-line':
        if (diagnostic.line === directive.endLine + 1) return directive;
        break;
      case 'disable':
        if (directive.line <= diagnostic.line) disabledBy = directive;
        break;
      case 'enable':
        if (directive.line <= diagnostic.line) disabledBy = undefined;
        break;
    }
  }
  return disabledBy;
}

/** Whether a diagnostic is switched off by the page's directives. */
export function isSuppressed(diagnostic: Diagnostic, directives: readonly Directive[]): boolean {
  return suppressedBy(diagnostic, directives) !== undefined;
}

export const DIRECTIVE_MESSAGES = {
  unusedDirective: 'Unused `{{directive}}` directive: it suppressed no problem; remove it',
  unusedDirectiveRule:
    'Unused rule `{{rule}}` in the `{{directive}}` directive: it suppressed no problem of that rule; ' +
    'remove `{{rule}}` from it',
  missingReason:
    'Expected a reason in the `{{directive}}` directive, after `--` (`requireDirectiveReason` is on): ' +
    '`<!-- {{directive}} -- why -->`',
} as const;

export interface DirectiveOptions {
  /** report disable directives that suppressed nothing, with this severity */
  reportUnused: 'off' | 'warn' | 'error';
  /** report disable directives without a `-- reason` (errors) */
  requireReason: boolean;
}

/**
 * The page's diagnostics less the suppressed ones, plus the problems with the directives
 * themselves: unused disable directives (per rule they name) and missing reasons. Directive
 * problems are never suppressed; `enable` directives need no reason and are never unused.
 */
export function applyDirectives(
  path: string,
  diagnostics: readonly Diagnostic[],
  directives: readonly Directive[],
  options: DirectiveOptions,
): Diagnostic[] {
  const kept: Diagnostic[] = [];
  const used = new Map<Directive, Set<string>>();
  for (const diagnostic of diagnostics) {
    const by = suppressedBy(diagnostic, directives);
    if (!by) {
      kept.push(diagnostic);
      continue;
    }
    let rules = used.get(by);
    if (!rules) used.set(by, (rules = new Set()));
    rules.add(diagnostic.ruleId!);
  }
  if (options.reportUnused === 'off' && !options.requireReason) return kept;
  for (const directive of directives) {
    if (directive.kind === 'enable') continue;
    const name = `doclint-${directive.kind}${directive.rules.length > 0 ? ` ${directive.rules.join(' ')}` : ''}`;
    const report = (
      ruleId: string,
      messageId: keyof typeof DIRECTIVE_MESSAGES,
      severity: 'warn' | 'error',
      data: Record<string, string>,
    ) =>
      kept.push({
        ruleId,
        messageId,
        severity: severity === 'error' ? 'error' : 'warning',
        message: DIRECTIVE_MESSAGES[messageId].replace(/\{\{(\w+)\}\}/g, (_, key: string) => data[key] ?? ''),
        path,
        line: directive.line,
        column: directive.column,
        endLine: directive.endLine,
        endColumn: directive.endColumn,
      });
    if (options.requireReason && directive.reason === '') {
      report(DIRECTIVE_REASON_ID, 'missingReason', 'error', { directive: name });
    }
    if (options.reportUnused === 'off') continue;
    const usedRules = used.get(directive);
    if (!usedRules) report(UNUSED_DIRECTIVE_ID, 'unusedDirective', options.reportUnused, { directive: name });
    else {
      for (const rule of directive.rules) {
        if (!usedRules.has(rule))
          report(UNUSED_DIRECTIVE_ID, 'unusedDirectiveRule', options.reportUnused, { directive: name, rule });
      }
    }
  }
  return kept;
}
