import { UAE_IBAN } from './patterns';

/** ISO 13616: letters become two digits (A=10 … Z=35) before the mod-97 check. */
function lettersToDigits(text: string): string {
  return text.replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) - 55));
}

/** Remainder of a long decimal string, folded a few digits at a time to stay within a Number. */
function mod97(digits: string): number {
  let remainder = 0;
  for (let i = 0; i < digits.length; i += 7) {
    remainder = Number(String(remainder) + digits.slice(i, i + 7)) % 97;
  }
  return remainder;
}

/** A UAE IBAN from its 3-digit bank code and 16-digit account number. */
export function uaeIban(bankCode: string, accountNumber: string): string {
  if (!/^\d{3}$/.test(bankCode) || !/^\d{16}$/.test(accountNumber)) {
    throw new Error('A UAE IBAN needs a 3-digit bank code and a 16-digit account number');
  }
  const bban = bankCode + accountNumber;
  const check = 98 - mod97(lettersToDigits(`${bban}AE00`));
  return `AE${String(check).padStart(2, '0')}${bban}`;
}

/** True when `iban` is shaped like a UAE IBAN and passes the ISO 13616 mod-97 check. */
export function isValidUaeIban(iban: string): boolean {
  if (!UAE_IBAN.regex.test(iban)) return false;
  return mod97(lettersToDigits(iban.slice(4) + iban.slice(0, 4))) === 1;
}

/** IBANs are written in groups of four, in either case; the rules read them as one upper-case string. */
export function normalisedIban(identification: string): string {
  return identification.replace(/\s+/g, '').toUpperCase();
}

/** The bank code inside a UAE IBAN (ISO 13616: AE, 2 check digits, 3-digit bank code, 16-digit account number). */
export function bankCodeOfIban(iban: string): string {
  return iban.slice(4, 7);
}
