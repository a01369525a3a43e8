/**
 * The real corpus: AWS documentation guides beside the repository (../shared/corpus/awsdocs, or
 * DOCLINT_CORPUS).
 * 1. The two guides that started the project give exactly the findings a careful reader lists.
 * 2. Every page of every guide is processed, and the full list of findings is pinned in a
 *    reviewed file, corpus.findings.json beside this test (as markdownlint pins real doc sets),
 *    so any change in behaviour shows up as a reviewed diff.
 * Without the corpus these tests are skipped, loudly, and the run still passes. The findings are
 * not a Jest snapshot on purpose: Jest counts the snapshots of a skipped test as obsolete, which
 * fails the run, and its `-u` hint would delete the reviewed findings. To accept a change in the
 * findings, run this file with DOCLINT_UPDATE_CORPUS=1 and review the diff of the JSON file.
 */
import { describe, expect, test } from '@jest/globals';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.js';

/** The checkout: the nearest folder above this file with a package.json (wherever the test sits). */
function checkout(): string {
  for (let folder = dirname(fileURLToPath(import.meta.url)); ; folder = dirname(folder)) {
    if (existsSync(join(folder, 'package.json')) || dirname(folder) === folder) return folder;
  }
}

const corpus = process.env.DOCLINT_CORPUS || join(checkout(), '../shared/corpus/awsdocs');
const present = existsSync(corpus);
const findingsFile = fileURLToPath(new URL('./corpus.findings.json', import.meta.url));
/** the findings of the table of contents rules as doclint:aws-guide turns them on, reviewed */
const tocFindingsFile = fileURLToPath(new URL('./corpus.toc-findings.json', import.meta.url));

interface PinnedFindings {
  /** guide → `rule/messageId` → how many */
  findingsPerGuideAndRule: Record<string, Record<string, number>>;
  /** `path:line:column rule/messageId message`, in report order */
  everyFinding: string[];
}

interface JsonResult {
  filePath: string;
  messages: Array<{
    ruleId: string | null;
    messageId?: string;
    line: number;
    column: number;
    message: string;
    fatal?: boolean;
  }>;
}

async function lintFolder(cwd: string, argv: string[] = []): Promise<{ code: number; results: JsonResult[] }> {
  let out = '';
  const code = await main({
    argv: ['--format', 'json', ...argv],
    cwd,
    stdout: { write: (c: string) => (out += c) },
    stderr: { write: () => true },
    env: {},
  });
  return { code, results: JSON.parse(out) as JsonResult[] };
}

const lines = (results: JsonResult[]) =>
  results.flatMap((r) =>
    r.messages.map(
      (m) => `${r.filePath}:${m.line}:${m.column} ${m.ruleId ?? '(file)'}/${m.messageId ?? ''} ${m.message}`,
    ),
  );

if (!present) {
  const reason = `no corpus at ${corpus}: clone it to ../shared/corpus/awsdocs beside the repository, or set DOCLINT_CORPUS`;
  test(`AWS corpus: SKIPPED (${reason})`, () => {
    console.warn(`SKIPPED: the AWS corpus tests (3 tests, every finding on 8,244 pages): ${reason}`);
  });
}

test('the reviewed corpus findings are in corpus.findings.json, well formed', () => {
  const pinned = JSON.parse(readFileSync(findingsFile, 'utf8')) as PinnedFindings;
  expect(Object.keys(pinned).sort()).toEqual(['everyFinding', 'findingsPerGuideAndRule']);
  expect(pinned.everyFinding.length).toBe(
    Object.values(pinned.findingsPerGuideAndRule)
      .flatMap(Object.values)
      .reduce((a, b) => a + b, 0),
  );
});

(present ? describe : describe.skip)('AWS corpus', () => {
  test('aws-directory-service-admin-guide: exactly the findings a careful reader lists', async () => {
    const { code, results } = await lintFolder(join(corpus, 'aws-directory-service-admin-guide'));
    expect(code).toBe(1);
    expect(lines(results)).toEqual([
      // The SRV record requirements have no anchor in prereq_connector.md (its headings slug to other ids).
      'doc_source/ad_connector_troubleshooting.md:57:341 link-anchor-exists/missingAnchor Cannot find anchor `#srv_records` in `prereq_connector.md`',
      // "Directory consumer account" carries the anchor of "Directory owner account" above it.
      'doc_source/ms_ad_directory_sharing_key_concepts.md:11:30 anchor-unique/duplicateAnchor Unexpected duplicate anchor `#directory_owner`; line 7 defines it first, as a `name`',
      // The port test tool archive is not in the repository.
      'doc_source/ms_ad_troubleshooting_trusts.md:63:5 link-file-exists/missingFile Cannot find file `samples/DirectoryServicePortTest.zip`',
      'doc_source/prereq_connector.md:139:27 link-file-exists/missingFile Cannot find file `samples/DirectoryServicePortTest.zip`',
      // The table of contents added this page to the security section; the topics list never got it.
      'doc_source/security.md:18:1 toc-topics-match/missingChild Expected `Cross-service confused deputy prevention` (`cross-service-confused-deputy-prevention.md`) in the topics list: the table of contents `doc_source/index.md` places it under this page',
    ]);
  });

  test('amazon-guardduty-user-guide: exactly the findings a careful reader lists', async () => {
    const { code, results } = await lintFolder(join(corpus, 'amazon-guardduty-user-guide'));
    expect(code).toBe(1);
    expect(lines(results)).toEqual([
      // A site path: it works on the published site, but nothing in the repository says what `/` is.
      'doc_source/data-protection.md:23:295 link-file-exists/rootRelative Cannot check root-relative link `/guardduty/latest/ug/guardduty_data-sources.html`: it depends on where the site is published; use a relative link, or set `settings.rootDir` if `/` is a folder of this project',
      // A page of the IAM guide, linked as if it were in this guide.
      'doc_source/guardduty_finding-types-ec2.md:779:458 link-file-exists/missingFile Cannot find file `id_roles_use_revoke-sessions.html`',
      // The web page of a Markdown file that is in the guide.
      'doc_source/guardduty_finding-types-iam.md:273:400 link-file-exists/htmlForMarkdown Cannot find file `s3_detection.html`; link to the Markdown page `s3_detection.md`',
      // Two remediation sections share one anchor: links to the second land on the first.
      'doc_source/guardduty_finding-types-retired.md:367:6 anchor-unique/duplicateAnchor Unexpected duplicate anchor `#backdoor2_remediation`; line 349 defines it first, as a `name`',
      // "Evidence" carries the anchor of "Additional information".
      'doc_source/guardduty_findings-summary.md:122:12 anchor-unique/duplicateAnchor Unexpected duplicate anchor `#finding-additional-info`; line 113 defines it first, as a `name`',
      // Three managed-policy sections carry the same anchor (copied from the service-linked role's).
      'doc_source/security-iam-awsmanpol.md:66:53 anchor-unique/duplicateAnchor Unexpected duplicate anchor `#security-iam-awsmanpol-AWSServiceRoleForAmazonGuardDuty`; line 11 defines it first, as a `name`',
      'doc_source/security-iam-awsmanpol.md:112:56 anchor-unique/duplicateAnchor Unexpected duplicate anchor `#security-iam-awsmanpol-AWSServiceRoleForAmazonGuardDuty`; line 11 defines it first, as a `name`',
      // The page's anchor is `guardduty_data-sources`; there is no `.title` anchor.
      'doc_source/what-is-guardduty.md:3:104 link-anchor-exists/missingAnchorSuggestion Cannot find anchor `#guardduty_data-sources.title` in `guardduty_data-sources.md`; did you mean `#guardduty_data-sources`',
    ]);
  });

  test('every page of every guide is processed; the findings are pinned', async () => {
    const { code, results } = await lintFolder(corpus);
    expect(code).toBe(1);
    expect(results.length).toBe(8244);
    const fatal = results.filter((r) => r.messages.some((m) => m.fatal));
    expect(fatal.map((r) => r.filePath)).toEqual(['iam-user-guide/doc_source/._reference_policies_condition-keys.md']);
    const counts: Record<string, Record<string, number>> = {};
    for (const r of results) {
      const guide = r.filePath.split('/')[0]!;
      for (const m of r.messages) {
        const key = `${m.ruleId ?? '(file)'}/${m.messageId ?? ''}`;
        (counts[guide] ??= {})[key] = (counts[guide][key] ?? 0) + 1;
      }
    }
    const sorted = (record: Record<string, number>) =>
      Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1)));
    const actual: PinnedFindings = {
      findingsPerGuideAndRule: Object.fromEntries(
        Object.keys(counts)
          .sort()
          .map((guide) => [guide, sorted(counts[guide]!)]),
      ),
      everyFinding: lines(results),
    };
    if (process.env.DOCLINT_UPDATE_CORPUS === '1') {
      writeFileSync(findingsFile, `${JSON.stringify(actual, null, 2)}\n`);
      console.warn(`UPDATED ${findingsFile}: review its diff before committing`);
    }
    const pinned = JSON.parse(readFileSync(findingsFile, 'utf8')) as PinnedFindings;
    expect(actual.findingsPerGuideAndRule).toEqual(pinned.findingsPerGuideAndRule);
    expect(actual.everyFinding).toEqual(pinned.everyFinding);
  }, 600_000);

  test('the table of contents rules, as doclint:aws-guide sets them (link-text-title as warn): pinned', async () => {
    // Only the TOC rules, so that the findings of the other rules are pinned once (above).
    const folder = mkdtempSync(join(tmpdir(), 'doclint-corpus-toc-'));
    const config = join(folder, 'toc.doclintrc.json');
    const others = ['anchor-unique', 'link-anchor-exists', 'link-definition-used', 'link-file-exists'];
    const rules = {
      ...Object.fromEntries(
        [
          ...others,
          'link-reference-defined',
          'page-contract',
          'security-shared-responsibility',
          'security-topics-list',
        ].map((id) => [id, 'off']),
      ),
      'link-text-title': 'warn',
    };
    writeFileSync(config, JSON.stringify({ extends: 'doclint:aws-guide', rules }));
    try {
      const { results } = await lintFolder(corpus, ['--config', config]);
      const found = lines(results.map((r) => ({ ...r, messages: r.messages.filter((m) => m.ruleId !== null) })));
      if (process.env.DOCLINT_UPDATE_CORPUS === '1')
        writeFileSync(tocFindingsFile, `${JSON.stringify(found, null, 2)}\n`);
      expect(found).toEqual(JSON.parse(readFileSync(tocFindingsFile, 'utf8')));
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 600_000);
});
