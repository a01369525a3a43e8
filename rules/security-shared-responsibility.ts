import { defineRule } from '../src/rule-api/index.js';
import {
  compiledAwsSecurityContract,
  SHARED_RESPONSIBILITY,
  type SharedResponsibilityOptions,
} from '../src/contracts/aws-security.js';
import { createPageModel } from '../src/contracts/page-model.js';
import { evaluateRequirement, shorten } from '../src/contracts/evaluate.js';
import { matchReason, pageIdentity } from '../src/contracts/identity.js';

export default defineRule<SharedResponsibilityOptions>({
  meta: {
    id: 'security-shared-responsibility',
    description:
      'A security page carries the shared-responsibility section: the lead sentence, the model link and both items',
    messages: {
      missingSentence: 'Expected the sentence `{{sentence}}` in the shared-responsibility section',
      rewordedSentence: 'Expected the sentence `{{sentence}}`; found `{{found}}`',
      missingModelLink: 'Expected a link to the shared responsibility model (`{{url}}`)',
      missingItem: 'Expected the item `{{item}}` in the shared-responsibility section',
    },
    defaultSeverity: 'error',
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        sentence: { type: 'string', minLength: 1 },
        modelUrl: { type: 'string', minLength: 1 },
        items: { type: 'array', items: { type: 'string', minLength: 1 } },
      },
    },
    defaultOptions: {
      sentence: 'Security is a shared responsibility between AWS and you',
      modelUrl: 'https://aws.amazon.com/compliance/shared-responsibility-model/',
      items: ['Security of the cloud', 'Security in the cloud'],
    },
  },
  create(ctx) {
    // The AWS security-page contract, from these options and `settings.securityPage`.
    const contract = compiledAwsSecurityContract(ctx.settings.securityPage, ctx.options);
    if (matchReason(contract, pageIdentity(ctx.path, ctx.tree)) === undefined) return {};
    const { model, visitors } = createPageModel(ctx.tree, ctx.text);
    return {
      ...visitors,
      'root:exit'() {
        for (const finding of evaluateRequirement(contract.require[SHARED_RESPONSIBILITY]!, model)) {
          switch (finding.kind) {
            case 'missingSentence':
              if (finding.closest) {
                ctx.report({
                  node: finding.closest.node,
                  messageId: 'rewordedSentence',
                  data: { sentence: ctx.options.sentence, found: shorten(finding.closest.text) },
                });
              } else {
                ctx.report({
                  node: finding.node,
                  messageId: 'missingSentence',
                  data: { sentence: ctx.options.sentence },
                });
              }
              break;
            case 'missingLink':
              ctx.report({ node: finding.node, messageId: 'missingModelLink', data: { url: ctx.options.modelUrl } });
              break;
            case 'missingItem':
              ctx.report({ node: finding.node, messageId: 'missingItem', data: { item: finding.expected! } });
              break;
            default:
              throw new Error(`unexpected finding \`${finding.kind}\``);
          }
        }
      },
    };
  },
});
