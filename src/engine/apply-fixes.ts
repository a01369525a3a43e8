/**
 * Applies a page's fixes to its text, in one pass: pure, for `--fix`, `--fix-dry-run` and the
 * RuleTester's `output`. A fix says where by line and column (as mdast counts: UTF-16 code units,
 * LF, CRLF and a lone CR each one line ending, the byte order mark not counted); vfile-location,
 * the unified ecosystem's own index of a text's lines, turns them into offsets.
 */
import { location } from 'vfile-location';
import type { Fix } from '../rule-api/index.js';

export interface AppliedFixes {
  /** the text with the fixes that applied (the byte order mark kept, every other character as it was) */
  text: string;
  /** the indexes (into the fixes given) of those that applied, in the order given */
  applied: number[];
}

interface Placed {
  index: number;
  start: number;
  end: number;
  text: string;
}

/**
 * The text with every fix that fits applied. Fixes are taken in page order; one that overlaps a
 * fix taken before it is left for the next pass (after the page is linted again, its rule reports
 * it afresh if it still applies). Insertions at the same point go in the order given; a fix
 * exactly like one taken (the same place and text, from another report) is taken once. A fix
 * whose place is not in the text (a line or column past the end) is never applied, nor one that
 * `skip` refuses (given the text it would replace).
 */
export function applyFixes(
  text: string,
  fixes: readonly Fix[],
  skip?: (replaced: string, fix: Fix, index: number) => boolean,
): AppliedFixes {
  const bom = text.charCodeAt(0) === 0xfeff ? '\uFEFF' : '';
  const body = bom ? text.slice(1) : text;
  const locate = location(body);
  const placed: Placed[] = [];
  fixes.forEach((fix, index) => {
    const start = locate.toOffset(fix.start);
    const end = locate.toOffset(fix.end);
    if (start === undefined || end === undefined || end < start) return;
    if (skip?.(body.slice(start, end), fix, index)) return;
    placed.push({ index, start, end, text: fix.text });
  });
  // Stable: insertions at one point keep the order they were given in.
  placed.sort((a, b) => a.start - b.start || a.end - b.end);
  const parts: string[] = [];
  const applied: number[] = [];
  let last: Placed | undefined;
  let at = 0;
  for (const fix of placed) {
    if (last && fix.start === last.start && fix.end === last.end && fix.text === last.text) {
      applied.push(fix.index); // the same edit, reported twice: made once
      continue;
    }
    if (fix.start < at) continue; // overlaps a fix taken: the next pass
    parts.push(body.slice(at, fix.start), fix.text);
    at = fix.end;
    last = fix;
    applied.push(fix.index);
  }
  parts.push(body.slice(at));
  return { text: bom + parts.join(''), applied: applied.sort((a, b) => a - b) };
}
