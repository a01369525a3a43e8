// Builds bundle/: the CLI, the Action and the lint worker, split into shared chunks, with one
// patch of a dependency for speed (see `patches` below). `npm run build:bundle`.
import { build } from 'esbuild';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, posix, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Source patches applied while bundling, each an exact replacement that must match once: a
 * dependency whose code changed fails the build instead of shipping unpatched.
 *
 * mdast-util-from-markdown's compile loop copies its whole context into a new object for every
 * micromark event, only to vary `sliceSerialize`: about a fifth of the parse time and much of its
 * garbage (upstream: syntax-tree/mdast-util-from-markdown#46, #52). The bundle reuses one context
 * and sets `sliceSerialize` before each handler. That is the same for the handlers doclint
 * parses with (CommonMark and front matter), which use `this` only during the call; the test
 * test/parse-patch.test.ts checks that the patched and unpatched parsers build identical trees.
 */
export const patches = [
  {
    file: /[\\/]node_modules[\\/]mdast-util-from-markdown[\\/]lib[\\/]index\.js$/,
    // each side is the lines it stands for, joined with newlines
    replacements: [
      [
        ['      data', '    };', '    /** @type {Array<number>} */'],
        ['      data,', '      sliceSerialize: undefined', '    };', '    /** @type {Array<number>} */'],
      ],
      [
        [
          '        handler[events[index][1].type].call({',
          '          ...context,',
          '          sliceSerialize: events[index][2].sliceSerialize',
          '        }, events[index][1]);',
        ],
        [
          '        context.sliceSerialize = events[index][2].sliceSerialize;',
          '        handler[events[index][1].type].call(context, events[index][1]);',
        ],
      ],
    ].map((sides) => sides.map((lines) => lines.join('\n'))),
  },
];

/** Applies the patches for `path` to its source; throws when one does not match exactly once. */
export function applyPatches(path, source) {
  let text = source;
  for (const patch of patches.filter((candidate) => candidate.file.test(path))) {
    for (const [from, to] of patch.replacements) {
      const at = text.indexOf(from);
      if (at < 0 || text.indexOf(from, at + 1) >= 0) {
        throw new Error(`the patch of ${path} no longer applies (its code changed): review scripts/build-bundle.mjs`);
      }
      text = text.slice(0, at) + to + text.slice(at + from.length);
    }
  }
  return text;
}

/** The esbuild plugin that applies `patches`, and fails the build if one matched no module. */
export const patchPlugin = {
  name: 'doclint-patches',
  setup(builder) {
    const applied = new Set();
    for (const patch of patches) {
      builder.onLoad({ filter: patch.file }, async (args) => {
        applied.add(patch);
        return { contents: applyPatches(args.path, await readFile(args.path, 'utf8')), loader: 'js' };
      });
    }
    builder.onEnd((result) => {
      if (result.errors.length > 0) return;
      const missing = patches.filter((patch) => !applied.has(patch));
      if (missing.length > 0) {
        throw new Error(`no module matched the patch for ${missing.map((patch) => patch.file).join(', ')}`);
      }
    });
  },
};

/**
 * Stable names for the shared chunks, so that a rebuild changes files rather than renaming them.
 *
 * esbuild names a chunk by `chunkNames`, and every shared chunk's `[name]` is `chunk`: without
 * `[hash]` they collide ("Two output files share the same path"). A single file per entry (no
 * splitting) has no chunks, but `doclint --version` then parses the whole linter (1.6 MB) instead
 * of bin.ts and a 0.6 kB chunk: 83 ms instead of 56 ms, +49 %, where the limit is +10 % (hyperfine,
 * median of 40 runs; a small lint stayed at 195 ms either way), and bundle/ grows from 1.5 MB to
 * 4.1 MB. So the bundle keeps splitting, and this renames each chunk after the entries that load
 * it, which is what esbuild splits by (one chunk per set of entry points that reach its modules):
 * `shared.action+cli+lint-worker.mjs` is the code the Action, the CLI and the worker share. A chunk
 * that is an entry of its own (the CLI, imported lazily by bin.ts) takes its module's name.
 * Chunks stay beside the entries: src/node/pool.ts finds the worker next to its own module.
 *
 * `metafile` is esbuild's description of the build (its paths posix, relative to `cwd`) and `files`
 * its outputs (`write: false`); returns each output's new path and its text, with the imports of
 * the other outputs renamed to match.
 */
export function stableChunkNames(metafile, files, cwd = process.cwd()) {
  const outputs = metafile.outputs;
  const key = (file) => relative(cwd, file.path).split(sep).join('/');
  const staticImports = (path) => outputs[path].imports.filter((i) => !i.external && i.kind === 'import-statement');
  const entries = Object.keys(outputs).filter((path) => outputs[path].entryPoint !== undefined);
  const lazyPaths = new Set(
    Object.values(outputs).flatMap((output) =>
      output.imports.filter((i) => i.kind === 'dynamic-import').map((i) => i.path),
    ),
  );
  // an entry keeps its name (`doclint`); a lazily imported module takes its own (`cli`, not `cli-37IPJT6G`)
  const entryName = (path) =>
    lazyPaths.has(path)
      ? basename(outputs[path].entryPoint, extname(outputs[path].entryPoint))
      : basename(path, extname(path));
  const loaders = new Map(Object.keys(outputs).map((path) => [path, new Set()]));
  for (const entry of entries) {
    const seen = new Set();
    const visit = (path) => {
      if (seen.has(path)) return;
      seen.add(path);
      loaders.get(path).add(entryName(entry));
      for (const i of staticImports(path)) visit(i.path);
    };
    visit(entry);
  }
  const renames = new Map();
  for (const path of Object.keys(outputs)) {
    const name =
      outputs[path].entryPoint !== undefined ? entryName(path) : `shared.${[...loaders.get(path)].sort().join('+')}`;
    renames.set(path, posix.join(posix.dirname(path), name + posix.extname(path)));
  }
  const targets = [...renames.values()];
  const clash = targets.find((target, index) => targets.indexOf(target) !== index);
  if (clash)
    throw new Error(`two bundle files would be named ${clash}: review stableChunkNames in scripts/build-bundle.mjs`);
  return files.map((file) => {
    const path = key(file);
    let text = file.text;
    for (const i of outputs[path].imports.filter((i) => !i.external)) {
      const from = `"./${basename(i.path)}"`;
      if (!text.includes(from)) throw new Error(`${path} does not import ${from} as esbuild said it would`);
      text = text.split(from).join(`"./${basename(renames.get(i.path))}"`);
    }
    return { path: renames.get(path), text };
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await rm('bundle', { recursive: true, force: true });
  const result = await build({
    entryPoints: { doclint: 'src/bin.ts', action: 'src/action-main.ts', 'lint-worker': 'src/node/lint-worker.ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    splitting: true,
    chunkNames: '[name]-[hash]', // renamed by stableChunkNames before they are written
    outdir: 'bundle',
    outExtension: { '.js': '.mjs' },
    // CommonJS dependencies bundled into ES modules expect `require` and `__dirname` (yargs' CommonJS
    // build, imported as `yargs/yargs` because its ES build wraps help text in the middle of words).
    banner: {
      js:
        "import { createRequire as __doclintRequire } from 'node:module'; " +
        "import { dirname as __doclintDirname } from 'node:path'; " +
        "import { fileURLToPath as __doclintPath } from 'node:url'; " +
        'const require = __doclintRequire(import.meta.url); ' +
        'const __dirname = __doclintDirname(__doclintPath(import.meta.url));',
    },
    plugins: [patchPlugin],
    metafile: true,
    write: false,
  });
  for (const file of stableChunkNames(result.metafile, result.outputFiles)) {
    await mkdir(dirname(file.path), { recursive: true });
    await writeFile(file.path, file.text);
  }
}
