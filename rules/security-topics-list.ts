import type { Heading, List, Paragraph, Parents, RootContent } from 'mdast';
import { defineRule } from '../src/types.js';
import { normalizeWording, renderedText } from '../src/helpers/text.js';
import {
  allItems,
  followingSiblings,
  isEmptyItem,
  isLinkItem,
  labelKind,
  pageTitle,
  securityPageReason,
} from '../src/helpers/structure.js';

interface Options {
  /** words a label must contain (any of them, ignoring case) */
  labels: string[];
}

interface Label {
  node: Paragraph | Heading;
  parent: Parents;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The lists a label introduces: after at most one intro paragraph, a list, then any further
 * lists each introduced by a sub-label paragraph (`*Logging and monitoring*`).
 */
function listsAfter(label: Label, isTopicsLabel: (node: RootContent) => boolean): List[] {
  const siblings = followingSiblings(label.parent as { children: RootContent[] }, label.node as RootContent);
  let i = 0;
  const first = siblings[0];
  if (first?.type === 'paragraph' && labelKind(first) === undefined) i = 1;
  const lists: List[] = [];
  for (;;) {
    const node = siblings[i];
    if (node?.type === 'list') {
      lists.push(node);
      i += 1;
    } else if (node && labelKind(node) !== undefined && !isTopicsLabel(node) && siblings[i + 1]?.type === 'list') {
      i += 1;
    } else {
      return lists;
    }
  }
}

export default defineRule<Options>({
  meta: {
    id: 'security-topics-list',
    description: 'A security page lists its child pages: a "Topics" label followed by a list of links',
    messages: {
      missing: 'Expected a topics list on this security page: a `**Topics**` label followed by a list of links to its child pages',
      missingList: 'Expected a list of links after the label `{{label}}`',
      emptyList: 'Unexpected empty topics list: list the child pages as links',
      notALink: 'Unexpected topics list item that is not a link: `{{text}}`',
      emptyItem: 'Unexpected empty topics list item',
    },
    defaultSeverity: 'error',
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: { labels: { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 } },
    },
    defaultOptions: { labels: ['Topics'] },
  },
  create(ctx) {
    if (securityPageReason(ctx.path, ctx.tree, ctx.settings) === undefined) return {};
    const words = new RegExp(`(?<![\\p{L}\\p{N}])(?:${ctx.options.labels.map((w) => escapeRegExp(normalizeWording(w))).join('|')})(?![\\p{L}\\p{N}])`, 'u');
    const hasWord = (node: Paragraph | Heading) => words.test(normalizeWording(renderedText(node)));
    const isTopicsLabel = (node: RootContent) =>
      (node.type === 'paragraph' && labelKind(node) === 'strong' && hasWord(node))
      || (node.type === 'heading' && node.depth > 1 && hasWord(node));
    const labels: Label[] = [];
    return {
      paragraph(node, ancestors) {
        if (isTopicsLabel(node)) labels.push({ node, parent: ancestors.at(-1)! });
      },
      heading(node, ancestors) {
        if (isTopicsLabel(node)) labels.push({ node, parent: ancestors.at(-1)! });
      },
      'root:exit'() {
        if (labels.length === 0) {
          ctx.report({ node: pageTitle(ctx.tree) ?? ctx.tree.children[0] ?? ctx.tree, messageId: 'missing' });
          return;
        }
        const found = labels.map((label) => ({ label, lists: listsAfter(label, isTopicsLabel) }));
        if (found.every(({ lists }) => lists.length === 0)) {
          const { node } = found[0]!.label;
          ctx.report({ node, messageId: 'missingList', data: { label: renderedText(node).trim() } });
          return;
        }
        // The page's topics list is the first label's lists; later labels ("Related topics")
        // may introduce lists of another kind and are not checked item by item.
        const { lists } = found.find(({ lists: l }) => l.length > 0)!;
        for (const list of lists) {
          const items = allItems(list);
          if (items.every(isEmptyItem)) {
            ctx.report({ node: list, messageId: 'emptyList' });
            continue;
          }
          for (const item of items) {
            if (isLinkItem(item)) continue;
            if (isEmptyItem(item)) {
              ctx.report({ node: item, messageId: 'emptyItem' });
              continue;
            }
            const { start, end } = (item.children[0] ?? item).position ?? {};
            const text = ctx.text.slice(start?.offset ?? 0, end?.offset ?? 0).trim().replace(/\s+/g, ' ');
            ctx.report({ node: item, messageId: 'notALink', data: { text: text.length > 60 ? `${text.slice(0, 57)}...` : text } });
          }
        }
      },
    };
  },
});
