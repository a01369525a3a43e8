import type { Code, Html, InlineCode, Nodes, Root } from 'mdast';
import GithubSlugger from 'github-slugger';
import type { LinkRef, PageFacts, Visitors } from '../types.js';
import { walk } from './dispatch.js';
import { htmlTags } from '../helpers/html.js';
import { resolveLink } from '../helpers/links.js';
import { spanInside } from '../helpers/position.js';
import { renderedText } from '../helpers/text.js';

/** HTML attributes that carry a link destination, per element. */
const LINK_ATTRIBUTES: Record<string, string> = { a: 'href', img: 'src', area: 'href', link: 'href' };

/**
 * The visitors that fill a page's facts during the one walk: the title, every anchor (GitHub
 * heading slugs, HTML `id` on any element, `name` on `<a>`), and every link destination.
 * Code (fenced, indented, inline) is never HTML in mdast, so anchors in code are not collected.
 */
export function createCollector(path: string, rootDir?: string): { facts: PageFacts; visitors: Visitors } {
  const facts: PageFacts = { path, anchors: new Set(), codeAnchors: new Set(), links: [] };
  const slugger = new GithubSlugger();

  const addLink = (url: string, kind: LinkRef['kind'], node: Nodes) => {
    if (node.position) facts.links.push({ from: path, url, kind, position: node.position, target: resolveLink(path, url, rootDir) });
  };

  // HTML written inside code is text, not anchors; it is remembered so that a link to it can be
  // told why it fails (an unclosed code fence swallows the anchors after it).
  const codeAnchors = (node: Code | InlineCode) => {
    if (!node.value.includes('<') || !/\b(?:name|id)\s*=/i.test(node.value)) return;
    for (const tag of htmlTags(node.value)) {
      if (tag.attributes.id) facts.codeAnchors.add(tag.attributes.id);
      if (tag.attributes.name && tag.name === 'a') facts.codeAnchors.add(tag.attributes.name);
    }
  };

  const visitors: Visitors = {
    code: codeAnchors,
    inlineCode: codeAnchors,
    heading(node) {
      const text = renderedText(node);
      if (node.depth === 1 && facts.title === undefined) facts.title = text.trim();
      facts.anchors.add(slugger.slug(text));
    },
    link(node) {
      addLink(node.url, 'link', node);
    },
    image(node) {
      addLink(node.url, 'image', node);
    },
    definition(node) {
      // `[^note]: text` is a GFM footnote, which CommonMark reads as a definition: not a link.
      if (node.label?.startsWith('^')) return;
      addLink(node.url, 'definition', node);
    },
    html(node: Html) {
      for (const tag of htmlTags(node.value)) {
        const { id, name } = tag.attributes;
        if (id) facts.anchors.add(id);
        if (name && tag.name === 'a') facts.anchors.add(name);
        const attribute = LINK_ATTRIBUTES[tag.name];
        const url = attribute === undefined ? undefined : tag.attributes[attribute];
        if (url !== undefined && node.position) {
          const tagEnd = node.value.indexOf('>', tag.offset);
          const length = (tagEnd === -1 ? node.value.length : tagEnd + 1) - tag.offset;
          facts.links.push({
            from: path,
            url,
            kind: 'html',
            position: spanInside(node.position.start, node.value, tag.offset, length),
            target: resolveLink(path, url, rootDir),
          });
        }
      }
    },
  };
  return { facts, visitors };
}

/** The anchors of a page that is only read to resolve fragments into it (not linted). */
export function collectAnchors(tree: Root, path: string): Pick<PageFacts, 'anchors' | 'codeAnchors'> {
  const { facts, visitors } = createCollector(path);
  walk(tree, [{ heading: visitors.heading, html: visitors.html, code: visitors.code, inlineCode: visitors.inlineCode }]);
  return { anchors: facts.anchors, codeAnchors: facts.codeAnchors };
}
