import { defineRule } from '../src/rule-api/index.js';
import { startKey } from '../src/helpers/destination.js';
import { renderedText } from '../src/helpers/text.js';
import { lander, linkTarget, tocFileOf } from '../src/sites/index.js';
import { tocFinder } from '../src/helpers/toc.js';
import * as posix from '../src/util/posix-path.js';

/** Titles and link texts compare as a reader sees them: white space collapsed. */
const wording = (text: string) => text.normalize('NFKC').replace(/\s+/g, ' ').trim();

/** What the per-page part keeps: the text of each link to a page of the project, by its start (`line:column`). */
type Kept = [string, string][];

export default defineRule({
  meta: {
    id: 'link-text-title',
    description:
      "A link's text is not the title of another page than its target; " +
      "a table of contents entry's text is its page's title",
    messages: {
      otherTitle:
        'Unexpected link text `{{text}}`: it is the title of `{{other}}`, but the link points at `{{target}}`',
      entryTitle:
        'Expected the table of contents entry `{{text}}` to read as its page `{{target}}` is titled: "{{title}}"',
    },
    defaultSeverity: 'off',
  },
  create(ctx) {
    const texts: Kept = [];
    return {
      link(node) {
        // a link to a section (`page.md#setup`) may be named after the section, not the page
        if (!node.position || node.url.includes('#') || /^[a-z][a-z\d+.-]*:/i.test(node.url)) return;
        const text = wording(renderedText(node));
        if (text !== '') texts.push([startKey(node.position), text]);
      },
      'root:exit'() {
        ctx.keep(texts);
      },
    };
  },
  checkProject(ctx) {
    const { index } = ctx;
    const land = lander(ctx.settings, index);
    // A guide is the pages below one table of contents (without one, a folder): a link names the
    // pages of its own guide, and another guide may well have a page of the same title.
    const finder = tocFinder(index, tocFileOf(ctx.settings), (target) => land(target));
    const guideOf = (path: string) => finder.forPage(path)?.path ?? `${posix.dirname(path)}/`;
    // Each title of a linted page in each guide, and the page; a title that two pages share names neither.
    const titled = new Map<string, string | null>();
    for (const page of index.pages.values()) {
      if (page.title === undefined || page.title === '') continue;
      const key = `${guideOf(page.path)}\n${wording(page.title)}`;
      titled.set(key, titled.has(key) ? null : page.path);
    }
    const titleOf = (path: string) => {
      const title = index.pages.get(path)?.title;
      return title === undefined ? undefined : wording(title);
    };
    for (const page of index.pages.values()) {
      const guide = guideOf(page.path);
      const entries = new Set<string>();
      for (const entry of page.toc ?? []) {
        if (!entry.position || entry.target === undefined) continue;
        entries.add(startKey(entry.position));
        const target = land(entry.target);
        const title = titleOf(target);
        if (title === undefined || title === '' || title === wording(entry.text)) continue;
        ctx.report(page.path, {
          position: entry.position,
          messageId: 'entryTitle',
          data: {
            text: entry.text,
            target: posix.relative(posix.dirname(page.path), entry.target) || entry.target,
            title,
          },
        });
      }
      const kept = ctx.kept(page.path) as Kept | undefined;
      if (!kept || kept.length === 0) continue;
      const texts = new Map(kept);
      for (const link of page.links) {
        const at = startKey(link.position);
        const text = link.kind === 'link' && !entries.has(at) ? texts.get(at) : undefined;
        const written = text === undefined ? undefined : linkTarget(link);
        if (!written) continue;
        const other = titled.get(`${guide}\n${text!}`);
        const target = land(written.path, link.from, written.written, written.published);
        if (!other || other === target || titleOf(target) === undefined) continue;
        ctx.report(page.path, {
          position: link.position,
          messageId: 'otherTitle',
          data: {
            text: text!,
            other: posix.relative(posix.dirname(page.path), other) || other,
            target: written.written,
          },
        });
      }
    }
  },
});
