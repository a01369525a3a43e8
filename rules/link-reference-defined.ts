import type { Heading, Nodes, Paragraph, Parents } from 'mdast';
import type { Point } from 'unist';
import { defineRule, type FileContext, type Visitors } from '../src/rule-api/index.js';
import { pointLocator } from '../src/helpers/position.js';
import {
  displayLabel,
  findReferenceCandidates,
  isFootnoteLabel,
  normalizeLabel,
  type Mask,
  type ReferenceCandidate,
} from '../src/helpers/references.js';
import { didYouMean, SuggestionBudget } from '../src/helpers/suggest.js';

interface Options {
  /** report `[label]` alone too */
  shortcut: boolean;
}

/** A paragraph or heading that may hold references, with the spans in it that are not text. */
interface Block {
  start: Point;
  from: number;
  to: number;
  masks: Mask[];
  /**
   * the block that this paragraph is the first of: at its start, a list item's `[x]` is a
   * task-list box and a block quote's `[!NOTE]` a GitHub alert, not references
   */
  firstIn?: 'listItem' | 'blockquote';
}

const MAX_SHOWN = 60;
const shown = (label: string) => {
  const text = displayLabel(label);
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 3)}...` : text;
};

export default defineRule<Options>({
  meta: {
    id: 'link-reference-defined',
    description: 'Reference links and images use a label that a definition on the page defines',
    messages: {
      undefinedReference: 'Cannot find a definition for the reference `{{label}}`',
      undefinedReferenceSuggestion:
        'Cannot find a definition for the reference `{{label}}`; did you mean `{{suggestion}}`',
    },
    defaultSeverity: 'error',
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: { shortcut: { type: 'boolean' } },
    },
    defaultOptions: { shortcut: false },
  },
  create(ctx) {
    const { shortcut } = ctx.options;
    // The engine strips a byte order mark before parsing, so tree offsets index ctx.text.
    const { blocks, visitors } = collectBlocks(ctx.text, shortcut);
    const defined = new Map<string, string>();
    const budget = new SuggestionBudget();
    return {
      ...visitors,
      definition(node) {
        // `[^note]: text` is a GFM footnote, which CommonMark reads as a definition.
        if (isFootnoteLabel(node.label ?? node.identifier)) return;
        const key = normalizeLabel(node.label ?? node.identifier);
        if (!defined.has(key)) defined.set(key, displayLabel(node.label ?? node.identifier));
      },
      'root:exit'() {
        reportUndefined(ctx, blocks, defined, budget);
      },
    };
  },
});

/**
 * Full and collapsed references need `][`, shortcuts a `[`: blocks without one are skipped.
 * Blocks come in page order, so one forward search serves them all: the next needle at or after
 * `from` (Infinity when there is none).
 */
function needleSearch(source: string, needle: string): (from: number) => number {
  let next = -1;
  return (from) => {
    if (next < from) {
      const at = source.indexOf(needle, from);
      next = at === -1 ? Infinity : at;
    }
    return next;
  };
}

/**
 * The visitors that gather the paragraphs and headings that may hold references, each with the
 * spans in it that are not text: code, HTML, images, and the syntax of links that parsed.
 */
function collectBlocks(source: string, shortcut: boolean): { blocks: Block[]; visitors: Visitors } {
  const blocks: Block[] = [];
  let active: Block | undefined;
  const nextNeedle = needleSearch(source, shortcut ? '[' : '][');

  const enter = (node: Paragraph | Heading, ancestors: readonly Parents[]) => {
    active = undefined;
    const { start, end } = node.position ?? {};
    if (start?.offset === undefined || end?.offset === undefined) return;
    const from = start.offset;
    const to = end.offset;
    if (nextNeedle(from) >= to) return;
    const parent = ancestors.at(-1);
    const firstIn =
      (parent?.type === 'listItem' || parent?.type === 'blockquote') && parent.children[0] === node
        ? parent.type
        : undefined;
    active = { start, from, to, masks: [], firstIn };
    blocks.push(active);
  };
  const mask = (start: number, end: number, kind: Mask['kind']) => {
    if (active && start >= active.from && start < active.to && end > start) active.masks.push({ start, end, kind });
  };
  const maskWhole = (kind: Mask['kind']) => (node: Nodes) => {
    const { start, end } = node.position ?? {};
    if (start?.offset !== undefined && end?.offset !== undefined) mask(start.offset, end.offset, kind);
  };
  const maskSyntax = (node: Extract<Nodes, { children: unknown }>) => maskLinkSyntax(source, node, mask);

  return {
    blocks,
    visitors: {
      paragraph: enter,
      heading: enter,
      inlineCode: maskWhole('code'),
      html: maskWhole('inline'),
      image: maskWhole('inline'),
      imageReference: maskWhole('inline'),
      link: maskSyntax,
      linkReference: maskSyntax,
    },
  };
}

/** A link that parsed: its brackets and destination are syntax, its text is text. */
function maskLinkSyntax(
  source: string,
  node: Extract<Nodes, { children: unknown }>,
  mask: (start: number, end: number, kind: Mask['kind']) => void,
): void {
  const { start, end } = node.position ?? {};
  if (start?.offset === undefined || end?.offset === undefined) return;
  const first = node.children[0]?.position?.start.offset;
  const last = node.children.at(-1)?.position?.end.offset;
  if (source[start.offset] === '<') {
    mask(start.offset, end.offset, 'inline'); // an autolink `<https://…>`
    return;
  }
  if (first === undefined || last === undefined) {
    mask(start.offset, end.offset, 'link'); // no text
    return;
  }
  mask(start.offset, first, 'link');
  mask(last, end.offset, 'link');
}

/** A list item's task-list box `[x]` or a block quote's GitHub alert `[!NOTE]`, at the start of its first block. */
const isMarker = (block: Block, { form, start, label }: ReferenceCandidate) =>
  form === 'shortcut' &&
  start === block.from &&
  ((block.firstIn === 'listItem' && /^[ xX]$/.test(label)) ||
    (block.firstIn === 'blockquote' && /^!(?:note|tip|important|warning|caution)$/i.test(label)));

/** Reports each reference whose label no definition on the page defines, with the nearest label defined. */
function reportUndefined(
  ctx: FileContext<Options>,
  blocks: readonly Block[],
  defined: ReadonlyMap<string, string>,
  budget: SuggestionBudget,
): void {
  const { shortcut } = ctx.options;
  const source = ctx.text;
  for (const block of blocks) {
    const locate = pointLocator(block.start, source.slice(block.from, block.to));
    for (const candidate of findReferenceCandidates(source, block.from, block.to, block.masks, shortcut)) {
      if (defined.has(normalizeLabel(candidate.label)) || isMarker(block, candidate)) continue;
      const position = { start: locate(candidate.start - block.from), end: locate(candidate.end - block.from) };
      const label = shown(candidate.label);
      const suggestion = budget.spend(ctx.path, defined.size)
        ? didYouMean(displayLabel(candidate.label), defined.values())
        : undefined;
      if (suggestion === undefined) {
        ctx.report({ position, messageId: 'undefinedReference', data: { label } });
      } else {
        ctx.report({
          position,
          messageId: 'undefinedReferenceSuggestion',
          data: { label, suggestion },
          suggestions: [suggestion],
        });
      }
    }
  }
}
