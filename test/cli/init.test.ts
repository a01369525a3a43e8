/**
 * `doclint init` through the built binary, as a user runs it: on a copy of each site fixture it
 * writes the config of that site's profile (on the site fixtures: test/cli/sites.test.ts); it never
 * overwrites a config; a run without a config announces a detected generator.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runDoclint as run } from '../support/binary.js';

const scratch = mkdtempSync(join(tmpdir(), 'doclint-init-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let count = 0;
/** A fresh folder with these files. */
function tree(files: Record<string, string>): string {
  const root = join(scratch, `t${count++}`);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('doclint init', () => {
  test("writes the mdBook profile with the book's src folder, and says what it found", () => {
    const root = tree({ 'book.toml': '[book]\ntitle = "T"\nsrc = "pages"\n', 'pages/SUMMARY.md': '# Summary\n' });
    const { code, stdout, stderr } = run(root, ['init']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toBe(
      'doclint: found book.toml ([book] src: pages): the `mdbook` site profile (doclint:mdbook)\n' +
        'doclint: wrote .doclintrc.json; run `doclint` to lint, `doclint --explain <page>` to see what applies\n',
    );
    expect(JSON.parse(readFileSync(join(root, '.doclintrc.json'), 'utf8'))).toEqual({
      extends: 'doclint:mdbook',
      settings: { rootDir: 'pages' },
      ignores: ['book/'],
    });
  });

  test('--dry-run prints the config and writes nothing, even where a config exists', () => {
    const root = tree({ '_config.yml': 'title: T\n', '.doclintrc.yaml': 'rules: {}\n' });
    const { code, stdout, stderr } = run(root, ['init', '--dry-run']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ extends: 'doclint:jekyll', ignores: ['_site/'] });
    expect(stderr).toMatch(
      /found _config\.yml \(source: \.\): the `jekyll` site profile[\s\S]*--dry-run: nothing written/,
    );
    expect(existsSync(join(root, '.doclintrc.json'))).toBe(false);
  });

  test('never overwrites a config, nor writes through a link where one would be', () => {
    const existing = tree({ '.doclintrc.json': '{"rules":{}}\n', 'mkdocs.yml': 'site_name: T\n' });
    expect(run(existing, ['init'])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'doclint: a config is already here (`.doclintrc.json`); init does not overwrite it. Remove it to start ' +
        'again, or run `doclint init --dry-run` to see what init would write\n',
    });
    expect(readFileSync(join(existing, '.doclintrc.json'), 'utf8')).toBe('{"rules":{}}\n');

    const target = join(scratch, 'outside.json');
    const linked = tree({ 'mkdocs.yml': 'site_name: T\n' });
    symlinkSync(target, join(linked, '.doclintrc.json'));
    expect(run(linked, ['init']).code).toBe(2);
    expect(existsSync(target)).toBe(false);

    const withPackage = tree({ 'package.json': '{"name":"x","doclint":{"rules":{}}}\n' });
    expect(run(withPackage, ['init']).stderr).toMatch(/a config is already here \(`package\.json`\)/);
  });

  test('a package.json without a doclint key is not a config', () => {
    const root = tree({ 'package.json': '{"name":"x"}\n', 'README.md': '# X\n' });
    expect(run(root, ['init']).code).toBe(0);
    expect(JSON.parse(readFileSync(join(root, '.doclintrc.json'), 'utf8'))).toEqual({ extends: 'doclint:recommended' });
  });

  test('unknown options are usage errors; --help describes init', () => {
    const root = tree({ 'README.md': '# X\n' });
    expect(run(root, ['init', '--force'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'doclint: init takes only --dry-run, not `--force`; run `doclint init --help`\n',
    });
    const help = run(root, ['init', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^doclint init \[--dry-run\]\n/);
    expect(existsSync(join(root, '.doclintrc.json'))).toBe(false);
  });

  test('a run without a config announces the generator it sees, and applies nothing', () => {
    const root = tree({ 'book.toml': '[book]\n', 'src/a.md': '[b](b.html)\n', 'src/b.md': '# B\n' });
    const plain = run(root, []);
    expect(plain.stderr).toBe(
      'doclint: no config file, so links are checked as plain Markdown; this tree looks like a `mdbook` site ' +
        '(book.toml ([book] src: src)): run `doclint init` to write a config that checks it as one\n',
    );
    expect(plain.stdout).toMatch(/link-file-exists/);
    expect(run(root, ['init']).code).toBe(0);
    const configured = run(root, []);
    expect(configured).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});
