import * as posix from '../src/util/posix-path.js';
import { defineRule } from '../src/rule-api/index.js';
import { isMarkdownPath } from '../src/helpers/links.js';
import { placeToc } from '../src/helpers/toc.js';
import { startKey } from '../src/helpers/destination.js';
import { lander } from '../src/sites/index.js';

/** Options of `toc-entry-exists`. */
interface TocEntryExistsOptions {
  /** a page may have more than one entry in the table of contents */
  allowDuplicates: boolean;
}

export default defineRule<TocEntryExistsOptions>({
  meta: {
    id: 'toc-entry-exists',
    description: 'Each entry of the table of contents points at a page, and each page has one entry',
    messages: {
      notAPage: 'Unexpected table of contents entry `{{text}}`: `{{target}}` is not a Markdown page',
      duplicate:
        'Unexpected second entry for `{{target}}` in the table of contents: ' +
        'line {{line}} lists it first, as `{{first}}`',
    },
    defaultSeverity: 'off',
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: { allowDuplicates: { type: 'boolean' } },
    },
    defaultOptions: { allowDuplicates: false },
  },
  checkProject(ctx) {
    const { index } = ctx;
    const land = lander(ctx.settings, index);
    // Only a Markdown table of contents that is linted can be reported on (a YAML `nav` is not a page).
    for (const [path, page] of index.pages) {
      if (!page.toc) continue;
      const toc = placeToc(path, page.toc, (target) => land(target));
      const shown = (target: string) => posix.relative(posix.dirname(path), target) || target;
      const sections = new Set(
        page.links
          .filter((link) => link.target.kind === 'file' && link.target.fragment !== undefined)
          .map((link) => startKey(link.position)),
      );
      const { allowDuplicates } = ctx.optionsFor(toc.path);
      for (const [target, at] of toc.byTarget) {
        const first = toc.entries[at[0]!]!;
        // A missing page is link-file-exists's finding, with a "did you mean"; a folder is its index page.
        if (index.hasFile(target) && !isMarkdownPath(target) && first.position)
          ctx.report(toc.path, {
            position: first.position,
            messageId: 'notAPage',
            data: { text: first.text, target: shown(first.target!) },
          });
        if (allowDuplicates || !first.position) continue;
        for (const again of at.slice(1)) {
          const entry = toc.entries[again]!;
          // an entry for a part of a page (`setup.md#prereqs`, under `setup.md`) is not the page again
          if (!entry.position || sections.has(startKey(entry.position))) continue;
          ctx.report(toc.path, {
            position: entry.position,
            messageId: 'duplicate',
            data: { target: shown(entry.target!), line: first.position.start.line, first: first.text },
          });
        }
      }
    }
  },
});
