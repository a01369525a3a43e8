import type { Heading, List, Node, Paragraph, Parents } from 'mdast';
import { distance } from 'fastest-levenshtein';
import type { Rule } from '../src/types.js';
import { normalizeWording, renderedText } from '../src/helpers/text.js';
import { pageTitle, securityPageReason, startsWithWords } from '../src/helpers/structure.js';

interface Options {
  /** the lead sentence, compared on rendered text (markup, escapes, quotes, dashes, wrapping ignored) */
  sentence: string;
  /** the shared responsibility model; http or https, with or without the trailing slash */
  modelUrl: string;
  /** the items that must each start a list item, paragraph or heading */
  items: string[];
}

interface Block {
  node: Paragraph | Heading;
  /** the list holding the block's list item, when the block starts a list item */
  list: List | undefined;
  /** normalised rendered text */
  text: string;
}

/** A URL reduced to what the model link check compares: no scheme, no trailing slash, host in lower case. */
function urlKey(url: string): string {
  const match = /^(?:https?:)?\/\/([^/?#]+)([^?#]*)/i.exec(url.trim());
  if (!match) return url.trim();
  return `${match[1]!.toLowerCase()}${match[2]!.replace(/\/+$/, '')}`;
}

const withoutFinalStop = (text: string) => text.replace(/[.!?:;\s]+$/, '');

/** The sentences of a normalised text. */
const sentences = (text: string) => text.split(/(?<=[.!?])\s/).map(withoutFinalStop).filter(Boolean);

/** Similarity of two normalised texts from 0 to 1 (1 - edit distance / longer length). */
const similarity = (a: string, b: string) => 1 - distance(a, b) / Math.max(a.length, b.length, 1);

const REWORDED_SIMILARITY = 0.6;

/** The original-case text of a block's first sentence, for the message. */
function shownSentence(node: Node & { children: unknown[] }): string {
  const text = renderedText(node as Paragraph).replace(/\s+/g, ' ').trim();
  const first = withoutFinalStop(text.split(/(?<=[.!?])\s/)[0] ?? text);
  return first.length > 100 ? `${first.slice(0, 97)}...` : first;
}

const rule: Rule<Options> = {
  meta: {
    id: 'security-shared-responsibility',
    description: 'A security page carries the shared-responsibility section: the lead sentence, the model link and both items',
    messages: {
      missingSentence: 'Expected the sentence `{{sentence}}` in the shared-responsibility section',
      rewordedSentence: 'Expected the sentence `{{sentence}}`; found `{{found}}`',
      missingModelLink: 'Expected a link to the shared responsibility model (`{{url}}`)',
      missingItem: 'Expected the item `{{item}}` in the shared-responsibility section',
    },
    defaultSeverity: 'error',
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        sentence: { type: 'string', minLength: 1 },
        modelUrl: { type: 'string', minLength: 1 },
        items: { type: 'array', items: { type: 'string', minLength: 1 } },
      },
    },
    defaultOptions: {
      sentence: 'Security is a shared responsibility between AWS and you',
      modelUrl: 'https://aws.amazon.com/compliance/shared-responsibility-model/',
      items: ['Security of the cloud', 'Security in the cloud'],
    },
  },
  create(ctx) {
    if (securityPageReason(ctx.path, ctx.tree, ctx.settings) === undefined) return {};
    const { options } = ctx;
    const sentence = withoutFinalStop(normalizeWording(options.sentence));
    const modelKey = urlKey(options.modelUrl);
    const items = options.items.map((item) => ({ item, key: normalizeWording(item) }));
    const blocks: Block[] = [];
    const modelLinkBlocks: Array<Paragraph | Heading | undefined> = [];

    const collect = (node: Paragraph | Heading, ancestors: readonly Parents[]) => {
      const parent = ancestors.at(-1);
      const grandparent = ancestors.at(-2);
      const list = parent?.type === 'listItem' && parent.children[0] === node && grandparent?.type === 'list' ? grandparent : undefined;
      blocks.push({ node, list, text: normalizeWording(renderedText(node)) });
    };
    const modelLink = (url: string, ancestors: readonly Parents[]) => {
      if (urlKey(url) !== modelKey) return;
      const block = [...ancestors].reverse().find((a): a is Paragraph | Heading => a.type === 'paragraph' || a.type === 'heading');
      modelLinkBlocks.push(block);
    };

    return {
      paragraph: collect,
      heading: collect,
      link: (node, ancestors) => modelLink(node.url, ancestors),
      definition: (node, ancestors) => modelLink(node.url, ancestors),
      'root:exit'() {
        const title = pageTitle(ctx.tree);
        const fallback = title ?? ctx.tree.children[0] ?? ctx.tree;
        const lead = blocks.find((block) => block.text.includes(sentence));
        const linkBlock = modelLinkBlocks.find(Boolean);
        const section = lead?.node ?? linkBlock;

        if (!lead) {
          const similar = linkBlock
            ? { node: linkBlock }
            : blocks
              .flatMap((block) => sentences(block.text).map((s) => ({ node: block.node, score: similarity(s, sentence) })))
              .filter(({ score }) => score >= REWORDED_SIMILARITY)
              .sort((a, b) => b.score - a.score)[0];
          if (similar) {
            ctx.report({
              node: similar.node,
              messageId: 'rewordedSentence',
              data: { sentence: options.sentence, found: shownSentence(similar.node) },
            });
          } else {
            ctx.report({ node: fallback, messageId: 'missingSentence', data: { sentence: options.sentence } });
          }
        }

        if (modelLinkBlocks.length === 0) {
          ctx.report({ node: section ?? fallback, messageId: 'missingModelLink', data: { url: options.modelUrl } });
        }

        const itemBlocks = items.map(({ key }) => blocks.find((block) => startsWithWords(block.text, key)));
        const present = itemBlocks.find(Boolean);
        // A missing item belongs beside the other item (in its list), else after the section's lead.
        items.forEach(({ item }, index) => {
          if (itemBlocks[index]) return;
          ctx.report({ node: present?.list ?? present?.node ?? section ?? fallback, messageId: 'missingItem', data: { item } });
        });
      },
    };
  },
};

export default rule as unknown as Rule;
