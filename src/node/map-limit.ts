/**
 * `Promise.all(items.map(fn))` with at most `limit` calls in flight, results in input order: reading
 * thousands of pages at once would open as many files and hit the descriptor limit (256 on macOS).
 */
export async function mapLimit<T, R>(items: readonly T[], fn: (item: T) => Promise<R>, limit = 64): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
