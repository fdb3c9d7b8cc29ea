import { readOfficialSpec, validateAgainstComponent } from '@hub/testing';
import { metaIdNameOf, resourceEventData, type ResourceLog } from './resource-log';

/**
 * The webhook `Data` of a resource status change, per family (webhook template v2.1-errata2):
 * FxQuoteStatusUpdateEvent, AccountOpeningStatusUpdateEvent and the insurance quote events.
 */
const FX_QUOTE_ID = '0c7b3f5e-9a41-4c62-8d0e-5b1f2a3c4d5e';
const ACCOUNT_ID = 'acc-open-7f3a9c';
const QUOTE_ID = '47409fec-4b04-4356-b3a1-6f5508524a5a';
const CREATED = '2026-03-01T10:00:00.000Z';
const UPDATED = '2026-03-01T10:05:07.125Z';

function log(o: Partial<ResourceLog> & Pick<ResourceLog, 'kind' | 'logId' | 'status'>): ResourceLog {
  return {
    tenantId: 'falcon-bank',
    clientId: 'client-1',
    organisationId: 'org-1',
    softwareStatementId: 'ss-1',
    resourcePath: `/open-finance/x/v2.1/x/${o.logId}`,
    statusDetails: {},
    facts: {},
    createdAt: CREATED,
    statusUpdatedAt: UPDATED,
    version: 2,
    ...o,
  };
}

const TRADE = {
  SellAmount: { Currency: 'AED', Amount: '3672.50' },
  BuyAmount: { Currency: 'USD', Amount: '1000.00' },
  Charges: [{ ChargeBearer: 'BorneByDebtor', Type: 'Fees', Amount: { Currency: 'AED', Amount: '5.00' }, Description: 'FX handling fee' }],
};
const COMMISSION = { CommissionAmount: { Currency: 'AED', Amount: '1.25' } };

const fxFunded = () => log({ kind: 'fx-quote', logId: FX_QUOTE_ID, status: 'Funded', statusDetails: { AdditionalStatusInformation: 'Funds received' } });
const fxCompleted = () => log({ kind: 'fx-quote', logId: FX_QUOTE_ID, status: 'Completed', statusDetails: { Trade: TRADE, Commission: COMMISSION } });
const opening = (o: Partial<ResourceLog> = {}) => log({ kind: 'account-opening', logId: ACCOUNT_ID, status: 'AwaitingUserInput', ...o });

describe('resourceEventData', () => {
  describe('FX quote (FxQuoteStatusUpdateEvent)', () => {
    it('names the quote and its status, with the details the LFI reported', () => {
      expect(resourceEventData(fxFunded())).toEqual({ FxQuoteId: FX_QUOTE_ID, QuoteStatus: 'Funded', AdditionalStatusInformation: 'Funds received' });
    });

    it('passes Trade and Commission of a completed quote through untouched', () => {
      const data = resourceEventData(fxCompleted());
      expect(data).toEqual({ FxQuoteId: FX_QUOTE_ID, QuoteStatus: 'Completed', Trade: TRADE, Commission: COMMISSION });
      expect(data.Trade).toEqual(TRADE);
    });

    it('is just the id and status when nothing else was reported, and carries no time of its own', () => {
      expect(resourceEventData(log({ kind: 'fx-quote', logId: FX_QUOTE_ID, status: 'Accepted' }))).toEqual({ FxQuoteId: FX_QUOTE_ID, QuoteStatus: 'Accepted' });
    });

    it('keeps what the resource keeps (facts) out of the event', () => {
      const data = resourceEventData(log({ kind: 'fx-quote', logId: FX_QUOTE_ID, status: 'Accepted', facts: { Secret: 'x' } }));
      expect(data).not.toHaveProperty('Secret');
    });
  });

  describe('account opening (AccountOpeningStatusUpdateEvent)', () => {
    it('names the account, its status and when it changed, in the standard form with an offset', () => {
      const data = resourceEventData(opening({ statusDetails: { AdditionalStatusInformation: 'Upload your passport' } }));
      expect(data).toEqual({
        AccountId: ACCOUNT_ID,
        OpeningStatus: 'AwaitingUserInput',
        OpeningStatusUpdateDateTime: '2026-03-01T10:05:07.125+00:00',
        AdditionalStatusInformation: 'Upload your passport',
      });
      expect(data.OpeningStatusUpdateDateTime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?\+00:00$/);
      expect(Date.parse(data.OpeningStatusUpdateDateTime as string)).toBe(Date.parse(UPDATED));
    });

    it('carries the LinkedOperations of the opening (its FX quote) with every event', () => {
      const linked = { FxQuoteId: FX_QUOTE_ID };
      const data = resourceEventData(opening({ status: 'Completed', facts: { LinkedOperations: linked, Other: 'kept out' } }));
      expect(data).toEqual({ AccountId: ACCOUNT_ID, LinkedOperations: linked, OpeningStatus: 'Completed', OpeningStatusUpdateDateTime: '2026-03-01T10:05:07.125+00:00' });
    });

    it('has no LinkedOperations when the opening has none', () => {
      expect(resourceEventData(opening())).not.toHaveProperty('LinkedOperations');
    });
  });

  describe('insurance quote (AEInsuranceEvent)', () => {
    it('is the status with the details the LFI reported (the quote is named in Meta only)', () => {
      const details = { BrokerInstructions: [{ ActionRequired: 'Collect payment', Url: 'https://insurer.example/pay' }] };
      expect(resourceEventData(log({ kind: 'insurance-quote', logId: QUOTE_ID, status: 'PaymentRequired', statusDetails: details }))).toEqual({ QuoteStatus: 'PaymentRequired', ...details });
      expect(resourceEventData(log({ kind: 'insurance-quote', logId: QUOTE_ID, status: 'Rejected', statusDetails: { Reason: 'Underwriting' } }))).toEqual({ QuoteStatus: 'Rejected', Reason: 'Underwriting' });
    });
  });

  it('names the Meta member of each family', () => {
    expect([metaIdNameOf('fx-quote'), metaIdNameOf('account-opening'), metaIdNameOf('insurance-quote')]).toEqual(['FxQuoteId', 'AccountId', 'QuoteId']);
  });
});

const TEMPLATE = 'standards/v2.1-errata2/uae-webhook-template-openapi.yaml';

describe('resourceEventData against the official v2.1 webhook template', () => {
  let doc: any;
  beforeAll(() => {
    doc = readOfficialSpec(TEMPLATE);
  });
  const errorsOf = (component: string, value: unknown) => validateAgainstComponent(doc, component, value).errors;

  it.each([
    ['an intermediate status with information', fxFunded],
    ['Completed with Trade (and Charges) and Commission', fxCompleted],
    ['a failed status', () => log({ kind: 'fx-quote', logId: FX_QUOTE_ID, status: 'Rejected', statusDetails: { AdditionalStatusInformation: 'Insufficient funds' } })],
  ])('FX quote, %s: a valid FxQuoteStatusUpdateEvent', (_, make) => {
    expect(errorsOf('FxQuoteStatusUpdateEvent', resourceEventData(make()))).toBe('No errors');
  });

  it.each([
    ['Pending', opening({ status: 'Pending' })],
    ['AwaitingUserInput with information', opening({ statusDetails: { AdditionalStatusInformation: 'Upload your passport' } })],
    ['Completed, linked to an FX quote', opening({ status: 'Completed', facts: { LinkedOperations: { FxQuoteId: FX_QUOTE_ID } } })],
    ['Rejected', opening({ status: 'Rejected' })],
  ])('account opening, %s: a valid AccountOpeningStatusUpdateEvent', (_, value) => {
    expect(errorsOf('AccountOpeningStatusUpdateEvent', resourceEventData(value))).toBe('No errors');
  });

  it('insurance quote, a terminal and a pending-completion status: valid AEInsurance.AEInsuranceEvent', () => {
    const rejected = log({ kind: 'insurance-quote', logId: QUOTE_ID, status: 'Rejected', statusDetails: { Reason: 'Underwriting' } });
    const payment = log({ kind: 'insurance-quote', logId: QUOTE_ID, status: 'PaymentRequired', statusDetails: { BrokerInstructions: [{ ActionRequired: 'Collect payment', Url: 'https://insurer.example/pay' }] } });
    expect(errorsOf('AEInsurance.AEInsuranceEvent', resourceEventData(rejected))).toBe('No errors');
    expect(errorsOf('AEInsurance.AEInsuranceEvent', resourceEventData(payment))).toBe('No errors');
  });

  it('the template has teeth: a wrong status, a missing id or a date-time without offset fail', () => {
    expect(validateAgainstComponent(doc, 'FxQuoteStatusUpdateEvent', { ...resourceEventData(fxFunded()), QuoteStatus: 'Done' }).valid).toBe(false);
    const { FxQuoteId: _id, ...withoutId } = resourceEventData(fxFunded());
    expect(validateAgainstComponent(doc, 'FxQuoteStatusUpdateEvent', withoutId).valid).toBe(false);
    expect(validateAgainstComponent(doc, 'AccountOpeningStatusUpdateEvent', { ...resourceEventData(opening()), OpeningStatusUpdateDateTime: '2026-03-01T10:05:07' }).valid).toBe(false);
    expect(validateAgainstComponent(doc, 'AccountOpeningStatusUpdateEvent', { ...resourceEventData(opening()), OpeningStatus: 'Funded' }).valid).toBe(false);
  });
});
