import rule from '../../rules/toc-entry-exists.js';
import { RuleTester } from '../support/rule-tester.js';

new RuleTester().run(rule, {
  valid: [
    {
      name: 'each page once; external entries; a missing page is left to link-file-exists',
      files: {
        'index.md': '# Guide\n\n+ [A](a.md)\n   + [B](b.md)\n+ [API](https://example.com/api)\n+ [Gone](gone.md)\n',
        'a.md': '# A\n',
        'b.md': '# B\n',
      },
    },
    {
      name: 'an entry for a part of a page is not the page again',
      files: { 'index.md': '# Guide\n\n+ [A](a.md)\n   + [Before you start](a.md#before)\n', 'a.md': '# A\n' },
    },
    {
      name: 'duplicates, when the config allows them',
      files: { 'index.md': '# Guide\n\n+ [A](a.md)\n+ [A again](a.md)\n', 'a.md': '# A\n' },
      options: { allowDuplicates: true },
    },
    {
      name: 'an index.md that is not a TOC file of the site',
      files: { 'index.md': '- [A](a.md)\n- [A](a.md)\n' },
      settings: { site: 'mdbook' },
    },
  ],
  invalid: [
    {
      name: 'a page twice, a file that is not a page',
      files: {
        'docs/index.md': '# Guide\n\n+ [A](a.md)\n   + [Logo](img/logo.png)\n+ [A, again](./a.md)\n',
        'docs/a.md': '# A\n',
      },
      paths: ['docs/img/logo.png'],
      errors: [
        {
          messageId: 'notAPage',
          path: 'docs/index.md',
          line: 4,
          column: 6,
          message: 'Unexpected table of contents entry `Logo`: `img/logo.png` is not a Markdown page',
        },
        {
          messageId: 'duplicate',
          path: 'docs/index.md',
          line: 5,
          column: 3,
          message: 'Unexpected second entry for `a.md` in the table of contents: line 3 lists it first, as `A`',
        },
      ],
    },
  ],
});
