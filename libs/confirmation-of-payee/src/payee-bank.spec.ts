import { uaeIban } from '@hub/standards';
import { payeeBankOf, payeeIbanOf } from './payee-bank';

const TENANTS = [
  { id: 'falcon-bank', sector: 'banking' as const },
  { id: 'oasis-bank', sector: 'banking' as const },
  { id: 'dune-insurance', sector: 'insurance' as const },
  { id: 'own-oc-bank', sector: 'banking' as const, bankCode: '033' },
];

describe('payeeIbanOf', () => {
  it('reads a UAE IBAN written in groups and lower case, with its bank code', () => {
    expect(payeeIbanOf('ae07 0331 2345 6789 0123 456')).toEqual({ valid: true, iban: 'AE070331234567890123456', bankCode: '033' });
  });

  it.each([
    ['a foreign IBAN', 'GB33BUKB20201555555555', /UAE IBAN/],
    ['too short', 'AE07033123456789012345', /UAE IBAN/],
    ['letters in the account number', 'AE07033123456789012345X', /UAE IBAN/],
    ['a mistyped digit', 'AE070331234567890123457', /mod 97/],
  ])('refuses %s', (_kind, identification, problem) => {
    const result = payeeIbanOf(identification);
    expect(result.valid).toBe(false);
    expect(!result.valid && result.problem).toMatch(problem);
  });
});

describe('payeeBankOf', () => {
  it.each([
    ['580', 'falcon-bank'],
    ['996', 'oasis-bank'],
    ['033', 'own-oc-bank'],
  ])('bank code %s is %s', (code, id) => {
    expect(payeeBankOf(code, TENANTS)?.id).toBe(id);
  });

  it('knows no bank for a code no sandbox bank carries, and an insurer has none', () => {
    expect(payeeBankOf('260', TENANTS)).toBeUndefined();
    expect(payeeBankOf('000', TENANTS)).toBeUndefined();
    const insurerCode = payeeIbanOf(uaeIban('580', '0000000000000001'));
    expect(insurerCode.valid && payeeBankOf(insurerCode.bankCode, TENANTS.filter((t) => t.id !== 'falcon-bank'))).toBeUndefined();
  });
});
