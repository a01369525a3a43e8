import rule from '../../rules/link-text-title.js';
import { RuleTester } from '../support/rule-tester.js';

new RuleTester().run(rule, {
  valid: [
    {
      name: 'link texts that are their target title, or no title at all; links to sections',
      files: {
        'a.md': '# Set up\n\n[Set up](a.md) [Tips](b.md) [Tips](a.md#tips) [Set up](https://example.com)\n',
        'b.md': '# Tips\n',
      },
    },
    {
      name: 'a title that two pages share names neither; another guide may have the same title',
      files: {
        'one/index.md': '# One\n\n+ [Tips](tips.md)\n',
        'one/tips.md': '# Tips\n',
        'one/a.md': '# A\n\n[Tips](index.md)\n',
        'one/b.md': '# Tips\n',
        'two/index.md': '# Two\n\n+ [Tips](tips.md)\n',
        'two/tips.md': '# Tips\n',
      },
    },
  ],
  invalid: [
    {
      name: 'the text is the title of another page of the guide',
      files: { 'a.md': '# A\n\nSee [Install  the CLI](b.md).\n', 'b.md': '# Upgrade\n', 'c.md': '# Install the CLI\n' },
      errors: [
        {
          messageId: 'otherTitle',
          line: 3,
          column: 5,
          message: 'Unexpected link text `Install the CLI`: it is the title of `c.md`, but the link points at `b.md`',
        },
      ],
    },
    {
      name: 'a TOC entry whose text is not its page title, quoted',
      files: { 'index.md': '# Guide\n\n+ [Setup](setup.md)\n', 'setup.md': '# Set up the service\n' },
      errors: [
        {
          messageId: 'entryTitle',
          path: 'index.md',
          line: 3,
          column: 3,
          message:
            'Expected the table of contents entry `Setup` to read as its page `setup.md` is titled: "Set up the service"',
        },
      ],
    },
  ],
});
