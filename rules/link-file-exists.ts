import * as posix from '../src/util/posix-path.js';
import { defineRule } from '../src/rule-api/index.js';
import type { LinkRef, ReportDescriptor } from '../src/rule-api/index.js';
import { markdownTwin } from '../src/helpers/links.js';
import { displayLabel } from '../src/helpers/references.js';
import {
  deadDefinitions,
  destinationProblem,
  startKey,
  swallowsNextLine,
  type DestinationProblem,
} from '../src/helpers/destination.js';
import { didYouMean, fileStem, SuggestionBudget } from '../src/helpers/suggest.js';
import { pathFix } from '../src/helpers/link-fix.js';
import type { Fix, ProjectIndex } from '../src/rule-api/index.js';
import { folderLinksAllowed, landingFile, linkTarget, siteProfile } from '../src/sites/index.js';

/** Options of `link-file-exists`. */
interface LinkFileExistsOptions {
  /** the file names that make a folder a page (`docs/` → `docs/index.md`) */
  directoryIndex: string[];
}

/**
 * What the per-page part keeps for the cross-file part: the links it already reported for what
 * their destination is (`line:column`), and the dead definitions, whose targets are not checked.
 */
interface Kept {
  reported?: string[];
  dead?: string[];
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
      emptyDestination: 'Unexpected empty destination: the link goes nowhere; write its URL or path',
      schemeOnly: 'Unexpected URL `{{url}}` with a scheme and nothing else: write the whole address',
      parenthesizedDestination:
        'Unexpected parentheses around the destination `{{url}}`: CommonMark reads them as part of the URL; ' +
        'write `{{fix}}`',
      emailWithoutMailto: 'Cannot find file `{{url}}`: it is an e-mail address; add `mailto:` (`mailto:{{url}}`)',
      swallowedLine:
        'Unexpected line break after `[{{label}}]:`: CommonMark reads the next line, `{{url}}`, as the ' +
        "definition's URL and shows neither line; write the URL after `[{{label}}]:`, " +
        'or `[{{label}}]\\:` if this is not a definition',
    },
    defaultSeverity: 'error',
    fixable: true,
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: { directoryIndex: { type: 'array', items: { type: 'string', minLength: 1, pattern: '^[^/]+$' } } },
    },
    defaultOptions: { directoryIndex: ['index.md', 'README.md'] },
  },
  create(ctx) {
    const definitions = deadDefinitions();
    const labels = new Map<string, string>();
    const reported: string[] = [];
    const swallowed = new Set<string>();
    return {
      ...definitions.visitors,
      definition(node) {
        definitions.visitors.definition!(node, []);
        const label = displayLabel(node.label ?? node.identifier);
        labels.set(startKey(node.position), label);
        if (!swallowsNextLine(node, ctx.text)) return;
        swallowed.add(startKey(node.position));
        ctx.report({ node, messageId: 'swallowedLine', data: { label, url: node.url } });
      },
      'root:exit'() {
        // A dead definition's destination leads nowhere, wrong or not (`[comment]: <> (note)` is an
        // idiom): link-definition-used reports the definition. A swallowed line is reported anyway.
        const dead = new Set(definitions.dead());
        for (const link of ctx.page.links) {
          const at = startKey(link.position);
          if (link.kind === 'definition' && (dead.has(at) || swallowed.has(at))) continue;
          if (link.target.kind === 'ignored') continue; // links.ignore, or a template the site fills in
          const problem = destinationProblem(link.url, link.kind);
          if (!problem) continue;
          reported.push(at);
          ctx.report(describeProblem(problem, link, labels.get(at)));
        }
        reported.push(...swallowed);
        if (reported.length > 0 || dead.size > 0) ctx.keep({ reported, dead: [...dead] } satisfies Kept);
      },
    };
  },
  checkProject(ctx) {
    const { index } = ctx;
    const budget = new SuggestionBudget();
    const skipped = new Map<string, Set<string>>();
    const skips = (link: LinkRef) => {
      let set = skipped.get(link.from);
      if (!set) {
        const kept = ctx.kept(link.from) as Kept | undefined;
        skipped.set(link.from, (set = new Set([...(kept?.reported ?? []), ...(kept?.dead ?? [])])));
      }
      return set.size > 0 && set.has(startKey(link.position));
    };
    // Where a link lands is the site's to say (`settings.site`): mdBook's `x.html` is `x.md`.
    const site = siteProfile(ctx.settings);
    const anyFolder = folderLinksAllowed(ctx.settings);
    for (const link of index.links) {
      const { target } = link;
      if (target.kind === 'external' || target.kind === 'same-page' || target.kind === 'ignored') continue;
      // A dead definition leads nowhere (link-definition-used reports it); a link whose destination
      // is wrong in itself was reported by the page's own part.
      if (skips(link)) continue;
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
      const report = (messageId: string, data: Record<string, string>, suggestion?: string, fix?: Fix) =>
        ctx.report(link.from, {
          position: link.position,
          messageId,
          data: { target: written, ...data },
          ...(suggestion === undefined ? {} : { suggestions: [suggestion] }),
          ...(data.since === undefined ? {} : { causedByChange: true }),
          ...(fix ? { fix } : {}),
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
      const known = knownCause(link, path, index, site.linksToMarkdown !== false, relative);
      if (known) {
        report(known.messageId, known.data, known.data.suggestion ?? known.data.actual, known.fix);
        continue;
      }
      const candidates = index.filesIn(posix.dirname(path));
      const near = budget.spend(link.from, candidates.length) ? didYouMean(path, candidates, fileStem) : undefined;
      if (near !== undefined) report('missingFileSuggestion', { suggestion: relative(near) }, relative(near));
      else report('missingFile', {});
    }
  },
});

/** A missing file whose cause is known: a rename or deletion in the change, letter case, `.html` for `.md`. */
interface KnownCause {
  messageId: 'deletedInChange' | 'renamedInChange' | 'wrongCase' | 'htmlForMarkdown';
  data: Record<string, string>;
  fix?: Fix;
}

/**
 * Why the file a link names is missing, when that is known, with the fix where there is one
 * right answer. `markdownLinks`: the site's links name Markdown files (its profile says).
 */
function knownCause(
  link: LinkRef,
  path: string,
  index: ProjectIndex,
  markdownLinks: boolean,
  relative: (to: string) => string,
): KnownCause | undefined {
  const withFix = (cause: KnownCause, fix: Fix | undefined): KnownCause => (fix ? { ...cause, fix } : cause);
  const removed = index.changes?.removedFiles;
  if (removed?.has(path)) {
    const renamed = removed.get(path);
    const since = index.changes!.since;
    if (renamed === undefined) return { messageId: 'deletedInChange', data: { since } };
    const cause: KnownCause = { messageId: 'renamedInChange', data: { since, suggestion: relative(renamed) } };
    return withFix(cause, pathFix(link, renamed));
  }
  const actual = index.findIgnoringCase(path);
  if (actual !== undefined) {
    // Two files that differ only in letter case (`README.md`, `readme.md`): no one right answer.
    const fix = onlyCaseTwin(index, actual) ? pathFix(link, actual) : undefined;
    return withFix({ messageId: 'wrongCase', data: { actual: relative(actual) } }, fix);
  }
  const markdown = markdownTwin(path);
  if (markdown !== undefined && index.hasFile(markdown)) {
    // Where links name Markdown files (the site's profile says), `page.md` is the one right link.
    const cause: KnownCause = { messageId: 'htmlForMarkdown', data: { suggestion: relative(markdown) } };
    return withFix(cause, markdownLinks ? pathFix(link, markdown) : undefined);
  }
  return undefined;
}

/** Whether `path` is the only file in its folder with its name in any letter case. */
function onlyCaseTwin(index: ProjectIndex, path: string): boolean {
  const name = posix.basename(path).toLowerCase();
  return index.filesIn(posix.dirname(path)).filter((file) => posix.basename(file).toLowerCase() === name).length === 1;
}

/** The report for a destination that is wrong in itself, at the link. */
function describeProblem(problem: DestinationProblem, link: LinkRef, label: string | undefined): ReportDescriptor {
  const { position, url } = link;
  switch (problem.kind) {
    case 'empty':
      return { position, messageId: 'emptyDestination' };
    case 'schemeOnly':
      return { position, messageId: 'schemeOnly', data: { url: url.trim() } };
    case 'email':
      return {
        position,
        messageId: 'emailWithoutMailto',
        data: { url: url.trim() },
        suggestions: [`mailto:${url.trim()}`],
      };
    case 'parenthesized': {
      const { inner } = problem;
      const fix = label === undefined ? inner : `[${label}]: ${inner}`;
      return {
        position,
        messageId: 'parenthesizedDestination',
        data: { url: url.trim(), fix },
        suggestions: [inner],
      };
    }
  }
}

export default rule;
