import rule from '../../rules/page-contract.js';
import type { Config } from '../../src/types.js';
import { RuleTester } from '../support/rule-tester.js';

const PROGRAMS = 'https://aws.amazon.com/compliance/programs/';

/** Compliance pages: the auditors sentence, a link to the compliance programs, a "Learn more" section. */
const compliance: Config['contracts'] = {
  compliance: {
    match: { title: 'Compliance validation for *' },
    require: [
      {
        sentences: [
          'Third-party auditors assess the security and compliance of * as part of multiple AWS compliance programs',
        ],
        links: [PROGRAMS],
      },
      { section: { heading: 'Learn more' }, items: ['Security and Compliance Quick Start Guides', 'AWS Config'] },
    ],
  },
};

const page = (parts: Partial<Record<'title' | 'lead' | 'heading' | 'items', string>> = {}) => {
  const p = {
    title: '# Compliance validation for Example Service',
    lead: `Third\\-party auditors assess the security and compliance of Example Service as part of multiple AWS compliance programs\\. See [AWS compliance programs](${PROGRAMS})\\.`,
    heading: '## Learn more',
    items:
      '+ [Security and Compliance Quick Start Guides](https://aws.amazon.com/quickstart/) – deployment guides\n+ [AWS Config](https://docs.aws.amazon.com/config/) – assesses configurations',
    ...parts,
  };
  return [p.title, p.lead, p.heading, p.items].filter(Boolean).join('\n\n') + '\n';
};

/** Topics: a bold label followed by a list of links, on pages whose front matter says `kind: overview`. */
const topics: Config['contracts'] = {
  overview: {
    match: { frontMatter: { kind: 'overview' } },
    require: [{ section: { label: 'Topics', heading: 'Topics' }, linkList: true }],
  },
};

const TOC =
  '# Guide\n\n## Contents\n+ [Welcome](welcome.md)\n+ [Security](security.md)\n   + [Compliance validation](compliance.md)\n      + [PCI DSS](pci.md)\n      + [HIPAA](hipaa.md)\n   + [Resilience](resilience.md)\n';

/** Every page below "Compliance validation" in the table of contents links the compliance programs. */
const section: Config['contracts'] = {
  'compliance-section': {
    match: { tocParent: 'Compliance validation*' },
    require: [{ links: [PROGRAMS] }],
  },
};

new RuleTester().run(rule, {
  valid: [
    { name: 'a page that keeps its contract', path: 'compliance.md', contracts: compliance, text: page() },
    {
      name: 'a page the contract does not match',
      path: 'welcome.md',
      contracts: compliance,
      text: '# Welcome\n\nNothing required.\n',
    },
    { name: 'no contracts: nothing is checked', path: 'compliance.md', text: '# Compliance validation for X\n' },
    {
      name: 'wording compared as rendered: emphasis, escapes, smart quotes, wrapping, case',
      path: 'compliance.md',
      contracts: compliance,
      text: page({
        lead: `Third‑party *auditors* assess the security\nand compliance of **Example Service** as part of\nmultiple AWS compliance programs. [Programs](${PROGRAMS.replace('https', 'http')})`,
      }),
    },
    {
      name: 'the section heading with a colon and another case',
      path: 'compliance.md',
      contracts: compliance,
      text: page({ heading: '## Learn More:' }),
    },
    {
      name: 'a label section followed by a list of links, matched by front matter',
      path: 'overview.md',
      contracts: topics,
      text: '---\nkind: overview\n---\n\n# Overview\n\n**Topics:**\n+ [A](a.md)\n+ [B](b.md) – and what it covers\n',
    },
    {
      name: 'front matter with another value does not match',
      path: 'overview.md',
      contracts: topics,
      text: '---\nkind: reference\n---\n\n# Overview\n',
    },
    {
      name: 'matched by a file glob',
      path: 'guide/security.md',
      contracts: {
        security: {
          match: { files: ['**/security.md'] },
          require: [{ sentences: ['Security is a shared responsibility between AWS and you'] }],
        },
      },
      text: '# Security in X\n\nSecurity is a shared responsibility between AWS and you\\.\n',
    },
    {
      name: 'pages outside the TOC section are not checked',
      files: {
        'index.md': TOC,
        'welcome.md': '# Welcome\n',
        'resilience.md': '# Resilience\n',
        'compliance.md': `# Compliance validation\n\nSee [programs](${PROGRAMS}).\n`,
      },
      contracts: section,
    },
    {
      name: 'a page in the TOC section that links the programs',
      files: { 'index.md': TOC, 'pci.md': `# PCI DSS\n\n[Programs](${PROGRAMS})\n` },
      contracts: section,
    },
    {
      name: 'a page in the TOC section when the TOC is not linted (read for it)',
      files: { 'pci.md': `# PCI DSS\n\n[Programs](${PROGRAMS})\n` },
      unlinted: { 'index.md': TOC },
      contracts: section,
    },
  ],
  invalid: [
    {
      name: 'the section is missing: reported at the title',
      path: 'compliance.md',
      contracts: compliance,
      text: page({ heading: '## Resources', items: '' }),
      errors: [
        {
          messageId: 'missingSection',
          line: 1,
          column: 1,
          message: 'Expected a section `Learn more` (contract `compliance`)',
        },
      ],
    },
    {
      name: 'a section under another name: reported at it, quoting it',
      path: 'compliance.md',
      contracts: compliance,
      text: page({ heading: '## Learn more about compliance' }),
      errors: [
        {
          messageId: 'misnamedSection',
          line: 5,
          column: 1,
          message: 'Expected a section `Learn more`; found `Learn more about compliance` (contract `compliance`)',
        },
      ],
    },
    {
      name: 'no lead sentence and nothing like it: reported at the paragraph with the required link',
      path: 'compliance.md',
      contracts: compliance,
      text: page({ lead: `See [AWS compliance programs](${PROGRAMS})\\.` }),
      errors: [
        {
          messageId: 'missingSentence',
          line: 3,
          column: 1,
          message:
            'Expected the sentence `Third-party auditors assess the security and compliance of * as part of multiple AWS compliance programs` (contract `compliance`)',
        },
      ],
    },
    {
      name: 'a reworded sentence is quoted where it is',
      path: 'compliance.md',
      contracts: compliance,
      text: page({
        lead: `Intro\\.\n\nThird parties assess the compliance of Example Service as part of AWS compliance programs\\. See [programs](${PROGRAMS})\\.`,
      }),
      errors: [
        {
          messageId: 'rewordedSentence',
          line: 5,
          column: 1,
          message:
            'Expected the sentence `Third-party auditors assess the security and compliance of * as part of multiple AWS compliance programs`; found `Third parties assess the compliance of Example Service as part of AWS compliance programs` (contract `compliance`)',
        },
      ],
    },
    {
      name: 'the link is missing: reported at the sentence',
      path: 'compliance.md',
      contracts: compliance,
      text: page({
        lead: 'Third\\-party auditors assess the security and compliance of Example Service as part of multiple AWS compliance programs\\.',
      }),
      errors: [
        {
          messageId: 'missingLink',
          line: 3,
          column: 1,
          message: 'Expected a link to `https://aws.amazon.com/compliance/programs/` (contract `compliance`)',
        },
      ],
    },
    {
      name: 'a link with a typo: reported at it, quoting it',
      path: 'compliance.md',
      contracts: compliance,
      text: page({
        lead: 'Third\\-party auditors assess the security and compliance of Example Service as part of multiple AWS compliance programs\\. See [programs](https://aws.amazon.com/compliance/program/)\\.',
      }),
      errors: [
        {
          messageId: 'wrongLink',
          line: 3,
          column: 127,
          message:
            'Expected a link to `https://aws.amazon.com/compliance/programs/`; found `https://aws.amazon.com/compliance/program/` (contract `compliance`)',
        },
      ],
    },
    {
      name: 'an item is missing from the section: reported at the list of the other item',
      path: 'compliance.md',
      contracts: compliance,
      text: page({ items: '+ [AWS Config](https://docs.aws.amazon.com/config/) – assesses configurations' }),
      errors: [
        {
          messageId: 'missingItem',
          line: 7,
          column: 1,
          message:
            'Expected the item `Security and Compliance Quick Start Guides` in the section `Learn more` (contract `compliance`)',
        },
      ],
    },
    {
      name: 'a reworded item is quoted where it is',
      path: 'compliance.md',
      contracts: compliance,
      text: page({
        items:
          '+ [Security and Compliance Quickstart Guide](https://aws.amazon.com/quickstart/)\n+ [AWS Config](https://docs.aws.amazon.com/config/)',
      }),
      errors: [
        {
          messageId: 'rewordedItem',
          line: 7,
          column: 3,
          message:
            'Expected the item `Security and Compliance Quick Start Guides`; found `Security and Compliance Quickstart Guide` (contract `compliance`)',
        },
      ],
    },
    {
      name: 'items outside the section do not count',
      path: 'compliance.md',
      contracts: compliance,
      text: `${page({ items: '' })}\n## Other\n\n+ AWS Config\n+ Security and Compliance Quick Start Guides\n`,
      errors: [
        { messageId: 'missingItem', line: 5, column: 1 },
        { messageId: 'missingItem', line: 5, column: 1 },
      ],
    },
    {
      name: 'a label without a list',
      path: 'overview.md',
      contracts: topics,
      text: '---\nkind: overview\n---\n\n# Overview\n\n**Topics**\n\nSee the table of contents.\n\nMore.\n',
      errors: [
        {
          messageId: 'missingList',
          line: 7,
          column: 1,
          message: 'Expected a list of links after `Topics` (contract `overview`)',
        },
      ],
    },
    {
      name: 'an empty list',
      path: 'overview.md',
      contracts: topics,
      text: '---\nkind: overview\n---\n\n# Overview\n\n## Topics\n\n+\n+\n',
      errors: [
        {
          messageId: 'emptyList',
          line: 9,
          column: 1,
          message: 'Unexpected empty list in the section `Topics`: list the pages as links (contract `overview`)',
        },
      ],
    },
    {
      name: 'items that are not links, and an empty one',
      path: 'overview.md',
      contracts: topics,
      text: '---\nkind: [overview, guide]\n---\n\n# Overview\n\n**Topics**\n+ [A](a.md)\n+ Compliance validation\n+\n',
      errors: [
        {
          messageId: 'notALink',
          line: 9,
          column: 1,
          message:
            'Unexpected item that is not a link in the section `Topics`: `Compliance validation` (contract `overview`)',
        },
        {
          messageId: 'emptyItem',
          line: 10,
          column: 1,
          message: 'Unexpected empty item in the section `Topics` (contract `overview`)',
        },
      ],
    },
    {
      name: 'a page below the TOC entry without the link: reported in the cross-file phase',
      files: {
        'index.md': TOC,
        'pci.md': '# PCI DSS\n\nExample Service is in scope\\.\n',
        'hipaa.md': `# HIPAA\n\n[Programs](${PROGRAMS})\n`,
        'resilience.md': '# Resilience\n',
      },
      contracts: section,
      errors: [
        {
          path: 'pci.md',
          messageId: 'missingLink',
          line: 1,
          column: 1,
          message: 'Expected a link to `https://aws.amazon.com/compliance/programs/` (contract `compliance-section`)',
        },
      ],
    },
    {
      name: 'tocParent by the page an entry links to, in a subfolder TOC',
      files: {
        'guide/index.md': TOC,
        'guide/hipaa.md': '# HIPAA\n',
        'index.md': '# Top\n\n+ [Guide](guide/index.md)\n',
      },
      contracts: { 'compliance-section': { match: { tocParent: 'compliance.md' }, require: [{ links: [PROGRAMS] }] } },
      errors: [{ path: 'guide/hipaa.md', messageId: 'missingLink', line: 1, column: 1 }],
    },
  ],
});
