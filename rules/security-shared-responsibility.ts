import { defineRule, type ReportDescriptor } from '../src/rule-api/index.js';
import {
  compiledAwsSecurityContract,
  SHARED_RESPONSIBILITY,
  type SharedResponsibilityOptions,
} from '../src/contracts/aws-security.js';
import { createPageModel } from '../src/contracts/page-model.js';
import { evaluateRequirement, shorten } from '../src/contracts/evaluate.js';
import {
  reportGuideSecurityPages,
  reportSecurityPage,
  securityPageMatch,
  type SecurityPagesOption,
} from '../src/contracts/security-page.js';

export default defineRule<SharedResponsibilityOptions & SecurityPagesOption>({
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
        onlyAwsPages: { type: 'boolean' },
      },
    },
    defaultOptions: {
      sentence: 'Security is a shared responsibility between AWS and you',
      modelUrl: 'https://aws.amazon.com/compliance/shared-responsibility-model/',
      items: ['Security of the cloud', 'Security in the cloud'],
      onlyAwsPages: false,
    },
    // On only by default (no config sets it), it asks for AWS wording only on pages that name AWS.
    unconfiguredOptions: { onlyAwsPages: true },
  },
  create(ctx) {
    // The AWS security-page contract, from these options and `settings.securityPage`.
    const contract = compiledAwsSecurityContract(ctx.settings.securityPage, ctx.options);
    const match = securityPageMatch(contract, ctx.path, ctx.tree, ctx.options.onlyAwsPages);
    if (match === undefined) return {};
    const { model, visitors } = createPageModel(ctx.tree, ctx.text);
    return {
      ...visitors,
      'root:exit'() {
        const reports = evaluateRequirement(contract.require[SHARED_RESPONSIBILITY]!, model).map(
          (finding): ReportDescriptor => {
            switch (finding.kind) {
              case 'missingSentence':
                return finding.closest
                  ? {
                      node: finding.closest.node,
                      messageId: 'rewordedSentence',
                      data: { sentence: ctx.options.sentence, found: shorten(finding.closest.text) },
                    }
                  : { node: finding.node, messageId: 'missingSentence', data: { sentence: ctx.options.sentence } };
              case 'missingLink':
                return { node: finding.node, messageId: 'missingModelLink', data: { url: ctx.options.modelUrl } };
              case 'missingItem':
                return { node: finding.node, messageId: 'missingItem', data: { item: finding.expected! } };
              default:
                throw new Error(`unexpected finding \`${finding.kind}\``);
            }
          },
        );
        reportSecurityPage(ctx, match, reports);
      },
    };
  },
  checkProject: reportGuideSecurityPages,
});
