import type { Nodes } from 'mdast';

/**
 * The text of a node as a reader sees it once rendered: markup, HTML tags and image alt text
 * dropped, backslash escapes and entities already resolved by the parser, a hard line break as a
 * line break, and blocks separated by a line break.
 */
export function renderedText(node: Nodes | readonly Nodes[]): string {
  if (Array.isArray(node)) return (node as readonly Nodes[]).map(renderedText).join('');
  const n = node as Nodes;
  switch (n.type) {
    case 'text':
    case 'inlineCode':
    case 'code':
      return n.value;
    case 'break':
      return '\n';
    case 'html':
    case 'image':
    case 'imageReference':
    case 'definition':
      return '';
    default:
      if (!('children' in n)) return '';
      return n.children.map((child) => renderedText(child)).join(isBlockContainer(n) ? '\n' : '');
  }
}

function isBlockContainer(node: Nodes): boolean {
  return node.type === 'root' || node.type === 'blockquote' || node.type === 'list' || node.type === 'listItem';
}

const QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033]/g;
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const SPACES = /[\s\u00A0\u2000-\u200B\u202F\u205F\u3000]+/g;

/**
 * Normalises rendered text for comparing wording: smart quotes and dashes to ASCII, every run of
 * white space (line breaks of wrapped lines included) to one space, lower case.
 */
export function normalizeWording(text: string): string {
  return text
    .normalize('NFKC')
    .replace(QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, '-')
    .replace(SPACES, ' ')
    .trim()
    .toLowerCase();
}
