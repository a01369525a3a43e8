import rule from '../../rules/toc-orphan-page.js';
import { RuleTester } from '../support/rule-tester.js';

const TOC = '# Guide\n\n+ [Start](start.md)\n';

new RuleTester().run(rule, {
  valid: [
    {
      name: 'listed, or linked from a reached page (with a fragment too), the TOC itself',
      files: {
        'index.md': TOC,
        'start.md': '# Start\n\n[a](a.md) [b](b.md#part)\n',
        'a.md': '# A\n',
        'b.md': '# B\n\n[c](c.md)\n',
        'c.md': '# C\n',
      },
      settings: { site: 'aws-guide' },
    },
    { name: 'a tree without a table of contents', files: { 'a.md': '# A\n', 'b.md': '# B\n' } },
    {
      name: 'a partial run: a page that is not linted may link to it',
      files: { 'index.md': TOC, 'start.md': '# Start\n', 'lone.md': '# Lone\n' },
      unlinted: { 'linker.md': '# Linker\n\n[lone](lone.md)\n' },
    },
  ],
  invalid: [
    {
      name: 'not listed, and linked only from another orphan',
      files: {
        'index.md': TOC,
        'start.md': '# Start\n',
        'old.md': '# Old\n\n[tips](tips.md)\n',
        'tips.md': '# Tips\n',
      },
      errors: [
        {
          messageId: 'orphan',
          path: 'old.md',
          line: 1,
          column: 1,
          message:
            'Unexpected page that readers cannot reach: the table of contents `index.md` does not list it, ' +
            'and no page it reaches links to it',
        },
        { messageId: 'orphan', path: 'tips.md', line: 1, column: 1 },
      ],
    },
    {
      name: "mdBook's SUMMARY.md governs the book's pages",
      files: {
        'src/SUMMARY.md': '# Summary\n\n- [Intro](intro.md)\n',
        'src/intro.md': '# Intro\n',
        'src/draft.md': '# Draft\n',
      },
      settings: { site: 'mdbook' },
      errors: [{ messageId: 'orphan', path: 'src/draft.md', line: 1, column: 1 }],
    },
  ],
});
