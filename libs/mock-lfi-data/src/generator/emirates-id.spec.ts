import { emiratesId, luhnCheckDigit } from './emirates-id';
import { SeededRandom } from './seeded-random';

describe('Emirates ID', () => {
  it('computes the Luhn check digit', () => {
    // The classic Luhn example: 7992739871 → 3.
    expect(luhnCheckDigit('7992739871')).toBe('3');
  });

  it('is shaped 784-YYYY-NNNNNNN-C with a valid check digit', () => {
    const random = new SeededRandom('eid');
    for (let i = 0; i < 50; i += 1) {
      const id = emiratesId(random);
      expect(id).toMatch(/^784-(19[6-9]\d|200[0-5])-\d{7}-\d$/);
      const digits = id.replace(/-/g, '');
      expect(luhnCheckDigit(digits.slice(0, 14))).toBe(digits[14]);
    }
  });
});
