import { defineRule } from '../src/rule-api/index.js';
import { compiledAwsSecurityContract, TOPICS_LIST, type TopicsListOptions } from '../src/contracts/aws-security.js';
import { createPageModel } from '../src/contracts/page-model.js';
import { evaluateRequirement } from '../src/contracts/evaluate.js';
import { matchReason, pageIdentity } from '../src/contracts/identity.js';

export default defineRule<TopicsListOptions>({
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
      properties: { labels: { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 } },
    },
    defaultOptions: { labels: ['Topics'] },
  },
  create(ctx) {
    // The AWS security-page contract, from these options and `settings.securityPage`.
    const contract = compiledAwsSecurityContract(ctx.settings.securityPage, ctx.options);
    if (matchReason(contract, pageIdentity(ctx.path, ctx.tree)) === undefined) return {};
    const { model, visitors } = createPageModel(ctx.tree, ctx.text);
    return {
      paragraph: visitors.paragraph!,
      heading: visitors.heading!,
      'root:exit'() {
        for (const finding of evaluateRequirement(contract.require[TOPICS_LIST]!, model)) {
          switch (finding.kind) {
            case 'missingSection':
              ctx.report({ node: finding.node, messageId: 'missing' });
              break;
            case 'missingList':
              ctx.report({ node: finding.node, messageId: 'missingList', data: { label: finding.text! } });
              break;
            case 'emptyList':
            case 'emptyItem':
              ctx.report({ node: finding.node, messageId: finding.kind });
              break;
            case 'notALink':
              ctx.report({ node: finding.node, messageId: 'notALink', data: { text: finding.text! } });
              break;
            default:
              throw new Error(`unexpected finding \`${finding.kind}\``);
          }
        }
      },
    };
  },
});
