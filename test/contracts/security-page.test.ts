/**
 * Which pages the security rules check (src/contracts/security-page.ts): whether a page names AWS,
 * which page is its guide's security page, and how the config decides (on by default: only pages
 * that name AWS; set by a config: every security page).
 */
import { describe, expect, test } from '@jest/globals';
import type { Config, TocEntry } from '../../src/types.js';
import { lintProject } from '../../src/index.js';
import { resolveRules } from '../../src/engine/config/resolve.js';
import { resolveConfig } from '../../src/engine/config/cascade.js';
import { parseMarkdown } from '../../src/engine/parse.js';
import { awsMention, notGuideSecurityPage } from '../../src/contracts/security-page.js';
import { builtinRules } from '../../rules/index.js';
import { compactLine } from '../support/compact.js';
import { securityPage } from '../support/rule-tester.js';

describe('awsMention: the page names AWS in its title or its opening', () => {
  const mention = (text: string) => awsMention(parseMarkdown(text));

  test('the title, then the opening; the word that names it', () => {
    expect(mention('# Security in Amazon SQS\n\nText.\n')).toBe('its title names `Amazon`');
    expect(mention('# Security in Elastic Load Balancing\n\nCloud security at AWS is the highest priority.\n')).toBe(
      'its opening names `AWS`',
    );
    expect(mention('---\n\n# Security for Acme\n\n+ Run on **AWS** or elsewhere.\n')).toBe('its opening names `AWS`');
  });

  test('not below the first subheading, not in code, not another word or another case', () => {
    expect(mention('# Security\n\nHow to secure a cluster.\n\n## Clouds\n\nOn AWS, use IAM roles.\n')).toBeUndefined();
    expect(mention('# Security\n\n```sh\nAWS_REGION=x run\n```\n\n<p>AWS</p>\n')).toBeUndefined();
    expect(mention('# Security of AWSome apps\n\nRun `aws configure` for the amazonian cluster.\n')).toBeUndefined();
    expect(mention('Intro.\n\n## Security in Amazon X\n')).toBeUndefined();
  });
});

describe("notGuideSecurityPage: a guide's one security page", () => {
  const entry = (text: string, target: string, parent = -1): TocEntry => ({ text, target, parent });
  const files =
    (...paths: string[]) =>
    (path: string) =>
      paths.includes(path);

  test('a page named security.md in its folder, or above it up to the table of contents, is the guide’s', () => {
    const toc = { path: 'guide/index.md', entries: [] };
    expect(notGuideSecurityPage('guide/custom-security.md', ['security.md'], files('guide/security.md'), toc)).toBe(
      "the guide's security page is `guide/security.md`, by its file name",
    );
    expect(notGuideSecurityPage('guide/a/x-security.md', ['security.md'], files('guide/security.md'), toc)).toBe(
      "the guide's security page is `guide/security.md`, by its file name",
    );
    // above the table of contents is another guide; without one, only the page's folder counts
    expect(notGuideSecurityPage('guide/x.md', ['security.md'], files('security.md'), toc)).toBeUndefined();
    expect(notGuideSecurityPage('guide/x.md', ['security.md'], files('security.md'), undefined)).toBeUndefined();
    expect(notGuideSecurityPage('guide/x.md', ['security.md'], files('other/security.md'), undefined)).toBeUndefined();
    expect(notGuideSecurityPage('guide/x.md', [], files('guide/security.md'), toc)).toBeUndefined();
  });

  test('a page the table of contents nests below another entry is a feature’s; one at the top level is the guide’s', () => {
    const toc = {
      path: 'index.md',
      entries: [
        entry('What is S3 on Outposts?', 'outposts.md'),
        entry('Security in S3 on Outposts', 'o-sec.md', 0),
        entry('Amazon S3 security', 'security.md'),
      ],
    };
    expect(notGuideSecurityPage('o-sec.md', ['security.md'], files(), toc)).toBe(
      "`index.md` lists it below `What is S3 on Outposts?`: a feature's security page",
    );
    expect(notGuideSecurityPage('outposts.md', ['security.md'], files(), toc)).toBeUndefined();
    expect(notGuideSecurityPage('unlisted.md', ['security.md'], files(), toc)).toBeUndefined();
    // listed twice, once at the top level
    const twice = { path: 'index.md', entries: [...toc.entries, entry('Security in S3 on Outposts', 'o-sec.md')] };
    expect(notGuideSecurityPage('o-sec.md', ['security.md'], files(), twice)).toBeUndefined();
  });

  test('below a single entry that wraps the whole list, the entries right under it are the top level', () => {
    const toc = {
      path: 'index.md',
      entries: [
        entry('Acme Guide', 'welcome.md'),
        entry('Security in Acme', 'acme-security.md', 0),
        entry('Security in Acme streams', 'streams-security.md', 1),
      ],
    };
    expect(notGuideSecurityPage('acme-security.md', ['security.md'], files(), toc)).toBeUndefined();
    expect(notGuideSecurityPage('streams-security.md', ['security.md'], files(), toc)).toBe(
      "`index.md` lists it below `Security in Acme`: a feature's security page",
    );
  });
});

describe('the config decides: on by default, only AWS pages; set by a config, every security page', () => {
  const lint = async (files: Record<string, string>, config: Config = {}) =>
    (
      await lintProject(
        { documents: Object.entries(files).map(([path, text]) => ({ path, text })) },
        config,
        builtinRules,
      )
    ).flatMap((r) => r.diagnostics.map((d) => `${r.path} ${compactLine(d)}`));
  const notAws = { 'security.md': '# Security\n\nReport vulnerabilities to security@example.org.\n' };
  const topicsMissing =
    'security.md 1:1 error security-topics-list/missing Expected a topics list on this security page: ' +
    'a `**Topics**` label followed by a list of links to its child pages';

  test('onlyAwsPages: on while no config sets the rules; a preset that turns them on sets them', () => {
    const onlyAws = (config: Config) =>
      Object.fromEntries(
        resolveRules(config, builtinRules).flatMap(({ rule: r, options }) =>
          'onlyAwsPages' in options ? [[r.meta.id, options.onlyAwsPages]] : [],
        ),
      );
    expect(onlyAws({})).toEqual({ 'security-shared-responsibility': true, 'security-topics-list': true });
    const preset = resolveConfig({ extends: 'doclint:aws-security' }, builtinRules).rootConfig;
    expect(onlyAws(preset)).toEqual({ 'security-shared-responsibility': false, 'security-topics-list': false });
    const recommended = resolveConfig({ extends: 'doclint:recommended' }, builtinRules).rootConfig;
    expect(onlyAws(recommended)).toEqual({});
  });

  test('a config that sets a rule, by its severity alone, checks a page that does not name AWS', async () => {
    expect(await lint(notAws)).toEqual([]);
    expect(await lint(notAws, { rules: { 'security-topics-list': 'warn' } })).toEqual([
      topicsMissing.replace('1:1 error', '1:1 warning'),
    ]);
  });

  test('onlyAwsPages set in a config narrows a rule the config turns on', async () => {
    const config: Config = {
      rules: { 'security-shared-responsibility': 'off', 'security-topics-list': ['error', { onlyAwsPages: true }] },
    };
    expect(await lint(notAws, config)).toEqual([]);
    expect(await lint({ 'security.md': '# Security in AWS X\n' }, config)).toEqual([topicsMissing]);
  });

  test('one security page per guide holds under any config: security.md wins over a page matched by title', async () => {
    const files = { 'security.md': securityPage(), 'custom-security.md': '# Security in Amazon X Custom\n' };
    const onlyTopics: Config = {
      rules: { 'link-file-exists': 'off', 'security-shared-responsibility': 'off', 'security-topics-list': 'error' },
    };
    expect(await lint(files, onlyTopics)).toEqual([]);
    expect(await lint({ 'custom-security.md': files['custom-security.md'] }, onlyTopics)).toEqual([
      'custom-security.md 1:1 error security-topics-list/missing Expected a topics list on this security page: ' +
        'a `**Topics**` label followed by a list of links to its child pages',
    ]);
  });

  test("a disable directive on a page matched by title silences its reports, which wait for the guide's pages", async () => {
    const directive = '<!-- doclint-disable-file security-topics-list -- not written yet -->\n';
    const config: Config = {
      rules: { 'security-shared-responsibility': 'off' },
      reportUnusedDisableDirectives: 'error',
    };
    expect(await lint({ 'x-security.md': '# Security in Amazon X\n' }, config)).toEqual([
      topicsMissing.replace('security.md', 'x-security.md'),
    ]);
    expect(await lint({ 'x-security.md': `${directive}# Security in Amazon X\n` }, config)).toEqual([]);
  });
});
