import { posix } from 'node:path';
import type { Rule } from '../src/types.js';
import { isMarkdownPath, resolveLink } from '../src/helpers/links.js';
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
    },
    defaultSeverity: 'error',
  },
  checkProject(ctx) {
    const { index } = ctx;
    for (const link of index.links) {
      const target = resolveLink(link.from, link.url, ctx.settings.rootDir);
      if (!target || (target.kind !== 'same-page' && target.kind !== 'file')) continue;
      if (target.fragment === undefined || isTopOfPage(target.fragment)) continue;
      const path = target.kind === 'same-page' ? link.from : target.path;
      // Anchors are only known in Markdown pages that exist; a missing file is link-file-exists's.
      if (target.kind === 'file' && (!isMarkdownPath(path) || !index.hasFile(path))) continue;
      const anchors = index.anchors(path);
      if (anchors === undefined || anchors.has(target.fragment)) continue;
      const shownTarget = target.kind === 'same-page' ? posix.basename(link.from) : target.written;
      const near = didYouMean(target.fragment, anchors);
      ctx.report(link.from, {
        position: link.position,
        messageId: near === undefined ? 'missingAnchor' : 'missingAnchorSuggestion',
        data: near === undefined
          ? { fragment: target.fragment, target: shownTarget }
          : { fragment: target.fragment, target: shownTarget, suggestion: near },
        ...(near === undefined ? {} : { suggestions: [`#${near}`] }),
      });
    }
  },
};

export default rule;
