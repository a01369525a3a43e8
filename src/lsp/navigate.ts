/**
 * Completion inside link destinations (relative paths, `#anchors`) and go-to-definition on a link
 * (to the file, and to the heading or element its fragment names).
 */
import {
  CompletionItemKind,
  type CompletionItem,
  type Location,
  type Position,
  type Range,
} from 'vscode-languageserver';
import type { AnchorSite, LinkRef, ParseLimits, PageFacts, Rule, Settings } from '../types.js';
import * as posix from '../util/posix-path.js';
import { isAbsoluteUrl } from '../helpers/links.js';
import { anchorPage, landingFile, linkTarget, siteProfile } from '../sites/index.js';
import { lintPage } from '../engine/page-phase.js';
import { vmTimeLimit } from '../node/time-limit.js';
import { toPosition } from './convert.js';

/** How many entries a completion lists at most. */
export const MAX_COMPLETIONS = 1000;

/** What completion and definition need to know of the project. */
export interface Navigable {
  paths: ReadonlySet<string>;
  facts(path: string): PageFacts | undefined;
  settingsOf(path: string): Settings | undefined;
  textOf(path: string): Promise<string | undefined>;
}

/** A destination being typed, before the cursor: in `[a](…`, `[a]: …` or `href="…`. */
const TYPED = [
  /\]\(\s*<?([^\s()<>]*)$/,
  /^ {0,3}\[(?:[^\]\\]|\\.)+\]:\s*<?(\S*)$/,
  /\b(?:href|src)\s*=\s*["']([^"']*)$/i,
];

/** The destination typed so far on this line up to the cursor, or undefined when not in one. */
export function typedDestination(lineBefore: string): string | undefined {
  for (const pattern of TYPED) {
    const match = pattern.exec(lineBefore);
    if (match) return match[1];
  }
  return undefined;
}

const decode = (text: string) => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
};

/** The folder or page a relative destination names from `page`; undefined when it leaves the root. */
function fromPage(page: string, written: string, settings: Settings | undefined): string | undefined {
  const rooted = written.startsWith('/');
  const base = rooted ? (settings?.rootDir ?? '.') : posix.dirname(page);
  const joined = posix.normalize(posix.join(base, decode(rooted ? written.slice(1) : written))).replace(/(.)\/$/, '$1');
  return joined === '..' || joined.startsWith('../') ? undefined : joined;
}

/**
 * The completions at `position` of `page`, whose line up to the cursor is `lineBefore`: the
 * anchors of the page named before `#`, else the files and folders of the folder typed so far.
 */
export function completions(
  project: Navigable,
  page: string,
  lineBefore: string,
  position: Position,
): CompletionItem[] {
  const typed = typedDestination(lineBefore);
  if (typed === undefined || isAbsoluteUrl(typed)) return [];
  const hash = typed.indexOf('#');
  if (hash >= 0) {
    const written = typed.slice(0, hash);
    const target = written === '' ? page : fromPage(page, written, project.settingsOf(page));
    const anchors = target === undefined ? undefined : project.facts(target)?.anchors;
    const range = { start: { ...position, character: position.character - (typed.length - hash - 1) }, end: position };
    return [...(anchors ?? [])]
      .sort()
      .slice(0, MAX_COMPLETIONS)
      .map((anchor) => ({ label: anchor, kind: CompletionItemKind.Reference, textEdit: { range, newText: anchor } }));
  }
  const slash = typed.lastIndexOf('/');
  const folderWritten = typed.slice(0, slash + 1);
  const folder = folderWritten === '' ? posix.dirname(page) : fromPage(page, folderWritten, project.settingsOf(page));
  if (folder === undefined) return [];
  const range: Range = {
    start: { ...position, character: position.character - (typed.length - slash - 1) },
    end: position,
  };
  return entriesOf(project.paths, folder).map(({ name, isFolder }) => ({
    label: isFolder ? `${name}/` : name,
    kind: isFolder ? CompletionItemKind.Folder : CompletionItemKind.File,
    textEdit: { range, newText: isFolder ? `${name}/` : encodeURI(name) },
    ...(isFolder ? { command: { title: 'Suggest', command: 'editor.action.triggerSuggest' } } : {}),
  }));
}

/** The files and folders directly in `folder`, sorted, folders first. */
function entriesOf(paths: ReadonlySet<string>, folder: string): Array<{ name: string; isFolder: boolean }> {
  const prefix = folder === '.' ? '' : `${folder}/`;
  const entries = new Map<string, boolean>();
  for (const path of paths) {
    if (!path.startsWith(prefix)) continue;
    const rest = path.slice(prefix.length);
    const slash = rest.indexOf('/');
    const name = slash < 0 ? rest : rest.slice(0, slash);
    if (name.startsWith('.')) continue;
    if (slash >= 0 || !entries.has(name)) entries.set(name, slash >= 0);
    if (entries.size >= MAX_COMPLETIONS) break;
  }
  return [...entries]
    .map(([name, isFolder]) => ({ name, isFolder }))
    .sort((a, b) => Number(b.isFolder) - Number(a.isFolder) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

const contains = (link: LinkRef, line: number, column: number) => {
  const { start, end } = link.position;
  const afterStart = line > start.line || (line === start.line && column >= start.column);
  const beforeEnd = line < end.line || (line === end.line && column <= end.column);
  return afterStart && beforeEnd;
};

/**
 * Where the link at `position` of `page` leads: the file it lands on (as the site resolves it),
 * at the heading or element its fragment names (the top of the file when none does).
 */
export async function definition(
  project: Navigable,
  page: string,
  position: Position,
  limits: ParseLimits,
): Promise<{ path: string; range: Range } | undefined> {
  const facts = project.facts(page);
  const link = facts?.links.find((candidate) => contains(candidate, position.line + 1, position.character + 1));
  if (!link) return undefined;
  const settings = project.settingsOf(page);
  const site = siteProfile(settings ?? {});
  const lookup = { hasFile: (path: string) => project.paths.has(path) || project.facts(path) !== undefined };
  let path: string | undefined;
  let fragment: string | undefined;
  if (link.target.kind === 'same-page') [path, fragment] = [page, link.target.fragment];
  else if (link.target.kind === 'file') {
    const target = linkTarget(link)!;
    fragment = link.target.fragment;
    path =
      (fragment === undefined ? undefined : anchorPage(site, target, lookup)) ??
      landingFile(site, target, lookup) ??
      (lookup.hasFile(link.target.path) ? link.target.path : undefined);
  }
  if (path === undefined) return undefined;
  const top = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  if (fragment === undefined || settings === undefined) return { path, range: top };
  const text = await project.textOf(path);
  const site2 =
    text === undefined ? undefined : anchorSitesOf(path, text, project.settingsOf(path) ?? settings, limits);
  const wanted = decode(fragment);
  const found =
    site2?.find((candidate) => candidate.anchor === wanted) ??
    site2?.find((candidate) => candidate.anchor.toLowerCase() === wanted.toLowerCase());
  if (!found) return { path, range: top };
  return { path, range: { start: toPosition(found.position.start), end: toPosition(found.position.end) } };
}

/** Every anchor of a page where it is defined: the per-page phase with a rule that only watches. */
export function anchorSitesOf(path: string, text: string, settings: Settings, limits: ParseLimits): AnchorSite[] {
  let sites: AnchorSite[] = [];
  const watcher: Rule = {
    meta: { id: 'doclint-lsp/anchors', description: 'where anchors are defined', messages: {} },
    create: (ctx) => ({ 'root:exit': () => void (sites = [...ctx.page.anchorSites]) }),
  };
  const enabled = [{ rule: watcher, severity: 'error' as const, options: {} }];
  const setup = {
    enabled,
    byId: new Map(enabled.map((resolved) => [resolved.rule.meta.id, resolved])),
    settings,
    directives: { reportUnused: 'off' as const, requireReason: false },
  };
  lintPage({ path, text }, setup, limits, undefined, vmTimeLimit);
  return sites;
}

/** A location in the LSP's terms. */
export function location(uri: string, range: Range): Location {
  return { uri, range };
}
