import type { Code, Heading, Html, InlineCode, ListItem, Nodes, Root, Yaml } from 'mdast';
import type { Position } from 'unist';
import { JSON_SCHEMA, load as loadYaml } from 'js-yaml';
import type { AnchorSettings, AnchorSource, LinkRef, LinkSettings, PageFacts, SiteName, TocEntry } from '../types.js';
import type { Visitors } from '../types.js';
import { walk } from './dispatch.js';
import { linkResolver, type LinkResolver } from './link-policy.js';
import { htmlTags } from '../helpers/html.js';
import { siteProfile, TOC_FILE, tocFileOf, type SiteProfile } from '../sites/index.js';
import { at } from '../sites/profile.js';
import { pointLocator } from '../helpers/position.js';
import { leadingLink } from '../helpers/structure.js';
import { renderedText } from '../helpers/text.js';
import { htmlDestination, markdownDestination } from '../helpers/written-destination.js';

/** HTML attributes that carry a link destination, per element. */
const LINK_ATTRIBUTES: Record<string, string> = { a: 'href', img: 'src', area: 'href', link: 'href' };

/** Every anchor source on: what GitHub renders, plus `{#custom-id}` heading attributes. */
const ALL_SOURCES: AnchorSettings = { headingSlugs: true, htmlId: true, htmlName: true, customIds: true };

/**
 * The site settings a page's facts depend on. Pass the same object for every page (the page's
 * resolved `Settings` does): the link policy is compiled once per object.
 */
export interface CollectorOptions {
  /** the folder root-relative links `/path` start from */
  rootDir?: string;
  /** the anchor sources that count (default: all) */
  anchors?: AnchorSettings;
  /** the site generator: heading slugs, how links resolve, the table of contents (default: none) */
  site?: SiteName;
  /** the link policy: destinations not checked, URLs of the project's own site */
  links?: LinkSettings;
}

/**
 * A heading attribute block at the end of a heading's text, as kramdown, Hugo (goldmark) and
 * Pandoc write it: `{#id}`, `{: #id}`, `{#id .class key="value"}`. Only a block that carries an
 * `#id` counts; the white space before it is part of the match (it is not heading text either).
 */
const TOKEN = String.raw`(?:#[^\s{}]+|\.[^\s{}]+|[A-Za-z_:][-\w:.]*=(?:"[^"]*"|'[^']*'|[^\s"'{}]+))`;
// Tokens are separated by white space, so the pattern cannot split one token two ways.
const ATTRIBUTE_BLOCK = new RegExp(String.raw`^\{:?[ \t]*(${TOKEN}(?:[ \t]+${TOKEN})*)[ \t]*\}[ \t]*$`);

/** How many of the last `{`s of a heading may start its attribute block. */
const ATTRIBUTE_BLOCK_TRIES = 8;

/**
 * The attribute block that ends `text`, with the white space before it, as `match[0]`, and its
 * tokens as `match[1]`. Tried from each of the last few `{`s: left unanchored, the pattern was
 * tried at every character, and its leading `[ \t]*` made a heading of 200,000 spaces quadratic.
 */
function attributeBlock(text: string): [string, string] | undefined {
  let found: [number, string] | undefined;
  let brace = text.lastIndexOf('{');
  for (let tries = 0; brace !== -1 && tries < ATTRIBUTE_BLOCK_TRIES; tries++) {
    const match = ATTRIBUTE_BLOCK.exec(text.slice(brace));
    if (match) found = [brace, match[1]!];
    brace = brace === 0 ? -1 : text.lastIndexOf('{', brace - 1);
  }
  if (!found) return undefined;
  let start = found[0];
  while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
  return [text.slice(start), found[1]];
}

interface CustomId {
  id: string;
  /** characters the attribute block (with the white space before it) takes off the heading's text */
  length: number;
  /** where the block, `{` to `}`, is in the page */
  position?: Position;
}

/** The custom id of a heading (`## Install {#setup}`): the end of its last text. */
function customId(heading: Heading): CustomId | undefined {
  const last = heading.children.at(-1);
  if (last?.type !== 'text' || !last.value.endsWith('}')) return undefined;
  const match = attributeBlock(last.value);
  if (!match) return undefined;
  const id = /(?:^|[ \t])#([^\s{}]+)/.exec(match[1]!)?.[1];
  if (id === undefined) return undefined;
  const block = match[0].trim();
  // Placed back from the end of the text, so that escapes earlier in the heading do not shift it.
  const end = last.position?.end;
  const trailing = match[0].length - match[0].trimEnd().length;
  const position =
    end && last.position!.start.line === end.line
      ? {
          start: { line: end.line, column: end.column - trailing - block.length },
          end: { line: end.line, column: end.column - trailing },
        }
      : undefined;
  return position ? { id, length: match[0].length, position } : { id, length: match[0].length };
}

/** The file name of a guide's table of contents: its list items that start with a link are entries. */

/** The file name of a table of contents on the site (`index.md` unless the site has its own, `SUMMARY.md`). */

export const isTocFile = (path: string, tocFile = TOC_FILE) => path === tocFile || path.endsWith(`/${tocFile}`);

/**
 * A table of contents' entry for a list item that starts with a link, nested under the entry of
 * the nearest list item around it that is one.
 */
function tocEntry(
  item: ListItem,
  ancestors: readonly Nodes[],
  entries: WeakMap<ListItem, number>,
  path: string,
  resolve: LinkResolver,
): TocEntry | undefined {
  const lead = leadingLink(item);
  if (!lead) return undefined;
  let parent = -1;
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const index = ancestors[i]!.type === 'listItem' ? entries.get(ancestors[i] as ListItem) : undefined;
    if (index !== undefined) {
      parent = index;
      break;
    }
  }
  const entry: TocEntry = { text: renderedText(lead).replace(/\s+/g, ' ').trim(), parent };
  if (lead.position) entry.position = { start: lead.position.start, end: lead.position.end };
  if (lead.type === 'link') {
    const target = resolve(path, lead.url);
    if (target.kind === 'file') entry.target = target.path;
  }
  return entry;
}

/** What the visitors of one page share while they fill its facts. */
interface Collection {
  path: string;
  /** where a link destination points, with the site and the link policy */
  resolve: LinkResolver;
  site: SiteProfile;
  /** the folder root-relative links `/path` start from */
  rootDir: string | undefined;
  /** the anchor sources that count */
  sources: AnchorSettings;
  facts: PageFacts;
  /**
   * the headings seen so far. Headings do not nest, and the walk visits a heading before its
   * children: HTML inside a heading belongs to the last heading seen.
   */
  headings: number;
  /** the page's text (without a byte order mark), where link destinations are found as written */
  text?: string;
}

/**
 * The visitors that fill a page's facts during the one walk: the title, every anchor (GitHub
 * heading slugs, HTML `id` on any element, `name` on `<a>`, `{#custom-id}` heading attributes;
 * each only when its source is on) with where it is defined, and every link destination.
 * Code (fenced, indented, inline) is never HTML in mdast, so anchors in code are not collected.
 */
export function createCollector(
  path: string,
  options: CollectorOptions = {},
  text?: string,
): { facts: PageFacts; visitors: Visitors } {
  const facts: PageFacts = { path, anchors: new Set(), anchorSites: [], codeAnchors: new Set(), links: [] };
  const site = siteProfile(options);
  const page: Collection = {
    path,
    resolve: linkResolver(options),
    site,
    rootDir: options.rootDir,
    sources: options.anchors ?? ALL_SOURCES,
    facts,
    headings: 0,
    ...(text === undefined ? {} : { text }),
  };
  const codeAnchors = codeAnchorVisitor(page);
  const visitors: Visitors = {
    ...(isTocFile(path, tocFileOf(options)) ? { listItem: tocVisitor(page) } : {}),
    ...(site.routes ? { yaml: routeVisitor(page) } : {}),
    code: codeAnchors,
    inlineCode: codeAnchors,
    heading: headingVisitor(page),
    ...linkVisitors(page),
    html: htmlVisitor(page),
  };
  return { facts, visitors };
}

function addAnchor(
  page: Collection,
  anchor: string,
  source: AnchorSource,
  position: Position | undefined,
  heading?: number,
): void {
  page.facts.anchors.add(anchor);
  if (position)
    page.facts.anchorSites.push(
      heading === undefined ? { anchor, source, position } : { anchor, source, position, heading },
    );
}

function addLink(
  page: Collection,
  url: string,
  kind: LinkRef['kind'],
  position: Position,
  destination?: Position,
): void {
  const { path, resolve } = page;
  const link: LinkRef = { from: path, url, kind, position, target: resolve(path, url) };
  if (destination) link.destination = destination;
  page.facts.links.push(link);
}

/** Where a Markdown link's, image's or definition's destination is written, when the page's text is known. */
function markdownDestinationOf(
  page: Collection,
  node: { url: string; position?: Position },
  kind: 'link' | 'image' | 'definition',
): Position | undefined {
  const { text } = page;
  const start = node.position?.start;
  const end = node.position?.end.offset;
  if (text === undefined || start?.offset === undefined || end === undefined) return undefined;
  const source = text.slice(start.offset, end);
  const span = markdownDestination(source, node.url, kind);
  if (!span) return undefined;
  return spanAt(pointLocator(start, source), span);
}

/** A span of a node's source by offsets into it, as lines and columns (what a fix takes). */
function spanAt(locate: (offset: number) => Position['start'], [from, to]: [number, number]): Position {
  const point = (offset: number) => {
    const { line, column } = locate(offset);
    return { line, column };
  };
  return { start: point(from), end: point(to) };
}

/**
 * The site paths the page is published at by its front matter (Docusaurus `slug`, Jekyll
 * `permalink` …), as paths of the project: only on a site whose generator reads them.
 */
function routeVisitor(page: Collection): (node: Yaml) => void {
  return (node) => {
    const { path, rootDir = '.', site } = page;
    const sitePath =
      rootDir === '.' ? path : path.startsWith(`${rootDir}/`) ? path.slice(rootDir.length + 1) : undefined;
    if (sitePath === undefined || !site.routes) return;
    let data: unknown;
    try {
      data = loadYaml(node.value, { schema: JSON_SCHEMA, maxAliases: 100 });
    } catch {
      return;
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return;
    const routes = site.routes(sitePath, data as Record<string, unknown>).map((route) => at(rootDir, route));
    if (routes.length > 0) page.facts.routes = [...new Set(routes)];
  };
}

/**
 * HTML and headings written inside code are text, not anchors; they are remembered so that a
 * link to them can be told why it fails (an unclosed code fence swallows the anchors and
 * headings after it).
 */
function codeAnchorVisitor({ facts, sources, site }: Collection): (node: Code | InlineCode) => void {
  return (node) => {
    if (node.value.includes('#') && (sources.headingSlugs || sources.customIds)) {
      for (const anchor of codeHeadingAnchors(node.value, sources, site)) facts.codeAnchors.add(anchor);
    }
    if (!node.value.includes('<') || !/\b(?:name|id)\s*=/i.test(node.value)) return;
    for (const tag of htmlTags(node.value)) {
      if (tag.attributes.id && sources.htmlId) facts.codeAnchors.add(tag.attributes.id);
      if (tag.attributes.name && tag.name === 'a' && sources.htmlName) facts.codeAnchors.add(tag.attributes.name);
    }
  };
}

const ATX_OPENING = /^ {0,3}#{1,6}[ \t]+/;

/**
 * The anchors the ATX heading lines in code (`## Set up`) would make outside it: the slug of the
 * line's text (by the site's slug rules), or its custom id (`## Set up {#setup}`). The text is not rendered (markup is
 * kept), but a slug drops punctuation, so `**Set up**` slugs as `Set up` does.
 */
function codeHeadingAnchors(value: string, sources: AnchorSettings, site: SiteProfile): string[] {
  const anchors: string[] = [];
  for (const line of value.split(/\r\n?|\n/)) {
    const opening = ATX_OPENING.exec(line);
    if (!opening) continue;
    let text = line.slice(opening[0].length).trimEnd();
    // A closing sequence of `#`s, after white space, is not heading text.
    let end = text.length;
    while (end > 0 && text[end - 1] === '#') end--;
    if (end === 0 || text[end - 1] === ' ' || text[end - 1] === '\t') text = text.slice(0, end).trimEnd();
    const block = sources.customIds ? attributeBlock(text) : undefined;
    const id = block && /(?:^|[ \t])#([^\s{}]+)/.exec(block[1])?.[1];
    if (id) anchors.push(id);
    else if (sources.headingSlugs && text !== '') anchors.push(site.slugger().slug(text));
  }
  return anchors;
}

/** A heading's anchor (its custom id, else its GitHub slug), and the page's title. */
function headingVisitor(page: Collection): NonNullable<Visitors['heading']> {
  const { facts, sources } = page;
  const slugger = page.site.slugger();
  return (node) => {
    const index = page.headings++;
    let text = renderedText(node);
    // `## Install {#setup}`: the heading's id is `setup` and its text is `Install`. Generators
    // that read the attribute give the heading that id instead of a slug, so `#install` is not
    // an anchor (nor is GitHub's `#install-setup`, made from the attribute as text).
    const custom = sources.customIds ? customId(node) : undefined;
    if (custom) text = text.slice(0, text.length - custom.length);
    if (node.depth === 1 && facts.title === undefined) facts.title = text.trim();
    if (custom) {
      addAnchor(page, custom.id, 'customIds', custom.position ?? node.position, index);
    } else if (sources.headingSlugs) {
      addAnchor(page, slugger.slug(text), 'headingSlugs', node.position, index);
    }
  };
}

/** The destinations of Markdown links, images and definitions. */
function linkVisitors(page: Collection): Pick<Visitors, 'link' | 'image' | 'definition'> {
  return {
    link(node) {
      if (node.position) addLink(page, node.url, 'link', node.position, markdownDestinationOf(page, node, 'link'));
    },
    image(node) {
      if (node.position) addLink(page, node.url, 'image', node.position, markdownDestinationOf(page, node, 'image'));
    },
    definition(node) {
      // `[^note]: text` is a GFM footnote, which CommonMark reads as a definition: not a link.
      if (node.label?.startsWith('^')) return;
      if (node.position) {
        addLink(page, node.url, 'definition', node.position, markdownDestinationOf(page, node, 'definition'));
      }
    },
  };
}

/** The anchors (`id`, and `name` on `<a>`) and link destinations of the tags in HTML. */
function htmlVisitor(page: Collection): NonNullable<Visitors['html']> {
  const { sources } = page;
  return (node: Html, ancestors) => {
    const heading =
      page.headings > 0 && ancestors.some((parent) => parent.type === 'heading') ? page.headings - 1 : undefined;
    const locate = node.position ? pointLocator(node.position.start, node.value) : undefined;
    for (const tag of htmlTags(node.value)) {
      const { id, name } = tag.attributes;
      const isId = id !== undefined && id !== '' && sources.htmlId;
      // `<a id="x" name="x">` is one anchor on one element.
      const isName =
        name !== undefined && name !== '' && tag.name === 'a' && sources.htmlName && !(isId && name === id);
      // The opening tag, `<` to `>`, in the page.
      const span = (): Position | undefined => {
        if (!locate) return undefined;
        const tagEnd = node.value.indexOf('>', tag.offset);
        return { start: locate(tag.offset), end: locate(tagEnd === -1 ? node.value.length : tagEnd + 1) };
      };
      if (isId) addAnchor(page, id, 'htmlId', span(), heading);
      if (isName) addAnchor(page, name, 'htmlName', span(), heading);
      const attribute = LINK_ATTRIBUTES[tag.name];
      const url = attribute === undefined ? undefined : tag.attributes[attribute];
      const position = url === undefined ? undefined : span();
      if (url === undefined || !position) continue;
      const tagEnd = node.value.indexOf('>', tag.offset);
      const source = node.value.slice(tag.offset, tagEnd === -1 ? undefined : tagEnd + 1);
      const written = htmlDestination(source, attribute!, url);
      const destination = written && spanAt(locate!, [tag.offset + written[0], tag.offset + written[1]]);
      addLink(page, url, 'html', position, destination);
    }
  };
}

/** The entries of a table of contents, in page order. */
function tocVisitor({ facts, path, resolve }: Collection): NonNullable<Visitors['listItem']> {
  const entries = new WeakMap<ListItem, number>();
  const toc: TocEntry[] = (facts.toc = []);
  return (node, ancestors) => {
    const entry = tocEntry(node, ancestors, entries, path, resolve);
    if (!entry) return;
    entries.set(node, toc.length);
    toc.push(entry);
  };
}

/** The table of contents of an `index.md` page (or the site's own) that is only read for it (not linted). */
export function collectToc(tree: Root, path: string, options: CollectorOptions = {}): TocEntry[] {
  const { facts, visitors } = createCollector(path, options);
  walk(tree, [{ listItem: visitors.listItem }]);
  return facts.toc ?? [];
}

/** The anchors of a page that is only read to resolve fragments into it (not linted). */
export function collectAnchors(
  tree: Root,
  path: string,
  options: CollectorOptions = {},
): Pick<PageFacts, 'anchors' | 'codeAnchors'> {
  const { facts, visitors } = createCollector(path, options);
  walk(tree, [
    { heading: visitors.heading, html: visitors.html, code: visitors.code, inlineCode: visitors.inlineCode },
  ]);
  return { anchors: facts.anchors, codeAnchors: facts.codeAnchors };
}
