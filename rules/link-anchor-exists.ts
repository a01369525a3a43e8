import * as posix from '../src/util/posix-path.js';
import type { LinkRef } from '../src/rule-api/index.js';
import { defineRule } from '../src/rule-api/index.js';
import { isMarkdownPath } from '../src/helpers/links.js';
import { didYouMean, SuggestionBudget } from '../src/helpers/suggest.js';
import { deadDefinitions, startKey } from '../src/helpers/destination.js';
import { fragmentFix } from '../src/helpers/link-fix.js';
import { anchorPage, linkTarget, siteProfile, type SiteProfile } from '../src/sites/index.js';

interface Options {
  /**
   * match fragments to anchors ignoring letter case (true), or in exact case (false); unset: as
   * the site does (`settings.site`: GitHub also finds a fragment in lower case)
   */
  ignoreCase?: boolean;
}

/** `#` alone and `#top` go to the top of any page (HTML: "top" matched ignoring case). */
const isTopOfPage = (fragment: string) => fragment === '' || fragment.toLowerCase() === 'top';

/**
 * GitHub's line anchors in a file's source view: `#L10`, `#L10-L20`, `#L10C5-L12C3`. A range
 * may carry a column at either end; a single line may not (`#L10C5` is not one).
 */
const LINE_ANCHOR = /^L\d+(?:C\d+)?-L\d+(?:C\d+)?$|^L\d+$/;

export default defineRule<Options>({
  meta: {
    id: 'link-anchor-exists',
    description:
      'Every `#fragment` names an anchor that exists in the linked page: an HTML `id`/`name`, a GitHub heading slug ' +
      'or a custom heading id',
    messages: {
      missingAnchor: 'Cannot find anchor `#{{fragment}}` in `{{target}}`',
      missingAnchorSuggestion: 'Cannot find anchor `#{{fragment}}` in `{{target}}`; did you mean `#{{suggestion}}`',
      anchorInCode:
        'Cannot find anchor `#{{fragment}}` in `{{target}}`: it is inside code there ' +
        '(is a code fence left open before it?)',
      removedInChange:
        'Cannot find anchor `#{{fragment}}` in `{{target}}`: it was removed from `{{page}}` since `{{since}}`',
      lineAnchorInMarkdown:
        'Cannot find anchor `#{{fragment}}` in `{{target}}`: a rendered Markdown page has no line anchors; ' +
        'link to `{{target}}?plain=1#{{fragment}}` for its source lines',
    },
    defaultSeverity: 'error',
    fixable: true,
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: { ignoreCase: { type: 'boolean' } },
    },
    defaultOptions: {},
  },
  create(ctx) {
    // Dead definitions (unused, or a label's repeat) lead no reader anywhere: link-definition-used
    // reports them, and their fragments are not checked.
    const definitions = deadDefinitions();
    return {
      ...definitions.visitors,
      'root:exit'() {
        const dead = definitions.dead();
        if (dead.length > 0) ctx.keep(dead);
      },
    };
  },
  checkProject(ctx) {
    const { index } = ctx;
    const budget = new SuggestionBudget();
    const isDead = deadDefinitionTest((path) => ctx.kept(path) as string[] | undefined);
    const site = siteProfile(ctx.settings);
    const has = fragmentMatcher(site, (from) => ctx.optionsFor(from).ignoreCase);

    for (const link of index.links) {
      const { target } = link;
      if (target.kind !== 'same-page' && target.kind !== 'file') continue;
      if (target.fragment === undefined || isTopOfPage(target.fragment) || isDead(link)) continue;
      const { fragment } = target;
      // Anchors are known only in Markdown pages that exist (a `page.html` link lands on
      // `page.md`); a missing file is link-file-exists's to report.
      const path = target.kind === 'same-page' ? link.from : anchorPage(site, linkTarget(link)!, index);
      if (path === undefined) {
        // Another kind of file: GitHub shows its source, where `#L10` and `#L10-L20` are line
        // anchors. Other fragments mean what the file type says (`#page=2` in a PDF, an `id` in
        // an SVG), which a Markdown linter cannot know: neither is checked.
        continue;
      }
      if (isLineAnchor(fragment) && isPlainView(link)) continue;
      const anchors = index.anchors(path);
      if (anchors === undefined || has(link.from, path, anchors, fragment)) continue;
      const shownTarget = target.kind === 'same-page' ? posix.basename(link.from) : target.written;
      const removed = index.changes?.removedAnchors.get(path);
      if (removed?.has(fragment)) {
        // Renamed: the change took exactly one anchor from the page and gave it exactly one.
        const added = index.changes!.addedAnchors?.get(path);
        const fix = removed.size === 1 && added?.size === 1 ? fragmentFix(link, [...added][0]!) : undefined;
        ctx.report(link.from, {
          position: link.position,
          messageId: 'removedInChange',
          data: { fragment, target: shownTarget, page: posix.basename(path), since: index.changes!.since },
          causedByChange: true,
          ...(fix ? { fix } : {}),
        });
        continue;
      }
      if (index.codeAnchors(path)?.has(fragment)) {
        ctx.report(link.from, {
          position: link.position,
          messageId: 'anchorInCode',
          data: { fragment, target: shownTarget },
        });
        continue;
      }
      // A rendered Markdown page has only the anchors its text makes: a line anchor there is a
      // link meant for the source view.
      if (isLineAnchor(fragment) && isMarkdownPath(shownTarget)) {
        ctx.report(link.from, {
          position: link.position,
          messageId: 'lineAnchorInMarkdown',
          data: { fragment, target: shownTarget },
        });
        continue;
      }
      const near = budget.spend(link.from, anchors.size) ? didYouMean(fragment, anchors) : undefined;
      if (near === undefined) {
        ctx.report(link.from, {
          position: link.position,
          messageId: 'missingAnchor',
          data: { fragment, target: shownTarget },
        });
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
});

/**
 * Whether a fragment names one of a page's anchors. `ignoreCase` is the option of the page the
 * link is in (a folder's config may set it); without it, the site's: GitHub's page script also
 * looks the fragment up in lower case.
 */
function fragmentMatcher(site: SiteProfile, ignoreCaseOf: (from: string) => boolean | undefined) {
  // With `ignoreCase`, each page's anchors in lower case, made once per page that a link needs.
  const folded = new Map<string, Set<string>>();
  return (from: string, path: string, anchors: ReadonlySet<string>, fragment: string) => {
    if (anchors.has(fragment)) return true;
    const ignoreCase = ignoreCaseOf(from);
    if (ignoreCase === undefined) return site.fragmentCase === 'lowercase' && anchors.has(fragment.toLowerCase());
    if (!ignoreCase) return false;
    let lower = folded.get(path);
    if (!lower) folded.set(path, (lower = new Set([...anchors].map((anchor) => anchor.toLowerCase()))));
    return lower.has(fragment.toLowerCase());
  };
}

/** Whether a link is a dead definition, by what each page's own part kept (read once per page). */
function deadDefinitionTest(kept: (path: string) => string[] | undefined): (link: LinkRef) => boolean {
  const deadOn = new Map<string, ReadonlySet<string>>();
  return (link) => {
    if (link.kind !== 'definition') return false;
    let dead = deadOn.get(link.from);
    if (!dead) deadOn.set(link.from, (dead = new Set(kept(link.from) ?? [])));
    return dead.has(startKey(link.position));
  };
}

function isLineAnchor(fragment: string): boolean {
  return LINE_ANCHOR.test(fragment);
}

/** The link asks for the source view of a Markdown page (`?plain=1`), which has line anchors. */
function isPlainView(link: LinkRef): boolean {
  // `page.md?plain=1#L10`: GitHub shows a Markdown file's source, with line anchors, for `plain=1`.
  // Split, not a regular expression: `[^#]*&` after each `?` of a 200,000-character query was
  // quadratic (40 s).
  const { url } = link;
  const query = url.indexOf('?');
  if (query === -1) return false;
  const hash = url.indexOf('#', query);
  return url
    .slice(query + 1, hash === -1 ? undefined : hash)
    .split('&')
    .includes('plain=1');
}
