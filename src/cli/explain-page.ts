import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Root } from 'mdast';
import type { Config, Rule, Settings } from '../types.js';
import { resolveRules, resolveSettings } from '../engine/config/resolve.js';
import { formatExplanation, type PluginListing, type SecurityScope, type TocPlace } from './explain.js';
import { placeToc, TOP } from '../helpers/toc.js';
import { tocFileOf } from '../sites/index.js';
import { parseMarkdown } from '../engine/parse.js';
import { tocOfText } from '../engine/nav-toc.js';
import { compileContracts } from '../contracts/compile.js';
import { matchReason, pageIdentity, tocCandidates, tocReason } from '../contracts/identity.js';
import { awsMention, notGuideSecurityPage, type Toc } from '../contracts/security-page.js';
import { pageTitle, securityPageReason } from '../helpers/structure.js';
import { renderedText } from '../helpers/text.js';
import { toProjectPath, UsageError } from '../node/discover.js';
import { ConfigLoader, type LoadOptions } from '../node/config/load-config.js';
import { readDocument } from '../node/read.js';
import { builtinRules } from '../../rules/index.js';

/** `--explain <file>`: reads the page (for its title) and says what applies to it and why. */
export async function explainPage(
  cwd: string,
  file: string,
  loadOptions: LoadOptions,
  maxFileSize: number,
): Promise<string> {
  const path = toProjectPath(cwd, file);
  if (!(await isFile(resolve(cwd, path)))) throw new UsageError(`No such file: \`${file}\``);
  const document = await readDocument(cwd, path, maxFileSize);
  if (document.text === undefined)
    throw new UsageError(`Cannot explain \`${file}\`: ${document.problem ?? 'it cannot be read'}`);
  const loader = new ConfigLoader(cwd, builtinRules, loadOptions);
  const resolver = await loader.resolverFor([path]);
  const explanation = resolver.explain(path);
  const tree = parseMarkdown(document.text);
  const title = pageTitle(tree);
  const settings = resolveSettings(explanation.config);
  const securityReason = securityPageReason(path, tree, settings);
  const toc = once(() => readToc(cwd, path, settings, maxFileSize));
  return formatExplanation({
    explanation,
    rules: loader.rules,
    securityReason,
    ...(securityReason === undefined
      ? {}
      : { securityScope: await securityScope(cwd, path, tree, securityReason, explanation.config, loader.rules, toc) }),
    title: title ? renderedText(title) : undefined,
    plugins: loader.plugins.map((plugin): PluginListing => ({
      specifier: plugin.specifier,
      listedIn: plugin.listedIn,
      ruleIds: plugin.rules.map((rule) => rule.meta.id),
    })),
    contracts: await explainContracts(path, tree, settings, toc),
    toc: tocPlace(path, await toc()),
  });
}

/** The page's entries in its table of contents, and the entries under the first of them. */
function tocPlace(path: string, toc: Toc | undefined): TocPlace | undefined {
  if (toc === undefined) return undefined;
  const placed = placeToc(toc.path, toc.entries, (target) => target);
  const at = placed.byTarget.get(path) ?? [];
  const entries = at.map((index) => {
    const { text, position, parent } = toc.entries[index]!;
    return {
      text,
      ...(position ? { line: position.start.line } : {}),
      ...(parent === TOP ? {} : { parent: toc.entries[parent]!.text }),
    };
  });
  const children = (at.length === 0 ? [] : (placed.children.get(at[0]!) ?? [])).map((index) => {
    const { text, target } = toc.entries[index]!;
    return target === undefined ? { text } : { text, target };
  });
  return { path: toc.path, entries, children };
}

/** `run` once, when first asked. */
function once<T>(run: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | undefined;
  return () => (result ??= run());
}

/** The page's table of contents: the nearest `index.md` (or the site's own TOC file) that can be read. */
async function readToc(cwd: string, path: string, settings: Settings, maxFileSize: number): Promise<Toc | undefined> {
  for (const candidate of tocCandidates(path, tocFileOf(settings))) {
    const page = await readDocument(cwd, candidate, maxFileSize).catch(() => undefined);
    if (page?.text === undefined) continue;
    const entries = tocOfText(page.text, candidate, settings, parseMarkdown);
    if (entries) return { path: candidate, entries };
  }
  return undefined;
}

/**
 * Whether the security rules check a security page, and why (src/contracts/security-page.ts):
 * the rules on only by default check only pages that name AWS; a page matched only by its title
 * must be its guide's security page.
 */
async function securityScope(
  cwd: string,
  path: string,
  tree: Root,
  reason: string,
  config: Config,
  rules: readonly Rule[],
  toc: () => Promise<Toc | undefined>,
): Promise<SecurityScope> {
  const scoped = resolveRules(config, rules).filter(({ options }) => typeof options.onlyAwsPages === 'boolean');
  const scope: SecurityScope = {
    awsOnly: scoped.filter(({ options }) => options.onlyAwsPages).map(({ rule }) => rule.meta.id),
    everyPage: scoped.filter(({ options }) => !options.onlyAwsPages).map(({ rule }) => rule.meta.id),
    byTitle: !reason.startsWith('file name'),
  };
  const mention = awsMention(tree);
  if (mention !== undefined) scope.awsMention = mention;
  if (scope.byTitle) {
    const { fileNames } = resolveSettings(config).securityPage;
    const found = await toc();
    const existing = new Set<string>();
    for (const candidate of tocCandidates(path)) {
      const folder = candidate.slice(0, candidate.length - 'index.md'.length);
      for (const name of fileNames) if (await isFile(resolve(cwd, folder + name))) existing.add(folder + name);
      if (found === undefined || candidate === found.path) break;
    }
    const notGuidePage = notGuideSecurityPage(path, fileNames, (named) => existing.has(named), found);
    if (notGuidePage !== undefined) scope.notGuidePage = notGuidePage;
  }
  return scope;
}

const isFile = (path: string) =>
  stat(path).then(
    (info) => info.isFile(),
    () => false,
  );

/**
 * Why each contract of the page's config applies to it: by the page itself, or by its place in
 * the nearest `index.md`.
 */
async function explainContracts(path: string, tree: Root, settings: Settings, tocOf: () => Promise<Toc | undefined>) {
  const identity = pageIdentity(path, tree);
  const out: Array<{ name: string; description?: string; reason?: string }> = [];
  for (const contract of compileContracts(settings.contracts)) {
    let reason = matchReason(contract, identity);
    if (reason === undefined && contract.tocParent.length > 0) {
      const found = await tocOf();
      reason = found ? tocReason(contract, path, found.entries, found.path) : undefined;
    }
    const { description } = contract.contract;
    out.push({
      name: contract.name,
      ...(description === undefined ? {} : { description }),
      ...(reason === undefined ? {} : { reason }),
    });
  }
  return out;
}
