import { fxQuoteAcceptanceOf, fxQuoteRequestOf } from './fx-quote-request';

const ask = (data: Record<string, unknown>) => ({
  data: { QuoteReference: 'ref-1', TransactionType: 'Spot', UnitCurrency: 'AED', QuotedCurrency: 'USD', TradeAmount: { Amount: '100.00', Currency: 'USD' }, ...data },
});
const messageOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    return (e as Error).message;
  }
  return 'no error';
};

describe('FX quote request bodies', () => {
  it('reads a quote request, keeping Party as sent and ignoring members it does not know', () => {
    const party = { Claims: { IdentityType: 'Business', BusinessName: 'Hamad Trading LLC' } };
    expect(fxQuoteRequestOf(ask({ Party: party, SomethingNew: true }))).toMatchObject({ QuoteReference: 'ref-1', TradeAmount: { Amount: '100.00', Currency: 'USD' }, Party: party });
  });

  it('names the member that is wrong', () => {
    expect(messageOf(() => fxQuoteRequestOf({}))).toContain('data is required');
    expect(messageOf(() => fxQuoteRequestOf(ask({ UnitCurrency: 'aed' })))).toContain('data.UnitCurrency must be an ISO 4217');
    expect(messageOf(() => fxQuoteRequestOf(ask({ TradeAmount: { Amount: '1.5', Currency: 'USD' } })))).toContain('data.TradeAmount.Amount');
    expect(messageOf(() => fxQuoteRequestOf(ask({ TransactionType: 'Forward' })))).toContain('data.TransactionType must be one of Spot, Remittance, SpotAndRemittance');
    expect(messageOf(() => fxQuoteRequestOf(ask({ QuoteReference: 'x'.repeat(38) })))).toContain('data.QuoteReference');
    expect(messageOf(() => fxQuoteRequestOf(ask({ TransactionType: 'Remittance' })))).toContain('data.RemittanceInformation is required for a Remittance trade');
  });

  it('reads an acceptance and refuses one with another status or a malformed charge', () => {
    const data = {
      QuoteReference: 'ref-1',
      QuoteStatus: 'Accepted',
      Trade: { SellAmount: { Amount: '368.54', Currency: 'AED' }, BuyAmount: { Amount: '100.00', Currency: 'USD' } },
      Commission: { CommissionAmount: { Amount: '0.37', Currency: 'AED' }, PaymentMethod: 'ThroughAPIHub' },
    };
    expect(fxQuoteAcceptanceOf({ data })).toEqual({ ...data, Trade: { ...data.Trade, Charges: undefined } });
    expect(messageOf(() => fxQuoteAcceptanceOf({ data: { ...data, QuoteStatus: 'Rejected' } }))).toContain('data.QuoteStatus must be one of Accepted');
    expect(messageOf(() => fxQuoteAcceptanceOf({ data: { ...data, Trade: { ...data.Trade, Charges: [{ Type: 'Fees' }] } } }))).toContain('data.Trade.Charges[0].ChargeBearer');
  });
});
