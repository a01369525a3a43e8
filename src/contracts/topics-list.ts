/**
 * A page's topics list as plain data (`**Topics**` then a list of links, as `security-topics-list`
 * reads it): each item's link and where it points, and where a new item would go. Kept by
 * `toc-topics-match` for its cross-file part, which compares it with the table of contents.
 */
import type { Definition, List, ListItem, Root } from 'mdast';
import type { Position } from 'unist';
import type { LinkRef, Visitors } from '../rule-api/index.js';
import { startKey } from '../helpers/destination.js';
import { allItems, leadingLink } from '../helpers/structure.js';
import { renderedText } from '../helpers/text.js';
import type { TopicsListOptions } from './aws-security.js';
import { compileContract, type CompiledRequirement } from './compile.js';
import { sectionLists } from './evaluate.js';
import { createPageModel } from './page-model.js';

type Section = NonNullable<CompiledRequirement['section']>;
const sections = new WeakMap<TopicsListOptions, Section>();

/**
 * The topics list's section: a label or heading that is one of `labels`, whole (a colon after it
 * allowed). Not `*Topics*` as the security contract has it: "Related topics" and "Other topics of
 * import" introduce links to other parts of the guide, not the page's children.
 */
function topicsSection(options: TopicsListOptions): Section {
  let section = sections.get(options);
  if (!section) {
    // text patterns, as in security-topics-list (`*` for a varying part)
    const labels = options.labels;
    const contract = compileContract('topics-list', {
      match: {},
      require: [{ section: { label: labels, heading: labels }, linkList: true }],
    });
    sections.set(options, (section = contract.require[0]!.section!));
  }
  return section;
}

/** A position without offsets: what a kept report carries (plain JSON). */
export interface Span {
  start: { line: number; column: number };
  end: { line: number; column: number };
}

/** One item of a topics list that starts with a link. */
export interface TopicItem {
  /** the link's rendered text */
  text: string;
  /** the file it points at (a relative link), as the link policy resolved it; none for other links */
  target?: string;
  /** the destination as written, without fragment */
  written?: string;
  /** the link is a URL of the project's own site (`links.sites`) */
  published?: boolean;
  /** the link names a part of the page (`page.md#part`) */
  fragment?: boolean;
  /** the item is nested in another item of the list */
  nested: boolean;
  /** where the link is */
  position: Span;
}

/** Where one more item goes: after the last item of the list, as the list writes its items. */
export interface Insertion {
  line: number;
  column: number;
  /** what starts the new item: a line break, the line's indentation, the marker and a space */
  prefix: string;
}

export interface TopicsList {
  items: TopicItem[];
  /** the last item of the list, where a missing item is reported */
  last: Span;
  insertion?: Insertion;
}

const span = (position: Position): Span => ({
  start: { line: position.start.line, column: position.start.column },
  end: { line: position.end.line, column: position.end.column },
});

/** The line's text before the item (indentation, `>` of a block quote) and the item's marker. */
function insertion(list: List, item: ListItem, text: string): Insertion | undefined {
  const start = item.position?.start;
  const end = item.position?.end;
  if (start?.offset === undefined || !end) return undefined;
  const lineStart = text.lastIndexOf('\n', start.offset - 1) + 1;
  const indent = text.slice(lineStart, start.offset);
  if (!/^[ \t>]*$/.test(indent)) return undefined;
  const marker = /^(?:[-+*]|(\d{1,9})([.)]))/.exec(text.slice(start.offset));
  if (!marker) return undefined;
  const bullet = marker[1] === undefined ? marker[0] : `${Number(marker[1]) + 1}${marker[2]}`;
  const gap = list.spread ? `\n${indent.replace(/[ \t]+$/, '')}` : '';
  return { line: end.line, column: end.column, prefix: `${gap}\n${indent}${bullet} ` };
}

/**
 * Whether the page's text may have a topics list: it contains the longest word of some label
 * (any case), or a character reference, which could spell one. Most pages have no label, and
 * reading every paragraph's text costs more than the rest of the rule.
 */
export function mayHaveTopicsList(text: string, options: TopicsListOptions): boolean {
  if (/&(?:#|[a-z][a-z0-9]*;)/i.test(text)) return true;
  const lower = text.toLowerCase();
  return options.labels.some((label) => {
    const words = label.toLowerCase().match(/[\p{L}\p{N}]+/gu);
    if (!words) return true;
    const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
    return lower.includes(longest);
  });
}

/**
 * Visitors that read the page's topics list: the list after the first `labels` label (or
 * heading) that introduces one, as `security-topics-list` finds it. `done()` gives it once
 * the walk is over (the page's links are complete), or undefined when the page has none.
 */
export function topicsListReader(
  tree: Root,
  text: string,
  options: TopicsListOptions,
): { visitors: Visitors; done(links: readonly LinkRef[]): TopicsList | undefined } {
  const section = topicsSection(options);
  const { model, visitors } = createPageModel(tree, text);
  const definitions = new Map<string, Definition>();
  return {
    visitors: {
      paragraph: visitors.paragraph!,
      heading: visitors.heading!,
      definition(node) {
        if (!definitions.has(node.identifier)) definitions.set(node.identifier, node);
      },
    },
    done(links) {
      // The first list: further lists under sub-labels ("More info") link elsewhere.
      const list = sectionLists(section, model)[0];
      if (!list) return undefined;
      const byStart = new Map(links.map((link) => [startKey(link.position), link]));
      const items: TopicItem[] = [];
      const top = new Set(list.children);
      for (const item of allItems(list)) {
        const found = topicItem(item, byStart, definitions);
        if (found) items.push({ ...found, nested: !top.has(item) });
      }
      const lastItem = list.children.at(-1);
      if (!lastItem?.position) return undefined;
      const at = insertion(list, lastItem, text);
      return { items, last: span(lastItem.position), ...(at ? { insertion: at } : {}) };
    },
  };
}

/** A list item's leading link, and where it points (through its definition for a reference). */
function topicItem(
  item: ListItem,
  byStart: ReadonlyMap<string, LinkRef>,
  definitions: ReadonlyMap<string, Definition>,
): Omit<TopicItem, 'nested'> | undefined {
  const lead = leadingLink(item);
  if (!lead?.position) return undefined;
  const linked = lead.type === 'link' ? lead : definitions.get(lead.identifier);
  const ref = linked ? byStart.get(startKey(linked.position)) : undefined;
  const topic: Omit<TopicItem, 'nested'> = {
    text: renderedText(lead).replace(/\s+/g, ' ').trim(),
    position: span(lead.position),
  };
  if (ref?.target.kind === 'file') {
    topic.target = ref.target.path;
    topic.written = ref.target.written;
    if (ref.target.published) topic.published = true;
    if (ref.target.fragment !== undefined && ref.target.fragment !== '') topic.fragment = true;
  }
  return topic;
}
