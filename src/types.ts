import type { Nodes, Parents, Root } from 'mdast';
import type { Node, Position } from 'unist';
import type { ResolvedLink } from './helpers/links.js';

/** Severity as written in config. */
export type Severity = 'off' | 'warn' | 'error';

/** A JSON Schema (draft-07) for a rule's options; validated by ajv before any rule runs. */
export type JsonSchema = Record<string, unknown>;

export interface RuleMeta {
  /** kebab-case, equal to the rule's file name */
  id: string;
  /** one line, shown by --help and in machine reports */
  description: string;
  /** messageId → template, `{{name}}` placeholders filled from `data` */
  messages: Record<string, string>;
  defaultSeverity: Severity;
  /** JSON Schema of the options object; options are merged over `defaultOptions` */
  schema?: JsonSchema;
  defaultOptions?: Record<string, unknown>;
  /** documentation page; stamped by the registry */
  url?: string;
}

export type Visitors = {
  [T in Nodes['type']]?: (node: Extract<Nodes, { type: T }>, ancestors: readonly Parents[]) => void;
} & {
  /** called once after the walk of the page */
  'root:exit'?: () => void;
};

export interface ReportDescriptor {
  /** where: `position` wins over `node` */
  node?: Node;
  position?: Position;
  messageId: string;
  data?: Record<string, string | number>;
  /** machine-readable replacement candidates ("did you mean") */
  suggestions?: string[];
  /** the problem was caused by the change being checked (`--changed-since`) */
  causedByChange?: boolean;
}

export interface Settings {
  /** which pages are security pages */
  securityPage: {
    /** file names (base names, exact case) */
    fileNames: string[];
    /** case-insensitive prefixes of the page's first-level heading */
    titlePrefixes: string[];
  };
  /** the folder (relative to the project root) that root-relative links `/path` start from */
  rootDir?: string;
  /** which anchor sources the site's renderer has (all on by default; off: not an anchor) */
  anchors: AnchorSettings;
}

/** The anchor sources a page can have; a site generator that drops one turns it off. */
export interface AnchorSettings {
  /** GitHub heading slugs (`## Set up` → `#set-up`, repeats numbered `-1`, `-2`) */
  headingSlugs: boolean;
  /** `id=` on any HTML element */
  htmlId: boolean;
  /** `name=` on an HTML `<a>` */
  htmlName: boolean;
  /** `{#custom-id}` heading attributes (kramdown, Hugo, Pandoc); the attribute is not heading text */
  customIds: boolean;
}

export type AnchorSource = keyof AnchorSettings;

/** One anchor where a page defines it (a page may define the same anchor more than once). */
export interface AnchorSite {
  anchor: string;
  source: AnchorSource;
  position: Position;
  /** the heading the anchor belongs to or sits in, by its index among the page's headings */
  heading?: number;
}

export interface FileContext<Options = Record<string, unknown>> {
  /** POSIX path relative to the project root */
  path: string;
  text: string;
  tree: Root;
  options: Options;
  settings: Settings;
  /** facts the engine collected for this page so far (complete in 'root:exit') */
  page: PageFacts;
  report(descriptor: ReportDescriptor): void;
}

export interface ProjectContext<Options = Record<string, unknown>> {
  index: ProjectIndex;
  options: Options;
  settings: Settings;
  /** report against a page, by its POSIX path relative to the project root */
  report(path: string, descriptor: ReportDescriptor): void;
}

export interface Rule<Options = Record<string, unknown>> {
  meta: RuleMeta;
  /** per page, inside the single walk */
  create?(ctx: FileContext<Options>): Visitors;
  /** once, after every page is indexed */
  checkProject?(ctx: ProjectContext<Options>): void;
}

/**
 * Declares a rule with typed options. The engine validates options against `meta.schema` and
 * merges them over `meta.defaultOptions` before `create` sees them, so the rule may rely on their
 * type; the registry holds rules of any option type.
 */
export function defineRule<Options>(rule: Rule<Options>): Rule {
  return rule as unknown as Rule;
}

export type LinkKind = 'link' | 'image' | 'definition' | 'html';

/** A link destination found in a page. */
export interface LinkRef {
  /** page the link is in */
  from: string;
  /** the destination as the Markdown parser decoded it (escapes and entities resolved) */
  url: string;
  kind: LinkKind;
  position: Position;
  /** where it points, resolved once when the link is collected */
  target: ResolvedLink;
}

/** Everything the cross-file phase needs from one page; the tree itself is not kept. */
export interface PageFacts {
  path: string;
  /** text of the first level-1 heading, rendered (no HTML, no markup) */
  title?: string;
  /** every fragment the page answers to: HTML ids and names, GitHub heading slugs, custom ids */
  anchors: Set<string>;
  /**
   * each anchor where it is defined, in page order, repeats included: complete in 'root:exit',
   * emptied after the page's walk (the cross-file phase needs only `anchors`)
   */
  anchorSites: AnchorSite[];
  /** ids and names written in HTML inside code: not anchors, but worth naming when a link wants one */
  codeAnchors: Set<string>;
  links: LinkRef[];
}

export interface ProjectIndex {
  /** the file exists, exact case; POSIX path relative to the root */
  hasFile(path: string): boolean;
  /** the folder exists (some file lies below it) */
  hasDirectory(path: string): boolean;
  /** a file whose path equals `path` ignoring letter case */
  findIgnoringCase(path: string): string | undefined;
  /** files in a folder, for suggestions */
  filesIn(directory: string): readonly string[];
  /** anchors of a Markdown page: linted pages, or target pages read for their anchors */
  anchors(path: string): ReadonlySet<string> | undefined;
  /** HTML ids and names that a Markdown page has inside code (so they are not anchors) */
  codeAnchors(path: string): ReadonlySet<string> | undefined;
  /** the facts of every linted page */
  pages: ReadonlyMap<string, PageFacts>;
  /** every link of every linted page */
  links: readonly LinkRef[];
  /** what the change being checked removed, when linting a change */
  changes?: ChangeSet;
}

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

export interface Config {
  rules?: Record<string, RuleSetting>;
  settings?: { securityPage?: Partial<Settings['securityPage']>; rootDir?: string; anchors?: Partial<AnchorSettings> };
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
  /** set by the reader when the file cannot be linted (binary, invalid UTF-8, too large …) */
  problem?: string;
}

/** What a change (a git diff against a ref) removed, so that breakage can be blamed on it. */
export interface ChangeSet {
  /** the ref compared with, as the user wrote it */
  since: string;
  /** files deleted (undefined) or renamed (the new path) since the ref */
  removedFiles: ReadonlyMap<string, string | undefined>;
  /** anchors a page had at the ref and no longer has */
  removedAnchors: ReadonlyMap<string, ReadonlySet<string>>;
}

/** Limits that keep a hostile page from exhausting time or stack; a page past one is not linted. */
export interface ParseLimits {
  /** deepest nesting of block quotes, lists and inline markup (tree levels; default 1000) */
  maxNesting?: number;
  /** milliseconds a page's parse may take (default 10,000; 0 or Infinity: no limit) */
  maxParseTime?: number;
}

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
  /** nesting and parse-time limits for each page (defaults in engine/parse.ts) */
  limits?: ParseLimits;
}
