import { tppConsentResource, tppConsentSelfUrl, type TppConsentChanged } from '@hub/consent';
import type { ConsentRecord } from '@hub/ozone-connect';
import { readOfficialSpec, validateAgainstComponent } from '@hub/testing';
import { consentWebhook, type WebhookClaims } from './webhook-message';
import { inactiveSubscriptions } from './testing/inactive-subscriptions';

/**
 * The v2.1 webhook claims of a consent status change: who signs (iss), who reads (aud), the
 * notification's id (jti), and `message` = the consent resource's Data plus what happened (Meta).
 */
const RS = 'https://localhost:8443/falcon-bank/rs';
const ISSUER = 'https://localhost:8443/falcon-bank/as';
const CLIENT_ID = '1a9fefc2-f84b-493b-8794-b7b53cdb34ff';
const CONSENT_ID = '6f0d2c1e-7a4b-4b9e-9d3a-2f5e8c1b7a90';
const WEBHOOK_URL = 'https://tpp.example/webhooks/consents';
const CREATED = '2026-03-01T10:00:00.000+00:00';
const AUTHORIZED = '2026-03-01T10:02:30.250+00:00';
const EXPIRES = '2026-05-30T10:00:00.000Z';
const EVENT_AT = new Date('2026-03-01T10:02:30.300Z');

type Webhook = { Url?: unknown; IsActive?: unknown };

/** A data-sharing consent as the store keeps it once the LFI authorized it. */
function accountConsent(o: { webhook?: Webhook; status?: string; clientId?: string } = {}): ConsentRecord {
  const status = o.status ?? 'Authorized';
  const consent = {
    ConsentId: CONSENT_ID,
    Permissions: ['ReadAccountsBasic', 'ReadBalances'],
    ExpirationDateTime: EXPIRES,
    OpenFinanceBilling: { UserType: 'Retail', Purpose: 'AccountAggregation' },
  };
  const subscription = o.webhook ? { Webhook: o.webhook as { Url?: string; IsActive?: boolean } } : undefined;
  return {
    id: CONSENT_ID,
    rarType: 'urn:openfinanceuae:account-access-consent:v2.1',
    standardVersion: 'v2.1',
    consentGroupId: CONSENT_ID,
    consentType: 'cbuae-account-access-consents',
    status,
    request: { type: 'urn:openfinanceuae:account-access-consent:v2.1', consent, ...(subscription ? { subscription } : {}) },
    requestHeaders: { 'x-fapi-interaction-id': 'c1d7b5a2-6a3e-4b0f-8d1e-3f2a9b8c7d6e' },
    consentBody: {
      Data: { ...consent, Status: status, CreationDateTime: CREATED, ...(status === 'Revoked' ? { RevokedBy: 'TPP.InitiatedByUser' } : {}) },
      ...(subscription ? { Subscription: subscription } : {}),
      Meta: {},
    },
    tpp: {
      clientId: o.clientId ?? CLIENT_ID,
      tppId: 'tpp-sandbox-fintech',
      tppName: 'Sandbox Fintech LLC',
      softwareStatementId: 'sandbox-fintech-all-roles',
      orgId: '3e93444a-326a-4a48-afb4-bdefe0a9df87',
      decodedSsa: { client_name: 'Sandbox Fintech', roles: ['BDSP'] },
    },
    ozoneSupplementaryInformation: { statusUpdateDateTime: AUTHORIZED },
    updatedAt: Date.parse(AUTHORIZED),
    psuIdentifiers: { userId: 'psu-0001' },
    accountIds: ['acc-0001'],
  };
}

/** An insurance consent, for the template's insurance alternative of consent Data. */
function insuranceConsent(): ConsentRecord {
  const record = accountConsent({ webhook: { Url: WEBHOOK_URL, IsActive: true } });
  const consent = {
    ConsentId: CONSENT_ID,
    Permissions: [{ InsuranceType: 'Motor', Permissions: ['ReadInsurancePolicies'] }],
    ExpirationDateTime: EXPIRES,
    OpenFinanceBilling: { Purpose: 'QuoteComparison' },
  };
  return {
    ...record,
    rarType: 'urn:openfinanceuae:insurance-consent:v2.1',
    consentType: 'cbuae-insurance-consents',
    request: { type: 'urn:openfinanceuae:insurance-consent:v2.1', consent, subscription: record.request.subscription },
    consentBody: { ...record.consentBody, Data: { ...consent, Status: 'Authorized', CreationDateTime: CREATED } },
    accountIds: undefined,
    insurancePolicyIds: ['pol-0001'],
  };
}

/** A single instant payment consent (its StatusUpdateDateTime lives in consentBody.Data too). */
function paymentConsent(): ConsentRecord {
  const record = accountConsent({ webhook: { Url: WEBHOOK_URL, IsActive: true } });
  const consent = {
    ConsentId: CONSENT_ID,
    ExpirationDateTime: EXPIRES,
    ControlParameters: {
      IsDelegatedAuthentication: false,
      ConsentSchedule: { SinglePayment: { Type: 'SingleInstantPayment', Amount: { Amount: '100.00', Currency: 'AED' } } },
    },
    PaymentPurposeCode: 'ACM',
  };
  return {
    ...record,
    rarType: 'urn:openfinanceuae:service-initiation-consent:v2.1',
    consentType: 'cbuae-service-initiation-consents',
    request: { type: 'urn:openfinanceuae:service-initiation-consent:v2.1', consent, subscription: record.request.subscription },
    consentBody: { ...record.consentBody, Data: { ...consent, Status: 'Authorized', CreationDateTime: CREATED, StatusUpdateDateTime: AUTHORIZED } },
  };
}

const changed = (consent: ConsentRecord, previousStatus = 'AwaitingAuthorization'): TppConsentChanged => ({ consent, previousStatus });
const options = { jti: 'a3c1e0f4-2b7d-4e59-9c86-1d0f3e2a4b5c', issuer: ISSUER, resourceServerUrl: RS, at: EVENT_AT };
/** The webhook of a consent change, with the consent as the TPP reads it (a payment consent here: nothing paid yet). */
const webhookOf = (event: TppConsentChanged) => consentWebhook(event, tppConsentResource(event.consent, options), options);

describe('consentWebhook', () => {
  describe('claims', () => {
    const record = accountConsent({ webhook: { Url: WEBHOOK_URL, IsActive: true } });
    const { claims, resourceId } = webhookOf(changed(record));

    it('are issued by the tenant, for the consent’s TPP, under the given jti', () => {
      expect(claims.iss).toBe(ISSUER);
      expect(claims.aud).toEqual([CLIENT_ID]);
      expect(claims.jti).toBe(options.jti);
    });

    it('carry no times: each attempt sets iat, nbf and exp', () => {
      expect(Object.keys(claims).sort()).toEqual(['aud', 'iss', 'jti', 'message']);
    });

    it('say Resource.Updated of the consent, at its self URL, when the change happened', () => {
      expect(claims.message.Meta).toEqual({
        EventDateTime: EVENT_AT.toISOString(),
        EventResource: `${RS}/open-finance/account-information/v2.1/account-access-consents/${CONSENT_ID}`,
        EventType: 'Resource.Updated',
        ConsentId: CONSENT_ID,
      });
      expect(claims.message.Meta.EventResource).toBe(tppConsentSelfUrl(record, { resourceServerUrl: RS }));
      expect(resourceId).toBe(CONSENT_ID);
    });

    it('carry as Data exactly the TPP view of the consent (what GET …-consents/{ConsentId} answers)', () => {
      expect(claims.message.Data).toEqual(tppConsentResource(record, { resourceServerUrl: RS }).Data);
      expect(claims.message.Data).toEqual({
        ConsentId: CONSENT_ID,
        CreationDateTime: CREATED,
        Status: 'Authorized',
        StatusUpdateDateTime: AUTHORIZED,
        Permissions: ['ReadAccountsBasic', 'ReadBalances'],
        ExpirationDateTime: EXPIRES,
        OpenFinanceBilling: { UserType: 'Retail', Purpose: 'AccountAggregation' },
      });
    });

    it('carry the consent resource they are given: a payment consent with what its payments consumed', () => {
      const consumed = { CumulativeNumberOfPayments: 1, CumulativeValueOfPayments: { Amount: '100.00', Currency: 'AED' } };
      const record = paymentConsent();
      const { claims: c } = consentWebhook(changed(record), tppConsentResource(record, { ...options, paymentConsumption: consumed }), options);
      expect(c.message.Data.PaymentConsumption).toEqual(consumed);
      expect(webhookOf(changed(record)).claims.message.Data).not.toHaveProperty('PaymentConsumption');
    });

    it('never carry what the TPP view leaves out (PSU, accounts, the subscription itself)', () => {
      const text = JSON.stringify(claims);
      expect(text).not.toContain('psu-0001');
      expect(text).not.toContain('acc-0001');
      expect(claims.message.Data).not.toHaveProperty('Subscription');
    });

    it('show a revocation with RevokedBy', () => {
      const revoked = webhookOf(changed(accountConsent({ status: 'Revoked', webhook: { Url: WEBHOOK_URL, IsActive: true } }), 'Authorized'));
      expect(revoked.claims.message.Data).toMatchObject({ Status: 'Revoked', RevokedBy: 'TPP.InitiatedByUser' });
    });

    it('escape the ConsentId in the resource URL', () => {
      const odd = accountConsent({ webhook: { Url: WEBHOOK_URL, IsActive: true } });
      odd.id = 'a/b c';
      odd.consentBody.Data.ConsentId = 'a/b c';
      const { claims: c, resourceId: r } = webhookOf(changed(odd));
      expect(c.message.Meta.EventResource).toBe(`${RS}/open-finance/account-information/v2.1/account-access-consents/a%2Fb%20c`);
      expect(c.message.Meta.ConsentId).toBe('a/b c');
      expect(r).toBe('a/b c');
    });

    it('follow the consent family: an insurance consent points at its insurance-consents resource', () => {
      const { claims: c } = webhookOf(changed(insuranceConsent()));
      expect(c.message.Meta.EventResource).toBe(`${RS}/open-finance/insurance/v2.1/insurance-consents/${CONSENT_ID}`);
      expect(c.message.Data).toMatchObject({ ConsentId: CONSENT_ID, Status: 'Authorized', Permissions: [{ InsuranceType: 'Motor', Permissions: ['ReadInsurancePolicies'] }] });
    });
  });

  describe('target', () => {
    it('is the TPP and its URL when the subscription is active with a URL', () => {
      const webhook = webhookOf(changed(accountConsent({ webhook: { Url: WEBHOOK_URL, IsActive: true } })));
      expect(webhook.target).toEqual({ clientId: CLIENT_ID, url: WEBHOOK_URL });
    });

    it.each(inactiveSubscriptions(WEBHOOK_URL) as [string, Webhook | undefined][])('is absent with %s, while the claims are still built', (_, webhook) => {
      const result = webhookOf(changed(accountConsent({ webhook })));
      expect(result.target).toBeUndefined();
      expect(result).not.toHaveProperty('target');
      expect(result.claims.message.Meta.ConsentId).toBe(CONSENT_ID);
      expect(result.resourceId).toBe(CONSENT_ID);
    });

    it('follows the subscription as last patched (consentBody), not as first requested', () => {
      const switchedOff = accountConsent({ webhook: { Url: WEBHOOK_URL, IsActive: true } });
      switchedOff.consentBody.Subscription = { Webhook: { Url: WEBHOOK_URL, IsActive: false } };
      expect(webhookOf(changed(switchedOff)).target).toBeUndefined();

      const switchedOn = accountConsent({ webhook: { Url: WEBHOOK_URL, IsActive: false } });
      switchedOn.consentBody.Subscription = { Webhook: { Url: 'https://tpp.example/new', IsActive: true } };
      expect(webhookOf(changed(switchedOn)).target).toEqual({ clientId: CLIENT_ID, url: 'https://tpp.example/new' });
    });

    it('goes to the consent’s own TPP', () => {
      const other = 'dd252440-a474-4261-a826-b36efb27d7f7';
      const webhook = webhookOf(changed(accountConsent({ clientId: other, webhook: { Url: WEBHOOK_URL, IsActive: true } })));
      expect(webhook.target?.clientId).toBe(other);
      expect(webhook.claims.aud).toEqual([other]);
    });
  });
});

/** The signed payload as a TPP decodes it: the claims plus the times an attempt sets. */
function signedPayload(claims: WebhookClaims) {
  const iat = Math.floor(EVENT_AT.getTime() / 1000);
  return { iss: claims.iss, aud: claims.aud, iat, nbf: iat, exp: iat + 300, message: claims.message };
}

const TEMPLATE = 'standards/v2.1-errata2/uae-webhook-template-openapi.yaml';

describe('consentWebhook against the official v2.1 webhook template', () => {
  let doc: any;
  beforeAll(() => {
    doc = readOfficialSpec(TEMPLATE);
  });

  const expectValid = (component: string, value: unknown) => {
    const check = validateAgainstComponent(doc, component, value);
    if (!check.valid) throw new Error(`${component}: ${check.errors}`);
  };

  it.each([
    ['an authorized data-sharing consent', () => accountConsent({ webhook: { Url: WEBHOOK_URL, IsActive: true } })],
    ['a revoked data-sharing consent', () => accountConsent({ status: 'Revoked', webhook: { Url: WEBHOOK_URL, IsActive: true } })],
    ['an insurance consent', insuranceConsent],
  ])('%s: the signed payload is an AEWebhookEventSigned, its message a consent event', (_, record) => {
    const { claims } = webhookOf(changed(record()));
    expectValid('AEWebhookEventSigned', signedPayload(claims));
    expectValid('AEWebhookConsentedEventProperties', claims.message);
  });

  /**
   * Like the authorization-endpoints document, the template points the payment consent's
   * CreationDateTime / StatusUpdateDateTime at the object components `AECreationDateTime` /
   * `AEStatusUpdateDateTime` ({CreationDateTime: …}); the bank-initiation document, whose
   * GET /payment-consents/{ConsentId} resource `Data` must equal, uses date-time strings. The
   * check reads the template with the string components restored.
   */
  it('a payment consent: the message is a consent event (template read with date-time strings for the payment Data)', () => {
    const { claims } = webhookOf(changed(paymentConsent()));
    expect(claims.message.Meta.EventResource).toBe(`${RS}/open-finance/payment/v2.1/payment-consents/${CONSENT_ID}`);
    expect(claims.message.Data).toMatchObject({ ConsentId: CONSENT_ID, Status: 'Authorized', StatusUpdateDateTime: AUTHORIZED, PaymentPurposeCode: 'ACM' });
    const asMeant = structuredClone(doc);
    const paymentData = asMeant.components.schemas.AEWebhookConsentedEventProperties.properties.Data.anyOf.find((s: any) => s.title === 'Bank Service Initiation Consent').properties;
    paymentData.CreationDateTime = { $ref: '#/components/schemas/AEConsentStatus.AECreationDateTime' };
    paymentData.StatusUpdateDateTime = { $ref: '#/components/schemas/AEConsentStatus.AEStatusUpdateDateTime' };
    const check = validateAgainstComponent(asMeant, 'AEWebhookConsentedEventProperties', claims.message);
    if (!check.valid) throw new Error(check.errors);
    expect(validateAgainstComponent(asMeant, 'AEWebhookEventSigned', signedPayload(claims)).valid).toBe(true);
  });

  it('the template has teeth: a message without Meta.ConsentId is not a consent event', () => {
    const { claims } = webhookOf(changed(accountConsent({ webhook: { Url: WEBHOOK_URL, IsActive: true } })));
    const { ConsentId: _dropped, ...meta } = claims.message.Meta;
    expect(validateAgainstComponent(doc, 'AEWebhookConsentedEventProperties', { ...claims.message, Meta: meta }).valid).toBe(false);
    expect(validateAgainstComponent(doc, 'AEWebhookEventSigned', { ...signedPayload(claims), message: { ...claims.message, Meta: { ...meta, EventType: 'Resource.Changed' } } }).valid).toBe(false);
    const { nbf: _nbf, ...withoutNbf } = signedPayload(claims);
    expect(validateAgainstComponent(doc, 'AEWebhookEventSigned', withoutNbf).valid).toBe(false);
  });
});
