import rule from '../../rules/security-topics-list.js';
import { RuleTester, securityPage } from '../support/rule-tester.js';

new RuleTester().run(rule, {
  valid: [
    { name: 'label then links', path: 'security.md', text: securityPage() },
    { name: 'not a security page', path: 'overview.md', text: '# Overview\n\nNo topics here.\n' },
    {
      name: 'a heading label, an intro paragraph, nested links',
      path: 'security.md',
      text: '# Security in X\n\n## Security topics\n\nThe following topics are in this section:\n- [A](a.md)\n  - [A1](a1.md)\n- [B](b.md).\n',
    },
    {
      name: 'label with a colon, reference links',
      path: 'security.md',
      text: '# Security in X\n\n**Topics:**\n+ [A][a]\n\n[a]: a.md\n',
    },
    {
      name: 'a second label with sub-labels before each list',
      path: 'security.md',
      text: '# Security in X\n\n**Security topics**\n+ [A](a.md)\n\n**Additional security topics**\n\nMore in this guide:\n\n*Accounts*\n+ [B](b.md)\n\n*Resilience*\n+ [C](c.md)\n',
    },
    {
      name: 'a configured label word',
      path: 'security.md',
      options: { labels: ['In this section'] },
      text: '# Security in X\n\n**In this section**\n+ [A](a.md)\n',
    },
    {
      name: 'items that start with a link and go on with a description',
      path: 'security.md',
      text: '# Security in X\n\n**Topics**\n+ [A](a.md) – what A covers\n+ [B](b.md): and B\n',
    },
    {
      name: 'a later "Related topics" list of prose is not the topics list',
      path: 'security.md',
      text: '# Security in X\n\n**Topics**\n+ [A](a.md)\n\n## Related topics\n\n+ Ask your administrator\n',
    },
    {
      name: 'a title that mentions topics is not a label, the bold label is',
      path: 'security.md',
      text: '# Security topics for X\n\n**Topics**\n+ [A](a.md)\n',
    },
  ],
  invalid: [
    {
      name: 'no label: reported at the title',
      path: 'security.md',
      text: securityPage({ topics: '## Security configurations\n\nSee [A](a.md).' }),
      errors: [{ messageId: 'missing', line: 1, column: 1 }],
    },
    {
      name: 'the word Topics inside an anchor or code is not a label',
      path: 'security.md',
      text: '# Security in X<a name="security-topics"></a>\n\n**`sns:ListTopics`** is an action.\n',
      errors: [{ messageId: 'missing', line: 1, column: 1 }],
    },
    {
      name: 'label followed by prose',
      path: 'security.md',
      text: '# Security in X\n\n**Topics**\n\nSee the pages in the table of contents.\n\nAnd more.\n',
      errors: [
        { messageId: 'missingList', line: 3, column: 1, message: 'Expected a list of links after the label `Topics`' },
      ],
    },
    {
      name: 'label at the end of the page',
      path: 'security.md',
      text: '# Security in X\n\n**Topics**\n',
      errors: [{ messageId: 'missingList', line: 3, column: 1 }],
    },
    {
      name: 'items that are not links',
      path: 'security.md',
      text: '# Security in X\n\n**Topics**\n+ [A](a.md)\n+ Data protection\n+ See [B](b.md) for more\n+ ![B](b.png)\n',
      errors: [
        {
          messageId: 'notALink',
          line: 5,
          column: 1,
          message: 'Unexpected topics list item that is not a link: `Data protection`',
        },
        {
          messageId: 'notALink',
          line: 6,
          column: 1,
          message: 'Unexpected topics list item that is not a link: `See [B](b.md) for more`',
        },
        {
          messageId: 'notALink',
          line: 7,
          column: 1,
          message: 'Unexpected topics list item that is not a link: `![B](b.png)`',
        },
      ],
    },
    {
      name: 'a nested item that is not a link',
      path: 'security.md',
      text: '# Security in X\n\n**Topics**\n+ [A](a.md)\n  + Plain\n',
      errors: [{ messageId: 'notALink', line: 5, column: 3 }],
    },
    {
      name: 'an empty list',
      path: 'security.md',
      text: '# Security in X\n\n**Topics**\n\n+\n+\n',
      errors: [{ messageId: 'emptyList', line: 5, column: 1 }],
    },
    {
      name: 'an empty item among links',
      path: 'security.md',
      text: '# Security in X\n\n**Topics**\n+ [A](a.md)\n+\n',
      errors: [{ messageId: 'emptyItem', line: 5, column: 1 }],
    },
  ],
});
