/**
 * `doclint init`: writes a starter config for the tree in the working directory, after looking at
 * it (src/node/init/detect.ts): the site profile of the generator that renders it, the folder
 * `/` stands for, the generated output not to lint. Like `npm init -y` it asks nothing; it says
 * what it found and why, and never overwrites a config that is there.
 */
import { builtinRules } from '../../rules/index.js';
import { sanitizeLine } from '../formatters/stylish.js';
import { configFileIn, detectSite, diskProbe, type Detection } from '../node/init/detect.js';
import { validateConfig } from '../node/config/validate.js';
import { safeWritePath } from '../node/safe-path.js';
import { writeFileAtomic } from '../node/write-atomic.js';
import { describeError, type ExitCode, type Stream } from './output.js';
import type { Config } from '../types.js';

/** The file `init` writes. */
export const INIT_FILE = '.doclintrc.json';

export interface InitOptions {
  cwd: string;
  stdout: Stream;
  stderr: Stream;
  /** print the config instead of writing it */
  dryRun: boolean;
}

/** The config for what was detected: the preset, and only the settings it needs. */
export function initConfig(detection: Detection, schema: string | undefined): Config {
  return {
    ...(schema === undefined ? {} : { $schema: schema }),
    extends: detection.preset,
    // detectSite gives rootDir only where it differs from the profile's: `.` for a book in its root
    ...(detection.rootDir === undefined ? {} : { settings: { rootDir: detection.rootDir } }),
    ...(detection.ignores.length === 0 ? {} : { ignores: detection.ignores }),
  };
}

/** What init tells the user it found, one line each. */
function describe(detection: Detection, written: string): string {
  const lines = [
    detection.site === undefined
      ? `doclint: ${detection.evidence}; using ${detection.preset}`
      : `doclint: found ${sanitizeLine(detection.evidence)}: ` +
        `the \`${detection.site}\` site profile (${detection.preset})`,
    ...detection.notes.map((note) => `doclint: note: ${sanitizeLine(note)}`),
    written,
  ];
  return `${lines.join('\n')}\n`;
}

/** `doclint init [--dry-run]`: 0 when the config was written (or printed), 2 when it cannot be. */
export async function runInit({ cwd, stdout, stderr, dryRun }: InitOptions): Promise<ExitCode> {
  const existing = configFileIn(cwd);
  if (existing !== undefined && !dryRun) {
    stderr.write(
      `doclint: a config is already here (\`${existing}\`); init does not overwrite it. ` +
        'Remove it to start again, or run `doclint init --dry-run` to see what init would write\n',
    );
    return 2;
  }
  try {
    const probe = diskProbe(cwd);
    const detection = detectSite(probe);
    const schemaFile = 'node_modules/doclint/schema/doclint.schema.json';
    const config = initConfig(detection, probe.exists(schemaFile) ? `./${schemaFile}` : undefined);
    validateConfig(structuredClone(config), builtinRules);
    const text = `${JSON.stringify(config, null, 2)}\n`;
    if (dryRun) {
      stderr.write(describe(detection, `doclint: would write ${INIT_FILE} (--dry-run: nothing written):`));
      stdout.write(text);
      return 0;
    }
    await writeFileAtomic(await safeWritePath(cwd, INIT_FILE), text);
    stdout.write(
      describe(
        detection,
        `doclint: wrote ${INIT_FILE}; run \`doclint\` to lint, \`doclint --explain <page>\` to see what applies`,
      ),
    );
    return 0;
  } catch (error) {
    stderr.write(describeError(error));
    return 2;
  }
}

/** The site generators whose profile a run without a config announces (a plain repository is not one). */
const ANNOUNCED = new Set(['mdbook', 'mkdocs', 'docusaurus', 'hugo', 'jekyll']);

/**
 * The notice a run without a config file prints when a site generator's config is at the root: a
 * profile is never applied without a config saying so, but the user is told one exists.
 */
export function profileNotice(root: string): string | undefined {
  if (configFileIn(root) !== undefined) return undefined;
  let detection;
  try {
    detection = detectSite(diskProbe(root));
  } catch {
    return undefined;
  }
  if (detection.site === undefined || !ANNOUNCED.has(detection.site)) return undefined;
  return (
    `doclint: no config file, so links are checked as plain Markdown; this tree looks like a \`${detection.site}\` ` +
    `site (${sanitizeLine(detection.evidence)}): run \`doclint init\` to write a config that checks it as one\n`
  );
}
