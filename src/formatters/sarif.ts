import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import type { Diagnostic, Fix, LintResult, Rule, RuleMeta } from '../types.js';
import { DIRECTIVE_REASON_ID, UNUSED_DIRECTIVE_ID } from '../types.js';

export interface SarifOptions {
  /** every rule the run may have used (builtinRules and the plugins' rules); a descriptor is emitted for those used */
  rules: readonly Rule[];
  /** doclint's version: the driver's version, and the version of the rule docs helpUri points at */
  version: string;
}

/** The rule id given to diagnostics without one: files that could not be read (binary, too large …). */
export const UNREADABLE_FILE_RULE_ID = 'doclint/unreadable-file';

const SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const FINGERPRINT_KEY = 'doclint/v1';

/**
 * doclint's public home, once it has one: its page (the SARIF driver's informationUri) and where
 * the rule pages of a version are served. None yet: doclint is not published to npm and
 * package.json names no repository, so any such URL would be a 404. Until the first release sets
 * this (the checklist in CONTRIBUTING.md: for instance `https://www.npmjs.com/package/doclint` and
 * `https://unpkg.com/doclint@${version}/`), built-in rules name their page in the package instead,
 * `rules/<id>.md`, which `--list-rules` shows as a file path.
 */
export const PUBLISHED = undefined as { informationUri: string; ruleDocsBase: (version: string) => string } | undefined;

/**
 * The absolute URL of a rule's documentation, or undefined when there is none to give: a plugin
 * rule (a namespaced id) has the URL its `meta.url` gives, or none; a built-in rule has its
 * packaged page (`rules/<id>.md`) where the version is published, once it is (`PUBLISHED`).
 */
export function ruleHelpUri(meta: Pick<RuleMeta, 'id' | 'url'>, version: string): string | undefined {
  if (meta.id.includes('/')) return meta.url === undefined ? undefined : new URL(meta.url).href;
  if (PUBLISHED === undefined) return undefined;
  return new URL(meta.url ?? `rules/${meta.id}.md`, PUBLISHED.ruleDocsBase(encodeURIComponent(version))).href;
}

/** A built-in rule's page in the package, relative to the package's root. */
export const packagedRuleDoc = (id: string): string => `rules/${id}.md`;

/** `link-file-exists` → `LinkFileExists`; `doclint/unreadable-file` → `UnreadableFile`. */
function pascalCase(id: string): string {
  const local = id.slice(id.lastIndexOf('/') + 1);
  return local
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join('');
}

/** Markdown-escapes plain text (rule descriptions may hold backticks, which stay as code spans). */
function markdownText(text: string): string {
  return text.replace(/[\\*_[\]<>]/g, (c) => `\\${c}`);
}

/**
 * A POSIX relative path as a relative URI reference: each segment percent-encoded like
 * `encodeURI` does (spaces, `%`, non-ASCII …), plus `#`, `?` and `:` (a colon in the first
 * segment would read as a scheme). Lone surrogates, which cannot be UTF-8 encoded, become U+FFFD.
 */
export function pathToUri(path: string): string {
  return path
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .split('/')
    .map((segment) => encodeURI(segment).replace(/[#?:]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
    .join('/');
}

type Level = 'error' | 'warning' | 'none';

const levelOf = (severity: RuleMeta['defaultSeverity'] = 'error'): Level =>
  severity === 'error' ? 'error' : severity === 'warn' ? 'warning' : 'none';

interface Descriptor {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown: string };
  helpUri?: string;
  defaultConfiguration: { level: Level };
}

function ruleDescriptor(meta: RuleMeta, version: string): Descriptor {
  const helpUri = ruleHelpUri(meta, version);
  const sentence = /[.!?]$/.test(meta.description) ? meta.description : `${meta.description}.`;
  const base = { id: meta.id, name: pascalCase(meta.id), shortDescription: { text: meta.description } };
  const level = { defaultConfiguration: { level: levelOf(meta.defaultSeverity) } };
  if (meta.id.includes('/')) {
    // A plugin's rule: its description, and its own documentation URL if it gives one.
    const text = `doclint rule ${meta.id}: ${sentence}`;
    const markdown = `**doclint rule \`${meta.id}\`**: ${markdownText(sentence)}`;
    return helpUri === undefined
      ? { ...base, fullDescription: { text: sentence }, help: { text, markdown }, ...level }
      : {
          ...base,
          fullDescription: { text: sentence },
          help: {
            text: `${text}\nDocumentation: ${helpUri}`,
            markdown: `${markdown}\n\nSee [${meta.id}](${helpUri}).`,
          },
          helpUri,
          ...level,
        };
  }
  // Unpublished, the page is named by its path in the installed package (node_modules/doclint/…).
  const page = packagedRuleDoc(meta.id);
  return {
    ...base,
    fullDescription: { text: `${sentence} The rule's page says why, its options, and incorrect and correct examples.` },
    help:
      helpUri === undefined
        ? {
            text: `doclint rule ${meta.id}: ${sentence}\nDocumentation: ${page} in the doclint package`,
            markdown:
              `**doclint rule \`${meta.id}\`**: ${markdownText(sentence)}\n\n` +
              `See \`${page}\` in the doclint package for why, its options, and incorrect and correct examples.`,
          }
        : {
            text: `doclint rule ${meta.id}: ${sentence}\nDocumentation: ${helpUri}`,
            markdown:
              `**doclint rule \`${meta.id}\`**: ${markdownText(sentence)}\n\n` +
              `See [${meta.id}](${helpUri}) for why, its options, and incorrect and correct examples.`,
          },
    ...(helpUri === undefined ? {} : { helpUri }),
    ...level,
  };
}

function unreadableFileDescriptor(): Descriptor {
  const text =
    'The file could not be linted: it could not be read, is binary or UTF-16, ' +
    'or is larger than --max-file-size. Or it is not valid UTF-8: it was linted with each bad byte read as U+FFFD.';
  return {
    id: UNREADABLE_FILE_RULE_ID,
    name: pascalCase(UNREADABLE_FILE_RULE_ID),
    shortDescription: { text: 'The file could not be read or linted' },
    fullDescription: { text },
    help: {
      text: `${text} The result's message says why.`,
      markdown: `${markdownText(text)} The result's message says why.`,
    },
    defaultConfiguration: { level: 'error' },
  };
}

/** Problems with inline directives themselves: reported by the engine, not by a rule. */
const DIRECTIVE_DESCRIPTORS: Record<string, { short: string; full: string }> = {
  [UNUSED_DIRECTIVE_ID]: {
    short: 'A doclint-disable directive that suppressed nothing',
    full:
      'A doclint-disable comment suppressed no problem ' +
      '(reported with --report-unused-disable-directives or reportUnusedDisableDirectives); ' +
      'remove it, or the rule ids it does not need.',
  },
  [DIRECTIVE_REASON_ID]: {
    short: 'A doclint-disable directive without a reason',
    full:
      'A doclint-disable comment has no `-- reason` while requireDirectiveReason is on; ' +
      'say why the problem is suppressed.',
  },
};

function directiveDescriptor(id: string, { short, full }: { short: string; full: string }): Descriptor {
  return {
    id,
    name: pascalCase(id),
    shortDescription: { text: short },
    fullDescription: { text: full },
    help: { text: full, markdown: markdownText(full) },
    defaultConfiguration: { level: id === DIRECTIVE_REASON_ID ? 'error' : 'warning' },
  };
}

/** A rule id the registry does not know (a rule passed by an API caller): a minimal descriptor. */
function unknownDescriptor(id: string): Descriptor {
  return {
    id,
    name: pascalCase(id),
    shortDescription: { text: id },
    fullDescription: { text: id },
    help: { text: `doclint rule ${id}`, markdown: `doclint rule \`${id}\`` },
    defaultConfiguration: { level: 'warning' },
  };
}

const ruleIdOf = (d: Diagnostic): string => d.ruleId ?? UNREADABLE_FILE_RULE_ID;

/** Stable across edits elsewhere in the file: what and where by path, never the line number. */
function fingerprint(ruleId: string, path: string, message: string, occurrence: number): string {
  return bytesToHex(sha256(utf8ToBytes(JSON.stringify([ruleId, path, message, occurrence]))));
}

/**
 * A fix as SARIF 2.1.0 gives it (§3.55 fix, §3.56 artifactChange, §3.57 replacement): the region
 * deleted, end column exclusive (an empty one for an insertion), and the text inserted there.
 */
function sarifFix(path: string, fix: Fix) {
  return {
    description: { text: 'Replace the text as doclint --fix does' },
    artifactChanges: [
      {
        artifactLocation: { uri: pathToUri(path), uriBaseId: '%SRCROOT%' },
        replacements: [
          {
            deletedRegion: {
              startLine: fix.start.line,
              startColumn: fix.start.column,
              endLine: fix.end.line,
              endColumn: fix.end.column,
            },
            insertedContent: { text: fix.text },
          },
        ],
      },
    ],
  };
}

/**
 * SARIF 2.1.0, as GitHub code scanning reads it: one run, a descriptor for each rule the results
 * use (sorted by id), and one result per diagnostic located by a `%SRCROOT%`-relative URI.
 * Deterministic: no timestamps, no absolute paths.
 */
export function formatSarif(results: readonly LintResult[], options: SarifOptions): string {
  const metaById = new Map(options.rules.map((rule) => [rule.meta.id, rule.meta]));
  const usedIds = [...new Set(results.flatMap((result) => result.diagnostics.map(ruleIdOf)))].sort((a, b) =>
    a < b ? -1 : a > b ? 1 : 0,
  );
  const descriptors = usedIds.map((id) => {
    if (id === UNREADABLE_FILE_RULE_ID) return unreadableFileDescriptor();
    const directive = DIRECTIVE_DESCRIPTORS[id];
    if (directive) return directiveDescriptor(id, directive);
    const meta = metaById.get(id);
    return meta ? ruleDescriptor(meta, options.version) : unknownDescriptor(id);
  });
  const indexById = new Map(usedIds.map((id, index) => [id, index]));

  const occurrences = new Map<string, number>();
  const sarifResults = results.flatMap((result) =>
    result.diagnostics.map((d) => {
      const ruleId = ruleIdOf(d);
      const key = JSON.stringify([ruleId, d.path, d.message]);
      const occurrence = occurrences.get(key) ?? 0;
      occurrences.set(key, occurrence + 1);
      return {
        ruleId,
        ruleIndex: indexById.get(ruleId)!,
        level: d.severity,
        message: { text: d.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: pathToUri(d.path), uriBaseId: '%SRCROOT%' },
              region: {
                startLine: d.line,
                startColumn: d.column,
                ...(d.endLine === undefined ? {} : { endLine: d.endLine }),
                ...(d.endLine === undefined || d.endColumn === undefined ? {} : { endColumn: d.endColumn }),
              },
            },
          },
        ],
        partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(ruleId, d.path, d.message, occurrence) },
        ...(d.fix ? { fixes: [sarifFix(d.path, d.fix)] } : {}),
        ...(d.suggestions && d.suggestions.length > 0 ? { properties: { suggestions: d.suggestions } } : {}),
      };
    }),
  );

  const log = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'doclint',
            version: options.version,
            semanticVersion: options.version,
            ...(PUBLISHED === undefined ? {} : { informationUri: PUBLISHED.informationUri }),
            rules: descriptors,
          },
        },
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
