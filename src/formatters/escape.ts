/**
 * Escaping shared by the formatters and by everything doclint prints on stderr: text that doclint
 * did not write itself (pages, file names, config files, the cache) goes through these before it
 * reaches a terminal, a CI log or a rendered report.
 */

/**
 * Bidirectional controls (Trojan Source, CVE-2021-42574): they reorder how the rest of a line is
 * displayed, so a message or file name could show something other than what it is.
 */
const BIDI = '\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069';

const TERMINAL_UNSAFE = new RegExp(`[\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F${BIDI}]`, 'g');
const BIDI_ONLY = new RegExp(`[${BIDI}]`, 'g');

const unicodeEscape = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * Shows C0/C1 control characters (ANSI escapes included) and bidirectional controls as `\uXXXX`,
 * so that no page can rewrite the reader's terminal or reorder what it shows. Tab and line feed
 * are kept (see `sanitizeLine`).
 */
export function sanitizeForTerminal(text: string): string {
  return text.replace(TERMINAL_UNSAFE, unicodeEscape);
}

/** Bidirectional controls shown as `\uXXXX`, nothing else changed: for formats that escape the rest their own way. */
export function escapeBidi(text: string): string {
  return text.replace(BIDI_ONLY, unicodeEscape);
}

/**
 * `sanitizeForTerminal`, and a line feed shown as `\u000a` too: a file name or a link target with
 * a line break in it would otherwise start a line of its own, which could pass for another
 * finding. A text that starts (after white space) with `::` has its first colon shown as
 * `\u003a`: the GitHub Actions runner reads such a line, on stdout or stderr, as a workflow command
 * (`::error::`, `::add-mask::` …) even after leading white space. For text that must stay on one
 * line of a report or a message.
 */
export function sanitizeLine(text: string): string {
  return sanitizeForTerminal(text)
    .replace(/\n/g, '\\u000a')
    .replace(/^(\s*):(?=:)/, '$1\\u003a');
}
