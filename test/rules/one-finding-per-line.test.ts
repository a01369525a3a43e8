/**
 * A definition that is wrong in more than one way gets one finding, from the rule that names
 * what to fix: with every built-in rule on, no line of a page is reported twice.
 */
import { expect, test } from '@jest/globals';
import { lintProject } from '../../src/index.js';
import { builtinRules } from '../../rules/index.js';
import { compactLine } from '../support/compact.js';

const page = [
  '# Definitions',
  '',
  'See [setup][setup] and [the KEPs][#KEPs].',
  '',
  '[setup]: setup.md',
  '[#KEPs]: (#KEPs)',
  '[gone]: gone.md',
  '[anchor]: a.md#nowhere',
  '[Setup]: other.md',
  '[comment]: <> (A note to the writers.)',
  '',
  '* [KEP-1]:',
  '[https://example.com/kep-1](https://example.com/kep-1)',
  '',
].join('\n');

test('an unused or repeated definition with a broken target is reported once, as unused; a wrong destination once, by its cause', async () => {
  const results = await lintProject(
    {
      documents: [
        { path: 'a.md', text: page },
        { path: 'setup.md', text: '# Setup\n' },
      ],
    },
    {},
    builtinRules,
  );
  expect(results.find((r) => r.path === 'a.md')!.diagnostics.map(compactLine)).toEqual([
    '6:1 error link-file-exists/parenthesizedDestination Unexpected parentheses around the destination `(#KEPs)`: CommonMark reads them as part of the URL; write `[#KEPs]: #KEPs`',
    '7:1 warning link-definition-used/unusedDefinition Unexpected definition `gone` that no reference link or image uses',
    '8:1 warning link-definition-used/unusedDefinition Unexpected definition `anchor` that no reference link or image uses',
    '9:1 warning link-definition-used/duplicateDefinition Unexpected duplicate definition of `Setup`; the first, on line 5, is the one used',
    '10:1 warning link-definition-used/unusedDefinition Unexpected definition `comment` that no reference link or image uses',
    "12:3 error link-file-exists/swallowedLine Unexpected line break after `[KEP-1]:`: CommonMark reads the next line, `[https://example.com/kep-1](https://example.com/kep-1)`, as the definition's URL and shows neither line; write the URL after `[KEP-1]:`, or `[KEP-1]\\:` if this is not a definition",
  ]);
});
