/**
 * Which pages the security rules check, through the built binary on small projects
 * (fixtures/projects/security-pages/): with no config, only a guide's security page that names
 * AWS, so another repository's `security.md` is not asked for AWS wording; one security page per
 * guide, so a feature's "Security in …" page nested in the table of contents is not taken for it;
 * a config that sets the rules checks every security page, as before.
 */
import { describe, expect, test } from '@jest/globals';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runDoclint as run } from '../support/binary.js';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = join(repo, 'fixtures/projects/security-pages');

interface JsonResult {
  filePath: string;
  messages: Array<{ ruleId: string | null; messageId?: string; line: number; column: number; message: string }>;
}

/** Every finding of a run of the project, as `path:line:column rule/messageId message`, and the exit code. */
function lint(project: string, args: string[] = []): { code: number | null; findings: string[] } {
  const { code, stdout, stderr } = run(join(fixtures, project), ['--format', 'json', ...args]);
  expect(stderr).toBe('');
  const findings = (JSON.parse(stdout) as JsonResult[]).flatMap((r) =>
    r.messages.map((m) => `${r.filePath}:${m.line}:${m.column} ${m.ruleId}/${m.messageId} ${m.message}`),
  );
  return { code, findings };
}

const MISSING_ALL = (path: string) => [
  `${path}:1:1 security-shared-responsibility/missingSentence Expected the sentence \`Security is a shared responsibility between AWS and you\` in the shared-responsibility section`,
  `${path}:1:1 security-shared-responsibility/missingModelLink Expected a link to the shared responsibility model (\`https://aws.amazon.com/compliance/shared-responsibility-model/\`)`,
  `${path}:1:1 security-shared-responsibility/missingItem Expected the item \`Security of the cloud\` in the shared-responsibility section`,
  `${path}:1:1 security-shared-responsibility/missingItem Expected the item \`Security in the cloud\` in the shared-responsibility section`,
  `${path}:1:1 security-topics-list/missing Expected a topics list on this security page: a \`**Topics**\` label followed by a list of links to its child pages`,
];

describe('no config: the AWS contract checks only an AWS guide’s security page', () => {
  test("another repository's security.md, a title-matched page and a SECURITY.md policy: no AWS wording asked for", () => {
    expect(lint('not-aws')).toEqual({ code: 0, findings: [] });
  });

  test('an AWS guide with security.md and a feature page nested in its table of contents: only the guide’s page', () => {
    expect(lint('aws-feature')).toEqual({
      code: 1,
      findings: [
        'doc_source/security.md:6:1 security-shared-responsibility/missingItem Expected the item `Security in the cloud` in the shared-responsibility section',
      ],
    });
  });

  test('an AWS guide with no security.md: its top-level page matched by title is checked, the nested one is not', () => {
    expect(lint('aws-by-title')).toEqual({
      code: 1,
      findings: [
        'doc_source/gadget-security.md:11:1 security-topics-list/notALink Unexpected topics list item that is not a link: `Logging and monitoring`',
      ],
    });
  });

  test('a page linted alone reads its guide’s table of contents (a pre-commit run): the nested page stays unchecked', () => {
    expect(lint('aws-by-title', ['doc_source/streams-security.md'])).toEqual({ code: 0, findings: [] });
    expect(lint('aws-feature', ['doc_source/custom-security.md'])).toEqual({ code: 0, findings: [] });
    expect(lint('aws-by-title', ['doc_source/gadget-security.md']).findings).toHaveLength(1);
  });

  test('the cache keeps a title-matched page’s findings for the cross-file decision', () => {
    const folder = mkdtempSync(join(tmpdir(), 'doclint-security-pages-'));
    try {
      cpSync(join(fixtures, 'aws-by-title'), folder, { recursive: true });
      const first = run(folder, ['--cache', '--stats']);
      const second = run(folder, ['--cache', '--stats']);
      expect(second.stderr).toContain('6 pages: 6 from the cache, 0 parsed');
      expect([second.code, second.stdout]).toEqual([first.code, first.stdout]);
      expect(second.code).toBe(1);
      expect(second.stdout).toContain('Unexpected topics list item that is not a link: `Logging and monitoring`');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

test('a config that extends doclint:aws-security checks every security page, AWS or not', () => {
  expect(lint('forced')).toEqual({
    code: 1,
    findings: [...MISSING_ALL('docs/security.md'), ...MISSING_ALL('docs/workloads/pod-security.md')],
  });
});

describe('--explain says whether the security rules check a page, and why', () => {
  const explain = (project: string, page: string) => {
    const { code, stdout } = run(join(fixtures, project), ['--explain', page]);
    expect(code).toBe(0);
    const start = stdout.indexOf('Security page:');
    return stdout.slice(start, stdout.indexOf('\n\n', start));
  };

  test('a security.md that does not name AWS, with no config', () => {
    expect(explain('not-aws', 'docs/security.md')).toBe(
      [
        'Security page: yes, by file name: `security.md` is one of `settings.securityPage.fileNames`',
        '  Names AWS: no: neither its title nor its opening (before its first subheading) names `AWS` or `Amazon`',
        '  Checked by: no rule',
        '  (`security-shared-responsibility`, `security-topics-list`: on only by default, no config sets them, so ' +
          'they check only pages that name AWS; a config that sets them, such as `"extends": "doclint:aws-security"`, ' +
          'checks this page)',
      ].join('\n'),
    );
  });

  test('the same page under a config that extends doclint:aws-security', () => {
    expect(explain('forced', 'docs/security.md')).toBe(
      [
        'Security page: yes, by file name: `security.md` is one of `settings.securityPage.fileNames`',
        '  Checked by: `security-shared-responsibility`, `security-topics-list`',
      ].join('\n'),
    );
  });

  test("a feature's page: by title, but not its guide's security page", () => {
    expect(explain('aws-feature', 'doc_source/custom-security.md')).toBe(
      [
        'Security page: yes, by title prefix: the title starts with `Security in`, one of `settings.securityPage.titlePrefixes`',
        "  Its guide's security page: no: the guide's security page is `doc_source/security.md`, by its file name",
        '  Names AWS: yes, its title names `Amazon`',
        '  Checked by: no rule',
      ].join('\n'),
    );
    expect(explain('aws-by-title', 'doc_source/streams-security.md')).toContain(
      "  Its guide's security page: no: `doc_source/index.md` lists it below `Gadget streams`: a feature's security page\n",
    );
  });

  test("a guide's security page matched by its title", () => {
    expect(explain('aws-by-title', 'doc_source/gadget-security.md')).toBe(
      [
        'Security page: yes, by title prefix: the title starts with `Security in`, one of `settings.securityPage.titlePrefixes`',
        "  Its guide's security page: yes: no page of its guide is a security page by file name, and its table of " +
          'contents does not nest it',
        '  Names AWS: yes, its title names `Amazon`',
        '  Checked by: `security-shared-responsibility`, `security-topics-list`',
      ].join('\n'),
    );
  });

  test('a SECURITY.md policy is not a security page', () => {
    expect(explain('not-aws', 'SECURITY.md')).toBe(
      'Security page: no: its file name is not one of `security.md`, and its title `Security Policy` does not start ' +
        'with one of `Security in`, `Security for`, `Security of`',
    );
  });
});
