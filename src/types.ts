/**
 * The engine's vocabulary beyond the rule API: configs as written, diagnostics and results,
 * pages to lint and limits. Types, and the ids of the engine's own diagnostics; the rule API's
 * types are re-exported for convenience.
 */
import type { AnchorSettings, Fix, LinkSettings, Rule, Settings, Severity, SiteName } from './rule-api/index.js';
import type { ChangeSet } from './rule-api/index.js';

export type * from './rule-api/index.js';

/** The id of diagnostics about a disable directive that suppressed nothing (the engine's own). */
export const UNUSED_DIRECTIVE_ID = 'doclint/unused-disable-directive';
/** The id of diagnostics about a disable directive without a reason (`requireDirectiveReason`). */
export const DIRECTIVE_REASON_ID = 'doclint/disable-directive-reason';

export interface Diagnostic {
  /** null for problems with the file itself (unreadable, binary, a rule crashed) */
  ruleId: string | null;
  messageId?: string;
  severity: 'error' | 'warning';
  message: string;
  /** POSIX path relative to the project root */
  path: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  suggestions?: string[];
  /** the edit that repairs it, when there is one right answer (`--fix`) */
  fix?: Fix;
  /** caused by the change being checked: reported even on pages the change did not touch */
  causedByChange?: boolean;
  /** the file could not be linted, or a rule crashed on it */
  fatal?: boolean;
  /** an internal error (a rule threw): the run exits with 2 */
  internal?: boolean;
}

export interface LintResult {
  path: string;
  diagnostics: Diagnostic[];
  errorCount: number;
  warningCount: number;
}

/** A rule's configured state. */
export type RuleSetting = Severity | [Severity] | [Severity, Record<string, unknown>];

/** `settings` as written in config: every key optional. */
export interface ConfigSettings {
  securityPage?: Partial<Settings['securityPage']>;
  rootDir?: string;
  anchors?: Partial<AnchorSettings>;
  site?: SiteName;
  links?: Partial<LinkSettings>;
}

/** A contract as written in config: a single pattern may stand for a list of one. */
export interface ContractConfig {
  description?: string;
  match: {
    files?: string | string[];
    title?: string | string[];
    frontMatter?: Record<string, string | string[]>;
    tocParent?: string | string[];
  };
  require: Array<{
    section?: { heading?: string | string[]; label?: string | string[] };
    sentences?: string[];
    links?: string[];
    items?: string[];
    linkList?: boolean;
  }>;
}

/** Settings for part of a tree, in a config file's `overrides`. */
export interface ConfigOverride {
  /** globs relative to the config file's folder; a glob without `/` matches a file name at any depth */
  files: string[];
  rules?: Record<string, RuleSetting>;
  settings?: ConfigSettings;
}

/**
 * A configuration as written in a file. The engine reads `rules`, `settings` and the directive
 * options; `extends`, `overrides` and `ignores` are resolved before (`src/engine/config/cascade.ts`,
 * `src/node/config/load-config.ts`), into one plain-JSON Config per page.
 */
export interface Config {
  /** the JSON Schema of the file, for editors; ignored */
  $schema?: string;
  /** presets (`doclint:recommended`) and relative paths of shared config files, applied first */
  extends?: string | string[];
  /**
   * modules that add rules (paths relative to the config file, or package names); read by the
   * config loader before the rest of the config is checked; only at the project root
   */
  plugins?: string[];
  rules?: Record<string, RuleSetting>;
  settings?: ConfigSettings;
  overrides?: ConfigOverride[];
  /** pages not to lint: globs relative to the config file's folder */
  ignores?: string[];
  /** report a disable directive without a `-- reason` (an error) */
  requireDirectiveReason?: boolean;
  /** report a disable directive that suppressed nothing, with this severity */
  reportUnusedDisableDirectives?: Severity;
  /** page contracts by name; a nearer config file's contract replaces one of the same name */
  contracts?: Record<string, ContractConfig>;
}

export interface ResolvedRule {
  rule: Rule;
  severity: 'warn' | 'error';
  options: Record<string, unknown>;
}

/** A page to lint, already read and decoded, or a reason it could not be. */
export interface SourceDocument {
  path: string;
  text?: string;
  /** set by the reader when the file cannot be linted (binary, UTF-16, too large …) */
  problem?: string;
  /**
   * set by the reader when `text` is not quite the file: bytes that are not UTF-8 were decoded as
   * U+FFFD. The page is linted, and this is reported (an error) at the first bad byte.
   */
  encodingProblem?: { message: string; line: number; column: number };
}

/** Limits that keep a hostile page from exhausting time or stack; a page past one is not linted. */
export interface ParseLimits {
  /** deepest nesting of block quotes, lists and inline markup (tree levels; default 1000) */
  maxNesting?: number;
  /** milliseconds a page's parse may take (default 10,000; 0 or Infinity: no limit) */
  maxParseTime?: number;
}

/**
 * Runs `run` and stops it once it has taken `ms` milliseconds, by throwing the engine's
 * `TimeLimitExceeded`. micromark is synchronous, so only the host can interrupt it: the Node
 * shell passes vm's watchdog (src/node/time-limit.ts). Without one, a parse is not stopped.
 */
export type TimeLimit = <T>(run: () => T, ms: number) => T;

export interface LintInput {
  documents: SourceDocument[];
  /** every file links may point at (POSIX, relative to the root); defaults to the documents */
  paths?: readonly string[];
  /** reads a page that is not being linted, for its anchors; undefined when it cannot be read */
  readFile?: (path: string) => string | undefined | Promise<string | undefined>;
  /** called after each page is linted */
  onProgress?: (done: number, total: number) => void;
  /** what the change being checked removed (`--changed-since`) */
  changes?: ChangeSet;
  /**
   * the resolved config of each page (plain JSON: rules, settings, directive options); without
   * it, the `config` argument applies to every page. Project-wide settings (`anchors`, `rootDir`)
   * always come from the `config` argument.
   */
  configFor?: (path: string) => Config;
  /** nesting and parse-time limits for each page (defaults in engine/parse.ts) */
  limits?: ParseLimits;
  /** what stops a parse past `limits.maxParseTime`; without it, parses are not stopped */
  timeLimit?: TimeLimit;
}
