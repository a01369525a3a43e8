/**
 * Page contracts: "pages of this kind must contain this", as data. A contract matches pages (by
 * path, title, front matter or place in the table of contents) and lists requirements: a section
 * (a heading or a bold label) with sentences, links, list items or a list of links in it.
 *
 * This module compiles contracts, decides which pages they match, collects what it needs of a
 * page during the one walk (`createPageModel`) and evaluates a requirement into findings. The
 * rules decide the wording: `page-contract` for contracts from config, and the two security-page
 * rules for the AWS security contract (src/helpers/aws-security.ts), with their own messages.
 */
import type { Heading, List, Nodes, Paragraph, Parents, Root, RootContent } from 'mdast';
import type { Node } from 'unist';
import { JSON_SCHEMA, load as loadYaml } from 'js-yaml';
import type { Contract, ContractConfig, ContractRequirement, Visitors } from '../types.js';
import { htmlTags } from './html.js';
import {
  compileGlob,
  type Glob,
  matchesGlob,
  matchesText,
  matchesUrl,
  MAX_PATTERN_LENGTH,
  patternWording,
  PatternError,
  type TextPattern,
  textPattern,
  urlKey,
  type UrlPattern,
  urlPattern,
} from './pattern.js';
import { allItems, followingSiblings, isEmptyItem, isLinkItem, labelKind, pageTitle } from './structure.js';
import { didYouMean } from './suggest.js';
import { normalizeWording, renderedText } from './text.js';

const list = (value: string | string[] | undefined): string[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/** A contract as written in config → the resolved shape: every pattern list a list. */
export function normalizeContract(config: ContractConfig): Contract {
  const match: Contract['match'] = {};
  if (config.match.files !== undefined) match.files = list(config.match.files);
  if (config.match.title !== undefined) match.title = list(config.match.title);
  if (config.match.frontMatter !== undefined) {
    match.frontMatter = Object.fromEntries(Object.entries(config.match.frontMatter).map(([key, value]) => [key, list(value)]));
  }
  if (config.match.tocParent !== undefined) match.tocParent = list(config.match.tocParent);
  const require = config.require.map((requirement) => {
    const out: ContractRequirement = {};
    if (requirement.section) {
      out.section = {};
      if (requirement.section.heading !== undefined) out.section.heading = list(requirement.section.heading);
      if (requirement.section.label !== undefined) out.section.label = list(requirement.section.label);
    }
    for (const key of ['sentences', 'links', 'items'] as const) if (requirement[key] !== undefined) out[key] = [...requirement[key]!];
    if (requirement.linkList !== undefined) out.linkList = requirement.linkList;
    return out;
  });
  return { ...(config.description === undefined ? {} : { description: config.description }), match, require };
}

/** A glob of a contract in a config file below the project root, made relative to the root. */
export function rebaseGlob(glob: string, base: string): string {
  if (base === '') return glob;
  const trimmed = glob.replace(/^\.\//, '');
  return trimmed.includes('/') ? `${base}/${trimmed}` : `${base}/**/${trimmed}`;
}

/* ------------------------------------------------------------------------------------------ */
/* Compiling                                                                                   */
/* ------------------------------------------------------------------------------------------ */

interface Phrase {
  source: string;
  pattern: TextPattern;
  /** the fixed words, for finding a reworded text */
  wording: string;
}

export interface CompiledRequirement {
  section?: { heading: TextPattern[]; label: TextPattern[]; shown: string };
  sentences: Phrase[];
  links: UrlPattern[];
  items: Phrase[];
  linkList: boolean;
}

export interface CompiledContract {
  name: string;
  contract: Contract;
  files: Glob[];
  title: TextPattern[];
  frontMatter: Array<{ key: string; values: TextPattern[] }>;
  /** entry text patterns, and `.md` pages, the page must be below in the table of contents */
  tocParent: Array<{ source: string; text?: TextPattern; page?: string }>;
  require: CompiledRequirement[];
}

const withoutFinalStop = (text: string) => text.replace(/[.!?:;\s]+$/, '');

function checkLength(source: string): string {
  if (source.length > MAX_PATTERN_LENGTH) throw new PatternError(`it is longer than ${MAX_PATTERN_LENGTH} characters`);
  return source;
}

/** A heading or label pattern: the whole text, a final `:` or `.` aside on both sides. */
const headingPattern = (source: string) => textPattern(withoutFinalStop(checkLength(source)));

function compileRequirement(requirement: ContractRequirement): CompiledRequirement {
  const headings = requirement.section?.heading ?? [];
  const labels = requirement.section?.label ?? [];
  const compiled: CompiledRequirement = {
    sentences: (requirement.sentences ?? []).map((source) => {
      // Anywhere in a paragraph or heading, as whole words; a final stop in the contract is not required.
      const pattern = textPattern(`*${withoutFinalStop(normalizeWording(checkLength(source)))}*`);
      return { source, pattern, wording: patternWording(pattern) };
    }),
    links: (requirement.links ?? []).map((source) => urlPattern(checkLength(source))),
    items: (requirement.items ?? []).map((source) => {
      // At the start of a list item, paragraph or heading, followed by a word break.
      const pattern = textPattern(`${checkLength(source)}*`);
      return { source, pattern, wording: patternWording(pattern) };
    }),
    linkList: requirement.linkList === true,
  };
  if (requirement.section) {
    compiled.section = {
      heading: headings.map(headingPattern),
      label: labels.map(headingPattern),
      shown: [...headings, ...labels][0] ?? '',
    };
  }
  return compiled;
}

/** Compiles a contract; throws a PatternError naming the part that cannot be used. */
export function compileContract(name: string, contract: Contract): CompiledContract {
  const { match } = contract;
  return {
    name,
    contract,
    files: (match.files ?? []).map(compileGlob),
    title: (match.title ?? []).map(headingPattern),
    frontMatter: Object.entries(match.frontMatter ?? {}).map(([key, values]) => ({ key, values: values.map((v) => textPattern(checkLength(v))) })),
    tocParent: (match.tocParent ?? []).map((source) =>
      /\.md$/i.test(source.trim()) ? { source, page: source.trim().replace(/^\.\//, '') } : { source, text: headingPattern(source) }),
    require: contract.require.map(compileRequirement),
  };
}

const compiledSets = new WeakMap<Record<string, Contract>, CompiledContract[]>();

/** The compiled contracts of a settings object, compiled once per object. */
export function compileContracts(contracts: Record<string, Contract>): CompiledContract[] {
  let compiled = compiledSets.get(contracts);
  if (!compiled) {
    compiled = Object.entries(contracts).map(([name, contract]) => compileContract(name, contract));
    compiledSets.set(contracts, compiled);
  }
  return compiled;
}

/* ------------------------------------------------------------------------------------------ */
/* Matching pages                                                                              */
/* ------------------------------------------------------------------------------------------ */

/** What decides, on the page itself, whether a contract applies to it. */
export interface PageIdentity {
  path: string;
  /** the rendered title (first level-1 heading), normalised; undefined without one */
  title?: string;
  /** the YAML front matter, when the page has some that parses to an object */
  frontMatter?: Record<string, unknown>;
}

function readFrontMatter(tree: Root): Record<string, unknown> | undefined {
  const first = tree.children[0];
  if (first?.type !== 'yaml') return undefined;
  try {
    const data = loadYaml(first.value, { schema: JSON_SCHEMA }) as unknown;
    return typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

export function pageIdentity(path: string, tree: Root): PageIdentity {
  const identity: PageIdentity = { path };
  const title = pageTitle(tree);
  if (title) identity.title = normalizeWording(renderedText(title));
  const frontMatter = readFrontMatter(tree);
  if (frontMatter) identity.frontMatter = frontMatter;
  return identity;
}

/** The values at a dotted key (`a.b`) of front matter, as text: a list gives each item. */
function frontMatterValues(data: Record<string, unknown>, key: string): string[] {
  let value: unknown = data;
  for (const part of key.split('.')) {
    if (typeof value !== 'object' || value === null || Array.isArray(value) || !Object.hasOwn(value, part)) return [];
    value = (value as Record<string, unknown>)[part];
  }
  const values = Array.isArray(value) ? value : [value];
  return values.filter((v) => ['string', 'number', 'boolean'].includes(typeof v)).map((v) => normalizeWording(String(v)));
}

/**
 * Why the contract applies to the page by what the page itself shows (path, title, front
 * matter), or undefined. `tocParent` needs the table of contents: see `tocReason`.
 */
export function matchReason(contract: CompiledContract, page: PageIdentity): string | undefined {
  const file = contract.files.find((glob) => matchesGlob(glob, page.path));
  if (file) return `its path matches \`${file.source}\``;
  if (page.title !== undefined) {
    const title = withoutFinalStop(page.title);
    const by = contract.title.find((pattern) => matchesText(pattern, title));
    if (by) return `its title matches \`${by.source}\``;
  }
  if (page.frontMatter) {
    for (const { key, values } of contract.frontMatter) {
      const found = frontMatterValues(page.frontMatter, key);
      const by = values.find((pattern) => found.some((value) => matchesText(pattern, value)));
      if (by) return `its front matter \`${key}\` matches \`${by.source}\``;
    }
  }
  return undefined;
}

/** Where a page's table of contents is: the `index.md` nearest to it, in its folder or above. */
export function tocCandidates(path: string): string[] {
  const parts = path.split('/').slice(0, -1);
  const out: string[] = [];
  for (let end = parts.length; end >= 0; end--) out.push([...parts.slice(0, end), 'index.md'].join('/'));
  return out;
}

/**
 * Why the page is below one of the contract's `tocParent` entries in a table of contents, or
 * undefined. `toc` is the nearest `index.md`'s entries, `tocPath` its path.
 */
export function tocReason(
  contract: CompiledContract,
  path: string,
  toc: readonly { text: string; target?: string; parent: number }[],
  tocPath: string,
): string | undefined {
  const folder = tocPath.includes('/') ? tocPath.slice(0, tocPath.lastIndexOf('/') + 1) : '';
  const isParent = (entry: { text: string; target?: string }) =>
    contract.tocParent.find((parent) =>
      parent.page !== undefined
        ? entry.target === `${folder}${parent.page}`
        : matchesText(parent.text!, withoutFinalStop(normalizeWording(entry.text))));
  for (const entry of toc) {
    if (entry.target !== path) continue;
    for (let up = entry.parent; up !== -1; up = toc[up]!.parent) {
      const by = isParent(toc[up]!);
      if (by) return `it is below \`${toc[up]!.text}\` in \`${tocPath}\` (\`tocParent\` \`${by.source}\`)`;
    }
  }
  return undefined;
}

/* ------------------------------------------------------------------------------------------ */
/* What a page contains                                                                        */
/* ------------------------------------------------------------------------------------------ */

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
    const list = parent.type === 'listItem' && parent.children[0] === node && grandparent?.type === 'list' ? grandparent : undefined;
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
  /** the closest wording found (whole: the rule shortens it), and where: a reworded sentence, a near-miss link, item or heading */
  closest?: { text: string; node: Node };
  /** `missingList`: the label's text; `notALink`: the item's source */
  text?: string;
}

/** Words cut to their first five letters: "share", "shared" and "sharing" compare equal. */
const wordStems = (text: string) => new Set(text.split(/[^\p{L}\p{N}]+/u).filter(Boolean).map((w) => w.slice(0, 5)));

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

const splitSentences = (text: string) => text.split(/(?<=[.!?])\s/).map(withoutFinalStop).filter(Boolean);

export const shorten = (text: string, length = 100) => (text.length > length ? `${text.slice(0, length - 3)}...` : text);

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

/** The range of the page, as offsets, that a section covers: to the next heading of its level or higher (a label: any heading or label). */
function sectionRange(start: Block, blocks: readonly Block[]): [number, number] {
  const index = blocks.indexOf(start);
  const node = start.node;
  const next = blocks.slice(index + 1).find((block) =>
    node.type === 'heading'
      ? block.node.type === 'heading' && block.node.depth <= node.depth
      : block.node.type === 'heading' || isLabel(block.node));
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
function closestSection(section: NonNullable<CompiledRequirement['section']>, blocks: readonly Block[]): Block | undefined {
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

/** Evaluates one requirement on a page: the parts it lacks, each placed where a writer would add it. */
export function evaluateRequirement(requirement: CompiledRequirement, model: PageModel): Finding[] {
  const findings: Finding[] = [];
  const fallback = fallbackNode(model.tree);
  const { section } = requirement;
  let range: [number, number] = [0, Infinity];
  let sectionNode: Node | undefined;
  if (section) {
    const starts = sectionStarts(section, model.blocks);
    if (starts.length === 0) {
      const closest = closestSection(section, model.blocks);
      findings.push({ kind: 'missingSection', node: fallback, expected: section.shown, ...(closest ? { closest: { text: closest.raw, node: closest.node } } : {}) });
      return findings;
    }
    const first = starts[0]!;
    sectionNode = first.node;
    range = sectionRange(first, model.blocks);
    if (requirement.linkList) for (const finding of evaluateLinkList(section, starts, model)) findings.push(finding);
  }
  const inRange = (start: number) => start >= range[0] && start < range[1];
  const blocks = model.blocks.filter((block) => inRange(block.start) && block.node !== sectionNode);
  const links = model.links.filter((link) => inRange(link.start));
  const where = section ? { section: section.shown } : {};

  // Sentences: anywhere in a block, as whole words.
  const sentenceBlocks = requirement.sentences.map((sentence) => blocks.find((block) => matchesText(sentence.pattern, block.text)));
  const linkBlocks = requirement.links.map((pattern) => links.filter((link) => matchesUrl(pattern, link.url)));
  const linkBlock = linkBlocks.flat().find((link) => link.block)?.block;
  let lead: Node | undefined = sentenceBlocks.find(Boolean)?.node;
  requirement.sentences.forEach((sentence, index) => {
    if (sentenceBlocks[index]) return;
    let reworded: { block: Block; found: string; score: number } | undefined;
    for (const block of blocks) {
      for (const found of splitSentences(block.raw)) {
        const score = wordSimilarity(normalizeWording(found), sentence.wording);
        if (score >= REWORDED && score > (reworded?.score ?? 0)) reworded = { block, found, score };
      }
    }
    const node = sentenceBlocks.find(Boolean)?.node ?? linkBlock ?? sectionNode ?? fallback;
    if (reworded) {
      lead ??= reworded.block.node;
      findings.push({ kind: 'missingSentence', node, expected: sentence.source, ...where, closest: { text: reworded.found, node: reworded.block.node } });
    } else {
      findings.push({ kind: 'missingSentence', node, expected: sentence.source, ...where });
    }
  });
  // Where the requirement is on the page, as far as it exists: a missing part is reported there.
  const anchor = lead ?? linkBlock;

  requirement.links.forEach((pattern, index) => {
    if (linkBlocks[index]!.length > 0) return;
    const isPlain = !pattern.source.includes('*');
    const near = isPlain ? didYouMean(urlKey(pattern.source), links.map((link) => urlKey(link.url))) : undefined;
    const nearLink = near === undefined ? undefined : links.find((link) => urlKey(link.url) === near);
    findings.push({
      kind: 'missingLink',
      node: anchor ?? sectionNode ?? fallback,
      expected: pattern.source,
      ...where,
      ...(nearLink ? { closest: { text: nearLink.url, node: nearLink.node } } : {}),
    });
  });

  // Items: at the start of a block; the title is not an item, even when it starts with an item's words.
  const itemBlocks = requirement.items.map((item) =>
    blocks.find((block) => !(block.node.type === 'heading' && block.node.depth === 1) && matchesText(item.pattern, block.text)));
  const present = itemBlocks.find(Boolean);
  requirement.items.forEach((item, index) => {
    if (itemBlocks[index]) return;
    const words = item.wording.split(' ').length;
    let closest: { block: Block; text: string; score: number } | undefined;
    for (const block of blocks) {
      if (itemBlocks.includes(block) || (block.node.type === 'heading' && block.node.depth === 1)) continue;
      const start = block.raw.split(' ').slice(0, words).join(' ');
      const score = wordSimilarity(normalizeWording(start), item.wording);
      if (score >= REWORDED && score > (closest?.score ?? 0)) closest = { block, text: withoutFinalStop(start), score };
    }
    // A missing item belongs beside the other item (in its list), else in the section.
    findings.push({
      kind: 'missingItem',
      node: present?.list ?? present?.node ?? anchor ?? sectionNode ?? fallback,
      expected: item.source,
      ...where,
      ...(closest ? { closest: { text: closest.text, node: closest.block.node } } : {}),
    });
  });
  return findings;
}

/** A list of links after the section's label: the lists of the first label that has one. */
function evaluateLinkList(section: NonNullable<CompiledRequirement['section']>, starts: readonly Block[], model: PageModel): Finding[] {
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
      const text = model.text.slice(start?.offset ?? 0, end?.offset ?? 0).trim().replace(/\s+/g, ' ');
      findings.push({ kind: 'notALink', node: item, section: section.shown, text: shorten(text, 60) });
    }
  }
  return findings;
}
