/**
 * Each site profile on a small tree shaped like a real one (fixtures/sites/<site>/, whose
 * `.doclintrc.json` extends the site's preset), through the built binary as a user runs it: the
 * broken links are reported at their exact place, the links that are right on that site are
 * quiet. The same tree without its config (`--no-config-lookup`: doclint's defaults) is pinned
 * too: what a user of that generator got before profiles, most of it false.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(repo, 'dist/src/bin.js');
const sites = join(repo, 'fixtures/sites');

interface JsonResult {
  filePath: string;
  messages: Array<{ ruleId: string | null; messageId?: string; line: number; column: number }>;
}

/** `path:line:column rule/messageId` of every finding, and the exit code. */
function lint(site: string, ...argv: string[]): { code: number; findings: string[] } {
  return lintIn(join(sites, site), ...argv);
}

/** `lint` in any folder. */
function lintIn(cwd: string, ...argv: string[]): { code: number; findings: string[] } {
  if (!existsSync(bin)) throw new Error('dist/src/bin.js is missing: run `npm run build` (npm test does it first)');
  const { CI: _ci, ...env } = process.env;
  const run = spawnSync(process.execPath, [bin, '--format', 'json', ...argv], {
    cwd,
    env,
    encoding: 'utf8',
  });
  if (run.status === 2) throw new Error(run.stderr);
  const results = JSON.parse(run.stdout) as JsonResult[];
  return {
    code: run.status ?? -1,
    findings: results.flatMap((r) =>
      r.messages.map((m) => `${r.filePath}:${m.line}:${m.column} ${m.ruleId ?? '(file)'}/${m.messageId ?? ''}`),
    ),
  };
}

const cases: Array<{ site: string; profile: string[]; withoutProfile: string[] }> = [
  {
    site: 'github',
    profile: [
      // GitHub keeps `{#setup}` as heading text: the heading's slug is `development-setup-setup`.
      'CONTRIBUTING.md:8:1 link-anchor-exists/missingAnchor',
      'README.md:9:55 link-anchor-exists/missingAnchor', // no suggestion: `setup` is a small inner part of `development-setup-setup` (src/helpers/suggest.ts)
      'README.md:10:3 link-file-exists/missingFile',
    ],
    withoutProfile: [
      'CONTRIBUTING.md:7:5 link-file-exists/rootRelative',
      'CONTRIBUTING.md:8:1 link-anchor-exists/missingAnchor',
      'README.md:7:49 link-anchor-exists/missingAnchorSuggestion',
      'README.md:8:3 link-file-exists/missingIndex',
      'README.md:9:3 link-file-exists/rootRelative',
      'README.md:10:3 link-file-exists/missingFile',
      'README.md:11:3 link-file-exists/rootRelative',
      'docs/README.md:6:9 link-file-exists/missingIndex',
      'docs/adr/0001-record-architecture-decisions.md:5:19 link-file-exists/rootRelative',
      'docs/architecture.md:9:40 link-anchor-exists/missingAnchorSuggestion',
    ],
  },
  {
    site: 'aws-guide',
    profile: [
      'doc_source/getting-started.md:5:35 link-file-exists/missingFile',
      'doc_source/getting-started.md:5:79 link-anchor-exists/missingAnchorSuggestion',
      // a URL of the guide itself (`links.sites`), checked as the page it is published from
      'doc_source/getting-started.md:7:22 link-file-exists/missingFile',
    ],
    withoutProfile: [
      'doc_source/getting-started.md:5:35 link-file-exists/missingFile',
      'doc_source/getting-started.md:5:79 link-anchor-exists/missingAnchorSuggestion',
      'doc_source/what-is.md:3:71 link-file-exists/rootRelative',
    ],
  },
  {
    site: 'mdbook',
    profile: [
      'src/ch01-00-getting-started.md:13:1 link-file-exists/missingFile',
      'src/ch01-01-installation.md:15:31 link-anchor-exists/missingAnchorSuggestion',
      'src/ch02-00-common-concepts.md:13:59 link-anchor-exists/missingAnchor',
    ],
    withoutProfile: [
      'src/README.md:5:12 link-file-exists/htmlForMarkdown',
      'src/appendix/README.md:4:1 link-file-exists/missingFile',
      'src/ch01-00-getting-started.md:4:43 link-file-exists/htmlForMarkdown',
      'src/ch01-00-getting-started.md:7:34 link-file-exists/htmlForMarkdown',
      'src/ch01-00-getting-started.md:8:9 link-anchor-exists/missingAnchorSuggestion',
      'src/ch01-00-getting-started.md:8:9 link-file-exists/htmlForMarkdown',
      'src/ch01-00-getting-started.md:9:5 link-file-exists/missingFile',
      'src/ch01-00-getting-started.md:12:16 link-file-exists/missingFile',
      'src/ch01-00-getting-started.md:13:1 link-file-exists/missingFile',
      'src/ch01-01-installation.md:14:42 link-anchor-exists/missingAnchorSuggestion',
      'src/ch01-01-installation.md:15:31 link-anchor-exists/missingAnchorSuggestion',
      'src/ch02-00-common-concepts.md:13:5 link-anchor-exists/missingAnchorSuggestion',
      'src/ch02-00-common-concepts.md:13:59 link-anchor-exists/missingAnchor',
      'src/ch02-00-common-concepts.md:14:40 link-file-exists/htmlForMarkdown',
    ],
  },
  {
    site: 'mkdocs',
    profile: [
      'docs/index.md:9:3 link-file-exists/missingFile',
      'docs/user-guide/configuration.md:17:30 link-anchor-exists/missingAnchor',
    ],
    withoutProfile: [
      'docs/index.md:5:3 link-anchor-exists/missingAnchorSuggestion',
      'docs/index.md:6:3 link-file-exists/rootRelative',
      'docs/index.md:7:3 link-anchor-exists/missingAnchorSuggestion',
      'docs/index.md:8:3 link-anchor-exists/missingAnchorSuggestion',
      'docs/index.md:9:3 link-file-exists/missingFile',
      'docs/user-guide/configuration.md:17:30 link-anchor-exists/missingAnchor',
      'docs/user-guide/installation.md:14:56 link-anchor-exists/missingAnchorSuggestion',
    ],
  },
  {
    site: 'docusaurus',
    profile: [
      'docs/intro.md:14:3 link-file-exists/missingFile',
      'docs/intro.md:15:3 link-file-exists/missingFile',
      'docs/tutorial-basics/02-create-a-document.md:12:49 link-anchor-exists/missingAnchor',
    ],
    withoutProfile: [
      'docs/intro.md:10:76 link-file-exists/missingFileSuggestion',
      'docs/intro.md:11:3 link-file-exists/missingFile',
      'docs/intro.md:12:3 link-file-exists/missingFileSuggestion',
      'docs/intro.md:13:3 link-file-exists/rootRelative',
      'docs/intro.md:14:3 link-file-exists/missingFile',
      'docs/intro.md:15:3 link-file-exists/rootRelative',
      'docs/intro.md:17:1 link-file-exists/rootRelative',
      'docs/intro.md:19:21 link-file-exists/missingFile',
      'docs/tutorial-basics/01-create-a-page.md:9:7 link-file-exists/missingFile',
      'docs/tutorial-basics/02-create-a-document.md:12:49 link-anchor-exists/missingAnchor',
    ],
  },
  {
    site: 'hugo',
    profile: [
      'content/_index.md:12:5 link-file-exists/missingFile',
      'content/_index.md:13:1 link-file-exists/missingFile',
      'content/docs/getting-started.md:12:42 link-anchor-exists/missingAnchor',
    ],
    withoutProfile: [
      'content/_index.md:7:6 link-file-exists/rootRelative',
      'content/_index.md:7:49 link-file-exists/rootRelative',
      'content/_index.md:8:8 link-file-exists/rootRelative',
      'content/_index.md:10:1 link-file-exists/rootRelative',
      'content/_index.md:12:5 link-file-exists/rootRelative',
      'content/_index.md:13:1 link-file-exists/rootRelative',
      'content/docs/_index.md:8:3 link-file-exists/missingFileSuggestion',
      'content/docs/getting-started.md:12:6 link-file-exists/missingFile',
      'content/docs/getting-started.md:12:42 link-file-exists/missingFile',
      'content/docs/getting-started.md:13:1 link-file-exists/missingIndex',
      'content/docs/install/index.md:10:11 link-file-exists/missingFileSuggestion',
      'content/posts/first-post.md:8:25 link-file-exists/rootRelative',
    ],
  },
  {
    site: 'jekyll',
    profile: [
      'about.md:9:53 link-anchor-exists/missingAnchor',
      'index.md:11:3 link-file-exists/missingFile',
      'index.md:12:3 link-file-exists/missingFile',
    ],
    withoutProfile: [
      'about.md:9:53 link-anchor-exists/missingAnchor',
      'docs/index.md:8:3 link-file-exists/missingFileSuggestion',
      'docs/setup.md:13:35 link-file-exists/missingFileSuggestion',
      'docs/usage.markdown:7:26 link-file-exists/htmlForMarkdown',
      'index.md:8:43 link-file-exists/rootRelative',
      'index.md:9:3 link-file-exists/htmlForMarkdown',
      'index.md:9:37 link-file-exists/htmlForMarkdown',
      'index.md:11:3 link-file-exists/missingFile',
      'index.md:12:3 link-file-exists/rootRelative',
      'index.md:13:3 link-file-exists/missingFile',
    ],
  },
];

describe.each(cases)('fixtures/sites/$site', ({ site, profile, withoutProfile }) => {
  test(`with doclint:${site}: the broken links, and only those`, () => {
    expect(lint(site)).toEqual({ code: 1, findings: profile });
  });

  test("without a site (doclint's defaults): what the same tree got before profiles", () => {
    expect(lint(site, '--no-config-lookup')).toEqual({ code: 1, findings: withoutProfile });
  });
});

describe('doclint init on a copy of each fixture, without its config', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'doclint-sites-init-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  test.each(cases)('$site: detects the site; with only its preset, a run reports what the fixture does', (c) => {
    const root = join(scratch, c.site);
    cpSync(join(sites, c.site), root, { recursive: true });
    const fixtureConfig = JSON.parse(readFileSync(join(root, '.doclintrc.json'), 'utf8')) as Record<string, unknown>;
    rmSync(join(root, '.doclintrc.json'));
    const { CI: _ci, ...env } = process.env;
    const init = spawnSync(process.execPath, [bin, 'init'], { cwd: root, env, encoding: 'utf8' });
    expect({ code: init.status, stderr: init.stderr }).toEqual({ code: 0, stderr: '' });
    const written = JSON.parse(readFileSync(join(root, '.doclintrc.json'), 'utf8')) as Record<string, unknown>;
    expect(written.extends).toBe(`doclint:${c.site}`);
    // Where the fixture's config adds a link policy (mdBook's links out of the book, the AWS
    // guide's own site), init cannot know it; elsewhere the preset is the whole config.
    if (Object.keys(fixtureConfig).length === 1) expect(lintIn(root)).toEqual({ code: 1, findings: c.profile });
  });
});

test('every site profile has a fixture here', async () => {
  const { SITE_NAMES } = await import('../../src/sites/index.js');
  expect(cases.map((c) => c.site).sort()).toEqual([...SITE_NAMES].sort());
});

describe('--explain shows the site and the link policy', () => {
  const explain = (site: string, page: string, ...argv: string[]) => {
    const run = spawnSync(process.execPath, [bin, '--explain', page, ...argv], {
      cwd: join(sites, site),
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    return run.stdout.slice(run.stdout.indexOf('Site ('), run.stdout.indexOf('\nSettings:'));
  };

  test('a site from a preset, and the link policy from the config', () => {
    expect(explain('mdbook', 'src/README.md')).toBe(
      [
        'Site (project-wide): `mdbook` (mdBook); set by doclint:mdbook, extended by .doclintrc.json',
        "  an mdBook book: `x.html` is the chapter `x.md`, `index.html` and folders are `README.md`, `SUMMARY.md` is the table of contents, mdBook's heading ids",
        '  heading ids:       mdBook: letters, digits, `_` and `-` kept, ASCII in lower case, spaces to `-`; repeats `-1`, `-2`',
        '  fragments:         exact case (link-anchor-exists `ignoreCase` overrides)',
        "  folder links:      need an index page (the site's default)",
        '  `/path` links:     from `src`',
        '  table of contents: `SUMMARY.md`',
        'Link policy (project-wide):',
        '  ignore:  `../std/*`; set by .doclintrc.json',
        '  sites:   none; default',
        '',
      ].join('\n'),
    );
  });

  test('GitHub: fragments in lower case too, folders listed; AWS: `/path` on docs.aws.amazon.com, its own site', () => {
    expect(explain('github', 'README.md')).toMatch(
      /fragments: {9}exact case, or the fragment in lower case[^\n]*\n {2}folder links: {6}fine without an index page \(the site's default\)\n {2}`\/path` links: {5}from `\.`/,
    );
    expect(explain('aws-guide', 'doc_source/what-is.md')).toMatch(
      /`\/path` links: {5}pages of https:\/\/docs\.aws\.amazon\.com \(checked where `links\.sites` maps them\)\n[^]*sites: {3}`https:\/\/docs\.aws\.amazon\.com\/example\/latest\/userguide\/` → `doc_source`; set by \.doclintrc\.json/,
    );
  });

  test('no site: none, and what that means', () => {
    expect(explain('hugo', 'content/_index.md', '--no-config-lookup')).toMatch(
      /^Site \(project-wide\): none; default\n {2}no site set: [^\n]*\n[^]* {2}`\/path` links: {5}not checked \(no `settings\.rootDir`\)\n/,
    );
  });
});
