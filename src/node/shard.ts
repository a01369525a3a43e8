/** One part of a run split for a CI matrix: `--shard 2/4` is { index: 2, count: 4 }. */
export interface Shard {
  index: number;
  count: number;
}

/** Parses `i/n` (1 ≤ i ≤ n); undefined when it is not that. */
export function parseShard(text: string): Shard | undefined {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  if (!match) return undefined;
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (count < 1 || index < 1 || index > count) return undefined;
  return { index, count };
}

/**
 * Whether a page belongs to a shard: by a hash of its path (FNV-1a), so a page stays in its
 * shard when other pages are added or removed, and the shards together are every page once.
 */
export function inShard(path: string, { index, count }: Shard): boolean {
  let hash = 0x811c9dc5;
  for (let i = 0; i < path.length; i++) {
    hash ^= path.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % count === index - 1;
}
