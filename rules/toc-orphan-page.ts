import * as posix from '../src/util/posix-path.js';
import { defineRule, type ProjectIndex } from '../src/rule-api/index.js';
import { isMarkdownPath } from '../src/helpers/links.js';
import { tocFinder, type PlacedToc } from '../src/helpers/toc.js';
import { lander, linkTarget, tocFileOf } from '../src/sites/index.js';

/** Every Markdown file below a folder that the index knows, linted or not. */
function markdownFilesBelow(index: ProjectIndex, folder: string, out: string[] = []): string[] {
  for (const child of index.filesIn(folder)) {
    if (index.hasDirectory(child)) markdownFilesBelow(index, child, out);
    else if (isMarkdownPath(child)) out.push(child);
  }
  return out;
}

export default defineRule({
  meta: {
    id: 'toc-orphan-page',
    description: 'Every page is reachable: the table of contents lists it, or a reachable page links to it',
    messages: {
      orphan:
        'Unexpected page that readers cannot reach: the table of contents `{{toc}}` does not list it, ' +
        'and no page it reaches links to it',
    },
    defaultSeverity: 'off',
  },
  create(ctx) {
    // Asks the engine for the tables of contents of pages that are not linted (a partial run).
    return { 'root:exit': () => ctx.keep(true) };
  },
  checkProject(ctx) {
    const { index } = ctx;
    const land = lander(ctx.settings, index);
    const finder = tocFinder(index, tocFileOf(ctx.settings), (target) => land(target));
    const governed = new Map<string, PlacedToc>();
    for (const path of index.pages.keys()) {
      const toc = finder.forPage(path);
      if (toc) governed.set(path, toc);
    }
    // Reached: the tables of contents, their entries, then what reached linted pages link to.
    const reached = new Set<string>();
    const queue: string[] = [];
    const reach = (path: string) => {
      if (reached.has(path)) return;
      reached.add(path);
      queue.push(path);
    };
    for (const toc of finder.found()) {
      reach(toc.path);
      for (const target of toc.byTarget.keys()) reach(target);
    }
    while (queue.length > 0) {
      for (const link of index.pages.get(queue.pop()!)?.links ?? []) {
        const target = linkTarget(link);
        if (target) reach(land(target.path, link.from, target.written, target.published));
      }
    }
    // A page is an orphan only when every page below its table of contents was read: a page that is
    // not linted may link to it.
    const complete = new Map<PlacedToc, boolean>();
    const isComplete = (toc: PlacedToc) => {
      if (!complete.has(toc)) {
        const below = markdownFilesBelow(index, posix.dirname(toc.path));
        complete.set(
          toc,
          below.every((path) => index.pages.has(path) || finder.forPage(path) !== toc),
        );
      }
      return complete.get(toc)!;
    };
    for (const [path, toc] of governed) {
      if (reached.has(path) || !isComplete(toc)) continue;
      ctx.report(path, {
        position: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
        messageId: 'orphan',
        data: { toc: toc.path },
      });
    }
  },
});
