/**
 * The rule API: everything a rule author needs, in one file. A rule is `meta` (data) plus
 * `create` (per page, inside the engine's single walk) and/or `checkProject` (once, against the
 * project index). Built-in rules (`rules/`) and plugins import only this, the helpers
 * (`src/helpers/`) and the contracts (`src/contracts/`); see docs/architecture.md.
 */
import type { Nodes, Parents, Root } from 'mdast';
import type { Node, Position } from 'unist';

/** Severity as written in config. */
export type Severity = 'off' | 'warn' | 'error';

/** A JSON Schema (draft-07) for a rule's options; validated by ajv before any rule runs. */
export type JsonSchema = Record<string, unknown>;

export interface RuleMeta {
  /**
   * what config and reports call the rule: kebab-case, equal to the file name for a built-in
   * rule; `<namespace>/<rule-id>` for a plugin's rule (`acme/no-todo`)
   */
  id: string;
  /** one line, shown by --list-rules and in machine reports (SARIF) */
  description: string;
  /** messageId → template, `{{name}}` placeholders filled from `data` */
  messages: Record<string, string>;
  /** the severity when config does not set one; default `error` */
  defaultSeverity?: Severity;
  /** JSON Schema of the options object; options are merged over `defaultOptions` */
  schema?: JsonSchema;
  defaultOptions?: Record<string, unknown>;
  /**
   * options over `defaultOptions` while no config sets the rule: it runs only because it is on by
   * default, so it may check less than when a config asks for it (the AWS security rules check only
   * pages that name AWS)
   */
  unconfiguredOptions?: Record<string, unknown>;
  /**
   * documentation page: stamped by the registry for a built-in rule (`rules/<id>.md`); a plugin
   * rule's absolute http(s) URL, shown by --list-rules and as SARIF's helpUri
   */
  url?: string;
  /**
   * the rule may attach a `fix` to its reports (`--fix`, code actions in editors, SARIF `fixes`);
   * a fix on a report of a rule without it is an error, as in ESLint
   */
  fixable?: boolean;
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
  /** the one right edit that repairs the problem (the rule's `meta.fixable` must be set) */
  fix?: Fix;
}

/** A place in a page's text: 1-based line and column, columns in UTF-16 code units (as mdast counts). */
export interface TextPoint {
  line: number;
  column: number;
}

/**
 * An edit that repairs a problem: the text from `start` up to (not including) `end` becomes
 * `text` (`start` equal to `end`: an insertion). A fix is offered only where there is one right
 * answer; `--fix` applies it to the source, keeping everything around it as written.
 */
export interface Fix {
  start: TextPoint;
  end: TextPoint;
  text: string;
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
  /**
   * the site generator that renders the pages (`src/sites/`): how links land on files, heading
   * slugs, fragment case, folder links, the table of contents; unset: doclint's own defaults
   */
  site?: SiteName;
  /** which links are checked and how: patterns to skip, URL prefixes of this project's own site, folders */
  links: LinkSettings;
  /** which anchor sources the site's renderer has (all on by default; off: not an anchor) */
  anchors: AnchorSettings;
  /** page contracts by name: what pages of a kind must contain (the `page-contract` rule) */
  contracts: Record<string, Contract>;
}

/**
 * A page contract: pages of a kind (`match`) must contain these parts (`require`). Every pattern
 * is a wildcard pattern, never a regular expression (src/contracts/wildcard.ts).
 */
export interface Contract {
  /** what the contract is for, shown in `--explain` */
  description?: string;
  /** which pages it applies to: a page matches when any of the given criteria does */
  match: ContractMatch;
  require: ContractRequirement[];
}

export interface ContractMatch {
  /**
   * globs relative to the project root (a config file's are rebased on its folder); without `/`,
   * a file name at any depth
   */
  files?: string[];
  /** text patterns of the page's title, its first level-1 heading */
  title?: string[];
  /** front matter key (`a.b` for nested keys) → text patterns of its value (any item of a list) */
  frontMatter?: Record<string, string[]>;
  /**
   * the page is below an entry of the guide's table of contents (the nearest `index.md`): the
   * entry's text pattern, or the `.md` page it links to
   */
  tocParent?: string[];
}

export interface ContractRequirement {
  /** where the parts are looked for; without it, the whole page */
  section?: { heading?: string[]; label?: string[] };
  /** sentences the section contains (whole words; `*` for a varying part) */
  sentences?: string[];
  /** URL patterns the section links to */
  links?: string[];
  /** texts that start a list item, paragraph or heading of the section */
  items?: string[];
  /** the section's label or heading is followed by a list whose items are links */
  linkList?: boolean;
}

/** The site generators doclint knows (`settings.site`): each is a profile in `src/sites/`. */
export type SiteName = 'github' | 'aws-guide' | 'mdbook' | 'mkdocs' | 'docusaurus' | 'hugo' | 'jekyll';

/** The link policy (`settings.links`): project-wide, like the site. */
export interface LinkSettings {
  /** wildcard patterns (`*`: any characters) of destinations, as written, that no link rule checks */
  ignore: string[];
  /** absolute URL prefix of this project's own site → the folder (relative to the root) it publishes */
  sites: Record<string, string>;
  /** a link to a folder is fine without an index page (undefined: the site profile says) */
  folders?: boolean;
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
  /**
   * keeps JSON data for this rule's own `checkProject` (`ProjectContext.kept`): what a per-page
   * rule found that only cross-file facts can confirm. It is part of the page's cached outcome.
   */
  keep(data: unknown): void;
}

export interface ProjectContext<Options = Record<string, unknown>> {
  index: ProjectIndex;
  /** the options of the config at the project root (a page's own config may differ: `optionsFor`) */
  options: Options;
  settings: Settings;
  /** the options that apply to a linted page (its config files and overrides); read per link's page */
  optionsFor(path: string): Options;
  /**
   * report against a page, by its POSIX path relative to the project root; the severity is the
   * one configured for that page, and a report on a page where the rule is off is dropped
   */
  report(path: string, descriptor: ReportDescriptor): void;
  /** what this rule's per-page part kept for a page (`FileContext.keep`), or undefined */
  kept(path: string): unknown;
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
  /**
   * where the destination is written in the page (inside `<…>`, without the title): only when the
   * source spells it as `url` exactly (no escapes or entities), so that a fix may replace a part of it
   */
  destination?: Position;
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
  /** ids, names and heading anchors written inside code: not anchors, but worth naming when a link wants one */
  codeAnchors: Set<string>;
  links: LinkRef[];
  /** a table of contents (`index.md`, or the site's own): its entries, the list items that start with a link */
  toc?: TocEntry[];
  /**
   * the site paths (relative to the root, no `/` at either end) the page is also published at,
   * beyond its file: its front matter `id` or `slug` on a site whose generator reads them
   */
  routes?: string[];
  /** what per-page rules kept for their cross-file part (`FileContext.keep`), by rule id: plain JSON */
  kept?: Record<string, unknown>;
}

/** An entry of a table of contents: a list item that starts with a link. */
export interface TocEntry {
  /** the link's rendered text */
  text: string;
  /** the page it links to, POSIX relative to the project root (a relative link to a file) */
  target?: string;
  /** the entry it is nested under, by index; -1 at the top */
  parent: number;
  /** where the entry's link is in the table of contents (a Markdown one; a YAML `nav` has none) */
  position?: Position;
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
  /** HTML ids and names, and heading anchors, that a Markdown page has inside code (so they are not anchors) */
  codeAnchors(path: string): ReadonlySet<string> | undefined;
  /** the facts of every linted page */
  pages: ReadonlyMap<string, PageFacts>;
  /** the linted page published at a site path (relative to the root) by its front matter (`PageFacts.routes`) */
  route(path: string): string | undefined;
  /** the table of contents of an `index.md` page, linted or read for it (when a contract needs it) */
  toc(path: string): readonly TocEntry[] | undefined;
  /** every link of every linted page */
  links: readonly LinkRef[];
  /** what the change being checked removed, when linting a change */
  changes?: ChangeSet;
}

/** What a change (a git diff against a ref) removed, so that breakage can be blamed on it. */
export interface ChangeSet {
  /** the ref compared with, as the user wrote it */
  since: string;
  /** files deleted (undefined) or renamed (the new path) since the ref */
  removedFiles: ReadonlyMap<string, string | undefined>;
  /** anchors a page had at the ref and no longer has */
  removedAnchors: ReadonlyMap<string, ReadonlySet<string>>;
  /** anchors a changed page has now and did not have at the ref (a renamed heading: one lost, one gained) */
  addedAnchors?: ReadonlyMap<string, ReadonlySet<string>>;
}

/** Where a link destination points, resolved once when the link is collected. */
export type ResolvedLink =
  | { kind: 'external' }
  /** `#fragment` alone: the same page */
  | { kind: 'same-page'; fragment: string }
  /** a file (or folder) in the project, POSIX, relative to the root; fragment without `#` */
  | {
      kind: 'file';
      path: string;
      written: string;
      fragment?: string;
      /** a URL of the project's own site (`settings.links.sites`): it names a published page, not a file */
      published?: boolean;
    }
  /** a relative path that climbs above the project root */
  | { kind: 'outside-root'; written: string }
  /** `/path`, when no folder is configured for `/` */
  | { kind: 'root-relative'; written: string }
  /** a destination that `settings.links.ignore` names, or a template the site generator expands: not checked */
  | { kind: 'ignored' };
