import { bankCodeOf } from '@hub/kernel';
import { bankCodeOfIban, isValidUaeIban, normalisedIban, UAE_IBAN } from '@hub/standards';

/** The payee's IBAN as the TPP sent it: a UAE IBAN with its bank code, or why it is not one. */
export type PayeeIban = { valid: true; iban: string; bankCode: string } | { valid: false; problem: string };

/**
 * CoP is the UAE's: an IBAN of another country, of the wrong length or with wrong check digits
 * (ISO 13616 mod 97) names no account any LFI could hold. Spaces and lower case are allowed.
 */
export function payeeIbanOf(identification: string): PayeeIban {
  const iban = normalisedIban(identification);
  if (!UAE_IBAN.regex.test(iban)) return { valid: false, problem: `Identification must be ${UAE_IBAN.inWords}` };
  if (!isValidUaeIban(iban)) return { valid: false, problem: `Identification ${iban} fails its ISO 13616 check digits (mod 97)` };
  return { valid: true, iban, bankCode: bankCodeOfIban(iban) };
}

/** A tenant of the sandbox as far as discovery cares. */
export interface BankTenant {
  id: string;
  sector: 'banking' | 'insurance';
  bankCode?: string;
}

/** The sandbox bank whose IBANs carry this bank code; undefined when no bank of the sandbox has it. */
export function payeeBankOf<T extends BankTenant>(bankCode: string, tenants: readonly T[]): T | undefined {
  return tenants.find((t) => t.sector === 'banking' && bankCodeOf(t) === bankCode);
}
