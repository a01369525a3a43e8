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
    {
      name: 'a dead definition is not checked: nothing renders it (link-definition-used reports it)',
      text: '[used][a]\n\n[a]: #top\n[unused]: nowhere.md\n[A]: gone.md\n',
    },
    { name: 'a URL with a scheme and more, a file name with an @', text: '[a](https://x.y) [b](mailto:a@b.c)\n' },
    {
      name: 'a file name with an @ and the extension of a file',
      files: { 'a.md': '![l](logo@2x.png)\n' },
      paths: ['logo@2x.png'],
    },
    {
      name: 'a definition written over two lines, its URL on the second',
      files: { 'a.md': '[b][]\n\n[b]:\n  b.md\n', 'b.md': '' },
    },
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
      text: '![x](img/x.png) [used][r]\n\n[r]: nowhere.md\n',
      errors: [
        { messageId: 'missingFile', line: 1, column: 1, message: 'Cannot find file `img/x.png`' },
        { messageId: 'missingFile', line: 3, column: 1, message: 'Cannot find file `nowhere.md`' },
      ],
    },
    {
      name: 'a definition whose destination is in parentheses: CommonMark keeps them, the target is `(`',
      text: '[KEPs][#KEPs] and [the guide](((guide.md)))\n\n[#KEPs]: (#KEPs)\n',
      errors: [
        {
          messageId: 'parenthesizedDestination',
          line: 1,
          column: 19,
          message:
            'Unexpected parentheses around the destination `((guide.md))`: CommonMark reads them as part of the URL; ' +
            'write `(guide.md)`',
          suggestions: ['(guide.md)'],
        },
        {
          messageId: 'parenthesizedDestination',
          line: 3,
          column: 1,
          message:
            'Unexpected parentheses around the destination `(#KEPs)`: CommonMark reads them as part of the URL; ' +
            'write `[#KEPs]: #KEPs`',
          suggestions: ['#KEPs'],
        },
      ],
    },
    {
      name: 'a definition with nothing after `[label]:` swallows the next line as its URL',
      text: '* [KEP template]:\n[https://example.com/keps/template#readme](https://example.com/keps/template#readme)\n',
      errors: [
        {
          messageId: 'swallowedLine',
          line: 1,
          column: 3,
          message:
            'Unexpected line break after `[KEP template]:`: CommonMark reads the next line, ' +
            '`[https://example.com/keps/template#readme](https://example.com/keps/template#readme)`, ' +
            "as the definition's URL and shows neither line; write the URL after `[KEP template]:`, " +
            'or `[KEP template]\\:` if this is not a definition',
        },
      ],
    },
    {
      name: 'an e-mail address without mailto: in a link, a definition and HTML',
      text: '[Write to us](someone@example.com) [x][x] <a href="a.b@example.co.uk">mail</a>\n\n[x]: team@example.org\n',
      errors: [
        {
          messageId: 'emailWithoutMailto',
          line: 1,
          column: 1,
          message:
            'Cannot find file `someone@example.com`: it is an e-mail address; add `mailto:` (`mailto:someone@example.com`)',
          suggestions: ['mailto:someone@example.com'],
        },
        { messageId: 'emailWithoutMailto', line: 1, column: 43, suggestions: ['mailto:a.b@example.co.uk'] },
        { messageId: 'emailWithoutMailto', line: 3, column: 1, suggestions: ['mailto:team@example.org'] },
      ],
    },
    {
      name: 'an empty destination, and a URL with a scheme and nothing else',
      text: '[nothing]() ![img](<>) [x][x] [y](https://) <a href="http://">z</a> <a href="">top</a>\n\n[x]: https:\n',
      errors: [
        {
          messageId: 'emptyDestination',
          line: 1,
          column: 1,
          message: 'Unexpected empty destination: the link goes nowhere; write its URL or path',
        },
        { messageId: 'emptyDestination', line: 1, column: 13 },
        {
          messageId: 'schemeOnly',
          line: 1,
          column: 31,
          message: 'Unexpected URL `https://` with a scheme and nothing else: write the whole address',
        },
        { messageId: 'schemeOnly', line: 1, column: 45 },
        {
          messageId: 'schemeOnly',
          line: 3,
          column: 1,
          message: 'Unexpected URL `https:` with a scheme and nothing else: write the whole address',
        },
      ],
    },
    {
      name: 'in dead definitions, only a swallowed line is reported: nothing renders the rest',
      text: '[a]: (a.md)\n[b]: nowhere.md\n[c]: https://\n[c]: gone.md\n[comment]: <> (note)\n\n[d]:\n- x\n\n[e]:\n[link](x.md)\n',
      errors: [{ messageId: 'swallowedLine', line: 10, column: 1 }],
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
      output: { 'docs/a.md': '[b](../guide/install.md)\n' },
    },
    {
      name: 'fixes keep `./`, `<…>`, percent-encoding, the query, the fragment, the title and HTML attributes',
      files: {
        'a.md':
          '[a](./Guide/Setup.md?x=1#top "t") [b](<Guide/My Page.md>) [c](Guide/my%20PAGE.md)\n' +
          '<a class="k" href=\'guide/SETUP.md\'>d</a>\n\n[e]\n\n[e]: ./GUIDE/setup.md (title)\n',
        'guide/setup.md': '',
        'guide/my page.md': '',
      },
      errors: [
        { messageId: 'wrongCase', line: 1, column: 1 },
        { messageId: 'wrongCase', line: 1, column: 35 },
        { messageId: 'wrongCase', line: 1, column: 59 },
        { messageId: 'wrongCase', line: 2, column: 1 },
        { messageId: 'wrongCase', line: 6, column: 1 },
      ],
      output: {
        'a.md':
          '[a](./guide/setup.md?x=1#top "t") [b](<guide/my page.md>) [c](guide/my%20page.md)\n' +
          '<a class="k" href=\'guide/setup.md\'>d</a>\n\n[e]\n\n[e]: ./guide/setup.md (title)\n',
      },
    },
    {
      name: 'no fix where letter case has two answers, or the source does not spell the destination as parsed',
      files: { 'a.md': '[a](B.md) [c](C\\.md)\n', 'b.md': '', 'B.MD': '', 'c.md': '' },
      errors: [
        { messageId: 'wrongCase', line: 1, column: 1 },
        { messageId: 'wrongCase', line: 1, column: 11 },
      ],
      output: null,
    },
    {
      name: 'page.html is fixed to page.md where links name Markdown files; not on Hugo, whose links are URLs',
      files: { 'content/a.md': '[b](b.html#x)\n', 'content/b.md': '' },
      errors: [{ messageId: 'htmlForMarkdown', line: 1, column: 1 }],
      output: { 'content/a.md': '[b](b.md#x)\n' },
    },
    {
      name: 'on Hugo, page.html is reported without a fix',
      files: { 'content/a.md': '[b](b.html#x)\n', 'content/b.md': '' },
      settings: { site: 'hugo' },
      errors: [{ messageId: 'htmlForMarkdown', line: 1, column: 1 }],
      output: null,
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
      output: '[old](old.md) [moved](guide/new-name.md) [gone](gone.md)\n',
    },
    {
      name: 'links inside table rows (no GFM needed)',
      text: '| a | b |\n| --- | --- |\n| [x](gone.md) | y |\n',
      errors: [{ messageId: 'missingFile', line: 3, column: 3 }],
    },
  ],
});
