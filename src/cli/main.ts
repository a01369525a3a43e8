import { existsIn, protectFileArguments } from '../node/argv.js';
import { safeWritePath } from '../node/safe-path.js';
import { resolve } from 'node:path';
import { printableConfig } from '../engine/config/cascade.js';
import { type AnalyzeStats, type CacheStrategy } from '../node/analyze.js';
import { parseShard } from '../node/shard.js';
import { formatRuleList, listRules } from './explain.js';
import { format } from '../formatters/index.js';
import { ruleHelpUri } from '../formatters/sarif.js';
import { sanitizeForTerminal, sanitizeLine } from '../formatters/stylish.js';
import { toProjectPath } from '../node/discover.js';
import { ConfigLoader, type LoadOptions } from '../node/config/load-config.js';
import { describeFsError } from '../node/read.js';
import { localRuleDoc, readVersion } from '../node/version.js';
import { writeFileAtomic } from '../node/write-atomic.js';
import { builtinRules } from '../../rules/index.js';
import type { Rule } from '../types.js';
import type { ExitCode, MainOptions } from './output.js';
import { createProgress, describeError, describeStats, exitCode, onlyErrors, parseConcurrency } from './output.js';
import { explainPage } from './explain-page.js';
import { lintFiles } from '../node/lint-files.js';
import { parser } from './args.js';

const version = readVersion();

/**
 * The command line as a function: parses argv, discovers and reads the pages, lints them,
 * writes the report and returns the exit code. Everything it prints goes through the streams.
 */
export async function main({ argv, cwd, stdout, stderr, env = process.env }: MainOptions): Promise<ExitCode> {
  argv = protectFileArguments(argv, existsIn(cwd)); // a page named --help.md is a page (see argv.ts)
  let failure: string | undefined;
  let printed = '';
  const cli = parser(argv).fail((message, error) => {
    failure = error?.message ?? message;
  });
  let args;
  try {
    args = await cli.parseAsync([...argv], {}, (_error, _argv, output) => {
      printed = output;
    });
  } catch (error) {
    failure ??= (error as Error).message;
  }
  if (failure !== undefined) {
    stderr.write(`doclint: ${sanitizeForTerminal(failure)}\nRun \`doclint --help\` for usage.\n`);
    return 2;
  }
  if (printed !== '') {
    stdout.write(`${printed}\n`);
    return 0;
  }
  if (!args) return 2;
  if (args.help || args.version) return 0;

  const maxWarnings = args['max-warnings'];
  if (maxWarnings !== undefined && (!Number.isInteger(maxWarnings) || maxWarnings < -1)) {
    stderr.write('doclint: --max-warnings expects a whole number (-1 for no limit)\n');
    return 2;
  }
  const maxFileSize = args['max-file-size'] * 1024 * 1024;
  if (!(maxFileSize > 0)) {
    stderr.write('doclint: --max-file-size expects a positive number of megabytes\n');
    return 2;
  }

  // vm's timeout takes whole milliseconds: 0.0105 s is 11 ms, not an error on every page
  const maxParseTime = Math.ceil(args['max-parse-time'] * 1000);
  if (!(maxParseTime > 0)) {
    stderr.write('doclint: --max-parse-time expects a positive number of seconds\n');
    return 2;
  }
  const maxNesting = args['max-nesting'];
  if (!Number.isInteger(maxNesting) || maxNesting < 1) {
    stderr.write('doclint: --max-nesting expects a whole number of levels, 1 or more\n');
    return 2;
  }

  const patterns = args._.map(String);
  const loadOptions: LoadOptions = {
    ...(args.config === undefined ? {} : { config: args.config }),
    lookup: args['config-lookup'],
    reportUnusedDisableDirectives: args['report-unused-disable-directives'],
  };
  const single = (['print-config', 'explain', 'list-rules'] as const).filter(
    (name) => args[name] !== undefined && args[name] !== false,
  );
  if (single.length > 1 || (single.length === 1 && patterns.length > 0)) {
    stderr.write(
      `doclint: --${single[0]} ${single.length > 1 ? `cannot be combined with --${single[1]}` : 'takes no other paths'}\n`,
    );
    return 2;
  }
  try {
    if (args['list-rules']) {
      // The plugins of the config at the project root (or --config) add their rules.
      const loader = new ConfigLoader(cwd, builtinRules, loadOptions);
      await loader.loadPlugins();
      const pluginOf = new Map(
        loader.plugins.flatMap((plugin) => plugin.rules.map((rule) => [rule.meta.id, plugin.specifier] as const)),
      );
      const docs = (rule: Rule) => ruleHelpUri(rule.meta, version) ?? localRuleDoc(rule.meta.id, cwd);
      const listing = listRules(loader.rules, docs, (rule) => pluginOf.get(rule.meta.id));
      stdout.write(args.format === 'json' ? `${JSON.stringify(listing, null, 2)}\n` : formatRuleList(listing));
      return 0;
    }
    if (args['print-config'] !== undefined) {
      const path = toProjectPath(cwd, args['print-config']);
      const loader = new ConfigLoader(cwd, builtinRules, loadOptions);
      const resolver = await loader.resolverFor([path]);
      stdout.write(`${JSON.stringify(printableConfig(resolver.configFor(path), loader.rules), null, 2)}\n`);
      return 0;
    }
    if (args.explain !== undefined) {
      stdout.write(await explainPage(cwd, args.explain, loadOptions, maxFileSize));
      return 0;
    }
  } catch (error) {
    stderr.write(describeError(error));
    return 2;
  }

  const concurrency = parseConcurrency(args.concurrency);
  if (concurrency === undefined) {
    stderr.write(
      `doclint: --concurrency expects a whole number of worker threads, "auto" or "off", not \`${sanitizeForTerminal(args.concurrency)}\`\n`,
    );
    return 2;
  }
  const shard = args.shard === undefined ? undefined : parseShard(args.shard);
  if (args.shard !== undefined && shard === undefined) {
    stderr.write(
      `doclint: --shard expects i/n with 1 ≤ i ≤ n (such as 2/4), not \`${sanitizeForTerminal(args.shard)}\`\n`,
    );
    return 2;
  }

  const started = Date.now();
  try {
    const progress = createProgress(stderr, env, args.format);
    const run = await lintFiles({
      cwd,
      patterns,
      ...loadOptions,
      ...(args['changed-since'] === undefined ? {} : { changedSince: args['changed-since'] }),
      maxFileSize,
      limits: { maxNesting, maxParseTime },
      onProgress: progress.update,
      cache: args.cache,
      ...(args['cache-location'] === undefined ? {} : { cacheLocation: args['cache-location'] }),
      cacheStrategy: args['cache-strategy'] as CacheStrategy,
      concurrency,
      ...(shard ? { shard } : {}),
      ignore: args.ignore,
      allowEmpty: args['allow-empty'],
      warn: (message) => stderr.write(`doclint: warning: ${sanitizeLine(message)}\n`),
      ...(args.stats
        ? { onStats: (stats: AnalyzeStats) => stderr.write(describeStats(stats, Date.now() - started)) }
        : {}),
    });
    progress.done();
    const { rules } = run;
    const results = args.quiet ? run.results.map(onlyErrors) : run.results;
    const color =
      args.color ??
      (args['output-file'] === undefined && stdout.isTTY === true && !env.NO_COLOR && env.TERM !== 'dumb');
    const report = format(args.format, results, { color, rules, version });
    const outputFile = args['output-file'];
    if (outputFile === undefined) stdout.write(report);
    else {
      try {
        await writeFileAtomic(await safeWritePath(cwd, outputFile), report);
      } catch (error) {
        const reason =
          (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'its folder does not exist' : describeFsError(error);
        stderr.write(
          `doclint: cannot write the report to \`${sanitizeLine(outputFile)}\`: ${sanitizeForTerminal(reason)}\n`,
        );
        return 2;
      }
    }
    return exitCode(results, maxWarnings);
  } catch (error) {
    stderr.write(describeError(error));
    return 2;
  }
}
