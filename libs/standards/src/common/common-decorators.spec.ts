import { dtoProblems as problems } from '../testing/dto-problems';
import { ActiveCurrencyAmountDto } from './active-currency-amount.dto';
import { UpdateEventSubscriptionDto } from './event-subscription.dto';
import { AMOUNT, COUNTRY_CODE, CURRENCY_CODE, UAE_IBAN } from './patterns';

describe("the standard's patterns", () => {
  it.each([
    [AMOUNT, ['0.00', '100.00', '1234567890123456.99'], ['100', '100.0', '1.000', '-1.00', '12345678901234567.00', ' 1.00']],
    [CURRENCY_CODE, ['AED', 'USD'], ['aed', 'AE', 'AEDX', 'A1D']],
    [COUNTRY_CODE, ['AE', 'GB'], ['ae', 'ARE', 'xAEx']],
    [UAE_IBAN, ['AE070331234567890123456'], ['AE07033123456789012345', 'GB070331234567890123456']],
  ])('%o accepts what the documents allow and refuses the rest', (pattern, good, bad) => {
    expect(good.filter((v) => !pattern.regex.test(v))).toEqual([]);
    expect(bad.filter((v) => pattern.regex.test(v))).toEqual([]);
  });
});

describe('ActiveCurrencyAmountDto (AEActiveCurrencyAmount)', () => {
  it('accepts an amount with its currency', () => {
    expect(problems(ActiveCurrencyAmountDto, { Amount: '100.00', Currency: 'AED' })).toEqual({});
  });

  it('says what a wrong amount and currency must be, echoing what was sent', () => {
    expect(problems(ActiveCurrencyAmountDto, { Amount: '100', Currency: 'aed' })).toEqual({
      Amount: ["must be an amount of 1 to 16 digits and 2 decimals, e.g. 100.00 (got '100')"],
      Currency: ["must be an ISO 4217 currency code of 3 upper-case letters, e.g. AED (got 'aed')"],
    });
  });

  it('reports a missing member as required, and refuses null (no schema type admits it)', () => {
    expect(problems(ActiveCurrencyAmountDto, { Currency: null })).toMatchObject({ Amount: expect.arrayContaining(['is required']), Currency: expect.arrayContaining(['is required']) });
  });
});

describe('UpdateEventSubscriptionDto (AEUpdateEventSubscriptionRequestBody1)', () => {
  it('accepts an https webhook, or none when only switching off', () => {
    expect(problems(UpdateEventSubscriptionDto, { Data: { Webhook: { Url: 'https://tpp.example/hook', IsActive: true } } })).toEqual({});
    expect(problems(UpdateEventSubscriptionDto, { Data: { Webhook: { IsActive: false } } })).toEqual({});
  });

  it('refuses an http webhook, a non-boolean IsActive and unknown members', () => {
    const found = problems(UpdateEventSubscriptionDto, { Data: { Webhook: { Url: 'http://tpp.example/hook', IsActive: 'yes', Secret: 'x' } } });
    expect(found['Data.Webhook.Url']).toEqual(["must be an https URL (got 'http://tpp.example/hook')"]);
    expect(found['Data.Webhook.IsActive']).toEqual(["must be true or false (got 'yes')"]);
    expect(found['Data.Webhook.Secret']).toEqual(['property Secret should not exist']);
  });
});
