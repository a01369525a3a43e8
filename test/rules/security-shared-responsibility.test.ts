import rule from '../../rules/security-shared-responsibility.js';
import { RuleTester, securityPage } from '../support/rule-tester.js';

new RuleTester().run(rule, {
  valid: [
    { name: 'the standard section', path: 'security.md', text: securityPage() },
    {
      name: 'the model link in raw HTML',
      path: 'security.md',
      text: securityPage({
        lead: 'Security is a shared responsibility between AWS and you. See the <a href="https://aws.amazon.com/compliance/shared-responsibility-model/">model</a>:',
      }),
    },
    { name: 'not a security page', path: 'install.md', text: '# Installing\n\nNo section needed.\n' },
    {
      name: 'Security.md is another page (file names match exactly)',
      path: 'Security.md',
      text: '# Internetwork traffic privacy\n',
    },
    {
      name: 'a title that only contains the words',
      path: 'a.md',
      text: '# Infrastructure security in Example Service\n',
    },
    {
      name: 'emphasis inside the item label',
      path: 'security.md',
      text: securityPage({
        itemOf: '+ **Security *of* the cloud** – AWS protects\\.',
        itemIn: '+ **Security *in* the cloud** – You protect\\.',
      }),
    },
    {
      name: 'items as paragraphs with a hard break',
      path: 'security.md',
      text: securityPage({ itemOf: '', itemIn: '' }).replace(
        '\n\nThis documentation',
        '\n\n**Security of the cloud**  \nAWS protects\\.\n\n**Security in the cloud**  \nYou protect\\.\n\nThis documentation',
      ),
    },
    {
      name: 'colon separator, http link without the trailing slash, smart quotes and wrapping',
      path: 'security.md',
      text: securityPage({
        lead: 'Security is a shared\nresponsibility between AWS and you. See the [model](http://aws.amazon.com/compliance/shared-responsibility-model).',
        itemOf: '* Security of the cloud: AWS’s part.',
        itemIn: '* Security in the cloud: yours.',
      }),
    },
    {
      name: 'the model link as a reference definition',
      path: 'security.md',
      text: securityPage({
        lead: 'Security is a shared responsibility between AWS and you\\. See the [model][srm]\\.\n\n[srm]: https://aws.amazon.com/compliance/shared-responsibility-model/',
      }),
    },
    {
      name: 'a page that is a security page by its title, the H1 after a thematic break',
      path: 'guide/overview.md',
      text: `--------\n\n${securityPage({ title: '# Security for Example Service' })}`,
    },
    {
      name: 'configured wording',
      path: 'security.md',
      options: {
        sentence: 'Safety is shared',
        modelUrl: 'https://example.com/model',
        items: ['Our part', 'Your part'],
      },
      text: '# Security in X\n\nSafety is shared. Read the [model](https://example.com/model/).\n+ **Our part** – a\n+ **Your part** – b\n',
    },
    {
      name: 'configured security pages exclude this one',
      path: 'security.md',
      settings: { securityPage: { fileNames: ['trust.md'], titlePrefixes: [] } },
      text: '# Security in Example Service\n\nNothing here.\n',
    },
  ],
  invalid: [
    {
      name: "a title that starts with an item's words is not that item",
      path: 'security.md',
      text: securityPage({ title: '# Security in the cloud for Example Service', itemIn: '' }),
      errors: [
        {
          messageId: 'missingItem',
          line: 6,
          column: 1,
          message: 'Expected the item `Security in the cloud` in the shared-responsibility section',
        },
      ],
    },
    {
      name: 'the sentence must match whole words',
      path: 'security.md',
      text: securityPage({
        lead: 'Cloud security is a shared responsibility between AWS and your team. The [model](https://aws.amazon.com/compliance/shared-responsibility-model/) explains it:',
      }),
      errors: [
        {
          messageId: 'rewordedSentence',
          line: 5,
          column: 1,
          message:
            'Expected the sentence `Security is a shared responsibility between AWS and you`; found `Cloud security is a shared responsibility between AWS and your team`',
        },
      ],
    },
    {
      name: 'a paragraph with the model link but unrelated wording is not called a rewording',
      path: 'security.md',
      text: securityPage({
        lead: 'Read the [model](https://aws.amazon.com/compliance/shared-responsibility-model/).',
      }),
      errors: [{ messageId: 'missingSentence', line: 5, column: 1 }],
    },
    {
      name: 'no section at all: every part reported at the title',
      path: 'security.md',
      text: '# Security in Example Service<a name="security"></a>\n\nThis section describes security\\.\n\n**Topics**\n+ [A](a.md)\n',
      errors: [
        {
          messageId: 'missingSentence',
          line: 1,
          column: 1,
          message:
            'Expected the sentence `Security is a shared responsibility between AWS and you` in the shared-responsibility section',
        },
        {
          messageId: 'missingModelLink',
          line: 1,
          column: 1,
          message:
            'Expected a link to the shared responsibility model (`https://aws.amazon.com/compliance/shared-responsibility-model/`)',
        },
        {
          messageId: 'missingItem',
          line: 1,
          column: 1,
          message: 'Expected the item `Security of the cloud` in the shared-responsibility section',
        },
        {
          messageId: 'missingItem',
          line: 1,
          column: 1,
          message: 'Expected the item `Security in the cloud` in the shared-responsibility section',
        },
      ],
    },
    {
      name: 'one item missing: reported at the list of the other',
      path: 'security.md',
      text: securityPage({ itemIn: '' }),
      errors: [
        {
          messageId: 'missingItem',
          line: 6,
          column: 1,
          message: 'Expected the item `Security in the cloud` in the shared-responsibility section',
        },
      ],
    },
    {
      name: 'the lead sentence alone does not count as the items',
      path: 'security.md',
      text: securityPage({ itemOf: '', itemIn: '' }),
      errors: [
        {
          messageId: 'missingItem',
          line: 5,
          column: 1,
          message: 'Expected the item `Security of the cloud` in the shared-responsibility section',
        },
        {
          messageId: 'missingItem',
          line: 5,
          column: 1,
          message: 'Expected the item `Security in the cloud` in the shared-responsibility section',
        },
      ],
    },
    {
      name: 'the link goes elsewhere (a blog post about the model is not the model)',
      path: 'security.md',
      text: securityPage({
        lead: 'Security is a shared responsibility between AWS and you\\. See [this post](http://aws.amazon.com/blogs/security/the-aws-shared-responsibility-model-and-gdpr/)\\.',
      }),
      errors: [{ messageId: 'missingModelLink', line: 5, column: 1 }],
    },
    {
      name: 'reworded lead sentence: reported at the paragraph with the model link, quoting it',
      path: 'security.md',
      text: securityPage({
        lead: 'You and AWS share the responsibility for security\\. The [shared responsibility model](https://aws.amazon.com/compliance/shared-responsibility-model/) describes this:',
      }),
      errors: [
        {
          messageId: 'rewordedSentence',
          line: 5,
          column: 1,
          message:
            'Expected the sentence `Security is a shared responsibility between AWS and you`; found `You and AWS share the responsibility for security`',
        },
      ],
    },
    {
      name: 'reworded lead without the link: the closest sentence is quoted, the link asked for there',
      path: 'security.md',
      text: '# Security in X\n\nIntro.\n\nSecurity and compliance is a shared responsibility between AWS and you. More text.\n+ **Security of the cloud** – a\n+ **Security in the cloud** – b\n\n**Topics**\n+ [A](a.md)\n',
      errors: [
        {
          messageId: 'rewordedSentence',
          line: 5,
          column: 1,
          message:
            'Expected the sentence `Security is a shared responsibility between AWS and you`; found `Security and compliance is a shared responsibility between AWS and you`',
        },
        { messageId: 'missingModelLink', line: 5, column: 1 },
      ],
    },
    {
      name: 'no title and no section: reported at the first block',
      path: 'security.md',
      text: '\n\nJust text.\n',
      errors: [
        { messageId: 'missingSentence', line: 3, column: 1 },
        { messageId: 'missingModelLink', line: 3, column: 1 },
        { messageId: 'missingItem', line: 3, column: 1 },
        { messageId: 'missingItem', line: 3, column: 1 },
      ],
    },
  ],
});
