/** Every built-in rule is complete: id = file name, a doc page, every messageId it uses declared, tests. */
import { describe, expect, test } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { builtinRules } from '../../rules/index.js';
import { validateConfig } from '../../src/node/config/validate.js';

const file = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

describe.each(builtinRules.map((rule) => [rule.meta.id, rule] as const))('%s', (id, rule) => {
  test('is kebab-case, sorted into the registry, and lives in rules/<id>.ts', () => {
    expect(id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
    expect(existsSync(file(`rules/${id}.ts`))).toBe(true);
    expect(rule.meta.url).toBe(`rules/${id}.md`);
  });

  test('has a doc page with what, why, options, incorrect and correct examples', () => {
    const doc = readFileSync(file(`rules/${id}.md`), 'utf8');
    expect(doc.startsWith(`# ${id}\n`)).toBe(true);
    for (const section of ['## Why', '## Options', '## Incorrect', '## Correct']) expect(doc).toContain(section);
  });

  test('every messageId it declares is exercised by its tests (an undeclared one crashes the rule)', () => {
    const tests = readFileSync(file(`test/rules/${id}.test.ts`), 'utf8');
    for (const messageId of Object.keys(rule.meta.messages)) expect(tests).toContain(`messageId: '${messageId}'`);
  });

  test('its default options satisfy its own schema', () => {
    expect(() =>
      validateConfig({ rules: { [id]: ['error', rule.meta.defaultOptions ?? {}] } }, builtinRules),
    ).not.toThrow();
  });
});
