// Builds the VS Code extension in editors/vscode/: the client bundled into dist/extension.cjs (the
// `vscode` module is the editor's), the config schema beside it for `jsonValidation`, and the
// server it falls back on: bundle/ (build it first: `npm run build:vscode` does) with the rule
// pages and a package.json that says which doclint it is. Nothing is downloaded: the client's
// packages come from the root `npm ci`. `npm run build:vscode`; then `npx @vscode/vsce package`
// in editors/vscode/ makes the .vsix, where the network allows.
import { build } from 'esbuild';
import { cp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const extension = 'editors/vscode';
const { version } = JSON.parse(await readFile('package.json', 'utf8'));

await rm(join(extension, 'dist'), { recursive: true, force: true });
await rm(join(extension, 'server'), { recursive: true, force: true });
await build({
  entryPoints: [join(extension, 'src/extension.ts')],
  outfile: join(extension, 'dist/extension.cjs'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode'],
  logLevel: 'warning',
});
await cp('schema/doclint.schema.json', join(extension, 'dist/doclint.schema.json'));
const server = join(extension, 'server');
await mkdir(join(server, 'rules'), { recursive: true });
await cp('bundle', join(server, 'bundle'), { recursive: true });
for (const name of await readdir('rules')) {
  if (name.endsWith('.md')) await cp(join('rules', name), join(server, 'rules', name));
}
await writeFile(
  join(server, 'package.json'),
  `${JSON.stringify({ name: 'doclint', version, private: true, type: 'module' }, null, 2)}\n`,
);
