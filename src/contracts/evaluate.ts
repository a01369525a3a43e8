/**
 * Evaluates a compiled requirement on a page model into findings: the parts the page lacks, each
 * placed where a writer would add it.
 */
import type { List, Nodes, Root, RootContent } from 'mdast';
import type { Node } from 'unist';
import { matchesText, matchesUrl, patternWording, urlKey, type UrlPattern } from './wildcard.js';
import { allItems, followingSiblings, isEmptyItem, isLinkItem, labelKind, pageTitle } from '../helpers/structure.js';
import { didYouMean } from '../helpers/suggest.js';
import { normalizeWording, renderedText } from '../helpers/text.js';
import type { Block, FoundLink, PageModel } from './page-model.js';
import type { CompiledRequirement } from './compile.js';
import { withoutFinalStop } from './compile.js';

export type FindingKind =
  | 'missingSection'
  | 'missingSentence'
  | 'missingLink'
  | 'missingItem'
  | 'missingList'
  | 'emptyList'
  | 'notALink'
  | 'emptyItem';

/** A part of a requirement the page lacks, where a writer would add it. */
export interface Finding {
  kind: FindingKind;
  /** where to report it */
  node: Node;
  /** the expected wording, URL or section, as the contract writes it */
  expected?: string;
  /** the section the part was looked for in, as the contract writes it */
  section?: string;
  /**
   * the closest wording found (whole: the rule shortens it), and where: a reworded sentence, a
   * near-miss link, item or heading
   */
  closest?: { text: string; node: Node };
  /** `missingList`: the label's text; `notALink`: the item's source */
  text?: string;
}

/** Words cut to their first five letters: "share", "shared" and "sharing" compare equal. */
const wordStems = (text: string) =>
  new Set(
    text
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean)
      .map((w) => w.slice(0, 5)),
  );

/** How alike two texts are in the words they use, from 0 to 1 (Dice coefficient on stems). */
export function wordSimilarity(a: string, b: string): number {
  const x = wordStems(a);
  const y = wordStems(b);
  let shared = 0;
  for (const stem of x) if (y.has(stem)) shared++;
  return (2 * shared) / Math.max(x.size + y.size, 1);
}

/** A text this alike in words is taken as the required one reworded, and quoted. */
export const REWORDED = 0.6;

const splitSentences = (text: string) =>
  text
    .split(/(?<=[.!?])\s/)
    .map(withoutFinalStop)
    .filter(Boolean);

export const shorten = (text: string, length = 100) =>
  text.length > length ? `${text.slice(0, length - 3)}...` : text;

/** Where a missing part goes when nothing of its section is there: the title, else the first block. */
export function fallbackNode(tree: Root): Node {
  return pageTitle(tree) ?? tree.children.find((node) => node.type !== 'yaml') ?? tree;
}

const isLabel = (node: Nodes) => node.type === 'paragraph' && labelKind(node) === 'strong';

/** The headings (level 2 and deeper) and bold labels of a section requirement that the page has. */
function sectionStarts(section: NonNullable<CompiledRequirement['section']>, blocks: readonly Block[]): Block[] {
  return blocks.filter((block) => isSectionStart(section, block.node));
}

function isSectionStart(section: NonNullable<CompiledRequirement['section']>, node: Nodes): boolean {
  if (node.type === 'heading' && node.depth > 1 && section.heading.length > 0) {
    const text = withoutFinalStop(normalizeWording(renderedText(node)));
    return section.heading.some((pattern) => matchesText(pattern, text));
  }
  if (isLabel(node) && section.label.length > 0) {
    const text = withoutFinalStop(normalizeWording(renderedText(node)));
    return section.label.some((pattern) => matchesText(pattern, text));
  }
  return false;
}

/**
 * The range of the page, as offsets, that a section covers: to the next heading of its level or
 * higher (a label: any heading or label).
 */
function sectionRange(start: Block, blocks: readonly Block[]): [number, number] {
  const index = blocks.indexOf(start);
  const node = start.node;
  const next = blocks
    .slice(index + 1)
    .find((block) =>
      node.type === 'heading'
        ? block.node.type === 'heading' && block.node.depth <= node.depth
        : block.node.type === 'heading' || isLabel(block.node),
    );
  return [start.start, next ? next.start : Infinity];
}

/**
 * The lists a section's label introduces: after at most one intro paragraph, a list, then any
 * further lists each introduced by a sub-label paragraph (`*Logging and monitoring*`).
 */
function listsAfter(block: Block, isStart: (node: RootContent) => boolean): List[] {
  const siblings = followingSiblings(block.parent as { children: RootContent[] }, block.node as RootContent);
  let i = 0;
  const first = siblings[0];
  if (first?.type === 'paragraph' && labelKind(first) === undefined) i = 1;
  const lists: List[] = [];
  for (;;) {
    const node = siblings[i];
    if (node?.type === 'list') {
      lists.push(node);
      i += 1;
    } else if (node && labelKind(node) !== undefined && !isStart(node) && siblings[i + 1]?.type === 'list') {
      i += 1;
    } else {
      return lists;
    }
  }
}

/** The heading or label most like the section asked for, for "found …". */
function closestSection(
  section: NonNullable<CompiledRequirement['section']>,
  blocks: readonly Block[],
): Block | undefined {
  const wanted = [...section.heading, ...section.label].map(patternWording);
  let best: { block: Block; score: number } | undefined;
  for (const block of blocks) {
    if (!((block.node.type === 'heading' && block.node.depth > 1) || isLabel(block.node))) continue;
    for (const wording of wanted) {
      const score = wordSimilarity(block.text, wording);
      if (score >= REWORDED && score > (best?.score ?? 0)) best = { block, score };
    }
  }
  return best?.block;
}

type Section = NonNullable<CompiledRequirement['section']>;
type Phrase = CompiledRequirement['sentences'][number];

/** The part of a page a requirement's sentences, links and items are looked for in. */
interface Scope {
  /** the blocks of the section (or the page), less the section's own heading or label */
  blocks: Block[];
  /** the links of the section (or the page) */
  links: FoundLink[];
  /** the section's heading or label; none for a requirement without a section */
  sectionNode: Node | undefined;
  /** where a missing part goes when nothing of its section is there */
  fallback: Node;
  /** the section for a finding, as the contract writes it */
  where: { section?: string };
}

/** Evaluates one requirement on a page: the parts it lacks, each placed where a writer would add it. */
export function evaluateRequirement(requirement: CompiledRequirement, model: PageModel): Finding[] {
  const fallback = fallbackNode(model.tree);
  const { section } = requirement;
  if (!section) return evaluateParts(requirement, pageScope(model, fallback));
  const starts = sectionStarts(section, model.blocks);
  if (starts.length === 0) return [missingSection(section, model.blocks, fallback)];
  const findings = requirement.linkList ? evaluateLinkList(section, starts, model) : [];
  return [...findings, ...evaluateParts(requirement, sectionScope(section, starts[0]!, model, fallback))];
}

/** The section the page lacks, with the heading or label most like it. */
function missingSection(section: Section, blocks: readonly Block[], fallback: Node): Finding {
  const closest = closestSection(section, blocks);
  return {
    kind: 'missingSection',
    node: fallback,
    expected: section.shown,
    ...(closest ? { closest: { text: closest.raw, node: closest.node } } : {}),
  };
}

/** A requirement without a section is looked for in the whole page. */
function pageScope(model: PageModel, fallback: Node): Scope {
  return { blocks: model.blocks, links: model.links, sectionNode: undefined, fallback, where: {} };
}

/** A requirement with a section is looked for from the section's first start to its end. */
function sectionScope(section: Section, first: Block, model: PageModel, fallback: Node): Scope {
  const [from, to] = sectionRange(first, model.blocks);
  const inRange = (start: number) => start >= from && start < to;
  return {
    blocks: model.blocks.filter((block) => inRange(block.start) && block.node !== first.node),
    links: model.links.filter((link) => inRange(link.start)),
    sectionNode: first.node,
    fallback,
    where: { section: section.shown },
  };
}

/** The sentences, links and items of a requirement that its scope lacks, in that order. */
function evaluateParts(requirement: CompiledRequirement, scope: Scope): Finding[] {
  const linkMatches = requirement.links.map((pattern) => scope.links.filter((link) => matchesUrl(pattern, link.url)));
  const linkBlock = linkMatches.flat().find((link) => link.block)?.block;
  const sentences = evaluateSentences(requirement.sentences, scope, linkBlock);
  // Where the requirement is on the page, as far as it exists: a missing part is reported there.
  const anchor = sentences.lead ?? linkBlock;
  return [
    ...sentences.findings,
    ...evaluateLinks(requirement.links, linkMatches, scope, anchor),
    ...evaluateItems(requirement.items, scope, anchor),
  ];
}

/**
 * Sentences: anywhere in a block, as whole words. Also gives the lead, the first block that has
 * a required sentence (else one reworded), where the requirement is on the page.
 */
function evaluateSentences(
  sentences: readonly Phrase[],
  scope: Scope,
  linkBlock: Node | undefined,
): { findings: Finding[]; lead: Node | undefined } {
  const findings: Finding[] = [];
  const sentenceBlocks = sentences.map((sentence) =>
    scope.blocks.find((block) => matchesText(sentence.pattern, block.text)),
  );
  let lead: Node | undefined = sentenceBlocks.find(Boolean)?.node;
  sentences.forEach((sentence, index) => {
    if (sentenceBlocks[index]) return;
    const reworded = rewordedSentence(sentence, scope.blocks);
    const node = sentenceBlocks.find(Boolean)?.node ?? linkBlock ?? scope.sectionNode ?? scope.fallback;
    if (reworded) {
      lead ??= reworded.block.node;
      findings.push({
        kind: 'missingSentence',
        node,
        expected: sentence.source,
        ...scope.where,
        closest: { text: reworded.found, node: reworded.block.node },
      });
    } else {
      findings.push({ kind: 'missingSentence', node, expected: sentence.source, ...scope.where });
    }
  });
  return { findings, lead };
}

/** The sentence of the blocks most like a required one, if one is alike enough to be it reworded. */
function rewordedSentence(sentence: Phrase, blocks: readonly Block[]): { block: Block; found: string } | undefined {
  let reworded: { block: Block; found: string; score: number } | undefined;
  for (const block of blocks) {
    for (const found of splitSentences(block.raw)) {
      const score = wordSimilarity(normalizeWording(found), sentence.wording);
      if (score >= REWORDED && score > (reworded?.score ?? 0)) reworded = { block, found, score };
    }
  }
  return reworded;
}

/** Links: a link whose URL matches, anywhere in the scope; a plain URL missing gets the nearest one. */
function evaluateLinks(
  patterns: readonly UrlPattern[],
  linkMatches: readonly FoundLink[][],
  scope: Scope,
  anchor: Node | undefined,
): Finding[] {
  const findings: Finding[] = [];
  patterns.forEach((pattern, index) => {
    if (linkMatches[index]!.length > 0) return;
    const isPlain = !pattern.source.includes('*');
    const near = isPlain
      ? didYouMean(
          urlKey(pattern.source),
          scope.links.map((link) => urlKey(link.url)),
        )
      : undefined;
    const nearLink = near === undefined ? undefined : scope.links.find((link) => urlKey(link.url) === near);
    findings.push({
      kind: 'missingLink',
      node: anchor ?? scope.sectionNode ?? scope.fallback,
      expected: pattern.source,
      ...scope.where,
      ...(nearLink ? { closest: { text: nearLink.url, node: nearLink.node } } : {}),
    });
  });
  return findings;
}

const isTitle = (block: Block) => block.node.type === 'heading' && block.node.depth === 1;

/** Items: at the start of a block; the title is not an item, even when it starts with an item's words. */
function evaluateItems(items: readonly Phrase[], scope: Scope, anchor: Node | undefined): Finding[] {
  const findings: Finding[] = [];
  const itemBlocks = items.map((item) =>
    scope.blocks.find((block) => !isTitle(block) && matchesText(item.pattern, block.text)),
  );
  const present = itemBlocks.find(Boolean);
  items.forEach((item, index) => {
    if (itemBlocks[index]) return;
    const closest = closestItem(item, scope.blocks, itemBlocks);
    // A missing item belongs beside the other item (in its list), else in the section.
    findings.push({
      kind: 'missingItem',
      node: present?.list ?? present?.node ?? anchor ?? scope.sectionNode ?? scope.fallback,
      expected: item.source,
      ...scope.where,
      ...(closest ? { closest: { text: closest.text, node: closest.block.node } } : {}),
    });
  });
  return findings;
}

/** The start of a block (not one that holds an item, nor the title) most like a missing item. */
function closestItem(
  item: Phrase,
  blocks: readonly Block[],
  itemBlocks: readonly (Block | undefined)[],
): { block: Block; text: string } | undefined {
  const words = item.wording.split(' ').length;
  let closest: { block: Block; text: string; score: number } | undefined;
  for (const block of blocks) {
    if (itemBlocks.includes(block) || isTitle(block)) continue;
    const start = block.raw.split(' ').slice(0, words).join(' ');
    const score = wordSimilarity(normalizeWording(start), item.wording);
    if (score >= REWORDED && score > (closest?.score ?? 0)) closest = { block, text: withoutFinalStop(start), score };
  }
  return closest;
}

/** A list of links after the section's label: the lists of the first label that has one. */
function evaluateLinkList(
  section: NonNullable<CompiledRequirement['section']>,
  starts: readonly Block[],
  model: PageModel,
): Finding[] {
  const isStart = (node: RootContent) => isSectionStart(section, node);
  const found = starts.map((block) => ({ block, lists: listsAfter(block, isStart) }));
  const withLists = found.find(({ lists }) => lists.length > 0);
  if (!withLists) {
    const { node } = found[0]!.block;
    return [{ kind: 'missingList', node, section: section.shown, text: renderedText(node).trim() }];
  }
  // Later labels ("Related topics") may introduce lists of another kind and are not checked item by item.
  const findings: Finding[] = [];
  for (const list of withLists.lists) {
    const items = allItems(list);
    if (items.every(isEmptyItem)) {
      findings.push({ kind: 'emptyList', node: list, section: section.shown });
      continue;
    }
    for (const item of items) {
      if (isLinkItem(item)) continue;
      if (isEmptyItem(item)) {
        findings.push({ kind: 'emptyItem', node: item, section: section.shown });
        continue;
      }
      const { start, end } = (item.children[0] ?? item).position ?? {};
      const text = model.text
        .slice(start?.offset ?? 0, end?.offset ?? 0)
        .trim()
        .replace(/\s+/g, ' ');
      findings.push({ kind: 'notALink', node: item, section: section.shown, text: shorten(text, 60) });
    }
  }
  return findings;
}

/**
 * The lists a section's label (or heading) introduces, those of the first start that has any, as
 * `linkList` reads them: the topics list of a page, for the rules that compare it with other facts.
 */
export function sectionLists(section: NonNullable<CompiledRequirement['section']>, model: PageModel): List[] {
  const isStart = (node: RootContent) => isSectionStart(section, node);
  for (const block of sectionStarts(section, model.blocks)) {
    const lists = listsAfter(block, isStart);
    if (lists.length > 0) return lists;
  }
  return [];
}
