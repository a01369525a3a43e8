// File-tree helpers for the benchmark: list the Markdown pages of a tree, find its largest guide,
// and build copies of it (hard links when the file system allows, else real copies).
import { copyFileSync, linkSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

// The extensions doclint lints, and the folders it never enters (as src/node/discover.ts).
const MARKDOWN = /\.(?:md|markdown|mdown|mkd)$/i;
const SKIPPED_FOLDERS = new Set(['.git', 'node_modules']);

/** Every Markdown file under `root`, as sorted paths relative to it. */
export function listMarkdown(root) {
  const found = [];
  const walk = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name)) walk(path);
      } else if (entry.isFile() && MARKDOWN.test(entry.name)) {
        found.push(relative(root, path));
      }
    }
  };
  walk(root);
  return found.sort();
}

/** Pages, bytes and guides (sub-folders holding pages) of a tree. */
export function describeTree(root) {
  const pages = listMarkdown(root);
  let bytes = 0;
  for (const page of pages) bytes += statSync(join(root, page)).size;
  const guides = new Set(
    pages
      .map((page) => page.split(/[\\/]/))
      .filter((parts) => parts.length > 1)
      .map((parts) => parts[0]),
  );
  return { pages: pages.length, bytes, guides: guides.size };
}

/**
 * The sub-folder of `root` with the most Markdown pages (a "guide" of the corpus), or `root`
 * itself when its pages are not in sub-folders.
 */
export function largestGuide(root) {
  let best = { folder: root, pages: 0 };
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    if (!entry.isDirectory() || SKIPPED_FOLDERS.has(entry.name)) continue;
    const folder = join(root, entry.name);
    const pages = listMarkdown(folder).length;
    if (pages > best.pages) best = { folder, pages };
  }
  return best.pages > 0 ? best : { folder: root, pages: listMarkdown(root).length };
}

let canLink = true;
/**
 * Copies the tree at `from` to `to`. Files are hard-linked when `link` is true and the file system
 * allows it (fast, no space; never use it for a file that will be modified), else copied. Folders
 * are created afresh (writable), so the copy can be deleted even when the source is read-only.
 */
export function copyTree(from, to, { link = false } = {}) {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name)) copyTree(source, target, { link });
    } else if (entry.isFile()) {
      if (link && canLink) {
        try {
          linkSync(source, target);
          continue;
        } catch {
          canLink = false; // another file system, or hard links to others' files refused: copy
        }
      }
      copyFileSync(source, target);
    }
  }
}
