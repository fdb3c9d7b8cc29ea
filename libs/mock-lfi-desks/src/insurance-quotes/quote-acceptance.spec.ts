import type { InsuranceQuoteEntity } from '@hub/mock-lfi-store';
import { acceptanceDifferences, quoteAcceptanceOf, storedAcceptanceOf } from './quote-acceptance';

const ROW = {
  quoteId: 'q-1',
  quoteReference: 'tpp-motor-0001',
  creationDateTime: '2026-12-01T10:00:00.000Z',
  offer: {
    Premium: { PremiumAmountExcludingVAT: { Currency: 'AED', Amount: '2445.87' }, VATAmount: { Currency: 'AED', Amount: '122.29' }, TotalPremiumAmount: { Currency: 'AED', Amount: '2568.16' }, PaymentFrequency: 'Annually' },
    Commission: { CommissionAmount: { Currency: 'AED', Amount: '244.59' }, CommissionPercentage: 10, PaymentMethod: 'ThroughAPIHub' },
  },
} as unknown as InsuranceQuoteEntity;

function acceptanceBody(changes: Record<string, unknown> = {}) {
  return {
    data: {
      QuoteStatus: 'ApplicationPending',
      QuoteReference: 'tpp-motor-0001',
      InsuranceSubType: 'Comprehensive',
      Premium: ROW.offer.Premium,
      Commission: ROW.offer.Commission,
      QuoteCreationDateTime: '2026-12-01T14:00:00+04:00',
      ...changes,
    },
  };
}

describe('quote acceptance', () => {
  it('takes the quote replayed as offered (instants compared, not their text)', () => {
    const acceptance = quoteAcceptanceOf('motor', acceptanceBody());
    expect(acceptanceDifferences(ROW, acceptance)).toEqual([]);
    expect(storedAcceptanceOf(acceptance)).toEqual({ InsuranceSubType: 'Comprehensive' });
  });

  it('lists every figure that differs from the quote', () => {
    const premium = { ...(ROW.offer.Premium as object), TotalPremiumAmount: { Currency: 'AED', Amount: '2000.00' } };
    const acceptance = quoteAcceptanceOf('motor', acceptanceBody({ QuoteReference: 'other', Premium: premium, QuoteCreationDateTime: '2026-12-02T10:00:00Z' }));
    expect(acceptanceDifferences(ROW, acceptance)).toEqual([
      'data.QuoteReference is other, the quote says tpp-motor-0001',
      'data.Premium.TotalPremiumAmount is 2000.00, the quote says 2568.16',
      'data.QuoteCreationDateTime is 2026-12-02T10:00:00Z, the quote was created at 2026-12-01T10:00:00.000Z',
    ]);
  });

  it('accepts only ApplicationPending or KYCCaptured, and needs CustomerSalary for health', () => {
    expect(quoteAcceptanceOf('motor', acceptanceBody({ QuoteStatus: 'KYCCaptured' })).QuoteStatus).toBe('KYCCaptured');
    expect(() => quoteAcceptanceOf('motor', acceptanceBody({ QuoteStatus: 'Accepted' }))).toThrow(/data\.QuoteStatus must be one of ApplicationPending, KYCCaptured/);
    expect(() => quoteAcceptanceOf('health', acceptanceBody())).toThrow(/data\.CustomerSalary is required/);
    expect(storedAcceptanceOf(quoteAcceptanceOf('health', acceptanceBody({ CustomerSalary: 'Under4K' })))).toEqual({ InsuranceSubType: 'Comprehensive', CustomerSalary: 'Under4K' });
  });

  it('refuses a body without data or without the premium', () => {
    expect(() => quoteAcceptanceOf('motor', { QuoteStatus: 'ApplicationPending' })).toThrow(/data is required/);
    expect(() => quoteAcceptanceOf('motor', acceptanceBody({ Premium: undefined }))).toThrow(/data\.Premium\.PremiumAmountExcludingVAT is required/);
  });
});
