/**
 * Golden heading → anchor cases, pinned to GitHub's behaviour. The expectations come from
 * GitHub-rendered pages: github-slugger's fixtures (made by rendering a Gist on GitHub and reading
 * back each heading's anchor) and markdownlint's link-fragments test page; cases neither covers
 * follow GitHub's rule that they share (the heading's rendered text, lower case, everything but
 * letters, marks, numbers, `_`, `-` and spaces removed, spaces turned into `-`, repeats numbered).
 */
import { describe, expect, test } from '@jest/globals';
import type { AnchorSettings } from '../../src/types.js';
import { createCollector } from '../../src/engine/collect.js';
import { walk } from '../../src/engine/dispatch.js';
import { parseMarkdown } from '../../src/engine/parse.js';

/** The anchors a page's headings get, in page order. */
function headingAnchors(markdown: string, anchors?: AnchorSettings): string[] {
  const { facts, visitors } = createCollector('page.md', anchors ? { anchors } : {});
  walk(parseMarkdown(markdown), [visitors]);
  return facts.anchorSites
    .filter((site) => site.source === 'headingSlugs' || site.source === 'customIds')
    .map((site) => site.anchor);
}

/** Each heading alone on a page: [heading, anchor]. */
const single: Array<[string, string]> = [
  // punctuation
  ['# Set up the CLI', 'set-up-the-cli'],
  ['## heading with a - dash', 'heading-with-a---dash'],
  ['## heading with an _ underscore', 'heading-with-an-_-underscore'],
  ['## heading with a period.txt', 'heading-with-a-periodtxt'],
  [
    '## exchange.bind_headers(exchange, routing [, bindCallback])',
    'exchangebind_headersexchange-routing--bindcallback',
  ],
  ["## What's new in version 2.0?", 'whats-new-in-version-20'],
  ['## apostrophe’s should be trimmed', 'apostrophes-should-be-trimmed'],
  ['## Valid Heading With Quotes \' And Double Quotes "', 'valid-heading-with-quotes--and-double-quotes-'],
  ['## en–dash and em—dash', 'endash-and-emdash'],
  ['## I ♥ unicode', 'i--unicode'],
  ['## C++ and C#', 'c-and-c'],
  // escapes and entities are resolved before the slug is made
  ['### Valid Heading\\-With\\_Embedded\\_Escaping', 'valid-heading-with_embedded_escaping'],
  ['## Send &amp; receive', 'send--receive'],
  // emoji: removed, the spaces around them stay; gemoji short codes are text
  ['## 😄 unicode emoji', '-unicode-emoji'],
  ['## 😄-😄 unicode emoji', '--unicode-emoji'],
  ['## 😄_😄 unicode emoji', '_-unicode-emoji'],
  ['### Valid Heading 20.04 ✔️', 'valid-heading-2004-\uFE0F'],
  ['## :smile: - a gemoji', 'smile---a-gemoji'],
  ['## :ok_hand::hatched_chick: Two in a row with no spaces', 'ok_handhatched_chick-two-in-a-row-with-no-spaces'],
  // inline markup: its text counts, the markup does not
  ['### Valid Heading With `Code`', 'valid-heading-with-code'],
  ['### Valid *Heading* With _Emphasis_ and **strong**', 'valid-heading-with-emphasis-and-strong'],
  ['## The `--force` flag', 'the---force-flag'],
  // HTML inside headings: tags dropped, the text between them kept
  ['## The <code>--force</code> flag', 'the---force-flag'],
  ['## <kbd>Ctrl</kbd>+<kbd>C</kbd>', 'ctrlc'],
  ['## Prerequisites<a name="gettingstarted-images-prereq"></a>', 'prerequisites'],
  ['## Trailing space <a name="x"></a>', 'trailing-space-'],
  ['### Valid Heading With Trailing Space <!-- comment -->', 'valid-heading-with-trailing-space-'],
  ['### Valid Heading With Embedded <!-- comment --> Comment', 'valid-heading-with-embedded--comment'],
  ['## <number of instances> instance\\(s\\) are running', '-instances-are-running'],
  // links and images in headings: a link's text counts, an image (its alt text) does not
  ['### [Valid Heading Is a Link](https://example.com)', 'valid-heading-is-a-link'],
  ['### Valid Heading [Has a Link](https://example.com)', 'valid-heading-has-a-link'],
  ['### Valid Heading Has ![an Image](https://example.com)', 'valid-heading-has-'],
  ['#### [ Console ]', '-console-'],
  // non-Latin text is kept, lower-cased
  ['## Привет', 'привет'],
  ['## Профили пользователей', 'профили-пользователей'],
  ['## Привет non-latin 你好', 'привет-non-latin-你好'],
  ['### 标题', '标题'],
  ['### En-tête Valide Dans Français Pour Vérification', 'en-tête-valide-dans-français-pour-vérification'],
  ['## Café', 'café'],
  // spaces: the parser trims a heading's own, but spaces that are text stay
  ['#    Initial spaces', 'initial-spaces'],
  ['# Final spaces   ', 'final-spaces'],
  ['# &#x20;a', '-a'],
  ['# a&#x20;', 'a-'],
  ['# &#x20;', '-'],
  ['## Online Store\u00A0 <a name="x"></a>', 'online-store-'],
  // heading forms and places
  ['### Valid Closed ATX Heading ###', 'valid-closed-atx-heading'],
  ['Valid Setext Heading\n--------------------', 'valid-setext-heading'],
  ['Setext level one\n================', 'setext-level-one'],
  ['> ## Heading in a block quote', 'heading-in-a-block-quote'],
  ['- ## Heading in a list item', 'heading-in-a-list-item'],
  ['1. > ### In a quote in a list', 'in-a-quote-in-a-list'],
  [
    '<details>\n\n## Inside an HTML block, between blank lines\n\n</details>',
    'inside-an-html-block-between-blank-lines',
  ],
  // math-looking text is plain text without a math extension, and slugs the same way
  ['## $\\LaTeX$ Style', 'latex-style'],
  ['### L12 Not A Line Link', 'l12-not-a-line-link'],
];

describe('GitHub heading slugs', () => {
  test.each(single)('%j → #%s', (markdown, anchor) => {
    expect(headingAnchors(`${markdown}\n`)).toEqual([anchor]);
  });

  test('repeats are numbered -1, -2 in page order', () => {
    expect(headingAnchors('## Example\n\n### Example\n\nExample\n---\n\n> ## Example\n')).toEqual([
      'example',
      'example-1',
      'example-2',
      'example-3',
    ]);
  });

  test('a heading whose text is itself `x-1` takes the next free number, and so does a repeat after it', () => {
    // github-slugger's "Repetition" fixtures, as GitHub renders them.
    expect(headingAnchors('# echo\n\n# echo\n\n# echo 1\n\n# echo-1\n\n# echo\n')).toEqual([
      'echo',
      'echo-1',
      'echo-1-1',
      'echo-1-2',
      'echo-2',
    ]);
  });

  test('a heading `x-1` before its repeats keeps its slug, and the repeat skips the number', () => {
    expect(headingAnchors('# foxtrot-1\n\n# foxtrot\n\n# foxtrot\n')).toEqual(['foxtrot-1', 'foxtrot', 'foxtrot-2']);
  });

  test('numbers count the slug, not the text: different texts with one slug are repeats', () => {
    expect(headingAnchors('## C++\n\n## C#\n\n## `C`\n')).toEqual(['c', 'c-1', 'c-2']);
  });

  test('spaces that are text make slugs that then repeat: ` a ` and `-a-`', () => {
    expect(headingAnchors('# &#x20;a&#x20;\n\n# -a-\n')).toEqual(['-a-', '-a--1']);
  });

  test('HTML anchors do not take part in the numbering', () => {
    expect(headingAnchors('<a name="notes"></a>\n\n## Notes\n\n<div id="notes-1"></div>\n\n## Notes\n')).toEqual([
      'notes',
      'notes-1',
    ]);
  });

  test('headings inside code are not headings', () => {
    expect(headingAnchors('```md\n## Usage\n```\n\n    ## Indented\n\n## Usage\n')).toEqual(['usage']);
  });
});

describe('custom heading ids', () => {
  test('`{#id}` is the anchor and not heading text; the heading has no slug of its own', () => {
    expect(headingAnchors('## Install {#setup}\n\n## Install\n')).toEqual(['setup', 'install']);
  });

  test('the forms kramdown, Hugo and Pandoc write', () => {
    expect(
      headingAnchors(
        '## A {#a}\n\n## B {: #b}\n\n## C {#c .wide}\n\n## D {.wide #d data-x="1 2"}\n\n### E {#e} ###\n\nF {#f}\n---\n',
      ),
    ).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });

  test('braces that are not an attribute block with an id are heading text', () => {
    expect(headingAnchors('## Use {x}\n\n## Use {.env}\n\n## Use `{#id}`\n\n## A {#a} b\n')).toEqual([
      'use-x',
      'use-env',
      'use-id',
      'a-a-b',
    ]);
  });

  test('the title leaves the attribute out', () => {
    const { facts, visitors } = createCollector('page.md');
    walk(parseMarkdown('# Install the CLI {#install}\n'), [visitors]);
    expect(facts.title).toBe('Install the CLI');
  });

  test('with custom ids off, the attribute is text and slugs as GitHub does', () => {
    expect(
      headingAnchors('## Install {#setup}\n', { headingSlugs: true, htmlId: true, htmlName: true, customIds: false }),
    ).toEqual(['install-setup']);
  });

  test('with heading slugs off, headings without a custom id have no anchor', () => {
    expect(
      headingAnchors('## Install {#setup}\n\n## Usage\n', {
        headingSlugs: false,
        htmlId: true,
        htmlName: true,
        customIds: true,
      }),
    ).toEqual(['setup']);
  });
});

describe('front matter', () => {
  test('YAML front matter is neither a heading nor the title', () => {
    const { facts, visitors } = createCollector('page.md');
    const tree = parseMarkdown('---\ntitle: Compliance\nsection: compliance\n---\n\n# Compliance validation\n');
    walk(tree, [visitors]);
    expect(tree.children[0]?.type).toBe('yaml');
    expect(facts.title).toBe('Compliance validation');
    expect([...facts.anchors]).toEqual(['compliance-validation']);
  });

  test('a line of more than three dashes at the top is a thematic break, as before', () => {
    expect(parseMarkdown('--------\n\n# Title\n').children.map((node) => node.type)).toEqual([
      'thematicBreak',
      'heading',
    ]);
  });
});
