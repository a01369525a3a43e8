// Run with `node --test`; the RuleTester registers one test per case with node:test's describe
// and it (with Jest, Mocha or Vitest globals, `new RuleTester()` finds them by itself).
import { describe, it } from 'node:test';
import { RuleTester } from 'doclint/testing';
import rule from '../doclint-rules/one-h1.mjs';

new RuleTester({ describe, it }).run(rule, {
  valid: [
    { name: 'one title, then level-2 headings', text: '# Install\n\nSteps.\n\n## Next steps\n' },
    { name: 'a level-1 heading inside a code block is not a heading', text: '# Install\n\n```markdown\n# Example page\n```\n' },
    { name: 'allowMissing: a page without a title', text: 'Just a fragment.\n', options: { allowMissing: true } },
  ],
  invalid: [
    {
      name: 'no title',
      text: '## Install\n\nSteps.\n',
      errors: [{ messageId: 'missing', line: 1, column: 1, message: 'Expected a level-1 heading: the title of the page' }],
    },
    {
      name: 'a second title, in setext style, with markup',
      path: 'install.md',
      text: '# Install\n\nSteps.\n\nSet *up*\n========\n',
      errors: [{ messageId: 'extra', line: 5, column: 1, endLine: 6, endColumn: 9, message: 'Unexpected second level-1 heading `Set up`; the title is on line 1' }],
    },
  ],
});
