import { describe, it } from 'node:test';
import { RuleTester } from 'doclint/testing';
import rule from '../doclint-rules/unique-titles.mjs';

// A cross-file rule is tested with several pages: `files`, and `path` in each expected error.
new RuleTester({ describe, it }).run(rule, {
  valid: [
    { name: 'different titles', files: { 'a.md': '# Install\n', 'b.md': '# Set up\n' } },
    { name: 'pages without a title are not compared', files: { 'a.md': 'Text.\n', 'b.md': 'More text.\n' } },
  ],
  invalid: [
    {
      name: 'the same title, ignoring case: reported on the later page',
      files: { 'guide/install.md': '# Install\n', 'admin/install.md': '# install\n' },
      errors: [{ path: 'guide/install.md', messageId: 'duplicate', line: 1, column: 1, message: 'Unexpected title `Install`: `admin/install.md` has the same title' }],
    },
  ],
});
