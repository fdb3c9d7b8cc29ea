import { ApiError } from '@hub/kernel';
import { CreateAccountRequestDto, CreateFxQuoteRequestDto } from '@hub/standards';
import { validateMessage } from './validate-message';

const PERSON = {
  IdentityType: 'Person',
  FullName: 'Hamad Ali',
  GivenName: 'Hamad',
  Surname: 'Ali',
  EmiratesId: '784-1985-1234567-1',
  EmiratesIdExpiryDate: '2030-05-01',
  ResidentialAddress: { AddressLine: ['Villa 12'], Country: 'AE' },
};
const quote = (party?: unknown, extra: Record<string, unknown> = {}) => ({
  Data: { QuoteReference: 'q-1', TransactionType: 'Spot', UnitCurrency: 'AED', QuotedCurrency: 'USD', TradeAmount: { Amount: '100.00', Currency: 'USD' }, ...(party ? { Party: party } : {}), ...extra },
});
const opening = (party: unknown) => ({ Data: { Account: { SchemeName: 'IBAN', Identification: 'AE070331234567890123456' }, Party: party } });

/** The 400 a message gets, or undefined when it passes. */
function refusal(dto: Parameters<typeof validateMessage>[0], message: unknown): ApiError | undefined {
  try {
    validateMessage(dto, message);
    return undefined;
  } catch (e) {
    return e as ApiError;
  }
}

describe('validateMessage: request messages checked by the DTOs that document them', () => {
  it('passes a quote request with or without a party, and returns the message as sent', () => {
    expect(refusal(CreateFxQuoteRequestDto, quote())).toBeUndefined();
    const message = quote({ Claims: PERSON });
    expect(validateMessage(CreateFxQuoteRequestDto, message)).toBe(message);
    expect(refusal(CreateFxQuoteRequestDto, quote({ Claims: { IdentityType: 'Business', BusinessName: 'Oasis Trading LLC' } }))).toBeUndefined();
  });

  it.each([
    ['a party without claims', { Verification: {} }, 'Data.Party.Claims'],
    ["a person's claims without a surname", { Claims: { ...PERSON, Surname: undefined } }, 'Surname'],
    ['claims of no known identity type', { Claims: { ...PERSON, IdentityType: 'Robot' } }, 'IdentityType'],
    ['a member the party does not have', { Claims: PERSON, Nickname: 'H' }, 'Nickname'],
  ])('refuses %s with 400 Body.InvalidFormat naming it', (_, party, named) => {
    const e = refusal(CreateFxQuoteRequestDto, quote(party));
    expect(e).toMatchObject({ status: 400, code: 'Body.InvalidFormat' });
    expect(`${e!.path} ${e!.message}`).toContain(named);
  });

  it('refuses a bad amount and an unknown member by their paths', () => {
    expect(refusal(CreateFxQuoteRequestDto, quote(undefined, { TradeAmount: { Amount: '100', Currency: 'USD' } }))).toMatchObject({ status: 400, path: 'Data.TradeAmount.Amount' });
    expect(refusal(CreateFxQuoteRequestDto, quote(undefined, { Rate: 3.67 }))).toMatchObject({ status: 400, path: 'Data.Rate' });
    expect(refusal(CreateFxQuoteRequestDto, 'a string')).toMatchObject({ status: 400, code: 'Body.InvalidFormat' });
  });

  it('requires the party of an account opening and checks its claims', () => {
    expect(refusal(CreateAccountRequestDto, opening({ Claims: PERSON }))).toBeUndefined();
    expect(refusal(CreateAccountRequestDto, { Data: { Account: {} } })).toMatchObject({ status: 400, path: 'Data.Party' });
    expect(refusal(CreateAccountRequestDto, opening({ Claims: { IdentityType: 'Person' } }))).toMatchObject({ status: 400, path: 'Data.Party.Claims' });
  });
});
