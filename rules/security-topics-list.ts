import { defineRule, type ReportDescriptor } from '../src/rule-api/index.js';
import { compiledAwsSecurityContract, TOPICS_LIST, type TopicsListOptions } from '../src/contracts/aws-security.js';
import { createPageModel } from '../src/contracts/page-model.js';
import { evaluateRequirement } from '../src/contracts/evaluate.js';
import {
  reportGuideSecurityPages,
  reportSecurityPage,
  securityPageMatch,
  type SecurityPagesOption,
} from '../src/contracts/security-page.js';

export default defineRule<TopicsListOptions & SecurityPagesOption>({
  meta: {
    id: 'security-topics-list',
    description: 'A security page lists its child pages: a "Topics" label followed by a list of links',
    messages: {
      missing:
        'Expected a topics list on this security page: ' +
        'a `**Topics**` label followed by a list of links to its child pages',
      missingList: 'Expected a list of links after the label `{{label}}`',
      emptyList: 'Unexpected empty topics list: list the child pages as links',
      notALink: 'Unexpected topics list item that is not a link: `{{text}}`',
      emptyItem: 'Unexpected empty topics list item',
    },
    defaultSeverity: 'error',
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        labels: { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 },
        onlyAwsPages: { type: 'boolean' },
      },
    },
    defaultOptions: { labels: ['Topics'], onlyAwsPages: false },
    // On only by default (no config sets it), it checks only the security pages that name AWS.
    unconfiguredOptions: { onlyAwsPages: true },
  },
  create(ctx) {
    // The AWS security-page contract, from these options and `settings.securityPage`.
    const contract = compiledAwsSecurityContract(ctx.settings.securityPage, ctx.options);
    const match = securityPageMatch(contract, ctx.path, ctx.tree, ctx.options.onlyAwsPages);
    if (match === undefined) return {};
    const { model, visitors } = createPageModel(ctx.tree, ctx.text);
    return {
      paragraph: visitors.paragraph!,
      heading: visitors.heading!,
      'root:exit'() {
        const reports = evaluateRequirement(contract.require[TOPICS_LIST]!, model).map((finding): ReportDescriptor => {
          switch (finding.kind) {
            case 'missingSection':
              return { node: finding.node, messageId: 'missing' };
            case 'missingList':
              return { node: finding.node, messageId: 'missingList', data: { label: finding.text! } };
            case 'emptyList':
            case 'emptyItem':
              return { node: finding.node, messageId: finding.kind };
            case 'notALink':
              return { node: finding.node, messageId: 'notALink', data: { text: finding.text! } };
            default:
              throw new Error(`unexpected finding \`${finding.kind}\``);
          }
        });
        reportSecurityPage(ctx, match, reports);
      },
    };
  },
  checkProject: reportGuideSecurityPages,
});
