import type { Heading, Link, LinkReference, List, ListItem, Nodes, Root, RootContent } from 'mdast';
import type { Settings } from '../types.js';
import { normalizeWording, renderedText } from './text.js';

/** The page's first level-1 heading (the title), wherever it is among the top-level blocks. */
export function pageTitle(tree: Root): Heading | undefined {
  return tree.children.find((node): node is Heading => node.type === 'heading' && node.depth === 1);
}

const basename = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/**
 * Why the page is a security page, or undefined: its file name is one of `fileNames` (exact
 * case: `Security.md` may be an unrelated page), or its title starts with one of `titlePrefixes`
 * (ignoring case) followed by a word break.
 */
export function securityPageReason(path: string, tree: Root, settings: Settings): string | undefined {
  const { fileNames, titlePrefixes } = settings.securityPage;
  const name = basename(path);
  if (fileNames.includes(name)) return `file name \`${name}\``;
  const title = pageTitle(tree);
  if (!title) return undefined;
  const text = normalizeWording(renderedText(title));
  for (const prefix of titlePrefixes) {
    if (startsWithWords(text, normalizeWording(prefix))) {
      return `title starts with \`${prefix}\``;
    }
  }
  return undefined;
}

/** Blocks that only separate content (HTML comments, anchors alone on a line) are skipped over. */
function isInvisible(node: RootContent): boolean {
  return node.type === 'html' || node.type === 'definition';
}

/** The siblings after `node` in its parent, invisible blocks left out. */
export function followingSiblings(parent: { children: RootContent[] }, node: RootContent): RootContent[] {
  const index = parent.children.indexOf(node);
  return parent.children.slice(index + 1).filter((sibling) => !isInvisible(sibling));
}

const isBlank = (node: Nodes) => node.type === 'text' && node.value.trim() === '';
const isPunctuation = (node: Nodes) => node.type === 'text' && /^[\s:.\u2013\u2014-]*$/.test(node.value);

/**
 * A paragraph that is only emphasised text, a label such as `**Topics**` or `*Resilience*`
 * (a trailing colon allowed): the markup kind it uses, else undefined.
 */
export function labelKind(node: Nodes | undefined): 'strong' | 'emphasis' | undefined {
  if (node?.type !== 'paragraph') return undefined;
  const content = node.children.filter((child) => !isBlank(child) && child.type !== 'html');
  const [first, ...rest] = content;
  if (!first || (first.type !== 'strong' && first.type !== 'emphasis')) return undefined;
  if (!rest.every(isPunctuation)) return undefined;
  return first.type;
}

/**
 * A list item that names a page: its text starts with a link (a description may follow, as in
 * `[Setup](setup.md) – installing the CLI`); nested lists aside.
 */
export function isLinkItem(item: ListItem): boolean {
  const [first] = item.children;
  if (first?.type !== 'paragraph') return false;
  const [lead] = first.children.filter((child) => !isBlank(child) && child.type !== 'html');
  return lead?.type === 'link' || lead?.type === 'linkReference';
}

/** The link a list item starts with (`isLinkItem`), or undefined for any other item. */
export function leadingLink(item: ListItem): Link | LinkReference | undefined {
  if (!isLinkItem(item)) return undefined;
  const first = item.children[0];
  return first?.type === 'paragraph'
    ? first.children.find(
        (child): child is Link | LinkReference => child.type === 'link' || child.type === 'linkReference',
      )
    : undefined;
}

/** Every list item of a list and of the lists nested in its items. */
export function allItems(list: List): ListItem[] {
  const items: ListItem[] = [];
  for (const item of list.children) {
    items.push(item);
    // one at a time: a spread of a list of 150,000 items overflows the stack
    for (const child of item.children)
      if (child.type === 'list') for (const nested of allItems(child)) items.push(nested);
  }
  return items;
}

/** Whether normalised `text` starts with normalised `prefix` followed by a word break. */
export function startsWithWords(text: string, prefix: string): boolean {
  return text.startsWith(prefix) && !/[\p{L}\p{N}]/u.test(text.charAt(prefix.length));
}

/** Whether normalised `text` contains normalised `phrase` as whole words. */
export function containsWords(text: string, phrase: string): boolean {
  for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + 1)) {
    const before = text.charAt(at - 1);
    const after = text.charAt(at + phrase.length);
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
  }
  return false;
}

/** A list item with nothing a reader would see: no text and no image (an HTML comment at most). */
export function isEmptyItem(item: ListItem): boolean {
  let visible = false;
  const look = (node: Nodes) => {
    if (visible) return;
    if (node.type === 'image' || node.type === 'imageReference') visible = true;
    else if ((node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') && node.value.trim() !== '')
      visible = true;
    else if ('children' in node) node.children.forEach(look);
  };
  look(item);
  return !visible;
}
