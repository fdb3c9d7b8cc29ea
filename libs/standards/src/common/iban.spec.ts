import { bankCodeOfIban, isValidUaeIban, normalisedIban, uaeIban } from './iban';

describe('UAE IBAN', () => {
  it('accepts the published example IBAN', () => {
    expect(isValidUaeIban('AE070331234567890123456')).toBe(true);
  });

  it('computes the check digits of the published example', () => {
    expect(uaeIban('033', '1234567890123456')).toBe('AE070331234567890123456');
  });

  it('builds IBANs that pass mod-97, with zero-padded check digits', () => {
    for (let n = 0; n < 200; n += 1) {
      const iban = uaeIban('100', String(n).padStart(16, '0'));
      expect(iban).toMatch(/^AE\d{21}$/);
      expect(isValidUaeIban(iban)).toBe(true);
    }
  });

  it('rejects a mistyped digit, swapped digits and a wrong shape', () => {
    expect(isValidUaeIban('AE070331234567890123457')).toBe(false);
    expect(isValidUaeIban('AE070331234567890123465')).toBe(false);
    expect(isValidUaeIban('GB070331234567890123456')).toBe(false);
    expect(isValidUaeIban('AE07033123456789012345')).toBe(false);
  });

  it('refuses bank codes and account numbers of the wrong length', () => {
    expect(() => uaeIban('33', '1234567890123456')).toThrow();
    expect(() => uaeIban('033', '123')).toThrow();
  });
});

describe('UAE IBAN parts', () => {
  it('reads the bank code of an IBAN written in groups, in lower case', () => {
    const iban = normalisedIban('ae07 0331 2345 6789 0123 456');
    expect(iban).toBe('AE070331234567890123456');
    expect(bankCodeOfIban(iban)).toBe('033');
  });
});
