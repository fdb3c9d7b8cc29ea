import { dtoProblems } from '../testing/dto-problems';
import { CreateFxQuoteRequestDto, UpdateFxQuoteRequestDto } from './fx-quote-requests.dto';

const request = (data: object = {}) => ({ Data: { QuoteReference: 'q-1', TransactionType: 'Spot', UnitCurrency: 'AED', QuotedCurrency: 'USD', TradeAmount: { Amount: '100.00', Currency: 'USD' }, ...data } });
const amount = (a: string) => ({ Amount: a, Currency: 'AED' });
const acceptance = (data: object = {}) => ({
  Data: {
    QuoteReference: 'q-1',
    QuoteStatus: 'Accepted',
    Trade: { SellAmount: amount('367.25'), BuyAmount: amount('100.00'), Charges: [{ ChargeBearer: 'BorneByDebtor', Type: 'Fees', Amount: amount('1.00'), Description: 'Transfer fee' }] },
    Commission: { CommissionAmount: amount('0.50'), PaymentMethod: 'ThroughAPIHub' },
    ...data,
  },
});

describe('FX quote request (AECreateFxQuoteRequestBody1)', () => {
  it('accepts a quote request', () => {
    expect(dtoProblems(CreateFxQuoteRequestDto, request())).toEqual({});
  });

  it.each([
    ['a lower-case currency', { UnitCurrency: 'aed' }, 'Data.UnitCurrency'],
    ['an amount without decimals', { TradeAmount: { Amount: '100', Currency: 'USD' } }, 'Data.TradeAmount.Amount'],
    ['a TransactionType of no list', { TransactionType: 'Forward' }, 'Data.TransactionType'],
    ['a QuoteReference over 37 characters', { QuoteReference: 'x'.repeat(38) }, 'Data.QuoteReference'],
    ['a member of no schema', { Rate: 3.67 }, 'Data.Rate'],
  ])('refuses %s', (_name, data, path) => {
    expect(Object.keys(dtoProblems(CreateFxQuoteRequestDto, request(data)))).toEqual([path]);
  });
});

describe('FX quote acceptance (AEUpdateFxQuoteRequestBody1)', () => {
  it('accepts an acceptance with described charges (FxServiceInitiation.AECharges)', () => {
    expect(dtoProblems(UpdateFxQuoteRequestDto, acceptance())).toEqual({});
  });

  it('refuses any QuoteStatus but Accepted, the only one a TPP may set', () => {
    expect(dtoProblems(UpdateFxQuoteRequestDto, acceptance({ QuoteStatus: 'Available' }))).toEqual({ 'Data.QuoteStatus': ["must be one of Accepted (got 'Available')"] });
  });

  it('refuses a charge of no AEChargeBearerType1Code', () => {
    const body = acceptance();
    body.Data.Trade.Charges[0].ChargeBearer = 'Creditor';
    expect(Object.keys(dtoProblems(UpdateFxQuoteRequestDto, body))).toEqual(['Data.Trade.Charges.0.ChargeBearer']);
  });
});
