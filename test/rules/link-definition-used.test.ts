import rule from '../../rules/link-definition-used.js';
import { RuleTester } from '../support/rule-tester.js';

new RuleTester().run(rule, {
  valid: [
    {
      name: 'definitions used by full, collapsed and shortcut references and images',
      text: 'See [the guide][guide], [FAQ][] and [quotas].\n\n![Diagram][diagram]\n\n[guide]: guide.md\n[faq]: faq.md\n[Quotas]: quotas.md\n[diagram]: img/diagram.png\n',
    },
    {
      name: 'labels match ignoring case and runs of white space',
      text: 'Read [the FAQ][Frequently   asked\nquestions].\n\n[FREQUENTLY ASKED QUESTIONS]: faq.md\n',
    },
    {
      name: 'a definition used before or after it, from inside a list or a block quote',
      text: '[guide]: guide.md\n\n- Read [the guide][guide].\n\n> See [limits].\n\n> [limits]: limits.md\n',
    },
    {
      name: 'used by the image inside a badge link',
      text: '[![Build status][badge-img]][badge-link]\n\n[badge-img]: https://ci.example.com/badge.svg\n[badge-link]: https://ci.example.com/\n',
    },
    {
      name: 'footnote definitions are not link definitions',
      text: 'Data stays for 14 days.[^retention]\n\n[^retention]: Configurable.\n[^unused]: Never referenced.\n',
    },
    {
      name: 'comment definitions are ignored by default, also when repeated',
      text: '[//]: # (This page is generated; edit the template.)\n\n# Page\n\n[//]: # (Second comment)\n',
    },
    {
      name: 'configured labels are ignored',
      text: '[comment]: <> (Written by the docs team)\n[Todo]: # (add a diagram)\n',
      options: { ignoredDefinitions: ['comment', 'todo'] },
    },
    {
      name: 'a definition-like line in code is not a definition',
      text: '```powershell\n[Environment]::SetEnvironmentVariable("A", "1")\n[x]: y\n```\n\n    [z]: indented.md\n',
    },
    {
      name: "a definition that swallowed the line after it is link-file-exists's to report",
      text: '* [KEP template]:\n[https://example.com/keps](https://example.com/keps)\n',
    },
  ],
  invalid: [
    {
      name: 'an unused definition with a broken or wrong target is reported as unused: nothing renders it',
      text: '[gone]: nowhere.md#x\n[#KEPs]: (#KEPs)\n[comment]: <> (note)\n',
      errors: [
        { messageId: 'unusedDefinition', line: 1, column: 1 },
        { messageId: 'unusedDefinition', line: 2, column: 1 },
        { messageId: 'unusedDefinition', line: 3, column: 1 },
      ],
    },
    {
      name: 'an unused definition, at its place',
      text: '# Queues\n\nSee [the guide](guide.md).\n\n[guide]: guide.md\n',
      errors: [
        {
          messageId: 'unusedDefinition',
          line: 5,
          column: 1,
          endLine: 5,
          endColumn: 18,
          message: 'Unexpected definition `guide` that no reference link or image uses',
        },
      ],
    },
    {
      name: 'a reference in code does not use a definition',
      text: 'Write `[the guide][guide]` to link.\n\n    [the guide][guide]\n\n[guide]: guide.md\n',
      errors: [
        {
          messageId: 'unusedDefinition',
          line: 5,
          column: 1,
          message: 'Unexpected definition `guide` that no reference link or image uses',
        },
      ],
    },
    {
      name: 'a duplicate definition is never used: CommonMark takes the first',
      text: 'See [the guide][guide].\n\n[guide]: guide.md\n[Guide]: guide-v2.md\n',
      errors: [
        {
          messageId: 'duplicateDefinition',
          line: 4,
          column: 1,
          message: 'Unexpected duplicate definition of `Guide`; the first, on line 3, is the one used',
        },
      ],
    },
    {
      name: 'an unused definition and its duplicate are both reported',
      text: '[old]: old.md\n\n> [OLD]:\n> new.md\n',
      errors: [
        {
          messageId: 'unusedDefinition',
          line: 1,
          column: 1,
          message: 'Unexpected definition `old` that no reference link or image uses',
        },
        {
          messageId: 'duplicateDefinition',
          line: 3,
          column: 3,
          endLine: 4,
          endColumn: 9,
          message: 'Unexpected duplicate definition of `OLD`; the first, on line 1, is the one used',
        },
      ],
    },
    {
      name: 'a label wrapped over two lines is shown on one',
      text: '[queue\nlimits]: limits.md\n',
      errors: [
        {
          messageId: 'unusedDefinition',
          line: 1,
          column: 1,
          message: 'Unexpected definition `queue limits` that no reference link or image uses',
        },
      ],
    },
    {
      name: 'CRLF line endings and a definition with a title',
      text: '# Setup\r\n\r\nSee [setup][].\r\n\r\n[setup]: setup.md\r\n[unused]: https://example.com/ "Example"\r\n',
      errors: [{ messageId: 'unusedDefinition', line: 6, column: 1, endLine: 6, endColumn: 41 }],
    },
    {
      name: 'comment definitions are reported when the ignore list is emptied',
      text: '[//]: # (note)\n',
      options: { ignoredDefinitions: [] },
      errors: [
        {
          messageId: 'unusedDefinition',
          line: 1,
          column: 1,
          message: 'Unexpected definition `//` that no reference link or image uses',
        },
      ],
    },
  ],
});
