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
}

const DIRECTIVE = /^\s*doclint-(disable-next-line|disable-line|disable-file|disable|enable)(?:\s+([^]*?))?\s*$/;

/** Parses the text of one HTML comment; `-- reason` is allowed after the rule ids. */
export function parseDirective(comment: string): Pick<Directive, 'kind' | 'rules'> | undefined {
  const match = DIRECTIVE.exec(comment);
  if (!match) return undefined;
  const [, kind, rest = ''] = match;
  const ids = rest.split(/\s--\s|^--\s|\s--$|^--$/)[0] ?? '';
  return {
    kind: kind as DirectiveKind,
    rules: ids.split(/[\s,]+/).filter(Boolean),
  };
}

/** Visitors that collect the page's `<!-- doclint-… -->` comments during the walk. */
export function createDirectiveCollector(): { directives: Directive[]; visitors: Visitors } {
  const directives: Directive[] = [];
  return {
    directives,
    visitors: {
      html(node: Html) {
        if (!node.position || !node.value.includes('doclint-')) return;
        const locate = pointLocator(node.position.start, node.value);
        for (const comment of htmlComments(node.value)) {
          const parsed = parseDirective(comment.text);
          if (!parsed) continue;
          const start = locate(comment.offset);
          const end = locate(comment.offset + comment.text.length + 7);
          directives.push({ ...parsed, line: start.line, endLine: end.line });
        }
      },
    },
  };
}

const applies = (directive: Directive, ruleId: string) =>
  directive.rules.length === 0 || directive.rules.includes(ruleId);

/**
 * Whether a diagnostic is switched off by the page's directives. Problems with the file itself
 * and crashed rules are never suppressed.
 */
export function isSuppressed(diagnostic: Diagnostic, directives: readonly Directive[]): boolean {
  const ruleId = diagnostic.ruleId;
  if (ruleId === null || diagnostic.internal || directives.length === 0) return false;
  let disabled = false;
  for (const directive of directives) {
    if (!applies(directive, ruleId)) continue;
    switch (directive.kind) {
      case 'disable-file':
        return true;
      case 'disable-line':
        if (diagnostic.line >= directive.line && diagnostic.line <= directive.endLine) return true;
        break;
      case 'disable-next-line':
        if (diagnostic.line === directive.endLine + 1) return true;
        break;
      case 'disable':
        if (directive.line <= diagnostic.line) disabled = true;
        break;
      case 'enable':
        if (directive.line <= diagnostic.line) disabled = false;
        break;
    }
  }
  return disabled;
}
