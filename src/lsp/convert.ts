/**
 * doclint's findings in the Language Server Protocol's terms. Positions: doclint counts lines and
 * columns from 1, columns in UTF-16 code units (as mdast does); LSP counts both from 0, characters
 * in UTF-16 code units too (its default encoding), so a place moves by one on each axis and an
 * end column, exclusive in both, the same.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  DiagnosticSeverity,
  type CodeAction,
  type Diagnostic as LspDiagnostic,
  type Position,
  type Range,
  type TextEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, Fix, Rule, TextPoint } from '../types.js';
import { ruleHelpUri } from '../formatters/sarif.js';
import { localRuleDoc } from '../node/version.js';
import { applyFixes } from '../engine/apply-fixes.js';

/** The name clients show as a diagnostic's source. */
export const SOURCE = 'doclint';

/** An LSP position from a 1-based doclint point. */
export function toPosition({ line, column }: TextPoint): Position {
  return { line: Math.max(0, line - 1), character: Math.max(0, column - 1) };
}

/** Where a finding is: its start to its end (its start alone when it has no end). */
export function rangeOf(diagnostic: Diagnostic): Range {
  const start = toPosition(diagnostic);
  const end =
    diagnostic.endLine === undefined || diagnostic.endColumn === undefined
      ? start
      : toPosition({ line: diagnostic.endLine, column: diagnostic.endColumn });
  return { start, end };
}

/** A rule's documentation as a URL: its published page, else the page shipped with doclint. */
export function ruleDocUrl(rule: Rule, version: string, root: string): string | undefined {
  const published = ruleHelpUri(rule.meta, version);
  if (published !== undefined) return published;
  const local = localRuleDoc(rule.meta.id, root);
  return local === undefined ? undefined : pathToFileURL(resolve(root, local)).href;
}

/** A finding as an LSP diagnostic: severity, rule id as its code, its rule's page as `codeDescription`. */
export function toLspDiagnostic(diagnostic: Diagnostic, docUrl: (ruleId: string) => string | undefined): LspDiagnostic {
  const result: LspDiagnostic = {
    range: rangeOf(diagnostic),
    severity: diagnostic.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    source: SOURCE,
    message: diagnostic.message,
  };
  if (diagnostic.ruleId !== null) {
    result.code = diagnostic.ruleId;
    const href = docUrl(diagnostic.ruleId);
    if (href !== undefined) result.codeDescription = { href };
  }
  return result;
}

/** A fix as a text edit: doclint's end is exclusive, as LSP's is. */
export function fixEdit(fix: Fix): TextEdit {
  return { range: { start: toPosition(fix.start), end: toPosition(fix.end) }, newText: fix.text };
}

/** Where a link's destination is written in the text of a link (`[a](dest)`, `[a]: dest`, `href="dest"`). */
export function destinationSpan(text: string): [number, number] | undefined {
  const inline = text.indexOf('](');
  const definition = /^!?\[(?:[^\]\\]|\\.)*\]:[ \t]*(?:\r?\n[ \t]*)?/.exec(text);
  const html = /\b(?:href|src)\s*=\s*(["']?)/i.exec(text);
  let start: number;
  let quote: string | undefined;
  if (definition) start = definition[0].length;
  else if (inline >= 0) {
    start = inline + 2;
    while (text[start] === ' ' || text[start] === '\t' || text[start] === '\n') start++;
  } else if (html) {
    start = html.index + html[0].length;
    quote = html[1] || undefined;
  } else return undefined;
  if (text[start] === '<' && quote === undefined) {
    const close = text.indexOf('>', start + 1);
    return close < 0 ? undefined : [start + 1, close];
  }
  let end = start;
  const stops = quote ?? ' \t\r\n';
  while (end < text.length && !stops.includes(text[end]!)) end++;
  // an inline link without a title: the destination ends before the link's closing parenthesis
  if (quote === undefined && definition === null && end === text.length && text.endsWith(')')) end--;
  return [start, end];
}

/**
 * The edit that puts a suggestion ("did you mean") in place: `#anchor` replaces the destination's
 * fragment, another suggestion the path before it; where the finding is not at a link
 * destination (an undefined reference `[label]`), the last label in brackets.
 */
export function suggestionEdit(
  document: TextDocument,
  diagnostic: Diagnostic,
  suggestion: string,
): TextEdit | undefined {
  const range = rangeOf(diagnostic);
  const base = document.offsetAt(range.start);
  const text = document.getText(range);
  const span = destinationSpan(text);
  let from: number;
  let to: number;
  if (span) {
    const [start, end] = span;
    const hash = text.slice(start, end).indexOf('#');
    if (suggestion.startsWith('#')) [from, to] = hash < 0 ? [end, end] : [start + hash, end];
    else [from, to] = hash < 0 || suggestion.includes('#') ? [start, end] : [start, start + hash];
  } else {
    const close = text.lastIndexOf(']');
    const open = close < 0 ? -1 : text.lastIndexOf('[', close);
    if (open < 0) return undefined;
    [from, to] = [open + 1, close];
  }
  return {
    range: { start: document.positionAt(base + from), end: document.positionAt(base + to) },
    newText: suggestion,
  };
}

const overlaps = (a: Range, b: Range) =>
  !(
    a.end.line < b.start.line ||
    (a.end.line === b.start.line && a.end.character < b.start.character) ||
    b.end.line < a.start.line ||
    (b.end.line === a.start.line && b.end.character < a.start.character)
  );

/** The kind of the action that applies every fix of a page (`editor.codeActionsOnSave` asks for it). */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.doclint`;

/** Whether the client's `only` (undefined: any kind) asks for `kind` (`source` asks for `source.fixAll.doclint`). */
const wanted = (only: readonly string[] | undefined, kind: string) =>
  only === undefined || only.some((asked) => kind === asked || kind.startsWith(`${asked}.`));

/**
 * Every fix of the page that fits in one pass, as `--fix` takes them (src/engine/apply-fixes.ts:
 * page order, an overlapping one left out), as one action; undefined when no finding has a fix.
 */
export function fixAllAction(document: TextDocument, findings: readonly Diagnostic[]): CodeAction | undefined {
  const fixes = findings.flatMap((finding) => (finding.fix ? [finding.fix] : []));
  if (fixes.length === 0) return undefined;
  const { applied } = applyFixes(document.getText(), fixes);
  if (applied.length === 0) return undefined;
  return {
    title: 'Fix all doclint problems that have one right fix',
    kind: FIX_ALL_KIND,
    edit: { changes: { [document.uri]: applied.map((index) => fixEdit(fixes[index]!)) } },
  };
}

/**
 * The actions for the findings in `range`: each fix (the one right edit, preferred) and each
 * suggestion of a finding, as quick fixes; and one action that applies every fix of the page.
 * `only`: the kinds the client asks for (undefined: all).
 */
export function codeActions(
  document: TextDocument,
  findings: readonly Diagnostic[],
  range: Range,
  docUrl: (ruleId: string) => string | undefined,
  only?: readonly string[],
): CodeAction[] {
  const actions: CodeAction[] = [];
  const { uri } = document;
  // asked for by kind (on save, "Fix all"), the page-wide action; in the light bulb, after the
  // quick fixes of the place, and only when it does more than one of them would
  const all = wanted(only, FIX_ALL_KIND) ? fixAllAction(document, findings) : undefined;
  const more = all !== undefined && (only !== undefined || findings.filter((finding) => finding.fix).length > 1);
  if (!wanted(only, CodeActionKind.QuickFix)) return more ? [all] : [];
  for (const finding of findings) {
    if (!overlaps(rangeOf(finding), range)) continue;
    const diagnostics = [toLspDiagnostic(finding, docUrl)];
    if (finding.fix) {
      actions.push({
        title: `Fix: ${finding.message}`,
        kind: CodeActionKind.QuickFix,
        diagnostics,
        isPreferred: true,
        edit: { changes: { [uri]: [fixEdit(finding.fix)] } },
      });
    }
    for (const suggestion of finding.suggestions ?? []) {
      const edit = suggestionEdit(document, finding, suggestion);
      if (!edit) continue;
      actions.push({
        title: `Change to \`${suggestion}\``,
        kind: CodeActionKind.QuickFix,
        diagnostics,
        ...(finding.fix ? {} : { isPreferred: finding.suggestions!.length === 1 }),
        edit: { changes: { [uri]: [edit] } },
      });
    }
  }
  if (more) actions.push(all);
  return actions;
}
