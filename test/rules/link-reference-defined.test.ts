import rule from '../../rules/link-reference-defined.js';
import { RuleTester } from '../support/rule-tester.js';

const long = 'a reference label that goes on and on well past what a message should quote';

new RuleTester().run(rule, {
  valid: [
    {
      name: 'full, collapsed and shortcut references with definitions',
      text: 'See [the guide][guide], [guide][] and [guide].\n\n![Diagram][diagram]\n\n[guide]: guide.md\n[diagram]: img/diagram.png\n',
    },
    {
      name: 'labels match ignoring case and runs of white space',
      text: 'Read [the   FAQ][Frequently\n  Asked Questions] and [STRASSE][].\n\n[frequently asked questions]: faq.md\n[Straße]: street.md\n',
    },
    {
      name: 'a definition anywhere in the page counts: after the reference, in a list or a block quote',
      text: '[a][one] [b][two]\n\n- [two]: two.md\n\n> [one]: one.md\n',
    },
    {
      name: 'escaped brackets are text, not references',
      text: 'Write \\[x\\]\\[y\\], \\[x]\\[y] or [x\\][y] or [x]\\[y] to show brackets.\n',
    },
    {
      name: 'bracket patterns in code spans and code blocks',
      text: 'Use `matrix[i][j]` here.\n\n```python\nprint(rows[0][1])\n```\n\n    arr[2][3]\n',
    },
    {
      name: 'bracket patterns in raw HTML, autolinks and link destinations',
      text: '<span title="[a][b]">x</span> <https://example.com/[a][b]> [docs](https://example.com/q?x=[a][b])\n\n<div>\n[c][d]\n</div>\n',
    },
    {
      name: 'shortcut brackets alone are not reported by default',
      text: 'Choose [ Console ] or [AWS CLI], then press [Enter].\n',
    },
    {
      name: 'footnote references are not link references',
      text: 'Data stays for 14 days.[^retention] See [the note][^retention].\n\n[^retention]: Configurable.\n',
      options: { shortcut: true },
    },
    {
      name: 'white space between the text and the label is two shortcuts, not a reference',
      text: 'Press [Ctrl] [C] to stop.\n',
    },
    {
      name: 'an empty or blank label is not a label',
      text: 'Brackets [x][ ] and [][ ] and [ ][].\n',
    },
    {
      name: 'a reference cannot contain a link',
      text: 'See [the [install](install.md) page][install].\n',
    },
    {
      name: 'a label with raw HTML in it is not one anybody meant',
      text: 'Type [value][a <b>x</b>] or [<kbd>Tab</kbd>][].\n',
    },
    {
      name: 'with the shortcut option: task-list boxes, failed inline links and footnotes are not references',
      text: '- [x] Create the queue\n- [ ] Send a message\n- [X] Delete it\n\nSee [the log](not a destination) and the note.[^1]\n',
      options: { shortcut: true },
    },
    {
      name: 'with the shortcut option: GitHub alert markers are not references',
      text: '> [!NOTE]\n> Queues are deleted after 30 days of inactivity.\n\n> [!warning]\n> Deleting a queue deletes its messages.\n',
      options: { shortcut: true },
    },
    {
      name: 'with the shortcut option: defined shortcuts',
      text: 'See [Guide] and ![logo].\n\n[guide]: guide.md\n[logo]: logo.png\n',
      options: { shortcut: true },
    },
    {
      name: 'a page with a byte order mark and a defined reference',
      text: '\uFEFF[a][b]\n\n[b]: b.md\n',
    },
  ],
  invalid: [
    {
      name: 'full reference without a definition, at its place',
      text: '# Queues\n\nCreate a queue as [the guide][setup] says.\n',
      errors: [
        {
          messageId: 'undefinedReference',
          line: 3,
          column: 19,
          endLine: 3,
          endColumn: 37,
          message: 'Cannot find a definition for the reference `setup`',
        },
      ],
    },
    {
      name: 'collapsed reference and image reference',
      text: 'Read [Quotas][] first.\n\n![Queue diagram][diagram]\n',
      errors: [
        {
          messageId: 'undefinedReference',
          line: 1,
          column: 6,
          endColumn: 16,
          message: 'Cannot find a definition for the reference `Quotas`',
        },
        {
          messageId: 'undefinedReference',
          line: 3,
          column: 1,
          endColumn: 26,
          message: 'Cannot find a definition for the reference `diagram`',
        },
      ],
    },
    {
      name: 'a typo of a defined label gets a suggestion',
      text: 'See [the guide][instal-guide].\n\n[install-guide]: install.md\n',
      errors: [
        {
          messageId: 'undefinedReferenceSuggestion',
          line: 1,
          column: 5,
          message: 'Cannot find a definition for the reference `instal-guide`; did you mean `install-guide`',
          suggestions: ['install-guide'],
        },
      ],
    },
    {
      name: 'text split across emphasis, code and line breaks is still one reference',
      text: 'Then [**create** the `queue`\nand *send*][send-guide] a message.\n',
      errors: [
        {
          messageId: 'undefinedReference',
          line: 1,
          column: 6,
          endLine: 2,
          endColumn: 24,
          message: 'Cannot find a definition for the reference `send-guide`',
        },
      ],
    },
    {
      name: 'an escaped backslash does not escape the bracket after it',
      text: 'Path \\\\[a][b] here.\n',
      errors: [
        {
          messageId: 'undefinedReference',
          line: 1,
          column: 8,
          message: 'Cannot find a definition for the reference `b`',
        },
      ],
    },
    {
      name: 'a label wrapped inside a block quote is shown on one line, without the quote markers',
      text: '> Note: read [the limits][queue\n> limits] first.\n',
      errors: [
        {
          messageId: 'undefinedReference',
          line: 1,
          column: 14,
          endLine: 2,
          endColumn: 10,
          message: 'Cannot find a definition for the reference `queue limits`',
        },
      ],
    },
    {
      name: 'CRLF line endings, a heading and a list item',
      text: '# Setup\r\n\r\n## Step [one][step-1]\r\n\r\n- First\r\n- Then [two][]\r\n',
      errors: [
        {
          messageId: 'undefinedReference',
          line: 3,
          column: 9,
          endColumn: 22,
          message: 'Cannot find a definition for the reference `step-1`',
        },
        {
          messageId: 'undefinedReference',
          line: 6,
          column: 8,
          endColumn: 15,
          message: 'Cannot find a definition for the reference `two`',
        },
      ],
    },
    {
      name: 'references in table rows',
      text: '| Action | Page |\n| --- | --- |\n| Send | [send][send-page] |\n',
      errors: [{ messageId: 'undefinedReference', line: 3, column: 10, endColumn: 27 }],
    },
    {
      name: 'a badge: an image reference inside a reference link',
      text: '[![Build status][badge-img]][badge-link]\n',
      errors: [
        {
          messageId: 'undefinedReference',
          line: 1,
          column: 1,
          endColumn: 41,
          message: 'Cannot find a definition for the reference `badge-link`',
        },
        {
          messageId: 'undefinedReference',
          line: 1,
          column: 2,
          endColumn: 28,
          message: 'Cannot find a definition for the reference `badge-img`',
        },
      ],
    },
    {
      name: 'the image inside a defined reference link is still checked',
      text: '[![Build status][badge-img]][badge-link]\n\n[badge-link]: https://ci.example.com/\n',
      errors: [
        {
          messageId: 'undefinedReference',
          line: 1,
          column: 2,
          message: 'Cannot find a definition for the reference `badge-img`',
        },
      ],
    },
    {
      name: 'an undefined reference inside the text of an inline link',
      text: 'Go [to [the page][page]](page.md).\n',
      errors: [
        {
          messageId: 'undefinedReference',
          line: 1,
          column: 8,
          endColumn: 24,
          message: 'Cannot find a definition for the reference `page`',
        },
      ],
    },
    {
      name: 'footnote definitions do not define link labels',
      text: 'See [the note][note].\n\n[^note]: Configurable.\n',
      errors: [
        {
          messageId: 'undefinedReference',
          line: 1,
          column: 5,
          message: 'Cannot find a definition for the reference `note`',
        },
      ],
    },
    {
      name: 'the text of a reference stays text after an inline link that failed',
      text: 'See [text][label](not a destination).\n',
      errors: [
        {
          messageId: 'undefinedReference',
          line: 1,
          column: 5,
          message: 'Cannot find a definition for the reference `label`',
        },
      ],
    },
    {
      name: 'three bracket pairs in a row hold two references, each a link if its label were defined',
      text: 'Set [size][min][max] now.\n',
      errors: [
        {
          messageId: 'undefinedReference',
          line: 1,
          column: 5,
          endColumn: 16,
          message: 'Cannot find a definition for the reference `min`',
        },
        {
          messageId: 'undefinedReference',
          line: 1,
          column: 11,
          endColumn: 21,
          message: 'Cannot find a definition for the reference `max`',
        },
      ],
    },
    {
      name: 'a reference inside the text of another is reported once per label that could link',
      text: 'See [the [quota][limits] page][limits] and [the [quota][limits] page][faq].\n',
      errors: [
        {
          messageId: 'undefinedReference',
          line: 1,
          column: 10,
          endColumn: 25,
          message: 'Cannot find a definition for the reference `limits`',
        },
        {
          messageId: 'undefinedReference',
          line: 1,
          column: 44,
          endColumn: 75,
          message: 'Cannot find a definition for the reference `faq`',
        },
        {
          messageId: 'undefinedReference',
          line: 1,
          column: 49,
          endColumn: 64,
          message: 'Cannot find a definition for the reference `limits`',
        },
      ],
    },
    {
      name: 'a long label is shortened in the message',
      text: `See [it][${long}].\n`,
      errors: [
        {
          messageId: 'undefinedReference',
          line: 1,
          column: 5,
          message: `Cannot find a definition for the reference \`${long.slice(0, 57)}...\``,
        },
      ],
    },
    {
      name: 'a page with a byte order mark keeps its columns',
      text: '\uFEFFIntro [a][b].\n',
      errors: [{ messageId: 'undefinedReference', line: 1, column: 7, endColumn: 13 }],
    },
    {
      name: 'with the shortcut option: shortcut references and images',
      text: 'Press [Enter] and see ![logo]. Also [Guide].\n\n- [x] task box\n- item [x] not a box\n\n> [!NOTE] is an alert, [!TIP] is not\n\n[guide]: guide.md\n',
      options: { shortcut: true },
      errors: [
        {
          messageId: 'undefinedReference',
          line: 1,
          column: 7,
          endColumn: 14,
          message: 'Cannot find a definition for the reference `Enter`',
        },
        {
          messageId: 'undefinedReference',
          line: 1,
          column: 23,
          endColumn: 30,
          message: 'Cannot find a definition for the reference `logo`',
        },
        {
          messageId: 'undefinedReference',
          line: 4,
          column: 8,
          message: 'Cannot find a definition for the reference `x`',
        },
        {
          messageId: 'undefinedReference',
          line: 6,
          column: 24,
          endColumn: 30,
          message: 'Cannot find a definition for the reference `!TIP`',
        },
      ],
    },
    {
      name: 'with the shortcut option: the label of a full reference is not also a shortcut',
      text: 'See [the guide][setup] and [Quotas][].\n',
      options: { shortcut: true },
      errors: [
        {
          messageId: 'undefinedReference',
          line: 1,
          column: 5,
          endColumn: 23,
          message: 'Cannot find a definition for the reference `setup`',
        },
        {
          messageId: 'undefinedReference',
          line: 1,
          column: 28,
          endColumn: 38,
          message: 'Cannot find a definition for the reference `Quotas`',
        },
      ],
    },
    {
      name: 'with the shortcut option: the innermost brackets of nested ones',
      text: 'A [list [of] items] here.\n',
      options: { shortcut: true },
      errors: [
        {
          messageId: 'undefinedReference',
          line: 1,
          column: 9,
          endColumn: 13,
          message: 'Cannot find a definition for the reference `of`',
        },
      ],
    },
  ],
});
