/**
 * The layers of docs/architecture.md, read from the code's own imports: each layer imports only
 * the layers below it, and nothing below the Node shell imports `node:*`, a Node built-in, or
 * the shell itself. A new file lands in a layer by its folder; this test says which imports that
 * folder may have.
 */
import { describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, posix, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Layers from the bottom up; a file belongs to the first layer whose prefix its path has. */
const LAYERS = [
  { name: 'util', prefixes: ['src/util/'] },
  { name: 'rule-api', prefixes: ['src/rule-api/', 'src/types.ts'] },
  { name: 'helpers', prefixes: ['src/helpers/'] },
  { name: 'sites', prefixes: ['src/sites/'] },
  { name: 'contracts', prefixes: ['src/contracts/'] },
  { name: 'rules', prefixes: ['rules/'] },
  { name: 'engine', prefixes: ['src/engine/'] },
  { name: 'formatters', prefixes: ['src/formatters/'] },
  { name: 'node', prefixes: ['src/node/'] },
  {
    name: 'front-ends',
    prefixes: ['src/cli/', 'src/cli.ts', 'src/lsp/', 'src/action', 'src/bin.ts', 'src/index.ts', 'src/testing/'],
  },
] as const;
type Layer = (typeof LAYERS)[number]['name'];

/** What each layer may import besides itself (the layers below it that it needs). */
const ALLOWED: Record<Layer, readonly Layer[]> = {
  util: [],
  'rule-api': ['util'],
  helpers: ['util', 'rule-api'],
  sites: ['util', 'rule-api', 'helpers'],
  contracts: ['util', 'rule-api', 'helpers', 'sites'],
  rules: ['util', 'rule-api', 'helpers', 'sites', 'contracts'],
  engine: ['util', 'rule-api', 'helpers', 'sites', 'contracts'],
  formatters: ['util', 'rule-api'],
  node: ['util', 'rule-api', 'helpers', 'sites', 'contracts', 'rules', 'engine', 'formatters'],
  'front-ends': ['util', 'rule-api', 'helpers', 'sites', 'contracts', 'rules', 'engine', 'formatters', 'node'],
};

/** The layers that must run anywhere (a browser, an editor's web worker): no Node built-ins. */
const PURE: readonly Layer[] = ['util', 'rule-api', 'helpers', 'sites', 'contracts', 'rules', 'engine', 'formatters'];

function layerOf(path: string): Layer | undefined {
  return LAYERS.find((layer) => layer.prefixes.some((prefix) => path.startsWith(prefix)))?.name;
}

function sources(folder: string): string[] {
  return readdirSync(join(repo, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => posix.join(folder, name.split(sep).join('/')));
}

/** Every module a file imports or re-exports, statically or with `import()`. */
function importsOf(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+'([^']+)'/g)) found.push(match[1]!);
  for (const match of text.matchAll(/(?:^|\n)\s*import\s+'([^']+)'/g)) found.push(match[1]!);
  for (const match of text.matchAll(/\bimport\(\s*'([^']+)'\s*\)/g)) found.push(match[1]!);
  return found;
}

const NODE_BUILTINS = new Set(builtinModules);
const isNodeBuiltin = (specifier: string) =>
  specifier.startsWith('node:') || NODE_BUILTINS.has(specifier.split('/')[0]!);

const files = [...sources('src'), ...sources('rules')];

describe('layers', () => {
  test('every source file is in a layer', () => {
    expect(files.filter((file) => layerOf(file) === undefined)).toEqual([]);
    expect(files.length).toBeGreaterThan(40);
  });

  test.each(files)('%s imports only downward, and nothing from Node below the shell', (file) => {
    const layer = layerOf(file)!;
    const text = readFileSync(join(repo, file), 'utf8');
    const wrong: string[] = [];
    for (const specifier of importsOf(text)) {
      if (specifier.startsWith('.')) {
        const target = posix.normalize(posix.join(posix.dirname(file), specifier)).replace(/\.js$/, '.ts');
        const targetLayer = layerOf(target);
        if (targetLayer !== layer && !ALLOWED[layer].includes(targetLayer!))
          wrong.push(`${specifier} (${targetLayer})`);
      } else if (PURE.includes(layer) && isNodeBuiltin(specifier)) {
        wrong.push(specifier);
      }
    }
    expect(wrong).toEqual([]);
  });

  test('the guard catches what it guards', () => {
    // The same checks on made-up imports, so that a broken pattern cannot pass everything.
    expect(
      importsOf("import { posix } from 'node:path';\nexport { a } from '../x.js';\nawait import('./y.js');"),
    ).toEqual(['node:path', '../x.js', './y.js']);
    expect(isNodeBuiltin('fs/promises')).toBe(true);
    expect(isNodeBuiltin('mdast')).toBe(false);
    expect(layerOf('src/engine/parse.ts')).toBe('engine');
    expect(ALLOWED.engine.includes('node')).toBe(false);
    expect(relative(repo, join(repo, 'rules'))).toBe('rules');
  });
});
