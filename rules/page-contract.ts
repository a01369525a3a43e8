import type { Position } from 'unist';
import { defineRule, type ReportDescriptor } from '../src/rule-api/index.js';
import { compileContract, compileContracts, type CompiledContract } from '../src/contracts/compile.js';
import { createPageModel, type PageModel } from '../src/contracts/page-model.js';
import { evaluateRequirement, type Finding, shorten } from '../src/contracts/evaluate.js';
import { matchReason, pageIdentity, tocCandidates, tocReason } from '../src/contracts/identity.js';
import { tocFileOf } from '../src/sites/index.js';

/**
 * What a page lacks under a contract that matches pages by their place in the table of contents:
 * the page cannot read `index.md`, so its reports wait for the cross-file phase (plain JSON, part
 * of the page's cached outcome).
 */
interface Pending {
  contract: string;
  tocParent: string[];
  reports: Array<{ messageId: string; data: Record<string, string>; position?: Position }>;
}

/** A finding in this rule's words: the closest wording found, when there is one, is quoted where it is. */
function describe(
  contract: string,
  finding: Finding,
): { messageId: string; data: Record<string, string>; node: Finding['node'] } {
  const where = finding.section === undefined ? '' : ` in the section \`${finding.section}\``;
  const data: Record<string, string> = { contract, where };
  const { closest } = finding;
  if (closest) data.found = shorten(closest.text, 200);
  switch (finding.kind) {
    case 'missingSection':
      data.section = finding.expected!;
      return closest
        ? { messageId: 'misnamedSection', data, node: closest.node }
        : { messageId: 'missingSection', data, node: finding.node };
    case 'missingSentence':
      data.sentence = finding.expected!;
      return closest
        ? { messageId: 'rewordedSentence', data, node: closest.node }
        : { messageId: 'missingSentence', data, node: finding.node };
    case 'missingLink':
      data.url = finding.expected!;
      return closest
        ? { messageId: 'wrongLink', data, node: closest.node }
        : { messageId: 'missingLink', data, node: finding.node };
    case 'missingItem':
      data.item = finding.expected!;
      return closest
        ? { messageId: 'rewordedItem', data, node: closest.node }
        : { messageId: 'missingItem', data, node: finding.node };
    case 'missingList':
      data.label = finding.text!;
      return { messageId: 'missingList', data, node: finding.node };
    case 'notALink':
      data.text = finding.text!;
      data.section = finding.section!;
      return { messageId: 'notALink', data, node: finding.node };
    default:
      data.section = finding.section!;
      return { messageId: finding.kind, data, node: finding.node };
  }
}

function reportsOf(contract: CompiledContract, model: PageModel): ReportDescriptor[] {
  return contract.require
    .flatMap((requirement) => evaluateRequirement(requirement, model))
    .map((finding) => describe(contract.name, finding));
}

export default defineRule<Record<string, never>>({
  meta: {
    id: 'page-contract',
    description:
      'Pages of a kind contain what their contract (config `contracts`) requires: ' +
      'sections, sentences, links, items, lists of links',
    messages: {
      missingSection: 'Expected a section `{{section}}` (contract `{{contract}}`)',
      misnamedSection: 'Expected a section `{{section}}`; found `{{found}}` (contract `{{contract}}`)',
      missingSentence: 'Expected the sentence `{{sentence}}`{{where}} (contract `{{contract}}`)',
      rewordedSentence: 'Expected the sentence `{{sentence}}`; found `{{found}}` (contract `{{contract}}`)',
      missingLink: 'Expected a link to `{{url}}`{{where}} (contract `{{contract}}`)',
      wrongLink: 'Expected a link to `{{url}}`; found `{{found}}` (contract `{{contract}}`)',
      missingItem: 'Expected the item `{{item}}`{{where}} (contract `{{contract}}`)',
      rewordedItem: 'Expected the item `{{item}}`; found `{{found}}` (contract `{{contract}}`)',
      missingList: 'Expected a list of links after `{{label}}` (contract `{{contract}}`)',
      emptyList:
        'Unexpected empty list in the section `{{section}}`: list the pages as links (contract `{{contract}}`)',
      notALink: 'Unexpected item that is not a link in the section `{{section}}`: `{{text}}` (contract `{{contract}}`)',
      emptyItem: 'Unexpected empty item in the section `{{section}}` (contract `{{contract}}`)',
    },
    defaultSeverity: 'error',
  },
  create(ctx) {
    const contracts = compileContracts(ctx.settings.contracts);
    if (contracts.length === 0) return {};
    const identity = pageIdentity(ctx.path, ctx.tree);
    const now: CompiledContract[] = [];
    const later: CompiledContract[] = [];
    for (const contract of contracts) {
      if (matchReason(contract, identity) !== undefined) now.push(contract);
      else if (contract.tocParent.length > 0) later.push(contract);
    }
    if (now.length === 0 && later.length === 0) return {};
    const { model, visitors } = createPageModel(ctx.tree, ctx.text);
    return {
      ...visitors,
      'root:exit'() {
        for (const contract of now) for (const report of reportsOf(contract, model)) ctx.report(report);
        const pending: Pending[] = [];
        for (const contract of later) {
          const reports = reportsOf(contract, model).map(({ messageId, data, node }) => {
            const position = node?.position;
            return {
              messageId,
              data: data as Record<string, string>,
              ...(position ? { position: { start: position.start, end: position.end } } : {}),
            };
          });
          if (reports.length > 0)
            pending.push({ contract: contract.name, tocParent: contract.contract.match.tocParent!, reports });
        }
        if (pending.length > 0) ctx.keep(pending);
      },
    };
  },
  checkProject(ctx) {
    for (const path of ctx.index.pages.keys()) {
      const pending = ctx.kept(path) as Pending[] | undefined;
      if (!pending) continue;
      const tocPath = tocCandidates(path, tocFileOf(ctx.settings)).find(
        (candidate) => ctx.index.toc(candidate) !== undefined,
      );
      if (tocPath === undefined) continue;
      const toc = ctx.index.toc(tocPath)!;
      for (const { contract, tocParent, reports } of pending) {
        const placed = compileContract(contract, { match: { tocParent }, require: [] });
        if (tocReason(placed, path, toc, tocPath) === undefined) continue;
        for (const report of reports) ctx.report(path, report);
      }
    }
  },
});
