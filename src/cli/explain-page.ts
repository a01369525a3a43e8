import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Root } from 'mdast';
import type { Settings, TocEntry } from '../types.js';
import { resolveSettings } from '../engine/config/resolve.js';
import { formatExplanation, type PluginListing } from './explain.js';
import { collectToc, tocFileOf } from '../engine/collect.js';
import { parseMarkdown } from '../engine/parse.js';
import { compileContracts } from '../contracts/compile.js';
import { matchReason, pageIdentity, tocCandidates, tocReason } from '../contracts/identity.js';
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
  if (
    !(await stat(resolve(cwd, path)).then(
      (info) => info.isFile(),
      () => false,
    ))
  )
    throw new UsageError(`No such file: \`${file}\``);
  const document = await readDocument(cwd, path, maxFileSize);
  if (document.text === undefined)
    throw new UsageError(`Cannot explain \`${file}\`: ${document.problem ?? 'it cannot be read'}`);
  const loader = new ConfigLoader(cwd, builtinRules, loadOptions);
  const resolver = await loader.resolverFor([path]);
  const explanation = resolver.explain(path);
  const tree = parseMarkdown(document.text);
  const title = pageTitle(tree);
  const settings = resolveSettings(explanation.config);
  return formatExplanation({
    explanation,
    rules: loader.rules,
    securityReason: securityPageReason(path, tree, settings),
    title: title ? renderedText(title) : undefined,
    plugins: loader.plugins.map((plugin): PluginListing => ({
      specifier: plugin.specifier,
      listedIn: plugin.listedIn,
      ruleIds: plugin.rules.map((rule) => rule.meta.id),
    })),
    contracts: await explainContracts(cwd, path, tree, settings, maxFileSize),
  });
}

/**
 * Why each contract of the page's config applies to it: by the page itself, or by its place in
 * the nearest `index.md`.
 */
async function explainContracts(cwd: string, path: string, tree: Root, settings: Settings, maxFileSize: number) {
  const identity = pageIdentity(path, tree);
  let toc: { path: string; entries: TocEntry[] } | null | undefined;
  const tocOf = async () => {
    if (toc !== undefined) return toc;
    toc = null;
    for (const candidate of tocCandidates(path, tocFileOf(settings))) {
      const page = await readDocument(cwd, candidate, maxFileSize).catch(() => undefined);
      if (page?.text === undefined) continue;
      toc = { path: candidate, entries: collectToc(parseMarkdown(page.text), candidate, settings) };
      break;
    }
    return toc;
  };
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
