import { readOfficialSpec, validateAgainstComponent } from '@hub/testing';
import { dtoProblems } from '../testing/dto-problems';
import { PaymentRequestDto } from './payment-request.dto';

const JWE = 'eyJhbGciOiJSU0EtT0FFUC0yNTYiLCJlbmMiOiJBMjU2R0NNIn0.a2V5.aXY.Y2lwaGVy.dGFn';
const request = (data: Record<string, unknown> = {}) => ({
  Data: {
    ConsentId: 'c-1',
    Instruction: { Amount: { Amount: '100.00', Currency: 'AED' } },
    PersonalIdentifiableInformation: JWE,
    PaymentPurposeCode: 'ACM',
    DebtorReference: 'Invoice 42',
    CreditorReference: 'Order 42',
    OpenFinanceBilling: { Type: 'PushP2P', MerchantId: 'MERCH-0001' },
    ...data,
  },
});
const without = (member: string) => {
  const body = request();
  delete (body.Data as Record<string, unknown>)[member];
  return body;
};

const DOCUMENT = readOfficialSpec('standards/v2.1-errata2/uae-bank-initiation-openapi.yaml');
const officialVerdict = (value: unknown) => validateAgainstComponent(DOCUMENT, 'AEPaymentRequest', value).valid;

describe('payment request (AEPaymentRequest, the message of POST /payments)', () => {
  it('accepts a full request, as the document does', () => {
    expect(dtoProblems(PaymentRequestDto, request())).toEqual({});
    expect(officialVerdict(request())).toBe(true);
  });

  it('accepts the required members only', () => {
    const minimal = { Data: { ConsentId: 'c-1', Instruction: { Amount: { Amount: '1.00', Currency: 'AED' } }, PaymentPurposeCode: 'ACM', OpenFinanceBilling: { Type: 'Collection' } } };
    expect(dtoProblems(PaymentRequestDto, minimal)).toEqual({});
    expect(officialVerdict(minimal)).toBe(true);
  });

  it('accepts an international payment with its CurrencyRequest', () => {
    const body = request({ CurrencyRequest: { ExtendedPurpose: 'Family support', CurrencyOfTransfer: 'USD', ChargeBearer: 'Shared', ExchangeRateInformation: { UnitCurrency: 'AED', RateType: 'Indicative' } } });
    expect(dtoProblems(PaymentRequestDto, body)).toEqual({});
    expect(officialVerdict(body)).toBe(true);
  });

  it.each([
    ['no ConsentId', without('ConsentId'), 'Data.ConsentId'],
    ['no Instruction', without('Instruction'), 'Data.Instruction'],
    ['no PaymentPurposeCode', without('PaymentPurposeCode'), 'Data.PaymentPurposeCode'],
    ['no OpenFinanceBilling', without('OpenFinanceBilling'), 'Data.OpenFinanceBilling'],
    ['an amount without decimals', request({ Instruction: { Amount: { Amount: '100', Currency: 'AED' } } }), 'Data.Instruction.Amount.Amount'],
    ['a lower-case currency', request({ Instruction: { Amount: { Amount: '100.00', Currency: 'aed' } } }), 'Data.Instruction.Amount.Currency'],
    ['a member beside Amount in the Instruction', request({ Instruction: { Amount: { Amount: '1.00', Currency: 'AED' }, Creditor: {} } }), 'Data.Instruction.Creditor'],
    ['a purpose code of 4 letters', request({ PaymentPurposeCode: 'ACMX' }), 'Data.PaymentPurposeCode'],
    ['a lower-case purpose code', request({ PaymentPurposeCode: 'acm' }), 'Data.PaymentPurposeCode'],
    ['a DebtorReference over 35 characters', request({ DebtorReference: 'x'.repeat(36) }), 'Data.DebtorReference'],
    ['an empty CreditorReference', request({ CreditorReference: '' }), 'Data.CreditorReference'],
    ['a billing Type of no list', request({ OpenFinanceBilling: { Type: 'Payroll' } }), 'Data.OpenFinanceBilling.Type'],
    ['a MerchantId under 8 characters', request({ OpenFinanceBilling: { Type: 'Collection', MerchantId: 'M1' } }), 'Data.OpenFinanceBilling.MerchantId'],
    ['a CurrencyRequest without CurrencyOfTransfer', request({ CurrencyRequest: { ExtendedPurpose: 'x' } }), 'Data.CurrencyRequest.CurrencyOfTransfer'],
    ['a member of no schema', request({ Creditor: { Name: 'x' } }), 'Data.Creditor'],
  ])('refuses %s, as the document does', (_name, body, path) => {
    expect(Object.keys(dtoProblems(PaymentRequestDto, body))).toEqual([path]);
    expect(officialVerdict(body)).toBe(false);
  });

  it('refuses a member beside Data', () => {
    expect(Object.keys(dtoProblems(PaymentRequestDto, { ...request(), Risk: {} }))).toEqual(['Risk']);
  });

  describe('PersonalIdentifiableInformation (hub rule: the encrypted form only)', () => {
    it('refuses the decoded PII object the document lists "for guidance on content only"', () => {
      const decoded = request({ PersonalIdentifiableInformation: { Initiation: { CreditorAccount: { SchemeName: 'IBAN', Identification: 'AE070331234567890123456', Name: { en: 'Ada' } } } } });
      expect(dtoProblems(PaymentRequestDto, decoded)).toEqual({
        'Data.PersonalIdentifiableInformation': ['must be the encrypted form (AEJWEPaymentPII, a compact JWE): the decoded PII object is not accepted, PII travels encrypted to the LFI'],
      });
    });

    it('refuses a string that is no compact JWE (the document allows any string)', () => {
      const body = request({ PersonalIdentifiableInformation: 'plain text' });
      expect(Object.keys(dtoProblems(PaymentRequestDto, body))).toEqual(['Data.PersonalIdentifiableInformation']);
      expect(officialVerdict(body)).toBe(true);
    });
  });
});
