import type { AccountEntity, AccountOpeningEntity } from '@hub/mock-lfi-store';
import { readOfficialSpec, validateAgainstComponent } from '@hub/testing';
import { openingBodyOf, openingUrlsOf } from './opening-views';

const OC_DOC = 'ozone-connect/v2.1.x/uae-ozone-connect-bank-service-initiation-openapi.yaml';
const doc = readOfficialSpec(OC_DOC);
const urls = openingUrlsOf('https://localhost:9443/falcon-bank', 'b4cad2ad-47f9-4b02-be4a-f1e3fb0e47af');

const opening = (over: Partial<AccountOpeningEntity> = {}): AccountOpeningEntity => ({
  tenantId: 'falcon-bank',
  accountId: 'b4cad2ad-47f9-4b02-be4a-f1e3fb0e47af',
  callerClientId: 'tpp-1',
  callerOrgId: 'org-1',
  callerSoftwareStatementId: 'ssa-1',
  interactionId: 'i-1',
  request: {},
  fxQuoteId: null,
  openingStatus: 'Pending',
  openingStatusUpdatedAt: '2026-03-01T08:00:00.000Z',
  additionalStatusInformation: null,
  userId: null,
  accountSubType: null,
  currency: null,
  decidedAt: null,
  nextStatus: 'AwaitingUserInput',
  nextStatusInformation: null,
  nextStepAt: '2026-03-01T08:00:01.000Z',
  stepId: 's-1',
  stepAttempts: 0,
  claimId: null,
  claimedUntil: null,
  createdAt: '2026-03-01T08:00:00.000Z',
  ...over,
});

const account = { tenantId: 'falcon-bank', iban: 'AE070331234567890123456', currency: 'AED', accountHolderName: 'Hamad Ali', createdAt: '2026-03-01T08:05:00.000Z' } as AccountEntity;

function expectValid(component: string, body: unknown): void {
  const check = validateAgainstComponent(doc, component, body);
  expect(check.valid ? 'valid' : check.errors).toBe('valid');
}

describe('what Ozone Connect answers about an opening', () => {
  it('points the user at the page while their input is wanted (Incomplete Status)', () => {
    const body = openingBodyOf(opening(), undefined, urls);
    expect(body).toEqual({
      data: { AccountId: opening().accountId, OpeningStatus: 'Pending', OpeningStatusUpdateDateTime: '2026-03-01T08:00:00.000Z' },
      links: { Self: `https://localhost:9443/falcon-bank/ozone-connect/accounts/${opening().accountId}/status`, AccountOpeningRedirectUrl: `https://localhost:9443/falcon-bank/account-opening/${opening().accountId}` },
    });
    expectValid('AECreateAccountResponseBody1', body);
  });

  it('stops pointing at the page once the user answered, and says why an opening was rejected', () => {
    const processing = openingBodyOf(opening({ openingStatus: 'AwaitingLFIProcesses', nextStatus: 'Completed', decidedAt: '2026-03-01T08:01:00.000Z' }), undefined, urls);
    expect(processing.links.AccountOpeningRedirectUrl).toBeUndefined();
    const rejected = openingBodyOf(opening({ openingStatus: 'Rejected', nextStatus: null, additionalStatusInformation: 'Documents missing' }), undefined, urls);
    expect(rejected.data).toMatchObject({ OpeningStatus: 'Rejected', AdditionalStatusInformation: 'Documents missing' });
    expectValid('AEReadAccountResponseBody1', rejected);
  });

  it('gives the account once Completed (Completed Status)', () => {
    const body = openingBodyOf(opening({ openingStatus: 'Completed', nextStatus: null, decidedAt: '2026-03-01T08:01:00.000Z' }), account, urls);
    expect(body.data).toEqual({
      AccountId: opening().accountId,
      Currency: 'AED',
      AccountIdentifiers: [{ SchemeName: 'IBAN', Identification: 'AE070331234567890123456', Name: 'Hamad Ali' }],
      Servicer: { SchemeName: 'BICFI', Identification: 'FALCAEAD' },
      OpeningStatus: 'Completed',
      OpeningStatusUpdateDateTime: '2026-03-01T08:00:00.000Z',
      CreationDateTime: '2026-03-01T08:05:00.000Z',
    });
    expectValid('AEReadAccountResponseBody1', body);
  });
});
