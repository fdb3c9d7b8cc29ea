import { uaeIban } from '@hub/mock-lfi-data';
import { bankCodeOfIban, normalisedIban, routeCreditor, UNREACHABLE_BANK_CODE } from './creditor-route';

const OWN = '412';
const here = uaeIban(OWN, '0000000000012345');
const elsewhere = uaeIban('033', '1234567890123456');
const offline = uaeIban(UNREACHABLE_BANK_CODE, '0000000000000001');
/** The same IBAN with other check digits: its shape is right, its mod-97 is not. */
const withCheckDigits = (iban: string, digits: string) => `AE${digits}${iban.slice(4)}`;

describe('routeCreditor: where a domestic payment goes', () => {
  it.each([
    ['an account of this bank', here, { kind: 'this-bank', iban: here }],
    ['another UAE bank (over AANI)', elsewhere, { kind: 'other-bank', iban: elsewhere, bankCode: '033' }],
    ['the sandbox bank no one answers to', offline, { kind: 'unreachable-bank', iban: offline, bankCode: '000' }],
  ])('routes %s by the bank code of its IBAN', (_, iban, route) => {
    expect(routeCreditor({ schemeName: 'IBAN', identification: iban }, OWN)).toEqual(route);
  });

  it('reads an IBAN written in groups and in lower case', () => {
    const grouped = elsewhere.toLowerCase().replace(/(.{4})/g, '$1 ');
    expect(routeCreditor({ identification: grouped }, OWN)).toEqual({ kind: 'other-bank', iban: elsewhere, bankCode: '033' });
  });

  it('refuses an IBAN whose check digits fail the mod-97 check', () => {
    const valid = elsewhere.slice(2, 4);
    const wrong = String((Number(valid) + 1) % 100).padStart(2, '0');
    expect(routeCreditor({ identification: withCheckDigits(elsewhere, wrong) }, OWN)).toEqual({ kind: 'invalid', reason: expect.stringContaining('mod 97') });
  });

  it('refuses a transposed digit in the account number (mod-97 catches it)', () => {
    const swapped = `${elsewhere.slice(0, 10)}${elsewhere[11]}${elsewhere[10]}${elsewhere.slice(12)}`;
    expect(swapped).not.toBe(elsewhere);
    expect(routeCreditor({ identification: swapped }, OWN).kind).toBe('invalid');
  });

  it.each([['too short', 'AE07033123'], ['letters in a UAE IBAN', 'AE07033123456789012345X'], ['not an IBAN at all', '12345']])('refuses a malformed UAE account: %s', (_, identification) => {
    expect(routeCreditor({ identification }, OWN).kind).toBe('invalid');
  });

  it('does not pay outside the UAE: another country\'s IBAN, another scheme', () => {
    expect(routeCreditor({ identification: 'GB82WEST12345698765432' }, OWN).kind).toBe('foreign');
    expect(routeCreditor({ schemeName: 'AccountNumber', identification: '12345678' }, OWN).kind).toBe('foreign');
  });

  it('names the bank code of an IBAN and normalises its spelling', () => {
    expect(bankCodeOfIban(elsewhere)).toBe('033');
    expect(normalisedIban(' ae07 0331 ')).toBe('AE070331');
  });
});
