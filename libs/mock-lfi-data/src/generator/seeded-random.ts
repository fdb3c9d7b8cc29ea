import { createHash } from 'node:crypto';

const TWO_POW_32 = 0x1_0000_0000;

/**
 * A deterministic random stream: SHA-256 in counter mode over a key. Only integer arithmetic on
 * hash bytes is involved, so every machine and Node version draws the same values.
 */
export class SeededRandom {
  private block = Buffer.alloc(0);
  private offset = 0;
  private counter = 0;

  constructor(private readonly key: string) {}

  uint32(): number {
    if (this.offset + 4 > this.block.length) this.refill();
    const value = this.block.readUInt32BE(this.offset);
    this.offset += 4;
    return value;
  }

  /** Uniform in [0, n); rejection sampling keeps small ranges unbiased. */
  below(n: number): number {
    if (!Number.isInteger(n) || n < 1 || n > TWO_POW_32) throw new RangeError(`below(${n})`);
    const limit = TWO_POW_32 - (TWO_POW_32 % n);
    let value = this.uint32();
    while (value >= limit) value = this.uint32();
    return value % n;
  }

  /** Uniform in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + this.below(max - min + 1);
  }

  chance(probability: number): boolean {
    return this.uint32() < probability * TWO_POW_32;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick from an empty list');
    return items[this.below(items.length)];
  }

  /** A copy of `items` in a random order (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i -= 1) {
      const j = this.below(i + 1);
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy;
  }

  digits(count: number): string {
    return Array.from({ length: count }, () => String(this.below(10))).join('');
  }

  private refill(): void {
    this.block = createHash('sha256').update(`${this.key}\u0000${this.counter}`).digest();
    this.counter += 1;
    this.offset = 0;
  }
}

/** A stable opaque id: `prefix` + the first `length` hex digits of SHA-256 over the parts. */
export function stableId(prefix: string, length: number, ...parts: (string | number)[]): string {
  return prefix + createHash('sha256').update(parts.join('|')).digest('hex').slice(0, length);
}
