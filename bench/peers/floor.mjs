// The floors, one measured process each: `node bench/peers/floor.mjs <mode> <folder>` reads every
// Markdown page under <folder> and, depending on <mode>, does nothing more (read), tokenises it with
// markdown-it (markdown-it), or builds its mdast tree with mdast-util-from-markdown, without GFM
// (mdast, the parse floor doclint's targets are relative to) or with GFM (mdast-gfm). Plain
// single-threaded code. Prints one JSON line: pages and bytes handled.
// It lives in bench/peers/ so that its imports resolve to the pinned versions installed there.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listMarkdown } from '../tree.mjs';

const [mode, folder] = process.argv.slice(2);

let handle;
if (mode === 'read') {
  handle = () => {};
} else if (mode === 'markdown-it') {
  const { default: MarkdownIt } = await import('markdown-it');
  const md = new MarkdownIt();
  handle = (text) => md.parse(text, {});
} else if (mode === 'mdast') {
  const { fromMarkdown } = await import('mdast-util-from-markdown');
  handle = (text) => fromMarkdown(text);
} else if (mode === 'mdast-gfm') {
  const { fromMarkdown } = await import('mdast-util-from-markdown');
  const { gfm } = await import('micromark-extension-gfm');
  const { gfmFromMarkdown } = await import('mdast-util-gfm');
  const options = { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] };
  handle = (text) => fromMarkdown(text, options);
} else {
  throw new Error(`unknown mode ${mode}: read, markdown-it, mdast or mdast-gfm`);
}

let pages = 0;
let bytes = 0;
for (const path of listMarkdown(folder)) {
  const data = readFileSync(join(folder, path));
  if (data.subarray(0, 8000).includes(0)) continue; // binary, skipped as doclint does
  handle(data.toString('utf8'));
  pages++;
  bytes += data.length;
}
console.log(JSON.stringify({ pages, bytes }));
