import type { SeededRandom } from './seeded-random';

const UAE_PREFIX = '784';

/** Luhn check digit of `digits`, as printed on Emirates ID cards. */
export function luhnCheckDigit(digits: string): string {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    // Doubling starts from the rightmost payload digit, because the check digit will follow it.
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 0) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return String((10 - (sum % 10)) % 10);
}

/** `784-YYYY-NNNNNNN-C`: country, birth year, serial, check digit. Synthetic, never a real card. */
export function emiratesId(random: SeededRandom): string {
  const year = String(random.int(1960, 2005));
  const serial = random.digits(7);
  const check = luhnCheckDigit(UAE_PREFIX + year + serial);
  return `${UAE_PREFIX}-${year}-${serial}-${check}`;
}
