import type { AnchorSite, AnchorSource } from '../src/rule-api/index.js';
import { defineRule } from '../src/rule-api/index.js';

/**
 * Where a link to an anchor defined more than once lands. HTML's rule for a fragment's target
 * takes the first element with that `id`, and only when there is none the first `<a>` with that
 * `name`: an `id` wins over a `name` written before it. Heading slugs and custom ids are ids.
 */
function landing(sites: readonly AnchorSite[]): AnchorSite {
  return sites.find((site) => site.source !== 'htmlName') ?? sites[0]!;
}

/** How a site defines its anchor, for naming the one links land on. */
const DESCRIPTION: Record<AnchorSource, string> = {
  headingSlugs: 'the slug of the heading there',
  customIds: 'the custom id of the heading there',
  htmlId: 'an `id`',
  htmlName: 'a `name`',
};

export default defineRule<Record<string, never>>({
  meta: {
    id: 'anchor-unique',
    description: 'Each anchor is defined once in a page: a link to a repeated anchor reaches only one of them',
    messages: {
      duplicateAnchor: 'Unexpected duplicate anchor `#{{anchor}}`; line {{line}} defines it first, as {{first}}',
      shadowedByLaterId:
        'Unexpected duplicate anchor `#{{anchor}}`; links land on line {{line}} instead, where it is {{first}}, ' +
        'because ids win over names',
    },
    defaultSeverity: 'warn',
  },
  create(ctx) {
    return {
      // The collector's visitors run before the rules' in the same walk: the sites are complete.
      'root:exit'() {
        const byAnchor = new Map<string, AnchorSite[]>();
        for (const site of ctx.page.anchorSites) {
          const sites = byAnchor.get(site.anchor);
          if (sites) sites.push(site);
          else byAnchor.set(site.anchor, [site]);
        }
        for (const [anchor, sites] of byAnchor) {
          if (sites.length < 2) continue;
          const first = landing(sites);
          const data = { anchor, line: first.position.start.line, first: DESCRIPTION[first.source] };
          // Sites are in page order: those before the one links land on are names an `id` beats.
          let before = true;
          for (const site of sites) {
            if (site === first) {
              before = false;
              continue;
            }
            // `## Limits<a name="limits"></a>`: the slug and the name are the same heading, so a
            // link lands there either way.
            if (site.heading !== undefined && site.heading === first.heading) continue;
            ctx.report({ position: site.position, messageId: before ? 'shadowedByLaterId' : 'duplicateAnchor', data });
          }
        }
      },
    };
  },
});
