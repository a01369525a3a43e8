/**
 * The RuleTester users get (`doclint/testing`): strict as ESLint's, usable without jest. `verify`
 * runs the cases itself and rejects with one AssertionError listing each failing case; `run`
 * registers a test per case with the runner it is given.
 */
import { describe, expect, test } from '@jest/globals';
import { AssertionError } from 'node:assert';
import { defineRule, RuleTester, type Rule } from '../../src/index.js';

const noTodo = defineRule<{ word: string }>({
  meta: {
    id: 'acme/no-todo',
    description: 'No TODO notes',
    messages: { found: 'Unexpected `{{word}}`' },
    schema: { type: 'object', additionalProperties: false, properties: { word: { type: 'string' } } },
    defaultOptions: { word: 'TODO' },
  },
  create(context) {
    return {
      text(node) {
        if (node.value.includes('BOOM')) throw new TypeError('the rule broke');
        if (node.value.includes(context.options.word))
          context.report({ node, messageId: 'found', data: { word: context.options.word } });
      },
    };
  },
});

const valid = [{ name: 'clean', text: 'Done.\n' }];
const invalid = [
  {
    name: 'a note',
    text: '# T\n\nTODO\n',
    errors: [{ messageId: 'found', line: 3, column: 1, message: 'Unexpected `TODO`' }],
  },
];

/** The error `verify` rejects with, or undefined when it resolves. */
async function failure(rule: Rule, tests: Parameters<RuleTester['verify']>[1]): Promise<Error | undefined> {
  try {
    await new RuleTester().verify(rule, tests);
    return undefined;
  } catch (error) {
    return error as Error;
  }
}

describe('RuleTester.verify (no test runner needed)', () => {
  test('resolves when every case holds, options included', async () => {
    await expect(
      new RuleTester().verify(noTodo, {
        valid: [...valid, { name: 'another word', text: 'TODO\n', options: { word: 'FIXME' } }],
        invalid,
      }),
    ).resolves.toBeUndefined();
  });

  test('a wrong position: an AssertionError naming the case, with a diff', async () => {
    const error = await failure(noTodo, {
      valid,
      invalid: [{ ...invalid[0]!, errors: [{ messageId: 'found', line: 1, column: 1 }] }],
    });
    expect(error).toBeInstanceOf(AssertionError);
    expect(error!.message).toMatch(
      /^1 of 2 cases of rule `acme\/no-todo` failed:\n\n✗ invalid › a note\n {4}Expected values to be strictly deep-equal:[^]*\+ {5}line: 3,\n {4}- {5}line: 1,/,
    );
  });

  test('every failing case is listed: a finding in a valid case, a missing one, a different count', async () => {
    const error = await failure(noTodo, {
      valid: [{ name: 'not clean', text: 'TODO\n' }],
      invalid: [
        { name: 'nothing found', text: 'Done.\n', errors: [{ messageId: 'found', line: 1, column: 1 }] },
        {
          name: 'one too many expected',
          text: 'A TODO\n',
          errors: [
            { messageId: 'found', line: 1, column: 1 },
            { messageId: 'found', line: 1, column: 1 },
          ],
        },
      ],
    });
    expect(error!.message).toMatch(/^3 of 3 cases of rule `acme\/no-todo` failed:/);
    expect(error!.message).toContain('✗ valid › not clean');
    expect(error!.message).toContain("'page.md:1:1 acme/no-todo/found Unexpected `TODO`'");
    expect(error!.message).toContain('✗ invalid › nothing found');
    expect(error!.message).toContain('✗ invalid › one too many expected');
  });

  test('an invalid case without errors, or expecting a messageId the rule does not have, fails', async () => {
    const error = await failure(noTodo, {
      valid,
      invalid: [
        { name: 'no errors', text: 'TODO\n', errors: [] },
        { name: 'unknown id', text: 'A TODO\n', errors: [{ messageId: 'todo', line: 1, column: 1 }] },
      ],
    });
    expect(error!.message).toContain('✗ invalid › no errors\n    an invalid case must expect at least one error');
    expect(error!.message).toContain('✗ invalid › unknown id\n    unknown messageId `todo` (rule has: found)');
  });

  test('options the schema refuses fail the case', async () => {
    const error = await failure(noTodo, {
      valid: [{ name: 'bad option', text: 'x\n', options: { words: ['x'] } }],
      invalid,
    });
    expect(error!.message).toContain('unknown option `words`; did you mean `word`');
  });

  test("a crash is the rule's own error, with where it happened, not a diagnostic", async () => {
    const error = await failure(noTodo, { valid: [{ name: 'boom', text: 'BOOM\n' }], invalid });
    expect(error!.message).toMatch(/✗ valid › boom\n {4}the rule crashed on `page\.md`: the rule broke\n {4}at /);
  });

  test('mistakes in the test file throw at once: duplicate names, duplicate cases, errors in a valid case, an invalid rule', () => {
    const tester = new RuleTester();
    expect(() => tester.verify(noTodo, { valid: [valid[0]!, { name: 'clean', text: 'x\n' }], invalid })).toThrow(
      'duplicate case name "clean" for rule acme/no-todo',
    );
    expect(() => tester.verify(noTodo, { valid: [valid[0]!, { name: 'again', text: 'Done.\n' }], invalid })).toThrow(
      'cases "clean" and "again" of rule acme/no-todo lint the same pages with the same options',
    );
    expect(() => tester.verify(noTodo, { valid: [{ ...invalid[0]!, name: 'x' }], invalid })).toThrow(
      'valid case "x" has errors: move it to invalid',
    );
    const unnamespaced = { ...noTodo, meta: { ...noTodo.meta, id: 'no-todo' } };
    expect(() => tester.verify(unnamespaced, { valid, invalid })).toThrow(
      'invalid rule `no-todo`: `meta.id` `no-todo` must be `<namespace>/<rule-id>`',
    );
  });
});

describe('RuleTester.run with a test runner', () => {
  test('registers a test per case under the rule id, valid then invalid, and the tests run the cases', async () => {
    const names: string[] = [];
    const bodies: Array<() => Promise<void>> = [];
    const path: string[] = [];
    const tester = new RuleTester({
      describe: (name, body) => {
        path.push(name);
        body();
        path.pop();
      },
      it: (name, body) => {
        names.push([...path, name].join(' › '));
        bodies.push(body);
      },
    });
    await tester.run(noTodo, { valid, invalid });
    expect(names).toEqual(['acme/no-todo › valid › clean', 'acme/no-todo › invalid › a note']);
    for (const body of bodies) await body();
  });
});

// Without options, run() finds the runner's globals: here jest's describe and it.
new RuleTester().run(noTodo, { valid, invalid });
