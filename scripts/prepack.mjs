// `npm pack` and `npm publish` run this first: it builds dist/, where the package's library entry
// points (`doclint`, `doclint/testing`) and their types are, so that a tarball packed from a fresh
// clone can be imported. The CLI, the hook and the Action run the committed bundle/ and need no build.
//
// It prints only on stderr: pre-commit installs a `language: node` hook by running `npm install`
// and then `npm pack` in its clone, and takes the whole stdout of `npm pack` as the tarball's name.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const built = existsSync('dist/src/index.js') && existsSync('dist/src/testing/index.js');
let tsc;
try {
  tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
} catch {
  // typescript is a devDependency: absent when only the production dependencies are installed
}
if (tsc === undefined) {
  if (!built) {
    console.error(
      'doclint prepack: dist/ is not built and typescript is not installed: run `npm ci` (with the devDependencies), then pack again',
    );
    process.exit(1);
  }
  console.error('doclint prepack: typescript is not installed; packing the dist/ that is already built');
} else {
  const run = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], {
    stdio: ['ignore', process.stderr, process.stderr],
  });
  if (run.status !== 0) {
    console.error('doclint prepack: the build of dist/ failed (`npm run build` shows why)');
    process.exit(run.status ?? 1);
  }
}
