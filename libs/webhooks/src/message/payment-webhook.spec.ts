import type { PaymentChanged, PaymentLogEntry } from '@hub/payments';
import { readOfficialSpec, validateAgainstComponent } from '@hub/testing';
import { paymentWebhook, type WebhookClaims } from './webhook-message';
import { inactiveSubscriptions } from './testing/inactive-subscriptions';

/**
 * The v2.1 webhook claims of a payment created or changed: the tenant signs, the payment's TPP
 * reads, `Data` is the payment's status resource, `Meta` names both the consent (the template
 * requires ConsentId) and the payment (PaymentId, which the issue asks for), and the consent's
 * subscription decides whether it is delivered.
 */
const RS = 'https://localhost:8443/falcon-bank/rs';
const ISSUER = 'https://localhost:8443/falcon-bank/as';
const CLIENT_ID = '1a9fefc2-f84b-493b-8794-b7b53cdb34ff';
const CONSENT_ID = '6f0d2c1e-7a4b-4b9e-9d3a-2f5e8c1b7a90';
const PAYMENT_ID = 'pay-0c7b3f5e9a41';
const RESERVATION_ID = 'b0a6f0d4-3b8e-4c61-9a7e-2d5f1c3e4a5b';
const WEBHOOK_URL = 'https://tpp.example/webhooks/payments';
const ACTIVE = { Url: WEBHOOK_URL, IsActive: true };
const EVENT_AT = new Date('2026-03-01T10:02:30.300Z');
const options = { jti: 'a3c1e0f4-2b7d-4e59-9c86-1d0f3e2a4b5c', issuer: ISSUER, resourceServerUrl: RS, at: EVENT_AT };

function entry(o: Partial<PaymentLogEntry> = {}): PaymentLogEntry {
  return {
    tenantId: 'falcon-bank',
    paymentId: PAYMENT_ID,
    reservationId: RESERVATION_ID,
    consentId: CONSENT_ID,
    paymentType: 'cbuae-payment',
    clientId: CLIENT_ID,
    organisationId: '3e93444a-326a-4a48-afb4-bdefe0a9df87',
    softwareStatementId: 'sandbox-fintech-all-roles',
    idempotencyKey: 'key-1',
    requestHash: 'hash-1',
    state: 'Created',
    amount: '100.00',
    currency: 'AED',
    status: 'AcceptedSettlementCompleted',
    request: { Data: { ConsentId: CONSENT_ID, Instruction: { Amount: { Amount: '100.00', Currency: 'AED' } }, PaymentPurposeCode: 'ACM', OpenFinanceBilling: { Type: 'PushP2P' } } },
    createdAt: '2026-03-01T10:00:00.000Z',
    statusUpdatedAt: '2026-03-01T10:02:30.250Z',
    version: 3,
    ...o,
  };
}

/** The payment's Data as the payments write it (PascalCase, the template's payment event Data). */
function dataOf(e: PaymentLogEntry): Record<string, unknown> {
  return {
    PaymentId: e.paymentId,
    ConsentId: e.consentId,
    Status: e.status,
    StatusUpdateDateTime: '2026-03-01T14:02:30+04:00',
    CreationDateTime: '2026-03-01T14:00:00+04:00',
    Instruction: { Amount: { Amount: e.amount, Currency: e.currency } },
    PaymentPurposeCode: 'ACM',
    OpenFinanceBilling: { Type: 'PushP2P' },
    ...(e.rejectReasonCode ? { RejectReasonCode: e.rejectReasonCode.map((r) => ({ Code: r.code, Message: r.message })) } : {}),
  };
}

function changed(e: PaymentLogEntry, eventType: PaymentChanged['eventType'] = 'Resource.Updated'): PaymentChanged {
  return { entry: e, previousStatus: 'Pending', eventType, data: dataOf(e) };
}

describe('paymentWebhook', () => {
  describe('claims', () => {
    const event = changed(entry());
    const { claims, resourceId } = paymentWebhook(event, ACTIVE, options);

    it('are issued by the tenant, for the payment’s TPP, under the given jti, and carry no times', () => {
      expect(claims.iss).toBe(ISSUER);
      expect(claims.aud).toEqual([CLIENT_ID]);
      expect(claims.jti).toBe(options.jti);
      expect(Object.keys(claims).sort()).toEqual(['aud', 'iss', 'jti', 'message']);
    });

    it('name the payment at its resource URL, by its consent and by its own id', () => {
      expect(claims.message.Meta).toEqual({
        EventDateTime: EVENT_AT.toISOString(),
        EventResource: `${RS}/open-finance/payment/v2.1/payments/${PAYMENT_ID}`,
        EventType: 'Resource.Updated',
        ConsentId: CONSENT_ID,
        PaymentId: PAYMENT_ID,
      });
      expect(resourceId).toBe(PAYMENT_ID);
    });

    it('carry as Data exactly the Data the payments wrote into the outbox', () => {
      expect(claims.message.Data).toBe(event.data);
    });

    it('say what happened as the change says it: a payment created is Resource.Created', () => {
      expect(paymentWebhook(changed(entry({ status: 'Pending', version: 2 }), 'Resource.Created'), ACTIVE, options).claims.message.Meta.EventType).toBe('Resource.Created');
    });

    it('point a file payment at /file-payments', () => {
      const file = paymentWebhook(changed(entry({ paymentType: 'cbuae-file-payment' })), ACTIVE, options);
      expect(file.claims.message.Meta.EventResource).toBe(`${RS}/open-finance/payment/v2.1/file-payments/${PAYMENT_ID}`);
    });

    it('never carry what the log keeps for the hub (the request, idempotency key and hash, the TPP’s identity)', () => {
      const text = JSON.stringify(paymentWebhook(changed(entry({ idempotencyKey: 'secret-key', requestHash: 'secret-hash' })), ACTIVE, options).claims);
      expect(text).not.toContain('secret-key');
      expect(text).not.toContain('secret-hash');
      expect(text).not.toContain('sandbox-fintech-all-roles');
      expect(text).not.toContain(WEBHOOK_URL);
    });
  });

  describe('target', () => {
    it('is the payment’s TPP and the consent’s URL while the consent’s subscription is active', () => {
      expect(paymentWebhook(changed(entry()), ACTIVE, options).target).toEqual({ clientId: CLIENT_ID, url: WEBHOOK_URL });
      const other = 'dd252440-a474-4261-a826-b36efb27d7f7';
      const theirs = paymentWebhook(changed(entry({ clientId: other })), ACTIVE, options);
      expect(theirs.target?.clientId).toBe(other);
      expect(theirs.claims.aud).toEqual([other]);
    });

    it.each(inactiveSubscriptions(WEBHOOK_URL))('is absent with %s, while the claims are still built', (_, webhook) => {
      const result = paymentWebhook(changed(entry()), webhook as Record<string, unknown> | undefined, options);
      expect(result).not.toHaveProperty('target');
      expect(result.claims.message.Meta.PaymentId).toBe(PAYMENT_ID);
      expect(result.resourceId).toBe(PAYMENT_ID);
    });
  });
});

/** The signed payload as a TPP decodes it: the claims plus the times an attempt sets. */
function signedPayload(claims: WebhookClaims) {
  const iat = Math.floor(EVENT_AT.getTime() / 1000);
  return { iss: claims.iss, aud: claims.aud, iat, nbf: iat, exp: iat + 300, message: claims.message };
}

describe('paymentWebhook against the official v2.1 webhook template', () => {
  let doc: any;
  beforeAll(() => {
    doc = readOfficialSpec('standards/v2.1-errata2/uae-webhook-template-openapi.yaml');
  });
  const errorsOf = (component: string, value: unknown) => validateAgainstComponent(doc, component, value).errors;

  it.each([
    ['a payment created, Pending', entry({ status: 'Pending' }), 'Resource.Created' as const],
    ['a payment settled', entry(), 'Resource.Updated' as const],
    ['a payment rejected with its reason', entry({ status: 'Rejected', rejectReasonCode: [{ code: 'AANI.AM04', message: 'Insufficient funds' }] }), 'Resource.Updated' as const],
  ])('%s: the signed payload is an AEWebhookEventSigned, its message a payment initiation event', (_, e, eventType) => {
    const { claims } = paymentWebhook(changed(e, eventType), ACTIVE, options);
    expect(errorsOf('AEWebhookEventSigned', signedPayload(claims))).toBe('No errors');
    expect(errorsOf('AEWebhookPaymentInitiationEventProperties', claims.message)).toBe('No errors');
  });

  it('the template has teeth: without Meta.ConsentId the message is no payment event', () => {
    const { claims } = paymentWebhook(changed(entry()), ACTIVE, options);
    const { ConsentId: _dropped, ...meta } = claims.message.Meta;
    expect(validateAgainstComponent(doc, 'AEWebhookPaymentInitiationEventProperties', { ...claims.message, Meta: meta }).valid).toBe(false);
  });
});
