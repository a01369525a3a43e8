/** `1 file`, `2 files`; `many` for a word whose plural is not `one` + `s` (`fix`, `fixes`). */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
