// Builds bundle/: the CLI, the Action and the lint worker, split into shared chunks, with one
// patch of a dependency for speed (see `patches` below). `npm run build:bundle`.
import { build } from 'esbuild';
import { readFile, rm } from 'node:fs/promises';
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
    replacements: [
      ['      data\n    };\n    /** @type {Array<number>} */', '      data,\n      sliceSerialize: undefined\n    };\n    /** @type {Array<number>} */'],
      [
        '        handler[events[index][1].type].call({\n          ...context,\n          sliceSerialize: events[index][2].sliceSerialize\n        }, events[index][1]);',
        '        context.sliceSerialize = events[index][2].sliceSerialize;\n        handler[events[index][1].type].call(context, events[index][1]);',
      ],
    ],
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
      if (missing.length > 0) throw new Error(`no module matched the patch for ${missing.map((patch) => patch.file).join(', ')}`);
    });
  },
};

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await rm('bundle', { recursive: true, force: true });
  await build({
    entryPoints: { doclint: 'src/bin.ts', action: 'src/action-main.ts', 'lint-worker': 'src/node/lint-worker.ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    splitting: true,
    chunkNames: '[name]-[hash]',
    outdir: 'bundle',
    outExtension: { '.js': '.mjs' },
    // CommonJS dependencies bundled into ES modules expect `require` and `__dirname` (yargs' CommonJS
    // build, imported as `yargs/yargs` because its ES build wraps help text in the middle of words).
    banner: {
      js: "import { createRequire as __doclintRequire } from 'node:module'; import { dirname as __doclintDirname } from 'node:path'; import { fileURLToPath as __doclintPath } from 'node:url'; const require = __doclintRequire(import.meta.url); const __dirname = __doclintDirname(__doclintPath(import.meta.url));",
    },
    plugins: [patchPlugin],
  });
}
