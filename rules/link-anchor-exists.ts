import { posix } from 'node:path';
import type { Rule } from '../src/types.js';
import { markdownTarget } from '../src/helpers/links.js';
import { didYouMean } from '../src/helpers/suggest.js';

/** `#` alone and `#top` go to the top of any page (HTML: "top" matched ignoring case). */
const isTopOfPage = (fragment: string) => fragment === '' || fragment.toLowerCase() === 'top';

const rule: Rule = {
  meta: {
    id: 'link-anchor-exists',
    description: 'Every `#fragment` names an anchor that exists in the linked page: an HTML `id`/`name` or a GitHub heading slug',
    messages: {
      missingAnchor: 'Cannot find anchor `#{{fragment}}` in `{{target}}`',
      missingAnchorSuggestion: 'Cannot find anchor `#{{fragment}}` in `{{target}}`; did you mean `#{{suggestion}}`',
      anchorInCode: 'Cannot find anchor `#{{fragment}}` in `{{target}}`: it is inside code there (is a code fence left open before it?)',
      removedInChange: 'Cannot find anchor `#{{fragment}}` in `{{target}}`: it was removed from `{{page}}` since `{{since}}`',
    },
    defaultSeverity: 'error',
  },
  checkProject(ctx) {
    const { index } = ctx;
    for (const link of index.links) {
      const { target } = link;
      if (target.kind !== 'same-page' && target.kind !== 'file') continue;
      if (target.fragment === undefined || isTopOfPage(target.fragment)) continue;
      // Anchors are known only in Markdown pages that exist (a `page.html` link lands on
      // `page.md`); a missing file is link-file-exists's to report.
      const path = target.kind === 'same-page' ? link.from : markdownTarget(target.path, index.hasFile);
      if (path === undefined) continue;
      const anchors = index.anchors(path);
      const { fragment } = target;
      if (anchors === undefined || anchors.has(fragment)) continue;
      const shownTarget = target.kind === 'same-page' ? posix.basename(link.from) : target.written;
      if (index.changes?.removedAnchors.get(path)?.has(fragment)) {
        ctx.report(link.from, {
          position: link.position,
          messageId: 'removedInChange',
          data: { fragment, target: shownTarget, page: posix.basename(path), since: index.changes.since },
          causedByChange: true,
        });
        continue;
      }
      if (index.codeAnchors(path)?.has(fragment)) {
        ctx.report(link.from, { position: link.position, messageId: 'anchorInCode', data: { fragment, target: shownTarget } });
        continue;
      }
      const near = didYouMean(fragment, anchors);
      if (near === undefined) {
        ctx.report(link.from, { position: link.position, messageId: 'missingAnchor', data: { fragment, target: shownTarget } });
      } else {
        ctx.report(link.from, {
          position: link.position,
          messageId: 'missingAnchorSuggestion',
          data: { fragment, target: shownTarget, suggestion: near },
          suggestions: [`#${near}`],
        });
      }
    }
  },
};

export default rule;
