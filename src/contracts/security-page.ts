/**
 * Which pages the AWS security contract checks (the rules `security-shared-responsibility` and
 * `security-topics-list`). A page that `settings.securityPage` matches is checked when:
 * - it is its guide's security page: a page matched only by its title ("Security in Amazon RDS
 *   Custom") is a feature's security page when the guide has a page matched by file name, or
 *   when the guide's table of contents nests it below another entry. That needs the other pages,
 *   so its reports wait for the cross-file phase (`keep`, then `reportGuideSecurityPages`);
 * - and, while no config sets the rules (`onlyAwsPages`, their `unconfiguredOptions`), it is
 *   recognisably AWS documentation: it names AWS in its title or its opening. Any other
 *   repository's `security.md` (a vulnerability policy, a Kubernetes page) is not asked for AWS
 *   wording unless its config turns the rules on.
 */
import type { Root, RootContent } from 'mdast';
import type { Position } from 'unist';
import type { FileContext, ProjectContext, ReportDescriptor, TocEntry } from '../rule-api/index.js';
import { pageTitle } from '../helpers/structure.js';
import { renderedText } from '../helpers/text.js';
import type { CompiledContract } from './compile.js';
import { matchReason, pageIdentity, tocCandidates } from './identity.js';

/** The option both security rules have: check only pages that name AWS (on while no config sets the rules). */
export interface SecurityPagesOption {
  onlyAwsPages?: boolean;
}

/**
 * The words that name AWS, whole words in their exact case: the contract's own subject ("between
 * AWS and you") and the start of its services' names ("Amazon SQS").
 */
export const AWS_NAMES = ['AWS', 'Amazon'] as const;
const NAMES_AWS = /(?<![\p{L}\p{N}])(AWS|Amazon)(?![\p{L}\p{N}])/u;

/** Blocks of the opening that are not prose: code, HTML, front matter, definitions. */
const NOT_PROSE: ReadonlySet<RootContent['type']> = new Set(['code', 'html', 'yaml', 'definition']);

/**
 * Where the page names AWS (`AWS_NAMES`): in its title, or in its opening (the blocks before its
 * first heading after the title, code left out); undefined when neither does. A passing mention
 * further down (a deployment note, a table of cloud providers) does not make a page AWS
 * documentation.
 */
export function awsMention(tree: Root): string | undefined {
  const title = pageTitle(tree);
  const inTitle = title && NAMES_AWS.exec(renderedText(title).normalize('NFKC'));
  if (inTitle) return `its title names \`${inTitle[1]}\``;
  for (const node of tree.children) {
    if (node.type === 'heading' && node !== title) break;
    if (node === title || NOT_PROSE.has(node.type)) continue;
    const found = NAMES_AWS.exec(renderedText(node).normalize('NFKC'));
    if (found) return `its opening names \`${found[1]}\``;
  }
  return undefined;
}

/** How a page is a security page: by its file name, or only by its title. */
export type SecurityPageMatch = 'fileName' | 'title';

/**
 * Whether the contract's rule checks the page here, and how it matched: undefined when the page is
 * not a security page, or when `onlyAwsPages` is on and the page does not name AWS.
 */
export function securityPageMatch(
  contract: CompiledContract,
  path: string,
  tree: Root,
  onlyAwsPages: boolean | undefined,
): SecurityPageMatch | undefined {
  if (matchReason(contract, pageIdentity(path, tree)) === undefined) return undefined;
  if (onlyAwsPages && awsMention(tree) === undefined) return undefined;
  return matchReason(contract, { path }) === undefined ? 'title' : 'fileName';
}

/** A report kept for the cross-file phase: plain JSON, part of the page's cached outcome. */
interface PendingReport {
  messageId: string;
  data?: Record<string, string | number>;
  position?: Position;
}

/** What a security rule keeps for a page that is a security page only by its title. */
interface PendingPage {
  /** `settings.securityPage.fileNames` of the page */
  fileNames: string[];
  reports: PendingReport[];
}

/**
 * Reports a security page's findings: now when it matched by file name; for a page matched only by
 * its title, kept until the cross-file phase knows whether it is its guide's security page.
 */
export function reportSecurityPage<Options>(
  ctx: FileContext<Options>,
  match: SecurityPageMatch,
  reports: ReportDescriptor[],
): void {
  if (match === 'fileName') {
    for (const report of reports) ctx.report(report);
    return;
  }
  if (reports.length === 0) return;
  const pending: PendingPage = {
    fileNames: ctx.settings.securityPage.fileNames,
    reports: reports.map(({ messageId, data, node }) => {
      const position = node?.position;
      return {
        messageId,
        ...(data ? { data } : {}),
        ...(position ? { position: { start: position.start, end: position.end } } : {}),
      };
    }),
  };
  ctx.keep(pending);
}

/** The `checkProject` of both security rules: the kept reports of each title-matched guide security page. */
export function reportGuideSecurityPages<Options>(ctx: ProjectContext<Options>): void {
  for (const path of ctx.index.pages.keys()) {
    const pending = ctx.kept(path) as PendingPage | undefined;
    if (!pending) continue;
    const toc = nearestToc(path, (candidate) => ctx.index.toc(candidate));
    if (notGuideSecurityPage(path, pending.fileNames, ctx.index.hasFile, toc) !== undefined) continue;
    for (const report of pending.reports) ctx.report(path, report);
  }
}

/** A table of contents: an `index.md` and its entries. */
export interface Toc {
  path: string;
  entries: readonly TocEntry[];
}

/** The page's table of contents: the nearest `index.md`, in its folder or above, that has one. */
export function nearestToc(path: string, tocOf: (path: string) => readonly TocEntry[] | undefined): Toc | undefined {
  for (const candidate of tocCandidates(path)) {
    const entries = tocOf(candidate);
    if (entries) return { path: candidate, entries };
  }
  return undefined;
}

const folderOf = (path: string) => (path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '');

/**
 * Why a page that is a security page only by its title is not its guide's security page, or
 * undefined when it is. A guide is the pages below one table of contents (the nearest
 * `index.md`; without one, a folder), and it has one security page:
 * - a page named one of `fileNames`, in the page's folder or a folder above it up to the table of
 *   contents, is the guide's security page, so a page matched by title is a feature's;
 * - a page the table of contents nests below another entry is a feature's security page
 *   ("Security in S3 on Outposts" below "What is S3 on Outposts?"); the guide's is at the top
 *   level (below the single entry that wraps the whole list, when there is one).
 */
export function notGuideSecurityPage(
  path: string,
  fileNames: readonly string[],
  hasFile: (path: string) => boolean,
  toc: Toc | undefined,
): string | undefined {
  const folders: string[] = [];
  for (const candidate of tocCandidates(path)) {
    folders.push(folderOf(candidate));
    if (toc === undefined || candidate === toc.path) break;
  }
  for (const folder of folders) {
    for (const name of fileNames) {
      const named = folder === '' ? name : `${folder}/${name}`;
      if (named !== path && hasFile(named)) return `the guide's security page is \`${named}\`, by its file name`;
    }
  }
  const parent = toc && nestedBelow(path, toc.entries);
  if (parent !== undefined) return `\`${toc!.path}\` lists it below \`${parent}\`: a feature's security page`;
  return undefined;
}

/**
 * The entry a page's table-of-contents entry is nested below, when none of its entries is at the
 * top level; undefined when one is, or when the page is not listed. When a single entry wraps the
 * whole list, the entries right below it are the top level.
 */
function nestedBelow(path: string, entries: readonly TocEntry[]): string | undefined {
  const roots = entries.flatMap((entry, index) => (entry.parent === -1 ? [index] : []));
  const top = new Set([-1, ...(roots.length === 1 ? roots : [])]);
  const own = entries.filter((entry) => entry.target === path);
  if (own.length === 0 || own.some((entry) => top.has(entry.parent))) return undefined;
  return entries[own[0]!.parent]!.text;
}
