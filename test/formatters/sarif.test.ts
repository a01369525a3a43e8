import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { describe, expect, test } from '@jest/globals';
import type { Diagnostic, LintResult } from '../../src/types.js';
import { result } from '../support/result.js';
import { builtinRules } from '../../rules/index.js';
import { format } from '../../src/formatters/index.js';
import { formatSarif, pathToUri, PUBLISHED, ruleHelpUri, UNREADABLE_FILE_RULE_ID } from '../../src/formatters/sarif.js';

const VERSION = '1.2.3';

const SPACED = 'docs/My Guide #1/café?.md';

/** Several rules, a fatal unreadable file, an awkward path, a multi-line message, a diagnostic without an end. */
const realistic: LintResult[] = [
  result('doc_source/getting-started.md', [
    {
      ruleId: 'link-file-exists',
      messageId: 'wrongCase',
      severity: 'error',
      message: 'Unexpected letter case in `Data-Protection.md`: the file is `data-protection.md`',
      line: 9,
      column: 1,
      endLine: 9,
      endColumn: 42,
      suggestions: ['data-protection.md'],
    },
    {
      ruleId: 'link-anchor-exists',
      severity: 'warning',
      message: 'Cannot find anchor `#quotas` in `getting-started.md`;\ndid you mean `#quotas-and-limits`',
      line: 14,
      column: 41,
      endLine: 15,
      endColumn: 3,
    },
  ]),
  result('doc_source/image.md', [
    { ruleId: null, severity: 'error', message: 'Binary file: not linted', line: 1, column: 1, fatal: true },
  ]),
  result(SPACED, [
    { ruleId: 'security-topics-list', severity: 'error', message: 'Expected a "Topics" label', line: 3, column: 5 },
    {
      ruleId: 'anchor-unique',
      severity: 'warning',
      message: 'Anchor `#setup` is defined twice',
      line: 7,
      column: 1,
      endLine: 7,
      endColumn: 9,
    },
  ]),
];

interface SarifLog {
  $schema: string;
  version: string;
  runs: Array<{
    tool: { driver: Record<string, unknown> & { rules: Array<Record<string, any>> } };
    results: Array<Record<string, any>>;
  }>;
}

/**
 * The SARIF 2.1.0 schema as Microsoft's SARIF SDK ships it (`@microsoft/jest-sarif`, MIT): the
 * OASIS TC's rtm.5 schema, the last before the standard's text was frozen, which GitHub code
 * scanning's validator also follows. It is JSON Schema draft-04, hence ajv-draft-04.
 */
function sarifValidator() {
  const require = createRequire(import.meta.url);
  const schema = JSON.parse(
    readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'),
  );
  // unicodeRegExp off: the schema's `language` pattern has a stray `]` that only non-unicode
  // regular expressions accept (as draft-04 validators of its time compiled it).
  // Both are CommonJS with `exports.default`: under Node's ESM loader the default import is the module.
  const Ajv04 = ajvDraft04.default;
  const addFormats = ajvFormats.default;
  const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

const parse = (output: string) => JSON.parse(output) as SarifLog;
const sarif = (results: readonly LintResult[]) =>
  parse(formatSarif(results, { rules: builtinRules, version: VERSION }));
const fingerprints = (log: SarifLog) => log.runs[0]!.results.map((r) => r.partialFingerprints['doclint/v1'] as string);

describe('formatSarif', () => {
  test("validates against the SARIF 2.1.0 JSON schema (the SARIF team's rtm.5 schema, draft-04, formats checked)", () => {
    const validate = sarifValidator();
    const hostile = result('a,b:c%.md', [
      { ruleId: 'link-file-exists', severity: 'error', message: 'line\r\nbreak :: and %', line: 1, column: 1 },
    ]);
    for (const results of [realistic, [], [hostile], [result('clean.md', [])]]) {
      const log = JSON.parse(formatSarif(results, { rules: builtinRules, version: VERSION }));
      expect({ valid: validate(log), errors: validate.errors ?? null }).toEqual({ valid: true, errors: null });
    }
  });

  test('a fix is a SARIF fix: the region deleted (end column exclusive) and the text inserted; valid by the schema', () => {
    const fixed = result(SPACED, [
      {
        ruleId: 'link-file-exists',
        severity: 'error',
        message: 'Unexpected letter case',
        line: 2,
        column: 1,
        fix: { start: { line: 2, column: 5 }, end: { line: 2, column: 9 }, text: 'a.md' },
      },
    ]);
    const log = JSON.parse(formatSarif([fixed], { rules: builtinRules, version: VERSION }));
    const validate = sarifValidator();
    expect({ valid: validate(log), errors: validate.errors ?? null }).toEqual({ valid: true, errors: null });
    expect(log.runs[0].results[0].fixes).toEqual([
      {
        description: { text: 'Replace the text as doclint --fix does' },
        artifactChanges: [
          {
            artifactLocation: { uri: 'docs/My%20Guide%20%231/caf%C3%A9%3F.md', uriBaseId: '%SRCROOT%' },
            replacements: [
              {
                deletedRegion: { startLine: 2, startColumn: 5, endLine: 2, endColumn: 9 },
                insertedContent: { text: 'a.md' },
              },
            ],
          },
        ],
      },
    ]);
  });

  test('the schema check catches a broken log (so the check above can fail)', () => {
    const validate = sarifValidator();
    const log = JSON.parse(formatSarif(realistic, { rules: builtinRules, version: VERSION }));
    log.runs[0].results[0].level = 'fatal';
    log.runs[0].results[1].locations[0].physicalLocation.region.startLine = 0;
    expect(validate(log)).toBe(false);
    expect(validate.errors!.map((e: { instancePath: string }) => e.instancePath).sort()).toEqual(
      expect.arrayContaining([
        '/runs/0/results/0/level',
        '/runs/0/results/1/locations/0/physicalLocation/region/startLine',
      ]),
    );
  });

  test('is SARIF 2.1.0 with one run and the doclint driver', () => {
    const log = sarif(realistic);
    expect(log.$schema).toBe(
      'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json',
    );
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const { rules, ...driver } = log.runs[0]!.tool.driver;
    expect(driver).toEqual({
      name: 'doclint',
      version: VERSION,
      semanticVersion: VERSION,
    });
    expect(rules).toBeDefined();
    expect(log.runs[0]).not.toHaveProperty('originalUriBaseIds');
  });

  test('describes the rules used, sorted by id, the unreadable-file rule included', () => {
    const { rules } = sarif(realistic).runs[0]!.tool.driver;
    expect(rules.map((r) => r.id)).toEqual([
      'anchor-unique',
      UNREADABLE_FILE_RULE_ID,
      'link-anchor-exists',
      'link-file-exists',
      'security-topics-list',
    ]);
    expect(rules.map((r) => r.name)).toEqual([
      'AnchorUnique',
      'UnreadableFile',
      'LinkAnchorExists',
      'LinkFileExists',
      'SecurityTopicsList',
    ]);
    const meta = builtinRules.find((rule) => rule.meta.id === 'link-file-exists')!.meta;
    const linkFileExists = rules[3]!;
    expect(linkFileExists.shortDescription).toEqual({ text: meta.description });
    expect(linkFileExists.fullDescription.text).toContain(meta.description);
    // Unpublished, there is no URL to give: the help names the page in the installed package.
    expect(linkFileExists).not.toHaveProperty('helpUri');
    expect(linkFileExists.help.text).toContain(meta.description);
    expect(linkFileExists.help.text).toContain('Documentation: rules/link-file-exists.md in the doclint package');
    expect(linkFileExists.help.markdown).toContain('See `rules/link-file-exists.md` in the doclint package');
    expect(linkFileExists.defaultConfiguration).toEqual({ level: 'error' });
    expect(rules[1]).toMatchObject({ id: UNREADABLE_FILE_RULE_ID, defaultConfiguration: { level: 'error' } });
    expect(rules[1]).not.toHaveProperty('helpUri');
  });

  test('maps default severities to levels', () => {
    const rules = [
      { meta: { id: 'a-rule', description: 'A', messages: {}, defaultSeverity: 'warn' as const } },
      { meta: { id: 'b-rule', description: 'B', messages: {}, defaultSeverity: 'off' as const } },
    ];
    const diagnostic = (ruleId: string): Omit<Diagnostic, 'path'> => ({
      ruleId,
      severity: 'warning',
      message: 'm',
      line: 1,
      column: 1,
    });
    const log = parse(
      formatSarif([result('a.md', [diagnostic('b-rule'), diagnostic('a-rule')])], { rules, version: VERSION }),
    );
    expect(log.runs[0]!.tool.driver.rules.map((r) => [r.id, r.defaultConfiguration.level])).toEqual([
      ['a-rule', 'warning'],
      ['b-rule', 'none'],
    ]);
    expect(log.runs[0]!.results.map((r) => r.ruleIndex)).toEqual([1, 0]);
  });

  test('describes the directive problems (unused, no reason) as what they are, not as unreadable files', () => {
    const log = sarif([
      result('a.md', [
        {
          ruleId: 'doclint/unused-disable-directive',
          messageId: 'unusedDirective',
          severity: 'warning',
          message: 'Unused',
          line: 1,
          column: 1,
        },
        {
          ruleId: 'doclint/disable-directive-reason',
          messageId: 'missingReason',
          severity: 'error',
          message: 'Expected a reason',
          line: 1,
          column: 1,
        },
      ]),
    ]);
    expect(
      log.runs[0]!.tool.driver.rules.map((r) => [r.id, r.name, r.shortDescription.text, r.defaultConfiguration.level]),
    ).toEqual([
      [
        'doclint/disable-directive-reason',
        'DisableDirectiveReason',
        'A doclint-disable directive without a reason',
        'error',
      ],
      [
        'doclint/unused-disable-directive',
        'UnusedDisableDirective',
        'A doclint-disable directive that suppressed nothing',
        'warning',
      ],
    ]);
  });

  test('leaves the unreadable-file rule out when no file was unreadable', () => {
    const log = sarif([realistic[0]!]);
    expect(log.runs[0]!.tool.driver.rules.map((r) => r.id)).toEqual(['link-anchor-exists', 'link-file-exists']);
  });

  test('one result per diagnostic, in order, with rule index, level, message and region', () => {
    const log = sarif(realistic);
    const { rules } = log.runs[0]!.tool.driver;
    const results = log.runs[0]!.results;
    expect(results.map((r) => [r.ruleId, r.ruleIndex, r.level])).toEqual([
      ['link-file-exists', 3, 'error'],
      ['link-anchor-exists', 2, 'warning'],
      [UNREADABLE_FILE_RULE_ID, 1, 'error'],
      ['security-topics-list', 4, 'error'],
      ['anchor-unique', 0, 'warning'],
    ]);
    for (const r of results) expect(rules[r.ruleIndex]!.id).toBe(r.ruleId);
    expect(results[1]!.message).toEqual({
      text: 'Cannot find anchor `#quotas` in `getting-started.md`;\ndid you mean `#quotas-and-limits`',
    });
    for (const r of results) expect(r.locations).toHaveLength(1);
    expect(results.map((r) => r.locations[0].physicalLocation.region)).toEqual([
      { startLine: 9, startColumn: 1, endLine: 9, endColumn: 42 },
      { startLine: 14, startColumn: 41, endLine: 15, endColumn: 3 },
      { startLine: 1, startColumn: 1 },
      { startLine: 3, startColumn: 5 },
      { startLine: 7, startColumn: 1, endLine: 7, endColumn: 9 },
    ]);
    expect(results[0]!.properties).toEqual({ suggestions: ['data-protection.md'] });
    expect(results[1]).not.toHaveProperty('properties');
    expect(results[0]).not.toHaveProperty('fixes');
  });

  test('locates files by a percent-encoded URI relative to %SRCROOT%', () => {
    const locations = sarif(realistic).runs[0]!.results.map((r) => r.locations[0].physicalLocation.artifactLocation);
    expect(locations[0]).toEqual({ uri: 'doc_source/getting-started.md', uriBaseId: '%SRCROOT%' });
    expect(locations[3]).toEqual({ uri: 'docs/My%20Guide%20%231/caf%C3%A9%3F.md', uriBaseId: '%SRCROOT%' });
    expect(decodeURIComponent(locations[3]!.uri)).toBe(SPACED);
  });

  test.each([
    ['plain/path-1_a.b~c.md', 'plain/path-1_a.b~c.md'],
    ['100%.md', '100%25.md'],
    ['a b/c#d?e.md', 'a%20b/c%23d%3Fe.md'],
    ['c:colon.md', 'c%3Acolon.md'],
    ['[x]/ü 😀.md', '%5Bx%5D/%C3%BC%20%F0%9F%98%80.md'],
    ['lone\uD800.md', 'lone%EF%BF%BD.md'],
  ])('pathToUri(%j) is %j', (path, uri) => {
    expect(pathToUri(path)).toBe(uri);
    // a URI reference that resolves under the base without leaving it
    expect(new URL(uri, 'file:///repo/').href).toBe(`file:///repo/${uri}`);
  });

  test('fingerprints hash rule, path, message and occurrence: not the line', () => {
    const at = (line: number, message = 'Cannot find file `x.md`'): Omit<Diagnostic, 'path'> => ({
      ruleId: 'link-file-exists',
      severity: 'error',
      message,
      line,
      column: 3,
      endLine: line,
      endColumn: 10,
    });
    const before = fingerprints(sarif([result('a.md', [at(3), at(8), at(9, 'Cannot find file `y.md`')])]));
    // lines inserted above: every finding moves, none of the fingerprints change
    const after = fingerprints(sarif([result('a.md', [at(13), at(18), at(40, 'Cannot find file `y.md`')])]));
    expect(after).toEqual(before);
    expect(new Set(before).size).toBe(3); // two identical messages differ by occurrence
    expect(before[0]).toBe(
      createHash('sha256')
        .update(JSON.stringify(['link-file-exists', 'a.md', 'Cannot find file `x.md`', 0]))
        .digest('hex'),
    );
    expect(before[1]).toBe(
      createHash('sha256')
        .update(JSON.stringify(['link-file-exists', 'a.md', 'Cannot find file `x.md`', 1]))
        .digest('hex'),
    );
    // the same finding in another file is another finding
    expect(fingerprints(sarif([result('b.md', [at(3)])]))[0]).not.toBe(before[0]);
    for (const fingerprint of before) expect(fingerprint).toMatch(/^[0-9a-f]{64}$/);
  });

  test('is deterministic JSON with 2-space indent and a final newline', () => {
    const output = formatSarif(realistic, { rules: builtinRules, version: VERSION });
    expect(formatSarif(realistic, { rules: builtinRules, version: VERSION })).toBe(output);
    expect(output).toBe(`${JSON.stringify(JSON.parse(output), null, 2)}\n`);
    expect(output).not.toMatch(/Time|time"/);
  });

  test('an empty run still has a driver and no results', () => {
    const log = sarif([result('a.md', [])]);
    expect(log.runs[0]!.tool.driver.rules).toEqual([]);
    expect(log.runs[0]!.results).toEqual([]);
  });

  test("no helpUri for a built-in rule until doclint is published (no URL that would be a 404); a plugin rule's own URL", () => {
    expect(PUBLISHED).toBeUndefined();
    expect(ruleHelpUri({ id: 'anchor-unique', url: 'rules/anchor-unique.md' }, '0.1.0')).toBeUndefined();
    expect(ruleHelpUri({ id: 'anchor-unique' }, '1.0.0-beta.1')).toBeUndefined();
    expect(ruleHelpUri({ id: 'acme/no-todo', url: 'https://example.com/rules/no-todo' }, '0.1.0')).toBe(
      'https://example.com/rules/no-todo',
    );
    expect(ruleHelpUri({ id: 'acme/no-todo' }, '0.1.0')).toBeUndefined();
  });

  test('format("sarif") is wired', () => {
    const output = format('sarif', realistic, { color: true, rules: builtinRules, version: VERSION });
    expect(output).toBe(formatSarif(realistic, { rules: builtinRules, version: VERSION }));
  });
});

describe('formatSarif with hostile input', () => {
  test('a hostile file name and message give valid JSON, a percent-encoded relative URI, the same message back', () => {
    const path = '../evil\u001B[2J\n#?:%.md';
    const message = '"}]}\u0000 <script>alert(1)</script> \r\n\uD800';
    const log = sarif([result(path, [{ ruleId: 'x"y', severity: 'error', message, line: 1, column: 1 }])]);
    const location = log.runs[0]!.results[0]!.locations[0].physicalLocation.artifactLocation;
    expect(location).toEqual({ uri: '../evil%1B%5B2J%0A%23%3F%3A%25.md', uriBaseId: '%SRCROOT%' });
    expect(log.runs[0]!.results[0]!.message.text).toBe(message);
    expect(log.runs[0]!.results[0]!.ruleId).toBe('x"y');
  });
});
