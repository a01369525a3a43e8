import type { Heading, List, Paragraph, Parents } from 'mdast';
import { defineRule } from '../src/types.js';
import { htmlTags } from '../src/helpers/html.js';
import { normalizeWording, renderedText } from '../src/helpers/text.js';
import { containsWords, pageTitle, securityPageReason, startsWithWords } from '../src/helpers/structure.js';

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
  /** rendered text, white space collapsed */
  raw: string;
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

const splitSentences = (text: string) => text.split(/(?<=[.!?])\s/).map(withoutFinalStop).filter(Boolean);

/** Words cut to their first five letters: "share", "shared" and "sharing" compare equal. */
const wordStems = (text: string) => new Set(text.split(/[^\p{L}\p{N}]+/u).filter(Boolean).map((w) => w.slice(0, 5)));

/** How alike two sentences are in the words they use, from 0 to 1 (Dice coefficient on stems). */
function wordSimilarity(a: string, b: string): number {
  const x = wordStems(a);
  const y = wordStems(b);
  let shared = 0;
  for (const stem of x) if (y.has(stem)) shared++;
  return (2 * shared) / Math.max(x.size + y.size, 1);
}

/** A sentence this alike in words is taken as the required one reworded, and quoted. */
const REWORDED = 0.6;

const shorten = (text: string) => (text.length > 100 ? `${text.slice(0, 97)}...` : text);

export default defineRule<Options>({
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
    const linkBlocks: Array<Paragraph | Heading | undefined> = [];

    const collect = (node: Paragraph | Heading, ancestors: readonly Parents[]) => {
      const parent = ancestors.at(-1);
      const grandparent = ancestors.at(-2);
      const list = parent?.type === 'listItem' && parent.children[0] === node && grandparent?.type === 'list' ? grandparent : undefined;
      const raw = renderedText(node).replace(/\s+/g, ' ').trim();
      blocks.push({ node, list, raw, text: normalizeWording(raw) });
    };
    const modelLink = (url: string | undefined, ancestors: readonly Parents[]) => {
      if (url === undefined || urlKey(url) !== modelKey) return;
      linkBlocks.push(ancestors.findLast((a): a is Paragraph | Heading => a.type === 'paragraph' || a.type === 'heading'));
    };

    return {
      paragraph: collect,
      heading: collect,
      link: (node, ancestors) => modelLink(node.url, ancestors),
      definition: (node, ancestors) => modelLink(node.url, ancestors),
      html(node, ancestors) {
        for (const tag of htmlTags(node.value)) if (tag.name === 'a') modelLink(tag.attributes.href, ancestors);
      },
      'root:exit'() {
        const fallback = pageTitle(ctx.tree) ?? ctx.tree.children[0] ?? ctx.tree;
        const lead = blocks.find((block) => containsWords(block.text, sentence));
        const linkBlock = linkBlocks.find(Boolean);

        let reworded: { block: Block; found: string; score: number } | undefined;
        if (!lead) {
          for (const block of blocks) {
            for (const found of splitSentences(block.raw)) {
              const score = wordSimilarity(normalizeWording(found), sentence);
              if (score >= REWORDED && score > (reworded?.score ?? 0)) reworded = { block, found, score };
            }
          }
          if (reworded) {
            ctx.report({
              node: reworded.block.node,
              messageId: 'rewordedSentence',
              data: { sentence: options.sentence, found: shorten(reworded.found) },
            });
          } else {
            ctx.report({ node: linkBlock ?? fallback, messageId: 'missingSentence', data: { sentence: options.sentence } });
          }
        }
        // Where the section is, as far as it exists: a missing part is reported there.
        const section = lead?.node ?? reworded?.block.node ?? linkBlock;

        if (linkBlocks.length === 0) {
          ctx.report({ node: section ?? fallback, messageId: 'missingModelLink', data: { url: options.modelUrl } });
        }

        // The title is not an item, even when it starts with an item's words.
        const itemBlocks = items.map(({ key }) =>
          blocks.find((block) => !(block.node.type === 'heading' && block.node.depth === 1) && startsWithWords(block.text, key)));
        const present = itemBlocks.find(Boolean);
        items.forEach(({ item }, index) => {
          if (itemBlocks[index]) return;
          // A missing item belongs beside the other item (in its list), else in the section.
          ctx.report({ node: present?.list ?? present?.node ?? section ?? fallback, messageId: 'missingItem', data: { item } });
        });
      },
    };
  },
});
