// Seeded randomness, so that every run writes byte-identical files: mulberry32 for the uniform draws, Box-Muller for
// the normal ones. Each consumer makes its own stream from a fixed seed, so a change in one part of the demo moves
// no draw in another.

/** The scorecard's stream (the order of filler commentary) and, mixed with each indicator's id, its figures. */
export const SCORECARD_SEED = 20251231;
/** The quality assurance stream: audit grades, moderation, observations, dip samples and practice domains. */
export const QA_SEED = 20260331;

/** A uniform draw in [0, 1), 2^32 steps. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a, so that a stream named after an indicator is fixed by its id. */
export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < text.length; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193) >>> 0;
  return h;
}

export interface Random {
  /** A uniform draw in [0, 1). */
  next(): number;
  /** A normal draw with mean 0 and standard deviation `sd` (two uniform draws, even when `sd` is 0). */
  gaussian(sd: number): number;
  /** Shuffles `items` in place (Fisher-Yates) and returns them. */
  shuffle<T>(items: T[]): T[];
  /** One of `items`, each as likely as its weight. */
  weighted<T>(items: readonly T[], weights: readonly number[]): T;
  /** One of `items`, each equally likely. */
  pick<T>(items: readonly T[]): T;
}

export function createRandom(seed: number): Random {
  const next = mulberry32(seed);
  return {
    next,
    gaussian(sd) {
      const u = 1 - next();
      const v = next();
      return sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
    shuffle(items) {
      for (let j = items.length - 1; j > 0; j--) {
        const k = Math.floor(next() * (j + 1));
        [items[j], items[k]] = [items[k]!, items[j]!];
      }
      return items;
    },
    weighted(items, weights) {
      const total = weights.reduce((a, b) => a + b, 0);
      let r = next() * total;
      for (let j = 0; j < items.length; j++) {
        r -= weights[j]!;
        if (r < 0) return items[j]!;
      }
      return items.at(-1)!;
    },
    pick(items) {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new Error('pick from an empty list');
      return item;
    },
  };
}

/** A stream of its own for `name` (an indicator's id, or "front door"), so changing one leaves every other as it was. */
export function streamFor(name: string): Random {
  return createRandom((hash(name) ^ SCORECARD_SEED) >>> 0);
}
