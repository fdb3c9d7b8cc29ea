import { SeededRandom, stableId } from './seeded-random';

function draw(key: string, count: number): number[] {
  const random = new SeededRandom(key);
  return Array.from({ length: count }, () => random.uint32());
}

describe('SeededRandom', () => {
  it('repeats the same stream for the same key and differs for another', () => {
    expect(draw('k', 50)).toEqual(draw('k', 50));
    expect(draw('k', 50)).not.toEqual(draw('k2', 50));
  });

  it('keeps int() inside its inclusive bounds and reaches both ends', () => {
    const random = new SeededRandom('bounds');
    const seen = new Set(Array.from({ length: 500 }, () => random.int(2, 4)));
    expect([...seen].sort()).toEqual([2, 3, 4]);
  });

  it('shuffles into a permutation without touching the input', () => {
    const items = ['a', 'b', 'c', 'd', 'e'];
    const shuffled = new SeededRandom('shuffle').shuffle(items);
    expect([...shuffled].sort()).toEqual(items);
    expect(items).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('draws digit strings of the requested length', () => {
    expect(new SeededRandom('digits').digits(16)).toMatch(/^\d{16}$/);
  });

  it('refuses empty ranges', () => {
    expect(() => new SeededRandom('x').below(0)).toThrow(RangeError);
    expect(() => new SeededRandom('x').pick([])).toThrow(RangeError);
  });
});

describe('stableId', () => {
  it('is the prefix plus SHA-256 hex of the parts joined by |', () => {
    // Expected value from `printf 'a|1' | sha256sum`.
    expect(stableId('x-', 8, 'a', 1)).toBe('x-df4504ce');
  });
});
