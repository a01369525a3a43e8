import type { Point, Position } from 'unist';

/** The point `offset` characters into `value`, which starts at `start` in the page. */
export function pointInside(start: Point, value: string, offset: number): Point {
  let line = start.line;
  let column = start.column;
  for (let i = 0; i < offset && i < value.length; i++) {
    if (value[i] === '\n' || (value[i] === '\r' && value[i + 1] !== '\n')) {
      line++;
      column = 1;
    } else {
      column++;
    }
  }
  return { line, column, offset: start.offset === undefined ? undefined : start.offset + offset };
}

/** The span of `length` characters starting `offset` characters into a node's raw value. */
export function spanInside(start: Point, value: string, offset: number, length: number): Position {
  return {
    start: pointInside(start, value, offset),
    end: pointInside(start, value, offset + length),
  };
}
