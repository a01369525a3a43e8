import type { Point, Position } from 'unist';

/**
 * Finds points inside a node's raw value, which starts at `start` in the page: the line breaks
 * (LF, CRLF, lone CR) are found once, then each point is a binary search. A large HTML block
 * with thousands of anchors would otherwise be scanned again from its start for each of them.
 */
export function pointLocator(start: Point, value: string): (offset: number) => Point {
  let breaks: number[] | undefined; // offsets just after each line break
  return (offset) => {
    if (!breaks) {
      breaks = [];
      for (let i = 0; i < value.length; i++) {
        const c = value.charCodeAt(i);
        if (c === 10 || (c === 13 && value.charCodeAt(i + 1) !== 10)) breaks.push(i + 1);
      }
    }
    const at = Math.max(0, Math.min(offset, value.length));
    // how many breaks end at or before `at`
    let low = 0;
    let high = breaks.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (breaks[middle]! <= at) low = middle + 1;
      else high = middle;
    }
    return {
      line: start.line + low,
      column: low === 0 ? start.column + at : at - breaks[low - 1]! + 1,
      offset: start.offset === undefined ? undefined : start.offset + offset,
    };
  };
}

/** The point `offset` characters into `value`, which starts at `start` in the page. */
export function pointInside(start: Point, value: string, offset: number): Point {
  return pointLocator(start, value)(offset);
}

/** The span of `length` characters starting `offset` characters into a node's raw value. */
export function spanInside(start: Point, value: string, offset: number, length: number): Position {
  const locate = pointLocator(start, value);
  return { start: locate(offset), end: locate(offset + length) };
}
