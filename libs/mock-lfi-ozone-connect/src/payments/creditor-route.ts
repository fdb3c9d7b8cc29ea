import { bankCodeOfIban, isValidUaeIban, normalisedIban, UAE_IBAN } from '@hub/standards';

export { bankCodeOfIban, normalisedIban };

/**
 * The sandbox's bank code that no bank answers to on the rail: a payment to an IBAN of this bank
 * (e.g. AE360000000000000000001) is taken (201 Pending) and later Rejected (AANI.AB08), as a
 * payment to a creditor bank that is down would be. Real UAE bank codes are two digits with a
 * leading zero (033 …) and the sandbox's own banks draw theirs from 100–999, so none is 000.
 */
export const UNREACHABLE_BANK_CODE = '000';

/** Where a payment to a creditor account goes, or why it cannot. */
export type CreditorRoute =
  /** An account of this bank: paid without a rail (AcceptedCreditSettlementCompleted). */
  | { kind: 'this-bank'; iban: string }
  /** Another UAE bank, over AANI (AcceptedWithoutPosting: the bank cannot see the credit). */
  | { kind: 'other-bank'; iban: string; bankCode: string }
  | { kind: 'unreachable-bank'; iban: string; bankCode: string }
  | { kind: 'invalid'; reason: string }
  | { kind: 'foreign'; reason: string };

/**
 * Routes a domestic creditor account: the scheme must be IBAN (the domestic creditor's only
 * scheme), the IBAN a UAE one passing the ISO 13616 mod-97 check; its bank code picks the way.
 */
export function routeCreditor(account: { schemeName?: string; identification: string }, ownBankCode: string): CreditorRoute {
  if (account.schemeName !== undefined && account.schemeName !== 'IBAN') return { kind: 'foreign', reason: `creditor account scheme ${account.schemeName}: only IBAN is paid` };
  const iban = normalisedIban(account.identification);
  if (/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban) && !iban.startsWith('AE')) return { kind: 'foreign', reason: `creditor IBAN ${iban} is not a UAE IBAN` };
  if (!UAE_IBAN.regex.test(iban)) return { kind: 'invalid', reason: `creditor account '${account.identification}' is not ${UAE_IBAN.inWords}` };
  if (!isValidUaeIban(iban)) return { kind: 'invalid', reason: `creditor IBAN ${iban} fails its ISO 13616 check digits (mod 97)` };
  const bankCode = bankCodeOfIban(iban);
  if (bankCode === ownBankCode) return { kind: 'this-bank', iban };
  if (bankCode === UNREACHABLE_BANK_CODE) return { kind: 'unreachable-bank', iban, bankCode };
  return { kind: 'other-bank', iban, bankCode };
}
