/**
 * `--shard I/N`: split a run across CI runners. Whole translation sets go
 * to one shard (by a hash of the set key), so every set rule sees all the
 * locales of its guide and the shards' reports never overlap.
 */

export interface Shard {
  /** 1-based, as written on the command line. */
  index: number;
  count: number;
}

/** `2/3` → { index: 2, count: 3 }; undefined when not of the form I/N with 1 ≤ I ≤ N. */
export function parseShard(text: string): Shard | undefined {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/u.exec(text);
  if (!m) return undefined;
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (!Number.isSafeInteger(count) || count < 1 || index < 1 || index > count) return undefined;
  return { index, count };
}

/**
 * FNV-1a over the UTF-16 code units: stable across machines and Node
 * versions (unlike anything seeded), cheap, and spreads short keys well.
 */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The shard (1-based) a translation set belongs to. */
export function shardOf(setKey: string, count: number): number {
  return (fnv1a(setKey) % count) + 1;
}

/** Keep the items of `shard`; `keyOf` gives the set key (a file with no set is its own set). */
export function inShard<T>(items: readonly T[], shard: Shard | undefined, keyOf: (item: T) => string): T[] {
  if (!shard || shard.count === 1) return [...items];
  return items.filter((item) => shardOf(keyOf(item), shard.count) === shard.index);
}
