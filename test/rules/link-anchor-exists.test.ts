import { describe, expect, test } from '@jest/globals';
import rule from '../../rules/link-anchor-exists.js';
import { builtinRules } from '../../rules/index.js';
import { validateConfig } from '../../src/node/config/validate.js';
import { RuleTester } from '../support/rule-tester.js';

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
        'b.md':
          '# Installing<a name="install"></a>\n\n<div id="box">\n\n</div>\n\nText <span id="inline">here</span>.\n',
      },
    },
    {
      name: 'heading slug ignores the HTML inside it',
      files: { 'a.md': '[x](b.md#title)\n', 'b.md': '# Title<a name="t"></a>\n' },
    },
    {
      name: 'a dead definition is not checked: nothing renders it (link-definition-used reports it)',
      text: '[used][a]\n\n[a]: #used\n[unused]: #nowhere\n[A]: #gone\n\n## Used\n',
    },
    { name: '# alone and #top go to the top', text: '[a](#) [b](#top) [c](#TOP)\n' },
    {
      name: 'fragments into non-Markdown files are not checked',
      files: { 'a.md': '[a](x.html#y) [b](i.svg#z)\n' },
      paths: ['x.html', 'i.svg'],
    },
    {
      name: 'a web-style link to page.html whose page.md has the anchor',
      files: { 'a.md': '[b](b.html#usage)\n', 'b.md': '## Usage\n' },
    },
    { name: "a missing target is link-file-exists's to report", text: '[a](gone.md#x)\n' },
    { name: 'percent-encoded fragment', files: { 'a.md': '[a](b.md#caf%C3%A9)\n', 'b.md': '# Café\n' } },
    {
      name: 'a page that is not linted is read for its anchors',
      files: { 'a.md': '[a](b.md#usage)\n' },
      unlinted: { 'b.md': '## Usage\n' },
    },
    {
      name: 'ignoreCase: fragments match anchors in any letter case',
      files: {
        'a.md': '[1](b.md#Install) [2](b.md#SET-UP) [3](#NOTES)\n\n## Notes\n',
        'b.md': '<a name="install"></a>\n\n## Set up\n',
      },
      options: { ignoreCase: true },
    },
    {
      name: 'GitHub line anchors on a code file: a line, a range, a range with columns',
      files: {
        'a.md': '[1](src/app.py#L10) [2](src/app.py#L10-L20) [3](src/app.py#L10C5-L12C3) [4](src/app.py#L3-L88C2)\n',
      },
      paths: ['src/app.py'],
    },
    {
      name: 'other fragments on a file that is not Markdown mean what its type says: not checked',
      files: { 'a.md': '[1](app.py#main) [2](guide.pdf#page=2) [3](logo.svg#dark)\n' },
      paths: ['app.py', 'guide.pdf', 'logo.svg'],
    },
    {
      name: 'line anchors on the source view of a Markdown page (?plain=1)',
      files: { 'a.md': '[1](b.md?plain=1#L3) [2](b.md?plain=1#L3-L5) [3](?plain=1#L1)\n', 'b.md': '# B\n' },
    },
    {
      name: 'a page that defines an anchor named like a line has it',
      files: { 'a.md': '[1](b.md#L10)\n', 'b.md': '<a name="L10"></a>\n' },
    },
    {
      name: 'custom heading ids: the id is the anchor, the attribute is not heading text',
      files: {
        'a.md': '[1](b.md#setup) [2](b.md#config) [3](b.md#install-1)\n',
        'b.md': '## Install {#setup}\n\n## Configure {: #config .wide}\n\n## Install\n\n## Install\n',
      },
    },
    {
      name: 'with custom ids off, the attribute is heading text, as on GitHub',
      files: { 'a.md': '[1](b.md#install-setup)\n', 'b.md': '## Install {#setup}\n' },
      settings: { anchors: { customIds: false } },
    },
    {
      name: 'a brace group without an id is heading text',
      files: { 'a.md': '[1](b.md#use-x)\n', 'b.md': '## Use {x}\n' },
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
      errors: [
        {
          messageId: 'missingAnchorSuggestion',
          line: 3,
          column: 5,
          message: 'Cannot find anchor `#setup` in `a.md`; did you mean `#set-up`',
          suggestions: ['#set-up'],
        },
      ],
    },
    {
      name: 'anchors compare case-sensitively, the other case is suggested',
      files: { 'a.md': '[b](b.md#Install)\n', 'b.md': '<a name="install"></a>\n' },
      errors: [
        {
          messageId: 'missingAnchorSuggestion',
          line: 1,
          column: 1,
          message: 'Cannot find anchor `#Install` in `b.md`; did you mean `#install`',
        },
      ],
    },
    {
      name: 'anchors inside code are not anchors',
      files: {
        'a.md': '[b](b.md#x) [c](b.md#y)\n',
        'b.md': '`<a name="x"></a>`\n\n```html\n<div id="y"></div>\n```\n',
      },
      errors: [
        {
          messageId: 'anchorInCode',
          line: 1,
          column: 1,
          message: 'Cannot find anchor `#x` in `b.md`: it is inside code there (is a code fence left open before it?)',
        },
        { messageId: 'anchorInCode', line: 1, column: 13 },
      ],
    },
    {
      name: 'an anchor swallowed by a code fence that is not closed',
      files: { 'a.md': '[b](b.md#after)\n', 'b.md': '```sh\nrun\n```<a name="after"></a>\n\n## After\n' },
      errors: [{ messageId: 'anchorInCode', line: 1, column: 1 }],
    },
    {
      name: 'a heading swallowed by a code fence that is not closed: its slug and custom id are inside code',
      files: {
        'a.md': '[b](b.md#set-up-the-cli)\n[c](b.md#limits)\n',
        'b.md': '# B\n\n```sh\nrun\n```  sh\n\n## Set up **the** CLI ##\n\n## Quotas {#limits}\n',
      },
      errors: [
        {
          messageId: 'anchorInCode',
          line: 1,
          column: 1,
          message:
            'Cannot find anchor `#set-up-the-cli` in `b.md`: it is inside code there (is a code fence left open before it?)',
        },
        {
          messageId: 'anchorInCode',
          line: 2,
          column: 1,
          message:
            'Cannot find anchor `#limits` in `b.md`: it is inside code there (is a code fence left open before it?)',
        },
      ],
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
      name: 'no suggestion for a sibling: an anchor that differs in a number or in a short word alone',
      files: {
        'a.md': '[1](b.md#rep-filter-ex-rules)\n[2](b.md#gdcalert3)\n[3](b.md#step-2-install)\n',
        'b.md':
          '<a name="rep-filter-in-rules"></a><a name="gdcalert1"></a><a name="gdcalert2"></a>\n\n' +
          '## Step 1 install\n',
      },
      errors: [
        {
          messageId: 'missingAnchor',
          line: 1,
          column: 1,
          message: 'Cannot find anchor `#rep-filter-ex-rules` in `b.md`',
        },
        { messageId: 'missingAnchor', line: 2, column: 1, message: 'Cannot find anchor `#gdcalert3` in `b.md`' },
        { messageId: 'missingAnchor', line: 3, column: 1, message: 'Cannot find anchor `#step-2-install` in `b.md`' },
      ],
    },
    {
      name: 'a word that starts a longer anchor is suggested; a short one that ends it is not',
      files: { 'a.md': '[1](b.md#quotas)\n[2](b.md#index)\n', 'b.md': '## Quotas and limits\n\n## Syntax index\n' },
      errors: [
        {
          messageId: 'missingAnchorSuggestion',
          line: 1,
          column: 1,
          message: 'Cannot find anchor `#quotas` in `b.md`; did you mean `#quotas-and-limits`',
          suggestions: ['#quotas-and-limits'],
        },
        { messageId: 'missingAnchor', line: 2, column: 1, message: 'Cannot find anchor `#index` in `b.md`' },
      ],
    },
    {
      name: 'no suggestion when two anchors are equally close: it would be a guess',
      files: { 'a.md': '[1](b.md#proxy-setting)\n', 'b.md': '## Proxy settings\n\n## Proxy-setting2\n' },
      errors: [
        { messageId: 'missingAnchor', line: 1, column: 1, message: 'Cannot find anchor `#proxy-setting` in `b.md`' },
      ],
    },
    {
      name: 'an anchor only inside code is named as such, even next to a similar real anchor',
      files: {
        'a.md': '[b](b.md#limits)\n',
        'b.md': '## Limit\n\n```html\n<a name="limits"></a>\n```\n',
      },
      errors: [
        {
          messageId: 'anchorInCode',
          line: 1,
          column: 1,
          message:
            'Cannot find anchor `#limits` in `b.md`: it is inside code there (is a code fence left open before it?)',
        },
      ],
    },
    {
      name: 'reference definitions and raw HTML links are checked too',
      text: '[x][r]\n\n[r]: #nowhere\n\n<a href="#gone">x</a>\n',
      errors: [
        { messageId: 'missingAnchor', line: 3, column: 1 },
        { messageId: 'missingAnchor', line: 5, column: 1 },
      ],
    },
    {
      name: 'an anchor the change removed is named as the cause',
      files: { 'a.md': '[b](b.md#setup)\n', 'b.md': '## Set up\n' },
      changes: { since: 'main', removedFiles: new Map(), removedAnchors: new Map([['b.md', new Set(['setup'])]]) },
      errors: [
        {
          messageId: 'removedInChange',
          line: 1,
          column: 1,
          message: 'Cannot find anchor `#setup` in `b.md`: it was removed from `b.md` since `main`',
        },
      ],
      output: null,
    },
    {
      name: 'an anchor renamed in the change (one lost, one gained) is fixed to the new one',
      files: { 'a.md': '[b](./b.md?x#setup "t") [c](#intro)\n\n# Intro\n', 'b.md': '## Set it up\n' },
      changes: {
        since: 'main',
        removedFiles: new Map(),
        removedAnchors: new Map([['b.md', new Set(['setup'])]]),
        addedAnchors: new Map([['b.md', new Set(['set-it-up'])]]),
      },
      errors: [{ messageId: 'removedInChange', line: 1, column: 1 }],
      output: '[b](./b.md?x#set-it-up "t") [c](#intro)\n\n# Intro\n',
    },
    {
      name: 'no fix when the change gave the page two new anchors, or took two',
      files: { 'a.md': '[b](b.md#setup) [c](c.md#one)\n', 'b.md': '## Install\n## Use\n', 'c.md': '## Three\n' },
      changes: {
        since: 'main',
        removedFiles: new Map(),
        removedAnchors: new Map([
          ['b.md', new Set(['setup'])],
          ['c.md', new Set(['one', 'two'])],
        ]),
        addedAnchors: new Map([
          ['b.md', new Set(['install', 'use'])],
          ['c.md', new Set(['three'])],
        ]),
      },
      errors: [
        { messageId: 'removedInChange', line: 1, column: 1 },
        { messageId: 'removedInChange', line: 1, column: 17 },
      ],
      output: null,
    },
    {
      name: 'a page not linted, read for its anchors, lacks the anchor',
      files: { 'a.md': '[a](b.md#usage)\n' },
      unlinted: { 'b.md': '## Install\n' },
      errors: [{ messageId: 'missingAnchor', line: 1, column: 1 }],
    },
    {
      name: 'ignoreCase still reports an anchor that is missing in every case',
      files: { 'a.md': '[b](b.md#Uninstall)\n', 'b.md': '## Install\n' },
      options: { ignoreCase: true },
      errors: [{ messageId: 'missingAnchorSuggestion', line: 1, column: 1, suggestions: ['#install'] }],
    },
    {
      name: 'a line anchor on a rendered Markdown page: there are no line anchors there',
      files: { 'a.md': '[1](b.md#L10) [2](b.md#L10-L20)\n\nSee [line 3](#L3).\n', 'b.md': '# B\n' },
      errors: [
        {
          messageId: 'lineAnchorInMarkdown',
          line: 1,
          column: 1,
          message:
            'Cannot find anchor `#L10` in `b.md`: a rendered Markdown page has no line anchors; link to `b.md?plain=1#L10` for its source lines',
        },
        { messageId: 'lineAnchorInMarkdown', line: 1, column: 15 },
        {
          messageId: 'lineAnchorInMarkdown',
          line: 3,
          column: 5,
          message:
            'Cannot find anchor `#L3` in `a.md`: a rendered Markdown page has no line anchors; link to `a.md?plain=1#L3` for its source lines',
        },
      ],
    },
    {
      name: 'not line anchors: lower case, a column without a range, a half range',
      files: { 'a.md': '[1](b.md#l10) [2](b.md#L10C5) [3](b.md#L10-)\n', 'b.md': '# B\n' },
      errors: [
        { messageId: 'missingAnchor', line: 1, column: 1 },
        { messageId: 'missingAnchor', line: 1, column: 15 },
        { messageId: 'missingAnchor', line: 1, column: 31 },
      ],
    },
    {
      name: 'a custom id replaces the slug: generators that read it give the heading only that id',
      files: { 'a.md': '[1](b.md#install) [2](b.md#install-setup)\n', 'b.md': '## Install {#setup}\n' },
      errors: [
        { messageId: 'missingAnchor', line: 1, column: 1, message: 'Cannot find anchor `#install` in `b.md`' },
        { messageId: 'missingAnchor', line: 1, column: 19 },
      ],
    },
    {
      name: 'a turned-off anchor source does not count, in linted pages and in pages read for anchors',
      files: {
        'a.md': '[1](b.md#install) [2](b.md#box) [3](b.md#old) [4](c.md#usage)\n',
        'b.md': '## Install\n\n<div id="box"></div>\n\n<a name="old"></a>\n',
      },
      unlinted: { 'c.md': '## Usage\n' },
      settings: { anchors: { headingSlugs: false, htmlId: false, htmlName: false } },
      errors: [
        { messageId: 'missingAnchor', line: 1, column: 1 },
        { messageId: 'missingAnchor', line: 1, column: 19 },
        { messageId: 'missingAnchor', line: 1, column: 33 },
        { messageId: 'missingAnchor', line: 1, column: 47 },
      ],
    },
    {
      name: 'an anchor of a turned-off source inside code is not named as code',
      files: { 'a.md': '[1](b.md#x)\n', 'b.md': '`<a name="x"></a>`\n' },
      settings: { anchors: { htmlName: false } },
      errors: [{ messageId: 'missingAnchor', line: 1, column: 1 }],
    },
  ],
});

describe('settings.anchors and the ignoreCase option are validated', () => {
  test('an unknown anchor source is named, with the allowed ones', () => {
    expect(() => validateConfig({ settings: { anchors: { htmlIds: false } } }, builtinRules)).toThrow(
      '`settings.anchors`: unknown key `htmlIds`; did you mean `htmlId` (allowed: `headingSlugs`, `htmlId`, `htmlName`, `customIds`)',
    );
  });

  test('a source is on or off', () => {
    expect(() => validateConfig({ settings: { anchors: { customIds: 'no' } } }, builtinRules)).toThrow(
      '`settings.anchors.customIds`: expected boolean',
    );
  });

  test('ignoreCase is a boolean', () => {
    expect(() =>
      validateConfig({ rules: { 'link-anchor-exists': ['error', { ignoreCase: 1 }] } }, builtinRules),
    ).toThrow('options of `rules.link-anchor-exists` at `ignoreCase`: expected boolean');
  });
});
