// @ts-check
/**
 * A doclint plugin rule that checks across pages: no two pages have the same title. It has no
 * `create`: `checkProject` runs once, after every page has been parsed, and reads the facts the
 * engine kept of each page (`index.pages`: title, anchors, links), never a page's tree.
 */

/** @type {import('doclint').Rule} */
const rule = {
  meta: {
    id: 'example/unique-titles',
    description: 'No two pages have the same title (level-1 heading)',
    messages: {
      duplicate: 'Unexpected title `{{title}}`: `{{other}}` has the same title',
    },
    defaultSeverity: 'warn',
    url: 'https://example.com/doclint-rules/unique-titles',
  },
  checkProject(context) {
    /** @type {Map<string, string>} title, ignoring case → the first page with it */
    const first = new Map();
    const pages = [...context.index.pages.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    for (const page of pages) {
      if (page.title === undefined) continue;
      const key = page.title.toLowerCase();
      const other = first.get(key);
      if (other === undefined) first.set(key, page.path);
      else context.report(page.path, { messageId: 'duplicate', data: { title: page.title, other } });
    }
  },
};

export default rule;
