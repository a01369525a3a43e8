// yargs' CommonJS build: its ES build wraps help text in the middle of words ("working d / irectory").
import yargs from 'yargs/yargs';
import type { Options } from 'yargs';
import { DEFAULT_MAX_NESTING, DEFAULT_MAX_PARSE_TIME } from '../engine/parse.js';
import { FORMATS, type Format } from '../formatters/index.js';
import { DEFAULT_MAX_FILE_SIZE } from '../node/read.js';
import { readVersion } from '../node/version.js';
import { DEFAULT_CACHE_FILE } from '../node/cache.js';
import { DEFAULT_MAX_PAGE_MEMORY } from '../node/page-memory.js';

const USAGE =
  '$0 [paths or globs…]\n$0 init [--dry-run]    write a starter config for this tree\n\n' +
  'Lint Markdown documentation: required page structure and relative links.\n' +
  'With no paths, lints every Markdown file under the working directory (honouring .gitignore).';

const EPILOG = [
  'Exit codes: 0 no errors, 1 lint errors (or more warnings than --max-warnings), 2 usage, config or internal error.',
  'Config: .doclintrc.json, .doclintrc.jsonc, .doclintrc.yaml (.yml), doclint.config.json or a "doclint" key in ' +
    "package.json, found from each page's folder up to the project root (see --root); " +
    'a nearer file overrides a farther one.',
  'Pages not to lint: "ignores" in config, or a .doclintignore file (gitignore syntax) at the project root.',
  'A run whose every page is ignored is an error (exit 2) unless --allow-empty; --no-ignore lints them.',
  'File names are never options: before --, an argument that starts with - and names an existing file',
  '(such as --help.md) is linted as a page.',
].join('\n');

/** Every option, in the order `--help` lists them. */
const OPTIONS = {
  format: { alias: 'f', choices: FORMATS, default: 'stylish' as Format, describe: 'Report format' },
  config: {
    alias: 'c',
    type: 'string',
    describe:
      'Use this config file instead of looking them up (it may extend files and load plugins outside the project)',
  },
  'config-lookup': {
    type: 'boolean',
    default: true,
    describe: 'Look up config files (--no-config-lookup: use none; every rule at its default unless --config)',
  },
  'print-config': {
    type: 'string',
    describe: 'Print the config that applies to this page, as JSON, and exit',
  },
  explain: {
    type: 'string',
    describe: 'Explain which rules apply to this page, with what severity and options, and which config set them',
  },
  'list-rules': {
    type: 'boolean',
    default: false,
    describe: 'List every rule (built-in and from plugins) with its default severity, presets and docs, and exit',
  },
  'report-unused-disable-directives': {
    type: 'boolean',
    default: false,
    describe: 'Report doclint-disable comments that suppressed nothing (as warnings)',
  },
  quiet: { type: 'boolean', default: false, describe: 'Report errors only, not warnings' },
  'max-warnings': { type: 'number', describe: 'Exit with 1 when there are more warnings than this' },
  'max-file-size': {
    type: 'number',
    default: DEFAULT_MAX_FILE_SIZE / 1024 / 1024,
    describe: 'Skip pages larger than this many MB (reported)',
  },
  'max-parse-time': {
    type: 'number',
    default: DEFAULT_MAX_PARSE_TIME / 1000,
    describe: 'Skip pages that take longer than this many seconds to parse (reported)',
  },
  'max-nesting': {
    type: 'number',
    default: DEFAULT_MAX_NESTING,
    describe: 'Skip pages nested deeper than this many levels (reported)',
  },
  'max-page-memory': {
    type: 'number',
    default: DEFAULT_MAX_PAGE_MEMORY,
    describe: "Stop pages whose parse and rules take more than this many MB of memory (reported; a worker's heap)",
  },
  'output-file': {
    alias: 'o',
    type: 'string',
    describe: 'Write the report to this file (atomically) instead of stdout',
  },
  'changed-since': {
    type: 'string',
    describe: 'Lint the pages changed since this git ref, and the pages whose links the change broke',
  },
  root: {
    type: 'string',
    describe:
      'The project root: links resolve against it and may not leave it (default: the nearest folder from ' +
      'the working directory up, below the home folder, with a doclint config, .doclintignore, .git or package.json)',
  },
  staged: {
    type: 'boolean',
    default: false,
    describe:
      'Judge the commit being made (the pre-commit hook): the staged pages, the links that staged renames, ' +
      'deletions and lost anchors break, with links resolved against the files in the index',
  },
  cache: {
    type: 'boolean',
    default: false,
    describe:
      "Remember each page's parse between runs; only changed pages are parsed again (links are always re-checked)",
  },
  'cache-location': {
    type: 'string',
    describe: `The cache file, or a folder for it (default: ${DEFAULT_CACHE_FILE})`,
  },
  'cache-strategy': {
    type: 'string',
    choices: ['metadata', 'content'],
    default: 'metadata',
    describe:
      'How the cache tells a page unchanged: by its size and modification time ("metadata"), reading it only ' +
      'when they differ, or by always reading and hashing it ("content")',
  },
  concurrency: {
    type: 'string',
    default: 'auto',
    describe: 'Worker threads for parsing: a number, "auto" (by the run\'s size and the cores) or "off"',
  },
  shard: {
    type: 'string',
    describe: 'Lint part i of n of the pages (for a CI matrix), e.g. 2/4; links still resolve against the whole tree',
  },
  ignore: {
    type: 'boolean',
    default: true,
    describe: 'Honour "ignores" in config and .doclintignore (--no-ignore: lint the pages they name too)',
  },
  'allow-empty': {
    type: 'boolean',
    default: false,
    describe: 'Exit 0, with a warning, when every page found is ignored (otherwise an error: exit 2)',
  },
  stats: {
    type: 'boolean',
    default: false,
    describe: 'Print on stderr how many pages were parsed, taken from the cache, and in how many worker threads',
  },
  stdin: {
    type: 'boolean',
    default: false,
    describe:
      'Lint the text on standard input as the page at --stdin-filename (for editors): its config, its links ' +
      'resolved from there against the tree on disk; only that page is reported',
  },
  'stdin-filename': {
    type: 'string',
    describe: 'With --stdin (required): the path of that page, relative to the working directory; it need not exist',
  },
  watch: {
    type: 'boolean',
    default: false,
    describe:
      'Lint, then lint again whenever a page, a config file or .doclintignore under the root changes; ' +
      'Ctrl-C stops (exit 0)',
  },
  lsp: {
    type: 'boolean',
    default: false,
    describe:
      'Run as a Language Server Protocol server over stdin/stdout (for editors): diagnostics as you type, ' +
      'quick fixes, completion and go-to-definition in links',
  },
  // what language clients add to the command they start (vscode-languageclient does): stdio is the only transport
  stdio: { type: 'boolean', default: false, hidden: true },
  fix: {
    type: 'boolean',
    default: false,
    describe:
      'Fix what has one right answer (a link in the wrong letter case, to page.html for page.md, to a renamed ' +
      'file or heading) in the pages, then report what remains',
  },
  'fix-dry-run': {
    type: 'boolean',
    default: false,
    describe: 'Print the fixes --fix would make as a unified diff on stdout, and write nothing',
  },
  color: {
    type: 'boolean',
    describe: 'Force colour on or off (default: on for a terminal, off with NO_COLOR)',
  },
} as const satisfies Record<string, Options>;

/** The examples `--help` shows: the command, then what it does. */
const EXAMPLES: Array<[string, string]> = [
  ['$0', 'Lint every Markdown page under the current folder'],
  ['$0 init', 'Write a starter .doclintrc.json: the site profile of the generator found, its folders'],
  ['$0 docs/', 'Lint the pages under docs/; links still resolve against the whole tree'],
  ["$0 'guides/**/security.md'", 'Lint the pages a glob matches (quote it)'],
  ['$0 --format json > report.json', "Machine-readable report (ESLint's JSON shape)"],
  ['$0 --max-warnings 0', 'Fail on warnings too'],
  ['$0 --format github', 'Annotations in a GitHub Actions run (at most 10 errors and 10 warnings per step)'],
  ['$0 -f sarif -o doclint.sarif', 'SARIF 2.1.0 for GitHub code scanning'],
  ['$0 -f markdown >> "$GITHUB_STEP_SUMMARY"', 'A job summary (kept under 1 MiB)'],
  ['$0 -f json -o report.json', 'Write the report to a file; the exit code still tells the result'],
  ['$0 --changed-since origin/main', 'Lint what a branch changed, and the pages it broke'],
  ['$0 --staged', 'Lint what the commit being made changes, and the pages it breaks'],
  ['$0 --cache', 'Re-parse only the pages that changed since the last run'],
  ['$0 --fix', 'Fix the links that have one right answer, then report what remains'],
  ['$0 --fix-dry-run | git apply', 'The same fixes as a diff (nothing written)'],
  ['$0 --shard 1/3', 'The first of three CI jobs; together they report what one run would'],
  ['$0 --stdin --stdin-filename a.md', 'Lint standard input as the page a.md (for editors)'],
  ['$0 -f unix', 'path:line:col: message [Error/rule] (vim, emacs; problem-matcher.json for VS Code, Actions)'],
  ['$0 --watch', 'Lint again on every change to a page or config file'],
  ['$0 --lsp', 'Language server for editors (VS Code, Neovim, Helix: see the README)'],
  ['$0 --print-config docs/security.md', 'The config that applies to a page, as JSON'],
  ['$0 --explain docs/security.md', 'Which rules apply to a page, and which config file or override set them'],
  ['$0 --list-rules', 'Every rule: default severity, fixable, presets, docs'],
  ['$0 -c ../shared/doclint.yaml', 'One config file for every page (it may extend files outside the project)'],
  ['$0 --no-config-lookup', 'Ignore the config files: every rule at its default'],
  ['$0 --report-unused-disable-directives', 'Also warn about doclint-disable comments that suppress nothing'],
];

/** The command line's parser: the options and examples above, help and version, unknown options refused. */
export function parser(argv: readonly string[]) {
  return yargs([...argv])
    .scriptName('doclint')
    .usage(USAGE)
    .options(OPTIONS)
    .example(EXAMPLES)
    .epilog(EPILOG)
    .strictOptions()
    .help()
    .alias('h', 'help')
    .version(readVersion())
    .alias('v', 'version')
    .wrap(Math.min(80, process.stdout.columns ?? 80))
    .exitProcess(false);
}
