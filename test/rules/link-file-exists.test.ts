import rule from '../../rules/link-file-exists.js';
import { RuleTester } from '../support/rule-tester.js';

new RuleTester().run(rule, {
  valid: [
    {
      name: 'relative links, images and definitions that exist',
      files: {
        'docs/a.md': '[b](b.md) [up](../README.md) ![i](img/x.png) [r][r]\n\n[r]: ./b.md#part\n',
        'docs/b.md': '# B\n',
        'README.md': '# Readme\n',
      },
      paths: ['docs/img/x.png'],
    },
    {
      name: 'absolute URLs of any scheme and protocol-relative links are not files',
      text: '[a](https://example.com/x.md) [b](mailto:a@b.c) [c](arn:aws:s3:::bucket) [d](//cdn.example.com/x.js) <https://x.y/z>\n',
    },
    {
      name: 'same-page fragments, query strings, percent-encoding and angle brackets',
      files: {
        'a.md': '[top](#) [q](b%20c.md?raw=1) [s](<b c.md>) [e](b\\_x.md)\n',
        'b c.md': '# B\n',
        'b_x.md': '# B\n',
      },
    },
    {
      name: 'a link to a folder with an index page',
      files: {
        'a.md': '[docs](guide/) [docs2](guide) [api](api/)\n',
        'guide/index.md': '# Guide\n',
        'api/README.md': '# API\n',
      },
    },
    {
      name: 'any folder will do when no index names are configured',
      files: { 'a.md': '[img](images/)\n' },
      paths: ['images/a.png'],
      options: { directoryIndex: [] },
    },
    {
      name: 'root-relative link with a configured root',
      files: { 'docs/a.md': '[b](/docs/b.md)\n', 'docs/b.md': '' },
      settings: { rootDir: '.' },
    },
    { name: 'links in code are not links', text: '`[a](missing.md)`\n\n```\n[b](missing.md)\n```\n' },
    {
      name: 'raw HTML links that exist',
      files: { 'a.md': '<a href="b.md">B</a> <img src="i.png">\n', 'b.md': '' },
      paths: ['i.png'],
    },
    { name: 'an empty destination is not a file', text: '[nothing]()\n' },
  ],
  invalid: [
    {
      name: 'missing file, with position',
      path: 'docs/a.md',
      text: 'Intro.\n\nSee [setup](setup.md) now.\n',
      errors: [
        {
          messageId: 'missingFile',
          line: 3,
          column: 5,
          endLine: 3,
          endColumn: 22,
          message: 'Cannot find file `setup.md`',
        },
      ],
    },
    {
      name: 'missing image and reference definition',
      text: '![x](img/x.png)\n\n[r]: nowhere.md\n',
      errors: [
        { messageId: 'missingFile', line: 1, column: 1, message: 'Cannot find file `img/x.png`' },
        { messageId: 'missingFile', line: 3, column: 1, message: 'Cannot find file `nowhere.md`' },
      ],
    },
    {
      name: 'wrong letter case names the real file',
      files: { 'docs/a.md': '[b](../Guide/Install.md)\n', 'guide/install.md': '# Install\n' },
      errors: [
        {
          messageId: 'wrongCase',
          line: 1,
          column: 1,
          message: 'Unexpected letter case in `../Guide/Install.md`: the file is `../guide/install.md`',
          suggestions: ['../guide/install.md'],
        },
      ],
    },
    {
      name: 'a typo gets a suggestion',
      files: { 'a.md': '[b](instal.md)\n', 'install.md': '' },
      errors: [
        {
          messageId: 'missingFileSuggestion',
          line: 1,
          column: 1,
          message: 'Cannot find file `instal.md`; did you mean `install.md`',
          suggestions: ['install.md'],
        },
      ],
    },
    {
      name: 'no suggestion of a file whose name holds the wanted one as a small part',
      files: { 'a.md': '[i](guide/index.html)\n', 'guide/syntax-index.md': '' },
      errors: [{ messageId: 'missingFile', line: 1, column: 1, message: 'Cannot find file `guide/index.html`' }],
    },
    {
      name: 'a web-style link to the page of a Markdown file',
      files: { 'a.md': '[b](setup.html#x)\n', 'setup.md': '' },
      errors: [
        {
          messageId: 'htmlForMarkdown',
          line: 1,
          column: 1,
          message: 'Cannot find file `setup.html`; link to the Markdown page `setup.md`',
          suggestions: ['setup.md'],
        },
      ],
    },
    {
      name: 'links out of the project root are reported, never resolved',
      path: 'docs/a.md',
      text: '[p](../../etc/passwd)\n',
      errors: [
        {
          messageId: 'outsideRoot',
          line: 1,
          column: 1,
          message: 'Unexpected link to `../../etc/passwd`, which is outside the project root',
        },
      ],
    },
    {
      name: 'root-relative links cannot be checked without a configured root',
      files: { 'a.md': '[b](/guide/latest/b.html)\n' },
      errors: [
        {
          messageId: 'rootRelative',
          line: 1,
          column: 1,
          message:
            'Cannot check root-relative link `/guide/latest/b.html`: it depends on where the site is published; use a relative link, or set `settings.rootDir` if `/` is a folder of this project',
        },
      ],
    },
    {
      name: 'raw HTML links and images, positioned at the tag',
      text: 'Text <a href="gone.md">x</a>\n\n<div>\n  <img src="pic.png">\n</div>\n',
      errors: [
        { messageId: 'missingFile', line: 1, column: 6, message: 'Cannot find file `gone.md`' },
        { messageId: 'missingFile', line: 4, column: 3, message: 'Cannot find file `pic.png`' },
      ],
    },
    {
      name: 'a folder without an index page',
      files: { 'a.md': 'See [the images](images/).\n' },
      paths: ['images/a.png'],
      errors: [
        {
          messageId: 'missingIndex',
          line: 1,
          column: 5,
          message:
            'Cannot find an index page in folder `images/`: add `index.md` or `README.md`, or link to a page in it',
        },
      ],
    },
    {
      name: 'a file the change deleted or renamed is named as the cause',
      files: { 'docs/a.md': '[old](old.md) [moved](moved.md) [gone](gone.md)\n' },
      paths: ['docs/guide/new-name.md'],
      changes: {
        since: 'origin/main',
        removedFiles: new Map([
          ['docs/old.md', undefined],
          ['docs/moved.md', 'docs/guide/new-name.md'],
        ]),
        removedAnchors: new Map(),
      },
      path: 'docs/a.md',
      errors: [
        {
          messageId: 'deletedInChange',
          line: 1,
          column: 1,
          message: 'Cannot find file `old.md`: it was deleted since `origin/main`',
        },
        {
          messageId: 'renamedInChange',
          line: 1,
          column: 15,
          message: 'Cannot find file `moved.md`: it was renamed to `guide/new-name.md` since `origin/main`',
          suggestions: ['guide/new-name.md'],
        },
        { messageId: 'missingFile', line: 1, column: 33 },
      ],
    },
    {
      name: 'links inside table rows (no GFM needed)',
      text: '| a | b |\n| --- | --- |\n| [x](gone.md) | y |\n',
      errors: [{ messageId: 'missingFile', line: 3, column: 3 }],
    },
  ],
});
