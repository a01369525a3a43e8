import rule from '../../rules/link-anchor-exists.js';
import { RuleTester } from '../helpers/rule-tester.js';

new RuleTester().run(rule, {
  valid: [
    {
      name: 'GitHub heading slugs, duplicates numbered',
      files: {
        'a.md': '[1](b.md#set-up-the-cli) [2](b.md#notes) [3](b.md#notes-1) [4](b.md#c-and-d--e)\n',
        'b.md': '# Set up the CLI\n\n## Notes\n\n## Notes\n\n## C++ and *D* — `e`\n',
      },
    },
    {
      name: 'HTML anchors: a name and id on any element, in headings too',
      files: {
        'a.md': '[1](b.md#install) [2](b.md#box) [3](b.md#inline) [4](#local)\n\n<a id="local"></a>\n',
        'b.md': '# Installing<a name="install"></a>\n\n<div id="box">\n\n</div>\n\nText <span id="inline">here</span>.\n',
      },
    },
    { name: 'heading slug ignores the HTML inside it', files: { 'a.md': '[x](b.md#title)\n', 'b.md': '# Title<a name="t"></a>\n' } },
    { name: '# alone and #top go to the top', text: '[a](#) [b](#top) [c](#TOP)\n' },
    { name: 'fragments into non-Markdown files are not checked', files: { 'a.md': '[a](x.html#y) [b](i.svg#z)\n' }, paths: ['x.html', 'i.svg'] },
    { name: 'a web-style link to page.html whose page.md has the anchor', files: { 'a.md': '[b](b.html#usage)\n', 'b.md': '## Usage\n' } },
    { name: 'a missing target is link-file-exists\'s to report', text: '[a](gone.md#x)\n' },
    { name: 'percent-encoded fragment', files: { 'a.md': '[a](b.md#caf%C3%A9)\n', 'b.md': '# Café\n' } },
    {
      name: 'a page that is not linted is read for its anchors',
      files: { 'a.md': '[a](b.md#usage)\n' },
      unlinted: { 'b.md': '## Usage\n' },
    },
  ],
  invalid: [
    {
      name: 'missing anchor in another page',
      files: { 'a.md': 'See [b](b.md#setup).\n', 'b.md': '# Install\n' },
      errors: [{ messageId: 'missingAnchor', line: 1, column: 5, message: 'Cannot find anchor `#setup` in `b.md`' }],
    },
    {
      name: 'missing anchor in the same page, with a suggestion',
      path: 'guide/a.md',
      text: '# Set up\n\nSee [below](#setup).\n',
      errors: [{ messageId: 'missingAnchorSuggestion', line: 3, column: 5, message: 'Cannot find anchor `#setup` in `a.md`; did you mean `#set-up`', suggestions: ['#set-up'] }],
    },
    {
      name: 'anchors compare case-sensitively, the other case is suggested',
      files: { 'a.md': '[b](b.md#Install)\n', 'b.md': '<a name="install"></a>\n' },
      errors: [{ messageId: 'missingAnchorSuggestion', line: 1, column: 1, message: 'Cannot find anchor `#Install` in `b.md`; did you mean `#install`' }],
    },
    {
      name: 'anchors inside code are not anchors',
      files: { 'a.md': '[b](b.md#x) [c](b.md#y)\n', 'b.md': '`<a name="x"></a>`\n\n```html\n<div id="y"></div>\n```\n' },
      errors: [
        { messageId: 'anchorInCode', line: 1, column: 1, message: 'Cannot find anchor `#x` in `b.md`: it is inside code there (is a code fence left open before it?)' },
        { messageId: 'anchorInCode', line: 1, column: 13 },
      ],
    },
    {
      name: 'an anchor swallowed by a code fence that is not closed',
      files: { 'a.md': '[b](b.md#after)\n', 'b.md': '```sh\nrun\n```<a name="after"></a>\n\n## After\n' },
      errors: [{ messageId: 'anchorInCode', line: 1, column: 1 }],
    },
    {
      name: 'a web-style link to page.html is checked against page.md',
      files: { 'a.md': '[b](b.html#gone)\n', 'b.md': '# B\n' },
      errors: [{ messageId: 'missingAnchor', line: 1, column: 1, message: 'Cannot find anchor `#gone` in `b.html`' }],
    },
    {
      name: 'suggestions only for clear cases: a typo, a word cut short, a part cut off',
      files: {
        'a.md': '[1](b.md#acceptinvchars) [2](b.md#acme-data-sources.title) [3](b.md#service-regions)\n',
        'b.md': '<a name="copy-acceptinvchars"></a><a name="acme-data-sources"></a>\n\n## Service pricing\n',
      },
      errors: [
        { messageId: 'missingAnchorSuggestion', line: 1, column: 1, suggestions: ['#copy-acceptinvchars'] },
        { messageId: 'missingAnchorSuggestion', line: 1, column: 26, suggestions: ['#acme-data-sources'] },
        { messageId: 'missingAnchor', line: 1, column: 60 },
      ],
    },
    {
      name: 'reference definitions and raw HTML links are checked too',
      text: '[r]: #nowhere\n\n<a href="#gone">x</a>\n',
      errors: [
        { messageId: 'missingAnchor', line: 1, column: 1 },
        { messageId: 'missingAnchor', line: 3, column: 1 },
      ],
    },
    {
      name: 'an anchor the change removed is named as the cause',
      files: { 'a.md': '[b](b.md#setup)\n', 'b.md': '## Set up\n' },
      changes: { since: 'main', removedFiles: new Map(), removedAnchors: new Map([['b.md', new Set(['setup'])]]) },
      errors: [{ messageId: 'removedInChange', line: 1, column: 1, message: 'Cannot find anchor `#setup` in `b.md`: it was removed from `b.md` since `main`' }],
    },
    {
      name: 'a page not linted, read for its anchors, lacks the anchor',
      files: { 'a.md': '[a](b.md#usage)\n' },
      unlinted: { 'b.md': '## Install\n' },
      errors: [{ messageId: 'missingAnchor', line: 1, column: 1 }],
    },
  ],
});
