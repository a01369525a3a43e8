/**
 * What a contract needs of a page, collected during the engine's one walk: blocks (headings,
 * paragraphs, lists) and links.
 */
import type { Heading, List, Paragraph, Parents, Root } from 'mdast';
import type { Node } from 'unist';
import type { Visitors } from '../types.js';
import { htmlTags } from '../helpers/html.js';
import { normalizeWording, renderedText } from '../helpers/text.js';

export interface Block {
  node: Paragraph | Heading;
  parent: Parents;
  /** the list holding the block's list item, when the block starts a list item */
  list: List | undefined;
  /** rendered text, white space collapsed */
  raw: string;
  /** normalised rendered text */
  text: string;
  start: number;
}

export interface FoundLink {
  url: string;
  node: Node;
  /** the paragraph or heading the link is in (a definition at the top level is in none) */
  block: Paragraph | Heading | undefined;
  start: number;
}

export interface PageModel {
  tree: Root;
  text: string;
  blocks: Block[];
  links: FoundLink[];
}

const offsetOf = (node: Node) => node.position?.start.offset ?? 0;

/** The visitors that collect, during the one walk, the blocks and links requirements look at. */
export function createPageModel(tree: Root, text: string): { model: PageModel; visitors: Visitors } {
  const model: PageModel = { tree, text, blocks: [], links: [] };
  const collect = (node: Paragraph | Heading, ancestors: readonly Parents[]) => {
    const parent = ancestors.at(-1)!;
    const grandparent = ancestors.at(-2);
    const list =
      parent.type === 'listItem' && parent.children[0] === node && grandparent?.type === 'list'
        ? grandparent
        : undefined;
    const raw = renderedText(node).replace(/\s+/g, ' ').trim();
    model.blocks.push({ node, parent, list, raw, text: normalizeWording(raw), start: offsetOf(node) });
  };
  const link = (url: string | undefined, node: Node, ancestors: readonly Parents[]) => {
    if (url === undefined) return;
    const block = ancestors.findLast((a): a is Paragraph | Heading => a.type === 'paragraph' || a.type === 'heading');
    model.links.push({ url, node, block, start: offsetOf(node) });
  };
  return {
    model,
    visitors: {
      paragraph: collect,
      heading: collect,
      link: (node, ancestors) => link(node.url, node, ancestors),
      definition: (node, ancestors) => link(node.url, node, ancestors),
      html(node, ancestors) {
        for (const tag of htmlTags(node.value)) if (tag.name === 'a') link(tag.attributes.href, node, ancestors);
      },
    },
  };
}

/* ------------------------------------------------------------------------------------------ */
/* Evaluating a requirement                                                                    */
/* ------------------------------------------------------------------------------------------ */
