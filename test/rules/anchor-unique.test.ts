import rule from '../../rules/anchor-unique.js';
import { RuleTester } from '../support/rule-tester.js';

new RuleTester().run(rule, {
  valid: [
    {
      name: 'one anchor of each kind, each once',
      text: '# Install\n\n<a name="setup"></a>\n\n<div id="box"></div>\n\n## Configure {#config}\n',
    },
    {
      name: 'repeated headings are numbered by GitHub, so their slugs never collide',
      text: '## Example\n\n## Example\n\n## Example-1\n',
    },
    {
      name: 'an HTML anchor in a heading, equal to its slug: a link lands on that heading either way',
      text: '## Limits<a name="limits"></a>\n\n## Quotas <a id="quotas-"></a><a name="quotas-"></a>\n',
    },
    { name: 'id and name on one element are one anchor', text: '<a id="top-link" name="top-link"></a>\n' },
    {
      name: 'anchors inside code are not anchors',
      text: '<a name="sample"></a>\n\n```html\n<a name="sample"></a>\n```\n\n`<a name="sample">`\n',
    },
    { name: 'the name attribute counts only on <a>', text: '<a name="field"></a>\n\n<input name="field">\n' },
    {
      name: 'a source that is turned off is not an anchor',
      text: '<a name="install"></a>\n\n## Install\n\n<a name="x"></a><a name="x"></a>\n',
      settings: { anchors: { headingSlugs: false, htmlName: false } },
    },
    {
      name: 'with custom ids off, the attribute is heading text (GitHub): `install-setup`',
      text: '## Install {#setup}\n\n<a name="setup"></a>\n',
      settings: { anchors: { customIds: false } },
    },
  ],
  invalid: [
    {
      name: 'the same <a name> twice: links land on the first',
      text: '# Launch\n\n### Description<a name="launch-capacity"></a>\n\n### Cause<a name="launch-capacity"></a>\n\n### Solution<a name="launch-capacity"></a>\n',
      errors: [
        {
          messageId: 'duplicateAnchor',
          line: 5,
          column: 10,
          endLine: 5,
          endColumn: 36,
          message: 'Unexpected duplicate anchor `#launch-capacity`; line 3 defines it first, as a `name`',
        },
        { messageId: 'duplicateAnchor', line: 7, column: 13 },
      ],
    },
    {
      name: 'the same id twice, on any element',
      text: '<div id="retry"></div>\n\nText <span id="retry">here</span>.\n',
      errors: [
        {
          messageId: 'duplicateAnchor',
          line: 3,
          column: 6,
          message: 'Unexpected duplicate anchor `#retry`; line 1 defines it first, as an `id`',
        },
      ],
    },
    {
      name: 'an HTML anchor equal to an earlier heading slug of the page',
      text: '# Set up\n\n## Run predictions<a name="running"></a>\n\n#### Run predictions<a name="run-predictions"></a>\n',
      errors: [
        {
          messageId: 'duplicateAnchor',
          line: 5,
          column: 21,
          message:
            'Unexpected duplicate anchor `#run-predictions`; line 3 defines it first, as the slug of the heading there',
        },
      ],
    },
    {
      name: 'an HTML anchor equal to a numbered slug',
      text: '## Example\n\n## Example\n\n<a name="example-1"></a>\n',
      errors: [
        {
          messageId: 'duplicateAnchor',
          line: 5,
          column: 1,
          message:
            'Unexpected duplicate anchor `#example-1`; line 3 defines it first, as the slug of the heading there',
        },
      ],
    },
    {
      name: 'a name before a heading with that slug: the slug is an id, and an id wins',
      text: '# Block device mappings<a name="block-device-mapping-concepts"></a>\n\n## Block device mapping concepts\n',
      errors: [
        {
          messageId: 'shadowedByLaterId',
          line: 1,
          column: 24,
          message:
            'Unexpected duplicate anchor `#block-device-mapping-concepts`; links land on line 3 instead, where it is the slug of the heading there, because ids win over names',
        },
      ],
    },
    {
      name: 'a custom id equal to another anchor, either way round',
      text: '<a name="setup"></a>\n\n## Install {#setup}\n\n## Configure {: #config .wide}\n\n<div id="config"></div>\n',
      errors: [
        {
          messageId: 'shadowedByLaterId',
          line: 1,
          column: 1,
          message:
            'Unexpected duplicate anchor `#setup`; links land on line 3 instead, where it is the custom id of the heading there, because ids win over names',
        },
        {
          messageId: 'duplicateAnchor',
          line: 7,
          column: 1,
          message:
            'Unexpected duplicate anchor `#config`; line 5 defines it first, as the custom id of the heading there',
        },
      ],
    },
    {
      name: 'the custom id is reported where it is written',
      text: '<div id="setup"></div>\n\n## Install `npm` \\_ {#setup}\n',
      errors: [{ messageId: 'duplicateAnchor', line: 3, column: 21, endLine: 3, endColumn: 29 }],
    },
    {
      name: 'a paragraph anchor and a heading anchor: the link lands on the paragraph',
      text: 'Create the rule as follows.<a name="create-console"></a>\n\n# To create a rule<a name="create-console"></a>\n',
      errors: [{ messageId: 'duplicateAnchor', line: 3, column: 19 }],
    },
    {
      name: 'headings in block quotes and lists have slugs too',
      text: '> ## Notes\n\n- ## Steps\n\n<a name="notes"></a> <a id="steps"></a>\n',
      errors: [
        {
          messageId: 'duplicateAnchor',
          line: 5,
          column: 1,
          message: 'Unexpected duplicate anchor `#notes`; line 1 defines it first, as the slug of the heading there',
        },
        { messageId: 'duplicateAnchor', line: 5, column: 22 },
      ],
    },
    {
      name: 'two names and a later id: both names are passed over',
      text: '<a name="limits"></a>\n\n<a name="limits"></a>\n\n<p id="limits"></p>\n',
      errors: [
        { messageId: 'shadowedByLaterId', line: 1, column: 1 },
        {
          messageId: 'shadowedByLaterId',
          line: 3,
          column: 1,
          message:
            'Unexpected duplicate anchor `#limits`; links land on line 5 instead, where it is an `id`, because ids win over names',
        },
      ],
    },
  ],
});
