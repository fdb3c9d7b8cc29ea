import { MOCK_LFI_DESK_SETTINGS } from '@hub/mock-lfi-desks';
import type { LfiTenant } from '@hub/mock-lfi-data';
import type { ConsentRecord, O3Context } from '@hub/ozone-connect';
import { CompactEncrypt, generateKeyPair, SignJWT } from 'jose';
import { createPublicKey, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { request } from 'undici';
import { ServiceDeskHarness, type LoggedPatch, type Reply } from './service-desk-harness';

// Test support for the mock bank's payments: the mock LFI called as the hub calls it for payments
// (consented o3 headers, PaymentPostRequest bodies), consents told to the bank as the hub tells
// them (consent events) or kept at the stand-in Consent Manager, PII encrypted to the bank's key as
// a TPP does it, and the payment-log PATCHes the bank sends back. Named *-harness so Jest skips it.

export type { Reply } from './service-desk-harness';

export const TPP_CLIENT = 'tpp-client';
export const SERVICE_INITIATION = 'urn:openfinanceuae:service-initiation-consent:v2.1';

/** The settlement's pace in these tests: quick, so statuses move within a test. */
export interface PaymentTiming {
  settleAfterMs: number;
  pollMs: number;
  reportRetryMs: number;
}

/** A domestic creditor as PII names one. */
export interface Creditor {
  iban: string;
  name: string;
}

/** The parts of a payment consent the bank reads. */
export interface PaymentConsentInput {
  consentId: string;
  userId: string;
  accountId: string;
  status?: string;
  /** The creditors the consent's PII names (none: no PII). */
  creditors?: Creditor[];
  controlParameters?: Record<string, unknown>;
  clientId?: string;
}

export interface PaymentInput {
  consentId: string;
  userId: string | null;
  key?: string;
  amount: string;
  currency?: string;
  creditor?: Creditor;
  /** A PII string to send as it is (e.g. not encrypted to the bank). */
  rawPii?: string;
  debtorReference?: string;
  creditorReference?: string;
  clientId?: string;
}

export class PaymentsHarness extends ServiceDeskHarness {
  private tppKey?: Awaited<ReturnType<typeof generateKeyPair>>;

  constructor(tenants: LfiTenant[], seed: string, timing: PaymentTiming) {
    super({ desk: 'payments', tenants, seed, configure: (config) => (MOCK_LFI_DESK_SETTINGS.of(config).payments = { ...timing }) });
  }

  /** The payment-log PATCHes the stand-in Consent Manager recorded for one payment, in order. */
  reportsOf(paymentId: string): LoggedPatch[] {
    return this.logged.filter((patch) => patch.log === 'payment-log' && patch.logId === paymentId);
  }

  /** The consent record as the hub's Consent Manager keeps it (and sends it in consent events). */
  async consentRecord(tenantId: string, input: PaymentConsentInput): Promise<ConsentRecord> {
    const pii = input.creditors ? await this.encryptPii(tenantId, { Initiation: { Creditor: input.creditors.map(creditorPii) } }) : undefined;
    const consent = { ConsentId: input.consentId, ExpirationDateTime: new Date(Date.now() + 86_400_000).toISOString(), ControlParameters: input.controlParameters ?? { ConsentSchedule: { SinglePayment: { Type: 'SingleInstantPayment', Amount: { Amount: '100.00', Currency: 'AED' } } } }, PaymentPurposeCode: 'ACM', ...(pii ? { PersonalIdentifiableInformation: pii } : {}) };
    return {
      id: input.consentId,
      rarType: SERVICE_INITIATION,
      standardVersion: 'v2.1',
      consentGroupId: input.consentId,
      consentType: 'cbuae-service-initiation-consents',
      status: input.status ?? 'Authorized',
      request: { type: SERVICE_INITIATION, consent },
      requestHeaders: {},
      consentBody: { Data: { ...consent, PersonalIdentifiableInformation: undefined, Status: input.status ?? 'Authorized' } },
      tpp: { clientId: input.clientId ?? TPP_CLIENT, tppId: 'tpp-1', tppName: 'Sandbox Fintech', softwareStatementId: 'ssa-1', orgId: 'org-1', decodedSsa: {} },
      updatedAt: Date.now(),
      psuIdentifiers: { userId: input.userId },
      accountIds: [input.accountId],
      authorizationChannel: 'Web',
    };
  }

  /** Tells the bank about the consent as the hub does: `POST /consent/event/patch`. */
  async tellConsent(tenantId: string, input: PaymentConsentInput): Promise<ConsentRecord> {
    const record = await this.consentRecord(tenantId, input);
    const reply = await this.asHub(tenantId, 'POST', '/consent/event/patch', { context: this.context(record.id, 'POST', '/payment-consents', null), body: record });
    if (reply.status !== 204) throw new Error(`consent event refused: ${reply.status} ${JSON.stringify(reply.body)}`);
    return record;
  }

  /** `POST /payments` of a single payment as the hub sends it. */
  async pay(tenantId: string, input: PaymentInput): Promise<Reply> {
    const pii = input.rawPii ?? (input.creditor ? await this.encryptPii(tenantId, { Initiation: creditorPii(input.creditor) }) : undefined);
    const message = {
      Data: {
        ConsentId: input.consentId,
        Instruction: { Amount: { Amount: input.amount, Currency: input.currency ?? 'AED' } },
        ...(pii ? { PersonalIdentifiableInformation: pii } : {}),
        PaymentPurposeCode: 'ACM',
        ...(input.debtorReference ? { DebtorReference: input.debtorReference } : {}),
        ...(input.creditorReference ? { CreditorReference: input.creditorReference } : {}),
        OpenFinanceBilling: { Type: 'PushP2P' },
      },
    };
    return this.postPayment(tenantId, input, 'cbuae-payment', message);
  }

  /** `POST /payments` of a file payment as the hub sends it. */
  payFile(tenantId: string, input: Omit<PaymentInput, 'amount'> & { instruction?: Record<string, unknown> }): Promise<Reply> {
    const message = { Data: { ConsentId: input.consentId, ...(input.instruction ? { Instruction: input.instruction } : {}), PaymentPurposeCode: 'SAL', DebtorReference: 'Payroll' } };
    return this.postPayment(tenantId, input, 'cbuae-file-payment', message);
  }

  get(tenantId: string, path: string, consentId: string, userId: string | null = null, clientId = TPP_CLIENT): Promise<Reply> {
    return this.asHub(tenantId, 'GET', path, { context: this.context(consentId, 'GET', path, userId, clientId) });
  }

  /** A consented bank data read of the PSU, as the hub sends it. */
  read(tenantId: string, path: string, userId: string): Promise<Reply> {
    const context: O3Context = { ...this.context('aac-payments-1', 'GET', path, userId), apiUri: `/open-finance/account-information/v2.1${path.split('?')[0]}` };
    return this.asHub(tenantId, 'GET', path, { context });
  }

  /** `POST /payment-consents/{consentId}/file`: the raw file, with its own media type. */
  async uploadFile(tenantId: string, consentId: string, file: Buffer, contentType = 'text/csv'): Promise<Reply> {
    const headers = { ...(await this.hubHeaders(tenantId, this.context(consentId, 'POST', '/payment-consents/{ConsentId}/file', null))), 'content-type': contentType };
    return this.raw(tenantId, 'POST', `/payment-consents/${consentId}/file`, headers, file);
  }

  /** The report file of a file payment, as text. */
  async reportFile(tenantId: string, paymentId: string, consentId: string): Promise<{ status: number; contentType?: string; text: string }> {
    const headers = await this.hubHeaders(tenantId, this.context(consentId, 'GET', '/file-payments/{PaymentId}/report', null));
    const res = await request(`${this.base}/${tenantId}/ozone-connect/payments/${paymentId}/report-file`, { method: 'GET', headers, dispatcher: this.hubAgent(tenantId) });
    return { status: res.statusCode, contentType: res.headers['content-type'] as string | undefined, text: await res.body.text() };
  }

  /** Sets the tenant's fault knobs (the LFI operator's own certificate). */
  faults(tenantId: string, rules: unknown[]): Promise<Reply> {
    return this.asLfi(tenantId, '/admin/faults', { rules }, tenantId, 'PUT');
  }

  /** PII as a TPP sends it: its JWS of the PII object, encrypted (RSA-OAEP-256, A256GCM) to the bank's encryption key. */
  async encryptPii(tenantId: string, pii: Record<string, unknown>): Promise<string> {
    this.tppKey ??= await generateKeyPair('PS256');
    const jws = await new SignJWT(pii).setProtectedHeader({ alg: 'PS256', kid: 'tpp-sig' }).setIssuer(TPP_CLIENT).setIssuedAt().sign(this.tppKey.privateKey);
    const lfi = this.lfiApplication(tenantId);
    return new CompactEncrypt(new TextEncoder().encode(jws)).setProtectedHeader({ alg: 'RSA-OAEP-256', enc: 'A256GCM', kid: lfi.encryptionKid }).encrypt(createPublicKey(readFileSync(lfi.encryptionKeyFile)));
  }

  context(consentId: string, method: string, path: string, userId: string | null, clientId = TPP_CLIENT): O3Context {
    return {
      callerOrgId: 'org-1',
      callerClientId: clientId,
      callerSoftwareStatementId: 'ssa-1',
      apiUri: `/open-finance/payment/v2.1${path}`,
      apiOperation: method,
      ozoneInteractionId: randomUUID(),
      consentId,
      ...(userId ? { psuIdentifiers: { userId } } : {}),
    };
  }

  private postPayment(tenantId: string, input: PaymentInput | Omit<PaymentInput, 'amount'>, paymentType: string, message: unknown): Promise<Reply> {
    const key = input.key ?? randomUUID();
    const body = {
      requestUrl: `https://hub.example/${tenantId}/rs/open-finance/payment/v2.1/${paymentType === 'cbuae-payment' ? 'payments' : 'file-payments'}`,
      paymentType,
      request: message,
      requestHeaders: { 'x-idempotency-key': key, 'x-fapi-interaction-id': randomUUID() },
      tpp: { clientId: input.clientId ?? TPP_CLIENT, tppId: 'tpp-1', tppName: 'Sandbox Fintech', softwareStatementId: 'ssa-1', orgId: 'org-1', decodedSsa: {} },
    };
    const path = paymentType === 'cbuae-payment' ? '/payments' : '/file-payments';
    return this.asHub(tenantId, 'POST', '/payments', { context: this.context(input.consentId, 'POST', path, input.userId, input.clientId), body });
  }
}

function creditorPii(creditor: Creditor) {
  return { Creditor: { Name: creditor.name }, CreditorAccount: { SchemeName: 'IBAN', Identification: creditor.iban, Name: { en: creditor.name } } };
}

