/**
 * One table of command-line cases, each run twice: in-process through `main()` and as a user
 * runs it, through the built binary (`npm test` builds first). Both must agree exactly.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.js';

const repo = fileURLToPath(new URL('../..', import.meta.url));
/** --list-rules shows a built-in rule's page in the package (here, the checkout) until doclint is published. */
const ruleDoc = (id: string) => join(repo, 'rules', `${id}.md`);
const projects = join(repo, 'fixtures/projects');
const bin = join(repo, 'dist/src/bin.js');

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

async function runInProcess(cwd: string, argv: string[], env: Record<string, string> = {}): Promise<Outcome> {
  let stdout = '';
  let stderr = '';
  const code = await main({
    argv,
    cwd,
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { write: (chunk: string) => (stderr += chunk) },
    env: { ...env },
  });
  return { code, stdout, stderr };
}

function runBinary(cwd: string, argv: string[], env: Record<string, string> = {}): Outcome {
  const { CI: _ci, NO_COLOR: _nc, FORCE_COLOR: _fc, ...inherited } = process.env;
  const result = spawnSync(process.execPath, [bin, ...argv], { cwd, env: { ...inherited, ...env }, encoding: 'utf8' });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

interface Case {
  name: string;
  cwd: string;
  args: string[];
  env?: Record<string, string>;
  code: 0 | 1 | 2;
  stdout?: string | RegExp;
  stderr?: string | RegExp;
  /** worker threads run compiled JavaScript: from the TypeScript sources, only the binary can */
  binaryOnly?: true;
}

const GUIDE_REPORT = `docs/security.md
  6:1   error    Expected the item \`Security in the cloud\` in the shared-responsibility section  security-shared-responsibility
  10:3  error    Cannot find anchor \`#overview\` in \`security-iam.md\`                             link-anchor-exists
  11:1  error    Unexpected topics list item that is not a link: \`Logging and monitoring\`        security-topics-list

docs/welcome.md
  3:67  error    Cannot find file \`setting-up.md\`                                                  link-file-exists
  7:70  error    Unexpected letter case in \`Data-Protection.md\`: the file is \`data-protection.md\`  link-file-exists

\u2716 5 problems (5 errors, 0 warnings)
  1 error and 0 warnings potentially fixable with the \`--fix\` option.
`;

/** fixtures/projects/contracts: page contracts in .doclintrc.yaml, one of them by place in guide/index.md. */
const CONTRACTS_REPORT = `guide/api.md
  9:1  error    Unexpected item that is not a link in the section \`Topics\`: \`ReceiveMessage\` (contract \`reference\`)  page-contract

guide/compliance.md
  3:1   error    Expected the sentence \`Third-party auditors assess the security and compliance of * as part of multiple AWS compliance programs\`; found \`Third-party auditors assess the security and compliance of Example Service as part of several AWS compliance programs\` (contract \`compliance-page\`)  page-contract
  11:1  error    Expected the item \`AWS Audit Manager\` in the section \`Learn more\` (contract \`compliance-page\`)                                                                                                                                                                                                page-contract

guide/pci.md
  1:1  error    Expected a link to \`https://aws.amazon.com/compliance/programs/\` (contract \`compliance-section\`)  page-contract

\u2716 4 problems (4 errors, 0 warnings)
`;

const CASCADE_REPORT = `README.md
  3:33  error    Cannot find anchor \`#Install-Steps\` in \`docs/setup.md\`; did you mean \`#install-steps\`  link-anchor-exists
  3:79  error    Cannot find file \`missing.md\`                                                          link-file-exists

docs/index.md
  5:1  error    Expected a reason in the \`doclint-disable-next-line link-file-exists\` directive, after \`--\` (\`requireDirectiveReason\` is on): \`<!-- doclint-disable-next-line link-file-exists -- why -->\`  doclint/disable-directive-reason

docs/security.md
  9:1  error    Unexpected topics list item that is not a link: \`Logging\`  security-topics-list

docs/setup.md
  5:37  error    Unexpected duplicate anchor \`#download\`; line 5 defines it first, as a \`name\`  anchor-unique

notes.draft.md
  3:5  warning  Cannot find file \`nowhere.md\`  link-file-exists

\u2716 6 problems (5 errors, 1 warning)
`;

const scratch = join(tmpdir(), `doclint-cli-${process.pid}`);

beforeAll(() => {
  if (!existsSync(bin)) throw new Error('dist/src/bin.js is missing: run `npm run build` (npm test does it first)');
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch, { recursive: true });
  const bad = join(scratch, 'bad');
  mkdirSync(join(bad, 'folder.md'), { recursive: true });
  writeFileSync(
    join(bad, '._page.md'),
    Buffer.from([0x00, 0x05, 0x16, 0x07, 0x00, 0x02, 0x00, 0x00, 0x4d, 0x61, 0x63]),
  );
  writeFileSync(join(bad, 'latin1.md'), Buffer.from('# Caf\xe9\n\nline two\n', 'latin1'));
  writeFileSync(join(bad, 'utf16.md'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('# Hi\n', 'utf16le')]));
  writeFileSync(join(bad, 'empty.md'), '');
  writeFileSync(join(bad, 'big.md'), `# Big\n\n${'word '.repeat(300_000)}\n`);
  writeFileSync(join(bad, 'lone-cr.md'), '# Title\r\rSee [x](x.md).\r');
  symlinkSync('.', join(bad, 'loop'));
  symlinkSync('missing-target.md', join(bad, 'dangling.md'));
  const config = join(scratch, 'config');
  mkdirSync(config);
  writeFileSync(
    join(config, 'warn.json'),
    JSON.stringify({ rules: { 'link-file-exists': 'warn', 'link-anchor-exists': 'off' } }),
  );
  writeFileSync(join(config, 'broken.json'), '{ "rules": { "link-file-exists": "warn", }\n}');
  writeFileSync(join(config, 'page.md'), '[a](a.md) [b](b.md)\n');
  const directives = join(scratch, 'directives');
  mkdirSync(directives);
  writeFileSync(
    join(directives, 'page.md'),
    '<!-- doclint-disable-next-line link-file-exists -- it is there now -->\n[a](page.md)\n',
  );
});

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

const cases = (): Case[] => [
  {
    name: 'a guide with findings: stylish report, exit 1',
    cwd: join(projects, 'guide'),
    args: [],
    code: 1,
    stdout: GUIDE_REPORT,
    stderr: '',
  },
  {
    name: 'paths from another folder are shown relative to the working directory',
    cwd: join(projects, '..'),
    args: ['projects/guide/docs/welcome.md'],
    code: 1,
    stdout: /^projects\/guide\/docs\/welcome\.md\n {2}3:67 {2}error/,
  },
  {
    name: 'one page of the tree: only it is linted, its links still resolve against every file',
    cwd: join(projects, 'guide'),
    args: ['docs/welcome.md'],
    code: 1,
    stdout: `docs/welcome.md
  3:67  error    Cannot find file \`setting-up.md\`                                                  link-file-exists
  7:70  error    Unexpected letter case in \`Data-Protection.md\`: the file is \`data-protection.md\`  link-file-exists

\u2716 2 problems (2 errors, 0 warnings)
  1 error and 0 warnings potentially fixable with the \`--fix\` option.
`,
  },
  {
    name: 'a glob; ignored folders stay ignored',
    cwd: join(projects, 'guide'),
    args: ['**/security*.md'],
    code: 1,
    stdout: /^docs\/security\.md\n[^]*\u2716 3 problems \(3 errors, 0 warnings\)\n$/,
  },
  {
    name: 'page contracts: by title, front matter and place in the table of contents',
    cwd: join(projects, 'contracts'),
    args: [],
    code: 1,
    stdout: CONTRACTS_REPORT,
    stderr: '',
  },
  {
    name: 'page contracts on one page (pre-commit): index.md is read for the table of contents',
    cwd: join(projects, 'contracts'),
    args: ['guide/pci.md', 'guide/resilience.md'],
    code: 1,
    stdout: CONTRACTS_REPORT.slice(CONTRACTS_REPORT.indexOf('guide/pci.md')).replace(
      '4 problems (4 errors',
      '1 problem (1 error',
    ),
    stderr: '',
  },
  {
    name: 'page contracts in a worker thread: the same report (binary only)',
    cwd: join(projects, 'contracts'),
    args: ['--concurrency', '1'],
    code: 1,
    stdout: CONTRACTS_REPORT,
    stderr: '',
    binaryOnly: true,
  },
  {
    name: '--explain: the contracts of a page and why they apply',
    cwd: join(projects, 'contracts'),
    args: ['--explain', 'guide/pci.md'],
    code: 0,
    stdout:
      /\nContracts \(checked by page-contract\):\n {2}compliance-section {2}applies: it is below `Compliance validation for Example Service` in `guide\/index\.md` \(`tocParent` `Compliance validation\*`\); set by \.doclintrc\.yaml\n {22}every page in the compliance section links the compliance programs\n {2}compliance-page {5}does not apply; set by \.doclintrc\.yaml\n/,
    stderr: '',
  },
  {
    name: 'a clean project: no output, exit 0',
    cwd: join(projects, 'clean'),
    args: [],
    code: 0,
    stdout: '',
    stderr: '',
  },
  {
    name: 'a broken config: every problem, with did-you-mean, exit 2',
    cwd: join(projects, 'bad-config'),
    args: [],
    code: 2,
    stdout: '',
    stderr: `doclint: invalid configuration
  .doclintrc.json: \`rules\`: unknown rule \`link-file-exits\`; did you mean \`link-file-exists\` (allowed: \`anchor-unique\`, \`link-anchor-exists\`, \`link-definition-used\`, \`link-file-exists\`, \`link-reference-defined\`, \`link-text-title\`, \`page-contract\`, \`security-shared-responsibility\`, \`security-topics-list\`, \`toc-entry-exists\`, \`toc-orphan-page\`, \`toc-topics-match\`)
  .doclintrc.json: \`rules.link-anchor-exists\`: expected one of \`off\`, \`warn\`, \`error\`
  .doclintrc.json: options of \`rules.security-topics-list\`: unknown option \`label\`; did you mean \`labels\` (allowed: \`labels\`, \`onlyAwsPages\`)
`,
  },
  {
    name: 'invalid JSON in a config names the file, line and column',
    cwd: join(scratch, 'config'),
    args: ['--config', 'broken.json', 'page.md'],
    code: 2,
    stderr: /^doclint: invalid configuration\n {2}broken\.json:1:42: invalid JSON: /,
  },
  {
    name: '--config that does not exist',
    cwd: join(projects, 'clean'),
    args: ['--config', 'nope.json'],
    code: 2,
    stderr: 'doclint: invalid configuration\n  nope.json: config file not found\n',
  },
  {
    name: 'warnings exit 0; --max-warnings turns them into a failure; --quiet hides them',
    cwd: join(scratch, 'config'),
    args: ['--config', 'warn.json', 'page.md'],
    code: 0,
    stdout: /2 problems \(0 errors, 2 warnings\)/,
  },
  {
    name: '--max-warnings 1 with 2 warnings',
    cwd: join(scratch, 'config'),
    args: ['--config', 'warn.json', '--max-warnings', '1', 'page.md'],
    code: 1,
  },
  {
    name: '--quiet',
    cwd: join(scratch, 'config'),
    args: ['--config', 'warn.json', '--quiet', 'page.md'],
    code: 0,
    stdout: '',
  },
  {
    name: 'a path that does not exist',
    cwd: join(projects, 'clean'),
    args: ['nope.md'],
    code: 2,
    stdout: '',
    stderr: 'doclint: No such file or directory: `nope.md`\n',
  },
  {
    name: 'a path outside the project root',
    cwd: join(projects, 'clean'),
    args: ['../guide'],
    code: 2,
    stderr: 'doclint: `../guide` is outside the project root; run doclint from a folder that contains it\n',
  },
  {
    name: 'an unknown format',
    cwd: join(projects, 'clean'),
    args: ['--format', 'xml'],
    code: 2,
    stderr:
      /^doclint: Invalid values:\n {2}Argument: format, Given: "xml", Choices: "stylish", "json", "sarif", "github", "junit", "markdown", "unix"\nRun `doclint --help` for usage\.\n$/,
  },
  {
    name: 'an unknown option',
    cwd: join(projects, 'clean'),
    args: ['--fromat', 'json'],
    code: 2,
    stderr: /^doclint: Unknown argument: fromat\n/,
  },
  {
    name: '--format github: annotations, one per finding',
    cwd: join(projects, 'guide'),
    args: ['--format', 'github', 'docs/welcome.md'],
    code: 1,
    stdout:
      '::error file=docs/welcome.md,line=3,endLine=3,col=67,endColumn=94,title=link-file-exists::Cannot find file `setting-up.md`\n' +
      '::error file=docs/welcome.md,line=7,endLine=7,col=70,endColumn=107,title=link-file-exists::Unexpected letter case in `Data-Protection.md`: the file is `data-protection.md`\n',
    stderr: '',
  },
  {
    name: '--format sarif: a SARIF 2.1.0 log on stdout, nothing else',
    cwd: join(projects, 'guide'),
    args: ['--format', 'sarif', 'docs/welcome.md'],
    code: 1,
    stdout: /^\{\n {2}"\$schema": "[^"]+",\n {2}"version": "2\.1\.0",[^]*"ruleId": "link-file-exists"[^]*\}\n$/,
    stderr: '',
  },
  {
    name: '--concurrency that is not a number, auto or off',
    cwd: join(projects, 'clean'),
    args: ['--concurrency', 'many'],
    code: 2,
    stdout: '',
    stderr: 'doclint: --concurrency expects a whole number of worker threads, "auto" or "off", not `many`\n',
  },
  {
    name: '--shard out of range',
    cwd: join(projects, 'clean'),
    args: ['--shard', '3/2'],
    code: 2,
    stdout: '',
    stderr: 'doclint: --shard expects i/n with 1 ≤ i ≤ n (such as 2/4), not `3/2`\n',
  },
  {
    name: '--concurrency 1 lints in a worker thread, same report (binary only: workers run compiled JavaScript, not the TypeScript sources)',
    cwd: join(projects, 'guide'),
    args: ['--concurrency', '1'],
    code: 1,
    stdout: GUIDE_REPORT,
    stderr: '',
    binaryOnly: true,
  },
  {
    name: '--cache with a --cache-location that is not a doclint cache: a warning, the file is left alone, same report',
    cwd: join(projects, 'guide'),
    args: ['--cache', '--cache-location', 'docs/welcome.md', '--stats'],
    code: 1,
    stdout: GUIDE_REPORT,
    stderr:
      /^doclint: warning: `docs\/welcome\.md` is not a doclint cache; linting without a cache and leaving the file alone \(remove it or pass another --cache-location\)\ndoclint: 5 pages: 0 from the cache, 5 parsed on the main thread \(\d+\.\d s so far\)\n$/,
  },
  {
    name: '--help shows examples',
    cwd: join(projects, 'clean'),
    args: ['--help'],
    code: 0,
    stdout:
      /Examples:\n[^]*doclint docs\/[^]*doclint --explain docs\/security\.md[^]*Exit codes: 0 no errors[^]*\.doclintrc\.yaml[^]*\.doclintignore/,
  },
  { name: '--version', cwd: join(projects, 'clean'), args: ['--version'], code: 0, stdout: '0.1.0\n' },
  {
    name: 'config cascade: a nearer file (YAML, extending a preset and a JSONC file) overrides the root one; overrides; ignores; .doclintignore',
    cwd: join(projects, 'config-cascade'),
    args: [],
    code: 1,
    stdout: CASCADE_REPORT,
    stderr: '',
  },
  {
    name: '--no-config-lookup: every rule at its default; .doclintignore still applies',
    cwd: join(projects, 'config-cascade'),
    args: ['--no-config-lookup', '--format', 'json'],
    code: 1,
    stdout: /"filePath": "drafts\/wip\.md"(?![^]*generated\/out\.md)/,
  },
  {
    name: '--config wins over the config files found in the tree (docs/.doclintrc.yaml and its ignoreCase are not read)',
    cwd: join(projects, 'config-cascade'),
    args: ['--config', 'docs/shared/strict.jsonc', 'docs/index.md', 'docs/setup.md'],
    code: 1,
    stdout:
      /^docs\/index\.md\n {2}3:5 {2}error {4}Cannot find anchor `#Install-Steps` in `setup\.md`[^]*\n {2}5:1 {2}error {4}Expected a reason[^]*docs\/setup\.md\n {2}5:37 {2}error {4}Unexpected duplicate anchor[^]*\u2716 3 problems \(3 errors, 0 warnings\)\n$/,
  },
  {
    name: '--print-config: the effective config of a page as JSON',
    cwd: join(projects, 'config-cascade'),
    args: ['--print-config', 'docs/api/index.md'],
    code: 0,
    stdout: `${JSON.stringify(
      {
        rules: {
          'anchor-unique': 'error',
          'link-anchor-exists': ['error', { ignoreCase: true }],
          'link-definition-used': ['warn', { ignoredDefinitions: ['//'] }],
          'link-file-exists': ['off', { directoryIndex: ['index.md', 'README.md'] }],
          'link-reference-defined': ['error', { shortcut: false }],
          'link-text-title': 'off',
          'page-contract': 'error',
          'security-shared-responsibility': [
            'error',
            {
              sentence: 'Security is a shared responsibility between AWS and you',
              modelUrl: 'https://aws.amazon.com/compliance/shared-responsibility-model/',
              items: ['Security of the cloud', 'Security in the cloud'],
              onlyAwsPages: false,
            },
          ],
          'security-topics-list': ['error', { labels: ['Topics'], onlyAwsPages: false }],
          'toc-entry-exists': ['off', { allowDuplicates: false }],
          'toc-orphan-page': 'off',
          'toc-topics-match': ['error', { labels: ['Topics', 'Security topics'], order: false }],
        },
        settings: {
          securityPage: { fileNames: ['security.md'], titlePrefixes: ['Security in', 'Security for', 'Security of'] },
          anchors: { headingSlugs: true, htmlId: true, htmlName: true, customIds: true },
        },
        requireDirectiveReason: true,
        reportUnusedDisableDirectives: 'off',
      },
      null,
      2,
    )}\n`,
    stderr: '',
  },
  {
    name: '--print-config of a path outside the root',
    cwd: join(projects, 'config-cascade'),
    args: ['--print-config', '../guide/docs/index.md'],
    code: 2,
    stdout: '',
    stderr:
      'doclint: `../guide/docs/index.md` is outside the project root; run doclint from a folder that contains it\n',
  },
  {
    name: '--explain: the files and overrides that apply, the security-page verdict, each rule and what set it',
    cwd: join(projects, 'config-cascade'),
    args: ['--explain', 'docs/security.md'],
    code: 0,
    stdout: new RegExp(
      [
        '^docs/security\\.md\\n\\nConfig files, farthest first[^\\n]*\\n',
        ' {2}\\.doclintrc\\.json\\n {4}doclint:recommended, extended by \\.doclintrc\\.json\\n {4}\\.doclintrc\\.json\\n',
        ' {4}\\.doclintrc\\.json overrides\\[0\\] \\(files: `\\*\\.draft\\.md`\\): does not apply\\n',
        ' {2}docs/\\.doclintrc\\.yaml\\n[^]*',
        'Security page: yes, by file name: `security\\.md` is one of `settings\\.securityPage\\.fileNames`\\n[^]*',
        ' {2}link-anchor-exists {14}error {2}set by docs/\\.doclintrc\\.yaml; options \\{"ignoreCase":true\\}\\n[^]*',
        ' {2}security-topics-list {12}error {2}set by doclint:aws-security, extended by docs/\\.doclintrc\\.yaml; options [^]*',
        ' {2}requireDirectiveReason {9}true {2}set by docs/shared/strict\\.jsonc, extended by docs/\\.doclintrc\\.yaml\\n',
      ].join(''),
    ),
    stderr: '',
  },
  {
    // the run works from the project root, above the working directory: that is not a second path
    name: '--explain from a folder below the project root',
    cwd: join(projects, 'guide/docs'),
    args: ['--explain', 'security.md'],
    code: 0,
    stdout: /^docs\/security\.md\n\nConfig files: none/,
    stderr: '',
  },
  {
    name: "--explain: the page's place in its table of contents, and the children its topics list must list",
    cwd: join(projects, 'guide'),
    args: ['--explain', 'docs/security.md'],
    code: 0,
    stdout: new RegExp(
      [
        '\\n\\nTable of contents: `docs/index\\.md`\\n',
        ' {2}entry: `Security in Acme Queue` \\(line 5\\), at the top level\\n',
        ' {2}children \\(what a topics list on this page lists, toc-topics-match\\): 2\\n',
        ' {4}Data protection in Acme Queue {2}docs/data-protection\\.md\\n',
        ' {4}Identity and access management {2}docs/security-iam\\.md\\n\\n',
      ].join(''),
    ),
    stderr: '',
  },
  {
    name: '--explain of an ignored page says so',
    cwd: join(projects, 'config-cascade'),
    args: ['--explain', 'generated/out.md'],
    code: 0,
    stdout:
      /^generated\/out\.md\n\nIgnored: yes, by `\.doclintignore`; doclint does not lint this page \(links into it are still checked\)\n/,
  },
  {
    name: '--explain of a file that does not exist',
    cwd: join(projects, 'config-cascade'),
    args: ['--explain', 'nope.md'],
    code: 2,
    stdout: '',
    stderr: 'doclint: No such file: `nope.md`\n',
  },
  {
    name: '--explain with --list-rules',
    cwd: join(projects, 'clean'),
    args: ['--explain', 'README.md', '--list-rules'],
    code: 2,
    stderr: 'doclint: --explain cannot be combined with --list-rules\n',
  },
  {
    name: '--print-config takes no other paths',
    cwd: join(projects, 'clean'),
    args: ['--print-config', 'README.md', 'guide.md'],
    code: 2,
    stderr: 'doclint: --print-config takes no other paths\n',
  },
  {
    name: '--list-rules: default severity, fixable, presets and docs of every rule',
    cwd: join(projects, 'clean'),
    args: ['--list-rules'],
    code: 0,
    stdout: `rule                            default  fixable  presets                                                    docs
anchor-unique                   warn     no       doclint:recommended, doclint:aws-security, doclint:<site>  ${ruleDoc('anchor-unique')}
link-anchor-exists              error    yes      doclint:recommended, doclint:aws-security, doclint:<site>  ${ruleDoc('link-anchor-exists')}
link-definition-used            warn     no       doclint:recommended, doclint:aws-security, doclint:<site>  ${ruleDoc('link-definition-used')}
link-file-exists                error    yes      doclint:recommended, doclint:aws-security, doclint:<site>  ${ruleDoc('link-file-exists')}
link-reference-defined          error    no       doclint:recommended, doclint:aws-security, doclint:<site>  ${ruleDoc('link-reference-defined')}
link-text-title                 off      no       -                                                          ${ruleDoc('link-text-title')}
page-contract                   error    no       doclint:recommended, doclint:aws-security, doclint:<site>  ${ruleDoc('page-contract')}
security-shared-responsibility  error    no       doclint:aws-security, doclint:aws-guide                    ${ruleDoc('security-shared-responsibility')}
security-topics-list            error    no       doclint:aws-security, doclint:aws-guide                    ${ruleDoc('security-topics-list')}
toc-entry-exists                off      no       doclint:aws-guide                                          ${ruleDoc('toc-entry-exists')}
toc-orphan-page                 off      no       doclint:aws-guide                                          ${ruleDoc('toc-orphan-page')}
toc-topics-match                error    yes      doclint:aws-security, doclint:aws-guide                    ${ruleDoc('toc-topics-match')}
`,
    stderr: '',
  },
  {
    name: '--list-rules --format json',
    cwd: join(projects, 'clean'),
    args: ['--list-rules', '-f', 'json'],
    code: 0,
    stdout:
      /^\[\n {2}\{\n {4}"id": "anchor-unique",\n {4}"description": "[^"]+",\n {4}"defaultSeverity": "warn",\n {4}"fixable": false,/,
  },
  {
    name: '--report-unused-disable-directives: a directive that suppressed nothing is a warning at the directive',
    cwd: join(scratch, 'directives'),
    args: ['--report-unused-disable-directives'],
    code: 0,
    stdout: `page.md
  1:1  warning  Unused \`doclint-disable-next-line link-file-exists\` directive: it suppressed no problem; remove it  doclint/unused-disable-directive

\u2716 1 problem (0 errors, 1 warning)
`,
  },
  {
    name: 'without --report-unused-disable-directives, an unused directive is fine',
    cwd: join(scratch, 'directives'),
    args: [],
    code: 0,
    stdout: '',
  },
  {
    name: '--color forces colour; it is off otherwise when stdout is not a terminal',
    cwd: join(projects, 'guide'),
    args: ['--color', 'docs/welcome.md'],
    code: 1,
    stdout: /^\u001B\[4mdocs\/welcome\.md\u001B\[0m\n {2}\u001B\[2m3:67\u001B\[0m {2}\u001B\[31merror {2}\u001B\[0m/,
  },
  {
    name: 'hostile files: binary, invalid UTF-8, UTF-16, too large, lone CR, empty, a folder named .md, a symlink loop, a dangling symlink',
    cwd: join(scratch, 'bad'),
    args: ['--max-file-size', '1', '.', 'folder.md'],
    code: 1,
    stdout: `._page.md
  1:1  error    File is binary (it contains NUL bytes), not Markdown; delete it or exclude it in .gitignore

big.md
  1:1  error    File is too large to lint (1.4 MB; the limit is 1.0 MB, see --max-file-size)

dangling.md
  1:1  error    Symbolic link is broken: its target does not exist

latin1.md
  1:6  error    File is not valid UTF-8: byte 0xE9 here is read as U+FFFD, as a browser shows it; save the file as UTF-8

lone-cr.md
  3:5  error    Cannot find file \`x.md\`  link-file-exists

utf16.md
  1:1  error    File is UTF-16 text; save it as UTF-8 to lint it

\u2716 6 problems (6 errors, 0 warnings)
`,
  },
];

const matches = (actual: string, expected: string | RegExp | undefined) => {
  if (expected === undefined) return;
  if (typeof expected === 'string') expect(actual).toBe(expected);
  else expect(actual).toMatch(expected);
};

describe('doclint CLI', () => {
  for (const item of cases()) {
    describe(item.name, () => {
      (item.binaryOnly ? test.skip : test)('in-process', async () => {
        const outcome = await runInProcess(item.cwd, item.args, item.env);
        expect(outcome.code).toBe(item.code);
        matches(outcome.stdout, item.stdout);
        matches(outcome.stderr, item.stderr);
      });
      test('binary', () => {
        const outcome = runBinary(item.cwd, item.args, item.env);
        expect(outcome.code).toBe(item.code);
        matches(outcome.stdout, item.stdout);
        matches(outcome.stderr, item.stderr);
      });
    });
  }

  test('a file that cannot be read is reported, not thrown', async () => {
    if (process.getuid?.() === 0) {
      console.warn('SKIPPED: unreadable-file case: running as root, which can read any file (CI runs as root)');
      return;
    }
    const folder = mkdtempSync(join(tmpdir(), 'doclint-perm-'));
    writeFileSync(join(folder, 'secret.md'), '# Secret\n');
    chmodSync(join(folder, 'secret.md'), 0o000);
    const outcome = await runInProcess(folder, []);
    expect(outcome.code).toBe(1);
    expect(outcome.stdout).toContain('File could not be read: permission denied');
    rmSync(folder, { recursive: true, force: true });
  });

  test('--output-file writes the report there (atomically), prints nothing, keeps the exit code', async () => {
    const target = join(scratch, 'report.json');
    for (const run of [runInProcess, async (cwd: string, argv: string[]) => runBinary(cwd, argv)]) {
      rmSync(target, { force: true });
      const outcome = await run(join(projects, 'guide'), ['--format', 'json', '--output-file', target]);
      expect(outcome).toEqual({ code: 1, stdout: '', stderr: '' });
      const report = JSON.parse(readFileSync(target, 'utf8')) as Array<{ filePath: string; errorCount: number }>;
      expect(report.reduce((sum, r) => sum + r.errorCount, 0)).toBe(5);
    }
  });

  test('--output-file into a folder that does not exist is a clear error, exit 2', async () => {
    const outcome = await runInProcess(join(projects, 'clean'), ['-o', 'no/such/folder/report.txt']);
    expect(outcome).toEqual({
      code: 2,
      stdout: '',
      stderr: 'doclint: cannot write the report to `no/such/folder/report.txt`: its folder does not exist\n',
    });
  });

  test('json: ESLint shape, one entry per linted page, paths relative to the working directory', async () => {
    const { code, stdout } = await runInProcess(join(projects, 'guide'), ['--format', 'json']);
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as Array<{
      filePath: string;
      errorCount: number;
      warningCount: number;
      messages: unknown[];
    }>;
    expect(report.map((r) => [r.filePath, r.errorCount, r.warningCount])).toEqual([
      ['docs/data-protection.md', 0, 0],
      ['docs/index.md', 0, 0],
      ['docs/security-iam.md', 0, 0],
      ['docs/security.md', 3, 0],
      ['docs/welcome.md', 2, 0],
    ]);
    expect(report[4]!.messages[1]).toEqual({
      ruleId: 'link-file-exists',
      messageId: 'wrongCase',
      severity: 2,
      message: 'Unexpected letter case in `Data-Protection.md`: the file is `data-protection.md`',
      line: 7,
      column: 70,
      endLine: 7,
      endColumn: 107,
      suggestions: ['data-protection.md'],
      // the written destination only: line and column, end exclusive
      fix: { start: { line: 7, column: 88 }, end: { line: 7, column: 106 }, text: 'data-protection.md' },
    });
  });
});
