/**
 * Heading ids as each generator makes them. GitHub's (github-slugger, which Docusaurus uses too,
 * and which Hugo's `github` auto ids and kramdown's GFM parser follow) is the default; mdBook and
 * Python-Markdown (MkDocs) have their own.
 */
import GithubSlugger from 'github-slugger';
import type { Slugger } from './profile.js';

/** GitHub's heading slugs: lower case, punctuation dropped, spaces to `-`; repeats `-1`, `-2`. */
export const githubSlugger = (): Slugger => new GithubSlugger();

const MDBOOK_KEPT = /[\p{L}\p{N}_-]/u;

/**
 * mdBook's `normalize_id`: letters, digits, `_` and `-` kept (ASCII letters in lower case, others
 * as they are), white space to `-`, anything else dropped.
 */
export function mdbookId(text: string): string {
  let id = '';
  for (const char of text.trim()) {
    if (MDBOOK_KEPT.test(char)) id += char >= 'A' && char <= 'Z' ? char.toLowerCase() : char;
    else if (/\s/u.test(char)) id += '-';
  }
  return id;
}

/**
 * mdBook's `unique_id_from_content`: a repeated id gets `-1`, `-2` …, counted per id as first
 * made (so a heading `A 1` after two `A`s is `a-1` twice, as mdBook makes it).
 */
export function mdbookSlugger(): Slugger {
  const counts = new Map<string, number>();
  return {
    slug(text) {
      const id = mdbookId(text);
      const count = counts.get(id) ?? 0;
      counts.set(id, count + 1);
      return count === 0 ? id : `${id}-${count}`;
    },
  };
}

/**
 * Python-Markdown's `toc` slugify (MkDocs' default): accents decomposed and anything not ASCII
 * dropped, characters other than word characters, white space and `-` removed, lower case, runs
 * of white space and `-` to one `-`.
 */
export function pythonMarkdownId(text: string): string {
  const ascii = text.normalize('NFKD').replace(/[^\x00-\x7f]/g, '');
  return ascii
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[-\s]+/g, '-');
}

/** Python-Markdown's `unique`: a taken (or empty) id gets `_1`, then `_2` …, until it is free. */
export function pythonMarkdownSlugger(): Slugger {
  const taken = new Set<string>();
  return {
    slug(text) {
      let id = pythonMarkdownId(text);
      while (taken.has(id) || id === '') {
        const numbered = /^(.*)_(\d+)$/.exec(id);
        id = numbered ? `${numbered[1]}_${Number(numbered[2]) + 1}` : `${id}_1`;
      }
      taken.add(id);
      return id;
    },
  };
}
