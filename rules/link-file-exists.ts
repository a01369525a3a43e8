import * as posix from '../src/util/posix-path.js';
import { defineRule } from '../src/rule-api/index.js';
import { markdownTwin } from '../src/helpers/links.js';
import { didYouMean, fileStem, SuggestionBudget } from '../src/helpers/suggest.js';
import { folderLinksAllowed, landingFile, linkTarget, siteProfile } from '../src/sites/index.js';

/** Options of `link-file-exists`. */
interface LinkFileExistsOptions {
  /** the file names that make a folder a page (`docs/` → `docs/index.md`) */
  directoryIndex: string[];
}

const rule = defineRule<LinkFileExistsOptions>({
  meta: {
    id: 'link-file-exists',
    description:
      'Relative links, images and reference definitions point at files that exist, with the exact letter case',
    messages: {
      missingFile: 'Cannot find file `{{target}}`',
      missingFileSuggestion: 'Cannot find file `{{target}}`; did you mean `{{suggestion}}`',
      htmlForMarkdown: 'Cannot find file `{{target}}`; link to the Markdown page `{{suggestion}}`',
      wrongCase: 'Unexpected letter case in `{{target}}`: the file is `{{actual}}`',
      outsideRoot: 'Unexpected link to `{{target}}`, which is outside the project root',
      rootRelative:
        'Cannot check root-relative link `{{target}}`: it depends on where the site is published; ' +
        'use a relative link, or set `settings.rootDir` if `/` is a folder of this project',
      deletedInChange: 'Cannot find file `{{target}}`: it was deleted since `{{since}}`',
      renamedInChange: 'Cannot find file `{{target}}`: it was renamed to `{{suggestion}}` since `{{since}}`',
      missingIndex: 'Cannot find an index page in folder `{{target}}`: add {{names}}, or link to a page in it',
    },
    defaultSeverity: 'error',
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: { directoryIndex: { type: 'array', items: { type: 'string', minLength: 1, pattern: '^[^/]+$' } } },
    },
    defaultOptions: { directoryIndex: ['index.md', 'README.md'] },
  },
  checkProject(ctx) {
    const { index } = ctx;
    const budget = new SuggestionBudget();
    // Where a link lands is the site's to say (`settings.site`): mdBook's `x.html` is `x.md`.
    const site = siteProfile(ctx.settings);
    const anyFolder = folderLinksAllowed(ctx.settings);
    for (const link of index.links) {
      const { target } = link;
      if (target.kind === 'external' || target.kind === 'same-page' || target.kind === 'ignored') continue;
      if (target.kind === 'outside-root' || target.kind === 'root-relative') {
        ctx.report(link.from, {
          position: link.position,
          messageId: target.kind === 'outside-root' ? 'outsideRoot' : 'rootRelative',
          data: { target: target.written },
        });
        continue;
      }
      const { path, written } = target;
      if (landingFile(site, linkTarget(link)!, index) !== undefined) continue;
      const folder = posix.dirname(link.from);
      const relative = (to: string) => posix.relative(folder, to) || posix.basename(to);
      const report = (messageId: string, data: Record<string, string>, suggestion?: string) =>
        ctx.report(link.from, {
          position: link.position,
          messageId,
          data: { target: written, ...data },
          ...(suggestion === undefined ? {} : { suggestions: [suggestion] }),
          ...(data.since === undefined ? {} : { causedByChange: true }),
        });

      if (index.hasDirectory(path)) {
        // A folder link shows the folder's index page; with no index names configured, or on a site
        // that lists folders (`settings.links.folders`), any folder will do.
        // The names are the option of the page the link is in.
        const names = ctx.optionsFor(link.from).directoryIndex;
        if (!anyFolder && names.length > 0 && !names.some((name) => index.hasFile(posix.join(path, name)))) {
          report('missingIndex', { names: names.map((name) => `\`${name}\``).join(' or ') });
        }
        continue;
      }
      const removed = index.changes?.removedFiles;
      if (removed?.has(path)) {
        const renamed = removed.get(path);
        const since = index.changes!.since;
        if (renamed === undefined) report('deletedInChange', { since });
        else report('renamedInChange', { since, suggestion: relative(renamed) }, relative(renamed));
        continue;
      }
      const actual = index.findIgnoringCase(path);
      if (actual !== undefined) {
        report('wrongCase', { actual: relative(actual) }, relative(actual));
        continue;
      }
      const markdown = markdownTwin(path);
      if (markdown !== undefined && index.hasFile(markdown)) {
        report('htmlForMarkdown', { suggestion: relative(markdown) }, relative(markdown));
        continue;
      }
      const candidates = index.filesIn(posix.dirname(path));
      const near = budget.spend(link.from, candidates.length) ? didYouMean(path, candidates, fileStem) : undefined;
      if (near !== undefined) report('missingFileSuggestion', { suggestion: relative(near) }, relative(near));
      else report('missingFile', {});
    }
  },
});

export default rule;
