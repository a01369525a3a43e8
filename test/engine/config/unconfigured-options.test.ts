/**
 * `meta.unconfiguredOptions`: the options a rule runs with while no config sets it (it is on only
 * by default). A config that sets the rule, by its severity alone or through a preset, gets
 * `meta.defaultOptions` and its own options.
 */
import { describe, expect, test } from '@jest/globals';
import type { Config, Rule } from '../../../src/types.js';
import { resolveRules } from '../../../src/engine/config/resolve.js';
import { optionsIn } from '../../../src/engine/config/prepare.js';
import { printableConfig } from '../../../src/engine/config/cascade.js';
import { ruleProblems } from '../../../src/node/config/rule-check.js';

const rule: Rule = {
  meta: {
    id: 'acme/scoped',
    description: 'A rule that checks less when it is on only by default',
    messages: { x: 'x' },
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: { narrow: { type: 'boolean' }, words: { type: 'array' } },
    },
    defaultOptions: { narrow: false, words: ['TODO'] },
    unconfiguredOptions: { narrow: true },
  },
  create: () => ({}),
};

const optionsUnder = (config: Config) => resolveRules(config, [rule])[0]?.options;

describe('meta.unconfiguredOptions', () => {
  test('apply while no config sets the rule; any setting of the rule gets the default options', () => {
    expect(optionsUnder({})).toEqual({ narrow: true, words: ['TODO'] });
    expect(optionsUnder({ rules: { 'acme/other': 'off' } })).toEqual({ narrow: true, words: ['TODO'] });
    expect(optionsUnder({ rules: { 'acme/scoped': 'warn' } })).toEqual({ narrow: false, words: ['TODO'] });
    expect(optionsUnder({ rules: { 'acme/scoped': ['error', { words: ['FIXME'] }] } })).toEqual({
      narrow: false,
      words: ['FIXME'],
    });
    expect(optionsUnder({ rules: { 'acme/scoped': ['error', { narrow: true }] } })).toEqual({
      narrow: true,
      words: ['TODO'],
    });
  });

  test('the cross-file options and --print-config say the same', () => {
    expect(optionsIn({}, rule)).toEqual({ narrow: true, words: ['TODO'] });
    expect(optionsIn({ rules: { 'acme/scoped': 'error' } }, rule)).toEqual({ narrow: false, words: ['TODO'] });
    expect(printableConfig({}, [rule]).rules).toEqual({ 'acme/scoped': ['error', { narrow: true, words: ['TODO'] }] });
  });

  test("a plugin rule's unconfiguredOptions must be an object that satisfies its schema with the defaults", () => {
    const check = (meta: Record<string, unknown>) =>
      ruleProblems({ ...rule, meta: { ...rule.meta, ...meta } }, { plugin: true });
    expect(check({})).toEqual([]);
    expect(check({ unconfiguredOptions: ['narrow'] })).toEqual(['`meta.unconfiguredOptions` must be an object']);
    expect(check({ unconfiguredOptions: { narrow: 'yes' } })).toEqual([
      '`meta.unconfiguredOptions` do not satisfy `meta.schema`: /narrow must be boolean',
    ]);
    expect(check({ defaultOptions: { narrow: 1 } })).toEqual([
      '`meta.defaultOptions` do not satisfy `meta.schema`: /narrow must be boolean',
    ]);
  });
});
