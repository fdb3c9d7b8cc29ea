import { resourceEventData, type ResourceChanged, type ResourceLog, type ResourceLogKind, type ResourceWebhook } from '@hub/resource-logs';
import { readOfficialSpec, validateAgainstComponent } from '@hub/testing';
import { resourceLogWebhook, type WebhookClaims } from './webhook-message';
import { inactiveSubscriptions } from './testing/inactive-subscriptions';

/**
 * The v2.1 webhook claims of an FX quote, account opening or insurance quote status change: the
 * tenant signs, the resource's TPP reads, `Data` is the family's status event and `Meta` names the
 * resource by FxQuoteId, AccountId or QuoteId.
 */
const RS = 'https://localhost:8443/falcon-bank/rs';
const ISSUER = 'https://localhost:8443/falcon-bank/as';
const CLIENT_ID = '1a9fefc2-f84b-493b-8794-b7b53cdb34ff';
const FX_QUOTE_ID = '0c7b3f5e-9a41-4c62-8d0e-5b1f2a3c4d5e';
const ACCOUNT_ID = 'acc-open-7f3a9c';
const QUOTE_ID = '47409fec-4b04-4356-b3a1-6f5508524a5a';
const WEBHOOK_URL = 'https://tpp.example/webhooks/fx';
const EVENT_AT = new Date('2026-03-01T10:02:30.300Z');
const options = { jti: 'a3c1e0f4-2b7d-4e59-9c86-1d0f3e2a4b5c', issuer: ISSUER, resourceServerUrl: RS, at: EVENT_AT };

const PATHS: Record<ResourceLogKind, (id: string) => string> = {
  'fx-quote': (id) => `/open-finance/fx/v2.1/fx-quotes/${id}`,
  'account-opening': (id) => `/open-finance/account-opening/v2.1/accounts/${id}`,
  'insurance-quote': (id) => `/open-finance/insurance/v2.1/motor-insurance-quotes/${id}`,
};
const IDS: Record<ResourceLogKind, string> = { 'fx-quote': FX_QUOTE_ID, 'account-opening': ACCOUNT_ID, 'insurance-quote': QUOTE_ID };

function resourceLog(kind: ResourceLogKind, o: Partial<ResourceLog> = {}): ResourceLog {
  const logId = o.logId ?? IDS[kind];
  return {
    tenantId: 'falcon-bank',
    kind,
    logId,
    clientId: CLIENT_ID,
    organisationId: '3e93444a-326a-4a48-afb4-bdefe0a9df87',
    softwareStatementId: 'sandbox-fintech-all-roles',
    status: kind === 'account-opening' ? 'AwaitingLFIProcesses' : kind === 'fx-quote' ? 'Funded' : 'PaymentRequired',
    resourcePath: PATHS[kind](logId),
    statusDetails: {},
    facts: {},
    webhook: { Url: WEBHOOK_URL, IsActive: true },
    createdAt: '2026-03-01T10:00:00.000Z',
    statusUpdatedAt: '2026-03-01T10:02:30.250Z',
    version: 3,
    ...o,
  };
}

/** As the store writes it: the log after the change and its webhook Data. */
function changed(log: ResourceLog, previousStatus = 'Accepted'): ResourceChanged {
  return { log, previousStatus, data: resourceEventData(log) };
}

describe('resourceLogWebhook', () => {
  describe('claims', () => {
    const event = changed(resourceLog('fx-quote', { statusDetails: { AdditionalStatusInformation: 'Funds received' } }));
    const { claims, resourceId } = resourceLogWebhook(event, options);

    it('are issued by the tenant, for the resource’s TPP, under the given jti, and carry no times', () => {
      expect(claims.iss).toBe(ISSUER);
      expect(claims.aud).toEqual([CLIENT_ID]);
      expect(claims.jti).toBe(options.jti);
      expect(Object.keys(claims).sort()).toEqual(['aud', 'iss', 'jti', 'message']);
    });

    it('say Resource.Updated of the quote at its resource URL, naming it by FxQuoteId', () => {
      expect(claims.message.Meta).toEqual({
        EventDateTime: EVENT_AT.toISOString(),
        EventResource: `${RS}/open-finance/fx/v2.1/fx-quotes/${FX_QUOTE_ID}`,
        EventType: 'Resource.Updated',
        FxQuoteId: FX_QUOTE_ID,
      });
      expect(claims.message.Meta).not.toHaveProperty('ConsentId');
      expect(resourceId).toBe(FX_QUOTE_ID);
    });

    it('carry as Data exactly the Data the store wrote into the outbox', () => {
      expect(claims.message.Data).toBe(event.data);
      expect(claims.message.Data).toEqual({ FxQuoteId: FX_QUOTE_ID, QuoteStatus: 'Funded', AdditionalStatusInformation: 'Funds received' });
    });

    it('never carry what the log keeps for the hub (TPP identity, facts, the subscription)', () => {
      const text = JSON.stringify(resourceLogWebhook(changed(resourceLog('fx-quote', { facts: { Internal: 'hub-only' } })), options).claims);
      expect(text).not.toContain('hub-only');
      expect(text).not.toContain(WEBHOOK_URL);
      expect(text).not.toContain('sandbox-fintech-all-roles');
    });

    it.each<[ResourceLogKind, string]>([
      ['account-opening', 'AccountId'],
      ['insurance-quote', 'QuoteId'],
    ])('name the resource of %s by %s, at its own resource URL', (kind, member) => {
      const webhook = resourceLogWebhook(changed(resourceLog(kind)), options);
      expect(webhook.claims.message.Meta).toEqual({ EventDateTime: EVENT_AT.toISOString(), EventResource: `${RS}${PATHS[kind](IDS[kind])}`, EventType: 'Resource.Updated', [member]: IDS[kind] });
      expect(webhook.resourceId).toBe(IDS[kind]);
    });
  });

  describe('target', () => {
    it('is the TPP and its URL when the subscription is active with a URL', () => {
      expect(resourceLogWebhook(changed(resourceLog('fx-quote')), options).target).toEqual({ clientId: CLIENT_ID, url: WEBHOOK_URL });
    });

    it('goes to the resource’s own TPP', () => {
      const other = 'dd252440-a474-4261-a826-b36efb27d7f7';
      const webhook = resourceLogWebhook(changed(resourceLog('account-opening', { clientId: other })), options);
      expect(webhook.target?.clientId).toBe(other);
      expect(webhook.claims.aud).toEqual([other]);
    });

    it.each(inactiveSubscriptions(WEBHOOK_URL) as [string, unknown][])('is absent with %s, while the claims are still built', (_, webhook) => {
      const log = resourceLog('fx-quote');
      if (webhook === undefined) delete log.webhook;
      else log.webhook = webhook as ResourceWebhook;
      const result = resourceLogWebhook(changed(log), options);
      expect(result).not.toHaveProperty('target');
      expect(result.claims.message.Meta.FxQuoteId).toBe(FX_QUOTE_ID);
      expect(result.resourceId).toBe(FX_QUOTE_ID);
    });
  });
});

/** The signed payload as a TPP decodes it: the claims plus the times an attempt sets. */
function signedPayload(claims: WebhookClaims) {
  const iat = Math.floor(EVENT_AT.getTime() / 1000);
  return { iss: claims.iss, aud: claims.aud, iat, nbf: iat, exp: iat + 300, message: claims.message };
}

const TEMPLATE = 'standards/v2.1-errata2/uae-webhook-template-openapi.yaml';

describe('resourceLogWebhook against the official v2.1 webhook template', () => {
  let doc: any;
  beforeAll(() => {
    doc = readOfficialSpec(TEMPLATE);
  });
  const errorsOf = (component: string, value: unknown) => validateAgainstComponent(doc, component, value).errors;

  const TRADE = { SellAmount: { Currency: 'AED', Amount: '3672.50' }, BuyAmount: { Currency: 'USD', Amount: '1000.00' } };
  const COMMISSION = { CommissionAmount: { Currency: 'AED', Amount: '1.25' } };

  it.each([
    ['an FX quote funded', () => resourceLog('fx-quote', { statusDetails: { AdditionalStatusInformation: 'Funds received' } }), 'AEWebhookFxQuoteEventProperties'],
    ['an FX quote completed with Trade and Commission', () => resourceLog('fx-quote', { status: 'Completed', statusDetails: { Trade: TRADE, Commission: COMMISSION } }), 'AEWebhookFxQuoteEventProperties'],
    ['an account opening completed, linked to its FX quote', () => resourceLog('account-opening', { status: 'Completed', facts: { LinkedOperations: { FxQuoteId: FX_QUOTE_ID } } }), 'AEWebhookAccountOpeningEventProperties'],
    ['an account opening awaiting the user', () => resourceLog('account-opening', { status: 'AwaitingUserInput', statusDetails: { AdditionalStatusInformation: 'Upload your passport' } }), 'AEWebhookAccountOpeningEventProperties'],
    ['an insurance quote rejected', () => resourceLog('insurance-quote', { status: 'Rejected', statusDetails: { Reason: 'Underwriting' } }), 'AEWebhookInsuranceEventProperties'],
  ])('%s: the signed payload is an AEWebhookEventSigned, its message the family’s event', (_, make, family) => {
    const { claims } = resourceLogWebhook(changed(make()), options);
    expect(errorsOf('AEWebhookEventSigned', signedPayload(claims))).toBe('No errors');
    expect(errorsOf(family, claims.message)).toBe('No errors');
  });

  it('the template has teeth: without the Meta id the message is no FX quote event', () => {
    const { claims } = resourceLogWebhook(changed(resourceLog('fx-quote')), options);
    const { FxQuoteId: _dropped, ...meta } = claims.message.Meta;
    expect(validateAgainstComponent(doc, 'AEWebhookFxQuoteEventProperties', { ...claims.message, Meta: meta }).valid).toBe(false);
    expect(validateAgainstComponent(doc, 'AEWebhookEventSigned', { ...signedPayload(claims), message: { ...claims.message, Meta: { ...meta, EventType: 'Resource.Changed' } } }).valid).toBe(false);
  });
});
