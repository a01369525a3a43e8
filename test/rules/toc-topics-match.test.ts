import { expect, test } from '@jest/globals';
import rule from '../../rules/toc-topics-match.js';
import { builtinRules } from '../../rules/index.js';
import { lintProject } from '../../src/index.js';
import { parseMarkdown } from '../../src/engine/parse.js';
import { renderedText } from '../../src/helpers/text.js';
import type { Fix } from '../../src/types.js';
import { RuleTester } from '../support/rule-tester.js';
import { mayHaveTopicsList } from '../../src/contracts/topics-list.js';

const TOC = [
  '# Guide',
  '',
  '+ [Security](security.md)',
  '   + [Data protection](data-protection.md)',
  '   + [Identity and access management](security-iam.md)',
  '      + [How it works with IAM](iam-how.md)',
  '   + [Logging](logging.md)',
  '+ [Monitoring](monitoring.md)',
  '',
].join('\n');

const page = (...items: string[]) => `# Security\n\n**Topics**\n${items.join('\n')}\n`;
const DATA = '+ [Data protection](data-protection.md)';
const IAM = '+ [Identity and access management](security-iam.md)';
const LOGGING = '+ [Logging](logging.md)';

new RuleTester().run(rule, {
  valid: [
    { name: 'exactly the children, in any order', files: { 'security.md': page(LOGGING, DATA, IAM), 'index.md': TOC } },
    {
      name: 'a grandchild nested under its parent, a link to a part of a child, same-page and external items',
      files: {
        'security.md': page(
          DATA,
          `${IAM}\n   + [How](iam-how.md)`,
          '+ [Logs](logging.md#cloudtrail)',
          '+ [Here](#here)',
        ),
        'index.md': TOC,
      },
    },
    {
      name: 'a list of the page own sections is not a list of children',
      files: { 'security.md': page('+ [Scope](#scope)', '+ [Limits](#limits)'), 'index.md': TOC },
    },
    {
      name: 'a link to a part of another page names a section, not a child',
      files: { 'security.md': page(DATA, IAM, LOGGING, '+ [Alarms](monitoring.md#alarms)'), 'index.md': TOC },
    },
    {
      name: 'an entry for a part of the page itself is not a child',
      files: {
        'security.md': page(DATA, IAM, LOGGING),
        'index.md': TOC.replace('+ [Monitoring]', '   + [Shared model](security.md#shared)\n+ [Monitoring]'),
      },
    },
    { name: 'no table of contents', files: { 'security.md': page(DATA) } },
    { name: 'a page the table of contents does not list', files: { 'other.md': page(DATA), 'index.md': TOC } },
    {
      name: '"Related topics" is not the topics list',
      files: {
        'security.md': `${page(DATA, IAM, LOGGING)}\n**Related topics**\n+ [Monitoring](monitoring.md)\n`,
        'index.md': TOC,
      },
    },
  ],
  invalid: [
    {
      // the rule skips pages without a label's word; a character reference must not hide the list
      name: 'a label spelled with a character reference is still the label',
      files: { 'security.md': `# Security\n\n**&#84;opics**\n${DATA}\n${IAM}\n`, 'index.md': TOC },
      errors: [{ messageId: 'missingChild', line: 5, column: 1 }],
    },
    {
      name: 'a renamed child, a child never added, an item the TOC places at the top',
      files: {
        'security.md': page(DATA, '+ [IAM](guardduty_managing_access.md)', '+ [Monitoring](monitoring.md)'),
        'index.md': TOC,
      },
      errors: [
        { messageId: 'notInToc', line: 5, column: 3 },
        {
          messageId: 'missingChild',
          line: 6,
          column: 1,
          message:
            'Expected `Identity and access management` (`security-iam.md`) in the topics list: ' +
            'the table of contents `index.md` places it under this page',
        },
        { messageId: 'missingChild', line: 6, column: 1 },
        {
          messageId: 'elsewhere',
          line: 6,
          column: 3,
          message:
            'Unexpected topic `monitoring.md`: the table of contents `index.md` places it at its top level, not under this page',
        },
      ],
    },
    {
      name: 'a grandchild at the top of the list is placed elsewhere',
      files: { 'security.md': page(DATA, IAM, LOGGING, '+ [How](iam-how.md)'), 'index.md': TOC },
      errors: [{ messageId: 'elsewhere', line: 7, column: 3 }],
    },
    {
      name: 'the order of the table of contents, when asked for',
      files: { 'security.md': page(IAM, DATA, LOGGING), 'index.md': TOC },
      options: { order: true },
      errors: [{ messageId: 'outOfOrder', line: 5, column: 3 }],
    },
    {
      name: 'the table of contents of a partial run is read for the rule (not linted)',
      files: { 'security.md': page(DATA, IAM) },
      unlinted: { 'index.md': TOC },
      errors: [{ messageId: 'missingChild', line: 5, column: 1 }],
    },
    {
      name: 'a configured label',
      files: { 'security.md': '# Security\n\n**In this section**\n' + DATA + '\n', 'index.md': TOC },
      options: { labels: ['In this section'] },
      errors: [
        { messageId: 'missingChild', line: 4, column: 1 },
        { messageId: 'missingChild', line: 4, column: 1 },
      ],
    },
    {
      name: "mdBook's SUMMARY.md, links to .html pages",
      files: {
        'src/SUMMARY.md': '# Summary\n\n- [Intro](intro.md)\n  - [Install](install.md)\n  - [Use](use.md)\n',
        'src/intro.md': '# Intro\n\n**Topics**\n- [Install](install.html)\n',
      },
      paths: ['src/install.md', 'src/use.md'],
      settings: { site: 'mdbook' },
      errors: [{ messageId: 'missingChild', path: 'src/intro.md', line: 4, column: 1 }],
    },
    {
      // A section of the nav is not a page: the page `Intro` has no children, its section does.
      name: "MkDocs' nav in mkdocs.yml: its sections are not pages",
      files: { 'docs/intro.md': '# Intro\n\n**Topics**\n- [Install](install.md)\n- [Old](old.md)\n' },
      unlinted: { 'mkdocs.yml': 'nav:\n  - Intro:\n    - intro.md\n    - Install: install.md\n' },
      paths: ['docs/install.md'],
      settings: { site: 'mkdocs' },
      errors: [
        {
          messageId: 'elsewhere',
          path: 'docs/intro.md',
          line: 4,
          column: 3,
          message:
            'Unexpected topic `install.md`: the table of contents `mkdocs.yml` places it under `Intro`, not under this page',
        },
        { messageId: 'notInToc', path: 'docs/intro.md', line: 5, column: 3 },
      ],
    },
  ],
});

/** Applies fixes to a text, last first, as `--fix` would: by line and column, end exclusive. */
function applyFixes(text: string, fixes: readonly Fix[]): string {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const offset = (p: Fix['start']) => lineStarts[p.line - 1]! + p.column - 1;
  let out = text;
  for (const fix of [...fixes].sort((a, b) => offset(b.start) - offset(a.start)))
    out = out.slice(0, offset(fix.start)) + fix.text + out.slice(offset(fix.end));
  return out;
}

/** The topics list's items as text and link, after the label. */
function topics(text: string): string[] {
  const tree = parseMarkdown(text);
  const list = tree.children.find((node) => node.type === 'list');
  if (list?.type !== 'list') return [];
  return list.children.map((item) => {
    const paragraph = item.children[0];
    const link = paragraph?.type === 'paragraph' ? paragraph.children[0] : undefined;
    return link?.type === 'link' ? `${renderedText(link)} -> ${link.url}` : '(not a link)';
  });
}

async function fixesOf(files: Record<string, string>, path: string): Promise<Fix[]> {
  const results = await lintProject(
    { documents: Object.entries(files).map(([p, text]) => ({ path: p, text })) },
    { rules: Object.fromEntries(builtinRules.map((r) => [r.meta.id, r.meta.id === rule.meta.id ? 'error' : 'off'])) },
    builtinRules,
  );
  return results.find((r) => r.path === path)!.diagnostics.flatMap((d) => (d.fix ? [d.fix] : []));
}

test('a missing child is appended after the last item, in the list marker and indentation, linked from the page', async () => {
  const toc = '# Guide\n\n* [Security](guide/security.md)\n  * [Data](guide/data.md)\n  * [Keys [KMS]](keys/kms.md)\n';
  const text = '# Security\n\n**Topics**\n  - [Data](data.md)\n\nMore text\\.\n';
  const fixes = await fixesOf({ 'index.md': toc, 'guide/security.md': text }, 'guide/security.md');
  expect(fixes).toEqual([
    { start: { line: 4, column: 20 }, end: { line: 4, column: 20 }, text: '\n  - [Keys \\[KMS\\]](../keys/kms.md)' },
  ]);
  const fixed = applyFixes(text, fixes);
  expect(fixed).toBe(
    '# Security\n\n**Topics**\n  - [Data](data.md)\n  - [Keys \\[KMS\\]](../keys/kms.md)\n\nMore text\\.\n',
  );
  expect(topics(fixed)).toEqual(['Data -> data.md', 'Keys [KMS] -> ../keys/kms.md']);
  expect(await fixesOf({ 'index.md': toc, 'guide/security.md': fixed }, 'guide/security.md')).toEqual([]);
});

test('an ordered, loose list gets the next number and a blank line; every missing child one item', async () => {
  const text = page('1. [Data protection](data-protection.md)\n\n2. [Logging](logging.md)');
  const fixes = await fixesOf({ 'index.md': TOC, 'security.md': text }, 'security.md');
  expect(fixes).toEqual([
    {
      start: { line: 6, column: 25 },
      end: { line: 6, column: 25 },
      text: '\n\n3. [Identity and access management](security-iam.md)',
    },
  ]);
  const fixed = applyFixes(text, fixes);
  expect(topics(fixed)).toEqual([
    'Data protection -> data-protection.md',
    'Logging -> logging.md',
    'Identity and access management -> security-iam.md',
  ]);
});

test('only a page that has a word of a label, or a character reference, is read for a topics list', () => {
  const options = { labels: ['Topics', 'Security *topics'] };
  expect(mayHaveTopicsList('# Setup\n\n**TOPICS**\n', options)).toBe(true);
  expect(mayHaveTopicsList('# Setup\n\nNo list here.\n', options)).toBe(false);
  expect(mayHaveTopicsList('# Setup\n\n**&#x54;opics**\n', options)).toBe(true);
  expect(mayHaveTopicsList('# Setup\n\nSecurity first.\n', { labels: ['Security *topics'] })).toBe(true);
  expect(mayHaveTopicsList('# Setup\n', { labels: ['*'] })).toBe(true);
});
