import type { MockFxDeskConfig } from '../settings/desk-settings';
import { amountOf, minorOf, ratioOf, ratioOfNumber, roundHalfUp } from './fx-money';
import { deskTermsFor, priceFxQuote, rateDecimals, type FxAsk, type FxDeskTerms } from './fx-pricing';

const RATES = { USD: 3.6725, EUR: 3.9812, GBP: 4.6457, INR: 0.04385, PKR: 0.01318 };
const terms = (overrides: Partial<FxDeskTerms> = {}): FxDeskTerms => ({ ratesAed: RATES, spreadBps: 0, commissionBps: 10, feeAed: 10, declineAboveAed: 5_000_000, ...overrides });
const ask = (UnitCurrency: string, QuotedCurrency: string, Amount: string, Currency: string, TransactionType: FxAsk['TransactionType'] = 'Spot'): FxAsk => ({
  TransactionType,
  UnitCurrency,
  QuotedCurrency,
  TradeAmount: { Amount, Currency },
});

describe('FX desk money', () => {
  it('reads configured numbers exactly as written, exponent forms included', () => {
    expect(ratioOfNumber(3.6725)).toEqual(ratioOf(36725n, 10_000n));
    expect(ratioOfNumber(0.01318)).toEqual(ratioOf(1318n, 100_000n));
    expect(ratioOfNumber(1e-7)).toEqual(ratioOf(1n, 10_000_000n));
    expect(ratioOfNumber(5_000_000)).toEqual(ratioOf(5_000_000n, 1n));
  });

  it('rounds halves up and keeps minor units exact', () => {
    expect(roundHalfUp(ratioOf(5n, 2n))).toBe(3n);
    expect(roundHalfUp(ratioOf(7n, 3n))).toBe(2n);
    expect(minorOf('367.25')).toBe(36725n);
    expect(amountOf(5n)).toBe('0.05');
    expect(amountOf(123456789012345678n)).toBe('1234567890123456.78');
  });

  it('publishes six decimals, more for small rates so six significant digits remain', () => {
    expect(rateDecimals(ratioOf(272294n, 1_000_000n))).toBe(6);
    expect(rateDecimals(ratioOf(83n, 1n))).toBe(6);
    expect(rateDecimals(ratioOf(357628n, 100_000_000n))).toBe(8);
  });
});

describe('FX desk pricing', () => {
  it("reproduces the standard's example without spread: 100.00 USD for 367.25 AED at 0.272294", () => {
    expect(priceFxQuote(ask('AED', 'USD', '100.00', 'USD'), terms())).toEqual({
      kind: 'priced',
      ExchangeRate: 0.272294,
      BuyAmount: { Amount: '100.00', Currency: 'USD' },
      SellAmount: { Amount: '367.25', Currency: 'AED' },
      Charges: [{ ChargeBearer: 'BorneByDebtor', Type: 'Fees', Amount: { Amount: '10.00', Currency: 'AED' }, Description: 'Dealing fee of the FX desk' }],
      CommissionAmount: { Amount: '0.37', Currency: 'AED' },
    });
  });

  it('gives the same figures for the same ask and terms, every time', () => {
    const once = priceFxQuote(ask('EUR', 'GBP', '250.00', 'GBP'), terms({ spreadBps: 40 }));
    expect(priceFxQuote(ask('EUR', 'GBP', '250.00', 'GBP'), terms({ spreadBps: 40 }))).toEqual(once);
    expect(once).toMatchObject({ ExchangeRate: 0.853537, BuyAmount: { Amount: '250.00' }, SellAmount: { Amount: '292.90', Currency: 'EUR' }, CommissionAmount: { Amount: '1.17' } });
  });

  it("applies each tenant's own spread, else the common one", () => {
    const config: MockFxDeskConfig = { ratesAed: RATES, spreadBps: 40, tenantSpreadBps: { 'falcon-bank': 35, 'oasis-bank': 55 }, commissionBps: 10, quoteTtlSeconds: 300, declineAboveAed: 5_000_000, fundedAfterMs: 0, actionedAfterMs: 0, completedAfterMs: 0 };
    expect(deskTermsFor(config, 'falcon-bank')).toMatchObject({ spreadBps: 35, feeAed: 0 });
    expect(deskTermsFor(config, 'another-bank').spreadBps).toBe(40);
    const falcon = priceFxQuote(ask('AED', 'USD', '100.00', 'USD'), deskTermsFor(config, 'falcon-bank'));
    const oasis = priceFxQuote(ask('AED', 'USD', '100.00', 'USD'), deskTermsFor(config, 'oasis-bank'));
    expect(falcon).toMatchObject({ ExchangeRate: 0.271341, SellAmount: { Amount: '368.54' }, Charges: [] });
    expect(oasis).toMatchObject({ ExchangeRate: 0.270796, SellAmount: { Amount: '369.28' } });
  });

  it('crosses two foreign currencies through AED, fixing whichever side TradeAmount names', () => {
    expect(priceFxQuote(ask('USD', 'INR', '1000.00', 'USD'), terms({ spreadBps: 55 }))).toMatchObject({
      ExchangeRate: 83.290792,
      SellAmount: { Amount: '1000.00', Currency: 'USD' },
      BuyAmount: { Amount: '83290.79', Currency: 'INR' },
      CommissionAmount: { Amount: '3.67', Currency: 'AED' },
    });
    expect(priceFxQuote(ask('USD', 'INR', '1000.00', 'INR'), terms({ spreadBps: 55 }))).toMatchObject({
      BuyAmount: { Amount: '1000.00', Currency: 'INR' },
      SellAmount: { Amount: '12.01', Currency: 'USD' },
      CommissionAmount: { Amount: '0.04' },
    });
    expect(priceFxQuote(ask('PKR', 'USD', '100000.00', 'PKR'), terms({ spreadBps: 35 }))).toMatchObject({ ExchangeRate: 0.00357628, BuyAmount: { Amount: '357.63' } });
  });

  it('declines trades worth more than the limit in AED, and quotes the limit itself', () => {
    expect(priceFxQuote(ask('AED', 'USD', '5000000.00', 'AED'), terms())).toMatchObject({ kind: 'priced', CommissionAmount: { Amount: '5000.00' } });
    expect(priceFxQuote(ask('AED', 'USD', '5000000.01', 'AED'), terms())).toMatchObject({ kind: 'declined' });
    expect(priceFxQuote(ask('GBP', 'USD', '2000000.00', 'GBP'), terms())).toMatchObject({ kind: 'declined', reason: expect.stringContaining('9291400.00 AED') });
  });

  it('refuses unknown currencies, a same-currency trade and a TradeAmount in neither currency', () => {
    expect(priceFxQuote(ask('AED', 'XYZ', '10.00', 'XYZ'), terms())).toEqual({ kind: 'refused', path: 'data.QuotedCurrency', reason: 'The FX desk does not trade XYZ; it trades AED, EUR, GBP, INR, PKR, USD' });
    expect(priceFxQuote(ask('USD', 'USD', '10.00', 'USD'), terms())).toMatchObject({ kind: 'refused', path: 'data.QuotedCurrency' });
    expect(priceFxQuote(ask('AED', 'USD', '10.00', 'EUR'), terms())).toMatchObject({ kind: 'refused', path: 'data.TradeAmount.Currency' });
    expect(priceFxQuote(ask('AED', 'USD', '0.00', 'AED'), terms())).toMatchObject({ kind: 'refused', path: 'data.TradeAmount.Amount' });
    expect(priceFxQuote(ask('PKR', 'USD', '0.01', 'PKR'), terms())).toMatchObject({ kind: 'refused', reason: expect.stringContaining('too small') });
  });

  it('prices a same-currency Remittance at 1 with no spread', () => {
    expect(priceFxQuote(ask('USD', 'USD', '50.00', 'USD', 'Remittance'), terms({ spreadBps: 40 }))).toMatchObject({
      ExchangeRate: 1,
      BuyAmount: { Amount: '50.00', Currency: 'USD' },
      SellAmount: { Amount: '50.00', Currency: 'USD' },
    });
  });
});
