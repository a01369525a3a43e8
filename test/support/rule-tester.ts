/**
 * doclint's own rule tests use the RuleTester that the package exports (src/testing), with
 * jest's describe and test, plus a few helpers for the security-page rules.
 */
import { describe, test } from '@jest/globals';
import { RuleTester as BaseRuleTester } from '../../src/testing/rule-tester.js';

export { lintCase } from '../../src/testing/rule-tester.js';
export type { ExpectedError, InvalidCase, RuleTests, ValidCase } from '../../src/testing/rule-tester.js';

export class RuleTester extends BaseRuleTester {
  constructor() {
    super({ describe, it: test });
  }
}

/** A security page in the standard shape, with parts replaceable for invalid cases. */
export function securityPage(
  parts: Partial<Record<'title' | 'intro' | 'lead' | 'itemOf' | 'itemIn' | 'after' | 'topics', string>> = {},
): string {
  const p = {
    title: '# Security in Example Service<a name="security"></a>',
    intro: 'Cloud security at AWS is the highest priority\\.',
    lead: 'Security is a shared responsibility between AWS and you\\. The [shared responsibility model](https://aws.amazon.com/compliance/shared-responsibility-model/) describes this as security *of* the cloud and security *in* the cloud:',
    itemOf: '+ **Security of the cloud** – AWS is responsible for protecting the infrastructure\\.',
    itemIn: '+ **Security in the cloud** – Your responsibility is determined by the service that you use\\.',
    after: 'This documentation helps you understand how to apply the shared responsibility model\\.',
    topics:
      '**Topics**\n+ [Data protection in Example Service](data-protection.md)\n+ [Identity and access management](security-iam.md)',
    ...parts,
  };
  const items = [p.itemOf, p.itemIn].filter(Boolean).join('\n');
  return (
    [p.title, p.intro, items ? `${p.lead}\n${items}` : p.lead, p.after, p.topics].filter(Boolean).join('\n\n') + '\n'
  );
}
