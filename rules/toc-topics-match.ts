import * as posix from '../src/util/posix-path.js';
import { defineRule, type Fix, type ProjectContext } from '../src/rule-api/index.js';
import type { TopicsListOptions } from '../src/contracts/aws-security.js';
import { mayHaveTopicsList, topicsListReader, type TopicsList } from '../src/contracts/topics-list.js';
import { TOP, tocFinder, type PlacedToc } from '../src/helpers/toc.js';
import { lander, tocFileOf } from '../src/sites/index.js';

/** Options of `toc-topics-match`. */
interface TocTopicsMatchOptions extends TopicsListOptions {
  /** the topics list names the children in the order of the table of contents */
  order: boolean;
}

/** Link text that renders as written: Markdown's inline markup characters escaped. */
const escapeText = (text: string) => text.replace(/[\\[\]*_`<>]/g, '\\$&');

/** A link destination from `page` to `target`, in angle brackets when it has spaces or parentheses. */
function destination(page: string, target: string): string {
  const relative = posix.relative(posix.dirname(page), target) || posix.basename(target);
  return /[\s()<>]/.test(relative) ? `<${relative}>` : relative;
}

/** The fix for a missing child: one item after the list's last, in the list's own marker and indentation. */
function appendFix(list: TopicsList, page: string, title: string, target: string): Fix | undefined {
  const at = list.insertion;
  if (!at) return undefined;
  const point = { line: at.line, column: at.column };
  return { start: point, end: point, text: `${at.prefix}[${escapeText(title)}](${destination(page, target)})` };
}

/** The entry a page is under in the table of contents, as the report names it. */
const placeOf = (toc: PlacedToc, entry: number) => {
  const parent = toc.entries[entry]!.parent;
  return parent === TOP ? 'at its top level' : `under \`${toc.entries[parent]!.text}\``;
};

export default defineRule<TocTopicsMatchOptions>({
  meta: {
    id: 'toc-topics-match',
    description: "A page's topics list lists exactly the children the table of contents places under the page",
    messages: {
      missingChild:
        'Expected `{{title}}` (`{{target}}`) in the topics list: ' +
        'the table of contents `{{toc}}` places it under this page',
      notInToc:
        'Unexpected topic `{{target}}`: the table of contents `{{toc}}` does not list it, ' +
        'so it is not a child of this page',
      elsewhere:
        'Unexpected topic `{{target}}`: the table of contents `{{toc}}` places it {{place}}, not under this page',
      outOfOrder:
        'Expected the topics in the order of the table of contents `{{toc}}`: `{{target}}` comes before `{{previous}}`',
    },
    defaultSeverity: 'error',
    fixable: true,
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        labels: { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 },
        order: { type: 'boolean' },
      },
    },
    defaultOptions: { labels: ['Topics', 'Security topics'], order: false },
  },
  create(ctx) {
    if (!mayHaveTopicsList(ctx.text, ctx.options)) return {};
    const reader = topicsListReader(ctx.tree, ctx.text, ctx.options);
    return {
      ...reader.visitors,
      'root:exit'() {
        const list = reader.done(ctx.page.links);
        // Items that name no file (this page's sections, other sites) are never compared: a list of
        // only those is not kept, and the cache holds only what the cross-file part reads.
        const items = list?.items.filter((item) => item.target !== undefined);
        if (list && items && items.length > 0) ctx.keep({ ...list, items });
      },
    };
  },
  checkProject(ctx) {
    const { index } = ctx;
    const land = lander(ctx.settings, index);
    const finder = tocFinder(index, tocFileOf(ctx.settings), (target) => land(target));
    for (const path of index.pages.keys()) {
      const list = ctx.kept(path) as TopicsList | undefined;
      if (!list) continue;
      const toc = finder.forPage(path);
      const own = toc?.byTarget.get(path)?.[0];
      if (!toc || own === undefined) continue; // not in a table of contents: toc-orphan-page's concern
      checkList(ctx, path, list, toc, own, land);
    }
  },
});

/** Compares one page's topics list with its children in the table of contents. */
function checkList(
  ctx: ProjectContext<TocTopicsMatchOptions>,
  path: string,
  list: TopicsList,
  toc: PlacedToc,
  own: number,
  land: ReturnType<typeof lander>,
): void {
  const children = new Map<string, number>();
  for (const child of toc.children.get(own) ?? []) {
    const target = toc.entries[child]!.target;
    // an entry for a part of the page itself (`page.md#setup`) is not a child page
    if (target !== undefined && land(target) !== path && !children.has(land(target))) children.set(land(target), child);
  }
  const below = (entry: number) => {
    for (let up = toc.entries[entry]!.parent; up !== TOP; up = toc.entries[up]!.parent) if (up === own) return true;
    return false;
  };
  // A list of this page's own sections, or of other sites, is not a list of child pages.
  if (
    !list.items.some(
      (item) => item.target !== undefined && land(item.target, path, item.written, item.published) !== path,
    )
  )
    return;
  const order = ctx.optionsFor(path).order;
  const covered = new Set<string>();
  let previous: { entry: number; target: string } | undefined;
  for (const item of list.items) {
    if (item.target === undefined) continue; // another site, this page's own sections: not pages of the TOC
    const target = land(item.target, path, item.written, item.published);
    if (target === path) continue;
    const data = { toc: toc.path, target: item.written ?? target };
    const child = children.get(target);
    if (child !== undefined) {
      covered.add(target);
      if (order && previous && child < previous.entry)
        ctx.report(path, {
          position: item.position,
          messageId: 'outOfOrder',
          data: { ...data, previous: previous.target },
        });
      if (!previous || child > previous.entry) previous = { entry: child, target: item.written ?? target };
      continue;
    }
    // a link to a part of another page (`setup.md#limits`) names a section, not a child page
    if (item.fragment) continue;
    const places = toc.byTarget.get(target);
    if (!places) ctx.report(path, { position: item.position, messageId: 'notInToc', data });
    else if (!(item.nested && places.some(below)))
      ctx.report(path, {
        position: item.position,
        messageId: 'elsewhere',
        data: { ...data, place: placeOf(toc, places[0]!) },
      });
  }
  for (const [target, child] of children) {
    if (covered.has(target)) continue;
    const title = toc.entries[child]!.text;
    const fix = appendFix(list, path, title, target);
    ctx.report(path, {
      position: list.last,
      messageId: 'missingChild',
      data: { title, target: destination(path, target), toc: toc.path },
      ...(fix ? { fix } : {}),
    });
  }
}
