import { bankCodeOf } from './bank-code';
import { findRootDir, loadConfig } from '../index';

describe('bankCodeOf', () => {
  it.each([
    ['falcon-bank', '580'],
    ['oasis-bank', '996'],
  ])('derives %s → %s from the tenant id, as every seeded IBAN already carries it', (id, code) => {
    expect(bankCodeOf({ id })).toBe(code);
  });

  it('takes the configured code of an LFI that brings its own Ozone Connect', () => {
    expect(bankCodeOf({ id: 'falcon-bank', bankCode: '033' })).toBe('033');
  });

  it.each(['33', '0333', 'abc', ''])('refuses a configured code %p that is not 3 digits', (bankCode) => {
    expect(() => bankCodeOf({ id: 'x-bank', bankCode })).toThrow(/3 digits/);
  });

  it('gives the banks of the default configuration distinct codes', () => {
    const banks = loadConfig({}, findRootDir()).tenants.filter((t) => t.sector === 'banking');
    expect(new Set(banks.map(bankCodeOf)).size).toBe(banks.length);
  });
});
