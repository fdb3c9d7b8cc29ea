import { CompactEncrypt, createLocalJWKSet, decodeProtectedHeader, importJWK, importPKCS8, jwtVerify, SignJWT, type JWK } from 'jose';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as client from 'openid-client';
import { bankCode, uaeIban } from '@hub/mock-lfi-data';
import { eventually } from './eventually';
import { httpsCall } from './mtls-client';
import { readOfficialSpec } from './official-specs';
import { BANK_INITIATION_DOC } from './payment-fixtures';
import type { SandboxManifest } from './sandbox-process';
import { validateAgainstComponent } from './schema-validation';
import { withPublicLinks, type WebhookTpp } from './service-e2e';
import { pushAuthorizationRequest, tppClient, type TppClient } from './tpp-client';
import { openWebhook, type OpenedWebhook, type ReceivedWebhook, type WebhookReceiver } from './webhook-receiver';

/**
 * Bank Service Initiation as an outside TPP does it (the official v2.1 documents are the
 * contract): service-initiation consents pushed by PAR with the PII encrypted to the LFI,
 * authorized headlessly by the LFI's back end, then payments as signed `application/jwt`
 * bodies, every hub answer verified (PS256, the tenant's issuer, this TPP as audience).
 */

export const WEBHOOK_TEMPLATE_DOC = 'standards/v2.1-errata2/uae-webhook-template-openapi.yaml';
export const SERVICE_INITIATION_CONSENT_TYPE = 'urn:openfinanceuae:service-initiation-consent:v2.1';
const PAYMENTS_BASE = '/open-finance/payment/v2.1';
type SigningKey = Awaited<ReturnType<typeof importPKCS8>>;

/** AEPaymentStatus values after which a payment no longer changes. */
export const FINAL_PAYMENT_STATUSES = ['AcceptedSettlementCompleted', 'AcceptedCreditSettlementCompleted', 'AcceptedWithoutPosting', 'Rejected'];
/** AEFilePaymentStatus: a file payment has no later status than these two in the document. */
export const FINAL_FILE_PAYMENT_STATUSES = ['Received', 'Rejected'];

/** The UAE calendar date (UTC+04:00, no daylight saving) `days` after today, as schedules write dates. */
export function uaeDate(days = 0, now = new Date()): string {
  return new Date(now.getTime() + 4 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

/** '12.34' → 1234: money compared in minor units, never in floating point. */
export function minorUnits(amount: string): number {
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(amount);
  if (!m) throw new Error(`not an amount: ${amount}`);
  return (m[1] ? -1 : 1) * (Number(m[2]) * 100 + Number((m[3] ?? '0').padEnd(2, '0')));
}

/** 1234 → '12.34' (the documents' `^\d{1,16}\.\d{2}$`). */
export function decimalAmount(minor: number): string {
  return `${Math.floor(minor / 100)}.${String(minor % 100).padStart(2, '0')}`;
}

/** A valid IBAN (mod-97) at the bank of `tenantId` (its generated bank code) that no seeded account holds. */
export function ibanAtBankOf(tenantId: string, accountNumber = '9000000000000001'): string {
  return uaeIban(bankCode({ id: tenantId, name: tenantId, sector: 'banking' }), accountNumber);
}

/** A creditor as the PII names it (AEDomesticCreditor). */
export interface Creditor {
  iban: string;
  name: string;
}

export const domesticCreditor = (c: Creditor) => ({
  Creditor: { Name: c.name },
  CreditorAccount: { SchemeName: 'IBAN', Identification: c.iban, Name: { en: c.name.slice(0, 70) } },
});

export interface PaymentConsentRequest {
  /** ControlParameters.ConsentSchedule (SinglePayment, MultiPayment, FilePayment, or a Combined pair). */
  schedule: Record<string, unknown>;
  /** The creditors the consent names in its PII (none: the TPP gives the creditor with each payment). */
  creditors?: Creditor[];
  /** The debtor account's IBAN when the TPP knows it (AEBankServiceInitiationDebtorAccountProperties). */
  debtorIban?: string;
  expiresAt?: string;
  permissions?: string[];
  baseConsentId?: string;
  webhook?: { Url: string; IsActive: boolean };
  purpose?: string;
}

export interface PaymentConsentAuthorization {
  /** The user who authorizes (the tenant's first by default) and the debtor account selected at the LFI. */
  userId?: string;
  accountId?: string;
}

export interface AuthorizedPaymentConsent {
  consentId: string;
  /** The authorization-code access token bound to this consent. */
  token: string;
  refreshToken?: string;
  userId: string;
  accountId: string;
}

/** A hub answer as the TPP receives it. */
export interface HubReply {
  status: number;
  type: string;
  text: string;
  headers: Headers;
}

export interface PaymentCall {
  /** The auth-code token of the consent (UserOAuth2Security). */
  token?: string;
  idempotencyKey?: string | null;
  /** x-consent-id (sent unless null). */
  consentIdHeader?: string | null;
  headers?: Record<string, string>;
  /** Sign with this key instead of the TPP's. */
  signingKey?: SigningKey;
  /** Send this body as is (e.g. JSON, or a broken JWS). */
  rawBody?: { contentType: string; body: string };
  /** Reuse a JWS already signed (a retry sends the very same body). */
  jws?: string;
}

/** `{Data: …}` of one POST /payments (AEPaymentRequest). */
export interface PaymentMessage {
  Data: {
    ConsentId: string;
    Instruction: { Amount: { Amount: string; Currency: string } };
    PersonalIdentifiableInformation?: string;
    PaymentPurposeCode: string;
    DebtorReference?: string;
    CreditorReference?: string;
    OpenFinanceBilling: { Type: string };
  };
}

/**
 * One TPP at one bank for payments: consents, payments and reads, with the document's
 * validation of every signed answer.
 */
export class PaymentsTpp {
  private ccToken?: { value: string; at: number };
  private constructor(
    readonly m: SandboxManifest,
    readonly tenantId: string,
    readonly app: WebhookTpp,
    readonly client: TppClient,
    private readonly hubKeys: ReturnType<typeof createLocalJWKSet>,
    private readonly lfiEncryptionKey: JWK,
  ) {}

  static async connect(m: SandboxManifest, tenantId: string, app: WebhookTpp = m.tpps[0] as WebhookTpp): Promise<PaymentsTpp> {
    const tenant = m.tenants.find((t) => t.id === tenantId)!;
    const c = await tppClient(tenant.issuer, app, m.caCertFile);
    const hubKeys = createLocalJWKSet((await httpsCall(tenant.hubJwksUrl, { caFile: m.caCertFile })).json());
    const lfiJwks = (await httpsCall(tenant.lfiJwksUrl, { caFile: m.caCertFile })).json() as { keys: JWK[] };
    const enc = lfiJwks.keys.find((k) => k.use === 'enc');
    if (!enc) throw new Error(`${tenantId} publishes no encryption key at ${tenant.lfiJwksUrl}`);
    return new PaymentsTpp(m, tenantId, app, c, hubKeys, enc);
  }

  get tenant() {
    return this.m.tenants.find((t) => t.id === this.tenantId)!;
  }

  /** The TPP-facing URL of a payments path (`/payments/…`, `/payment-consents/…`). */
  url(path: string): string {
    return `${this.tenant.resourceServerUrl}${PAYMENTS_BASE}${path}`;
  }

  close(): Promise<void> {
    return this.client.close();
  }

  /**
   * PII as the document asks (AEJWEPaymentPII): the object signed by the TPP (PS256, its
   * signing key) and encrypted to the LFI's encryption key (RSA-OAEP-256 / A256GCM), so the hub
   * carries it without reading it.
   */
  async pii(content: Record<string, unknown>): Promise<string> {
    const key = await importPKCS8(readFileSync(this.app.signingKeyFile, 'utf8'), 'PS256');
    const jws = await new SignJWT(content).setProtectedHeader({ alg: 'PS256', kid: this.app.signingKid, typ: 'JWT' }).sign(key);
    return new CompactEncrypt(new TextEncoder().encode(jws))
      .setProtectedHeader({ alg: 'RSA-OAEP-256', enc: 'A256GCM', kid: this.lfiEncryptionKey.kid, cty: 'JWT' })
      .encrypt(await importJWK(this.lfiEncryptionKey, 'RSA-OAEP-256'));
  }

  /** The RAR entry of a service-initiation consent (AEBankServiceInitiationAuthorizationDetailsProperties). */
  async consentDetail(r: PaymentConsentRequest, consentId = randomUUID()) {
    const initiation: Record<string, unknown> = {};
    if (r.debtorIban) initiation.DebtorAccount = { SchemeName: 'IBAN', Identification: r.debtorIban };
    if (r.creditors?.length) initiation.Creditor = r.creditors.map(domesticCreditor);
    const consent = {
      ConsentId: consentId,
      ...(r.baseConsentId ? { BaseConsentId: r.baseConsentId } : {}),
      ExpirationDateTime: r.expiresAt ?? new Date(Date.now() + 86_400_000).toISOString(),
      ...(r.permissions ? { Permissions: r.permissions } : {}),
      ControlParameters: { ConsentSchedule: r.schedule },
      PersonalIdentifiableInformation: await this.pii({ Initiation: initiation }),
      PaymentPurposeCode: r.purpose ?? 'ACM',
    };
    return { type: SERVICE_INITIATION_CONSENT_TYPE, consent, ...(r.webhook ? { subscription: { Webhook: r.webhook } } : {}) };
  }

  /** Pushes the consent (PAR) without authorizing it: AwaitingAuthorization. */
  async pushConsent(r: PaymentConsentRequest): Promise<string> {
    const detail = await this.consentDetail(r);
    await pushAuthorizationRequest(this.client, { redirectUri: this.app.redirectUris[0], scope: 'openid payments', authorizationDetails: [detail] });
    return detail.consent.ConsentId;
  }

  /**
   * PAR, then the LFI's back end: Headless Heimdall opens the interaction, the Consent Manager
   * PATCH authorizes it for the user and the one debtor account, doConfirm; the TPP exchanges
   * the code (openid-client) for the consent's tokens.
   */
  async authorizeConsent(r: PaymentConsentRequest, a: PaymentConsentAuthorization = {}): Promise<AuthorizedPaymentConsent> {
    const user = this.m.psus.find((p) => p.tenantId === this.tenantId && (a.userId === undefined || p.userId === a.userId));
    if (!user) throw new Error(`no user ${a.userId ?? ''} of ${this.tenantId} in the manifest`);
    const accountId = a.accountId ?? user.accountIds![0];
    const detail = await this.consentDetail(r);
    const pushed = await pushAuthorizationRequest(this.client, { redirectUri: this.app.redirectUris[0], scope: 'openid payments', authorizationDetails: [detail] });
    const started = (await this.lfiCall('GET', `${this.tenant.headlessHeimdallUrl}/auth?${pushed.authorizationUrl.searchParams}`)).json();
    const patched = await this.lfiCall('PATCH', `${this.tenant.consentManagerUrl}/consents/${detail.consent.ConsentId}`, {
      status: 'Authorized',
      psuIdentifiers: { userId: user.userId },
      accountIds: [accountId],
      authorizationChannel: 'Web',
    });
    if (patched.status !== 204) throw new Error(`the Consent Manager answered ${patched.status} to the authorization: ${patched.text}`);
    const confirmed = await this.lfiCall('POST', `${this.tenant.headlessHeimdallUrl}/auth/${started.interaction.interactionId}/doConfirm`);
    const tokens = await client.authorizationCodeGrant(this.client.config, new URL(String(confirmed.headers.location)), {
      pkceCodeVerifier: pushed.codeVerifier,
      expectedState: pushed.state,
      expectedNonce: pushed.nonce,
    });
    return { consentId: detail.consent.ConsentId, token: tokens.access_token, refreshToken: tokens.refresh_token, userId: user.userId, accountId };
  }

  /** The LFI's own calls to the hub (Headless Heimdall, Consent Manager) with its certificate. */
  lfiCall(method: string, url: string, body?: unknown) {
    const lfi = this.m.lfiClients.find((c) => c.tenantId === this.tenantId)!;
    return httpsCall(url, { method, caFile: this.m.caCertFile, client: lfi, headers: body ? { 'content-type': 'application/json' } : undefined, body: body ? JSON.stringify(body) : undefined });
  }

  /** An AEPaymentRequest message paying `amount` to `creditor` (PII encrypted to the LFI). */
  async paymentMessage(consentId: string, amount: string, o: { currency?: string; creditor?: Creditor; reference?: string; purpose?: string } = {}): Promise<PaymentMessage> {
    const reference = o.reference ?? `e2e-${randomUUID().slice(0, 12)}`;
    return {
      Data: {
        ConsentId: consentId,
        Instruction: { Amount: { Amount: amount, Currency: o.currency ?? 'AED' } },
        ...(o.creditor ? { PersonalIdentifiableInformation: await this.pii({ Initiation: domesticCreditor(o.creditor) }) } : {}),
        PaymentPurposeCode: o.purpose ?? 'ACM',
        DebtorReference: reference,
        CreditorReference: reference,
        OpenFinanceBilling: { Type: 'PushP2P' },
      },
    };
  }

  /** The signed request body (`{iss, aud, iat, nbf, exp, message}`, PS256). */
  async sign(message: unknown, key?: SigningKey): Promise<string> {
    return new SignJWT({ message: message as Record<string, unknown> })
      .setProtectedHeader({ alg: 'PS256', kid: this.app.signingKid, typ: 'JWT' })
      .setIssuer(this.app.clientId)
      .setAudience([this.tenant.issuer])
      .setIssuedAt()
      .setNotBefore('0s')
      .setExpirationTime('5m')
      .sign(key ?? (await importPKCS8(readFileSync(this.app.signingKeyFile, 'utf8'), 'PS256')));
  }

  /** POST /payments (or /file-payments) as the document describes it; every default can be bent for negative tests. */
  async pay(message: { Data: { ConsentId: string } }, call: PaymentCall, path = '/payments'): Promise<HubReply> {
    const headers: Record<string, string> = {
      ...(call.token ? { authorization: `Bearer ${call.token}` } : {}),
      accept: 'application/jwt',
      'x-fapi-interaction-id': randomUUID(),
      ...(call.idempotencyKey === null ? {} : { 'x-idempotency-key': call.idempotencyKey ?? randomUUID().replace(/-/g, '') }),
      ...(call.consentIdHeader === null || path !== '/payments' ? {} : { 'x-consent-id': call.consentIdHeader ?? message.Data.ConsentId }),
      ...call.headers,
    };
    const body = call.rawBody?.body ?? call.jws ?? (await this.sign(message, call.signingKey));
    headers['content-type'] = call.rawBody?.contentType ?? 'application/jwt';
    return this.send('POST', path, { headers, body });
  }

  /** Any call to the payments API over mTLS. */
  async send(method: string, path: string, o: { headers?: Record<string, string>; body?: string } = {}): Promise<HubReply> {
    const res = await this.client.fetch(this.url(path), { method, headers: o.headers, body: o.body });
    return { status: res.status, type: res.headers.get('content-type') ?? '', text: await res.text(), headers: res.headers };
  }

  /** A client-credentials token with the payments scope (TPPOAuth2Security), renewed every few minutes. */
  async clientToken(): Promise<string> {
    if (!this.ccToken || Date.now() - this.ccToken.at > 240_000) {
      this.ccToken = { value: (await client.clientCredentialsGrant(this.client.config, { scope: 'openid payments' })).access_token, at: Date.now() };
    }
    return this.ccToken.value;
  }

  /** A GET with the client-credentials token (the reads of the document). */
  async read(path: string, headers: Record<string, string> = {}): Promise<HubReply> {
    return this.send('GET', path, { headers: { authorization: `Bearer ${await this.clientToken()}`, accept: 'application/jwt', ...headers } });
  }

  /** A hub-signed answer: PS256 by the tenant's hub key, issued by the tenant, addressed to this TPP. */
  async opened(reply: HubReply): Promise<{ claims: Record<string, any>; message: any }> {
    if (!/^application\/jwt/.test(reply.type)) throw new Error(`expected a signed application/jwt answer, got ${reply.status} ${reply.type}: ${reply.text.slice(0, 300)}`);
    const header = decodeProtectedHeader(reply.text);
    if (header.alg !== 'PS256' || !header.kid) throw new Error(`the answer is not PS256 with a kid: ${JSON.stringify(header)}`);
    const { payload } = await jwtVerify(reply.text, this.hubKeys, { algorithms: ['PS256'], issuer: this.tenant.issuer, audience: this.app.clientId });
    return { claims: payload as Record<string, any>, message: (payload as { message?: unknown }).message };
  }

  /**
   * The signed answer checked against the bank-initiation document's component (the signed
   * envelope, e.g. AEPaymentIdResponseSigned), its Links moved to a public host for `format: uri`.
   */
  async conformant(reply: HubReply, component: string): Promise<any> {
    const { claims, message } = await this.opened(reply);
    const check = validateAgainstComponent(readOfficialSpec(BANK_INITIATION_DOC), component, { ...claims, message: publicLinks(message) });
    if (!check.valid) throw new Error(`${component}: ${check.errors}\n${JSON.stringify(message).slice(0, 1500)}`);
    return message;
  }

  /** The Errors[] answer of a refusal: the status, the signed error envelope of the document, its first code. */
  async refusal(reply: HubReply): Promise<{ status: number; code?: string; errors?: any[] }> {
    if (!reply.text) return { status: reply.status };
    if (!/^application\/jwt/.test(reply.type)) return { status: reply.status, code: `unsigned ${reply.type}: ${reply.text.slice(0, 200)}` };
    const component = `AEError${reply.status}ResponseSigned`;
    const message = readOfficialSpec(BANK_INITIATION_DOC).components.schemas[component] ? await this.conformant(reply, component) : (await this.opened(reply)).message;
    return { status: reply.status, code: message?.Errors?.[0]?.Code, errors: message?.Errors };
  }

  /** GET /payments/{PaymentId}: the AEPaymentIdResponse message (document-checked). */
  async readPayment(paymentId: string, path = '/payments'): Promise<any> {
    const reply = await this.read(`${path}/${paymentId}`);
    if (reply.status !== 200) throw new Error(`GET ${path}/${paymentId} answered ${reply.status}: ${reply.text.slice(0, 300)}`);
    return this.conformant(reply, path === '/payments' ? 'AEPaymentIdResponseSigned' : 'AEFilePaymentIdResponseSigned');
  }

  /** Polls GET /payments/{id} until the payment reaches a final status. */
  untilFinal(paymentId: string, path = '/payments', timeoutMs = 30_000): Promise<any> {
    const finals = path === '/payments' ? FINAL_PAYMENT_STATUSES : FINAL_FILE_PAYMENT_STATUSES;
    return eventually(() => this.readPayment(paymentId, path), (m) => finals.includes(m.Data.Status), { timeoutMs, intervalMs: 200, what: `a final status of ${paymentId}` });
  }

  /** GET /payment-consents/{ConsentId}: the consent as the hub shows it (document-checked). */
  async readConsent(consentId: string): Promise<any> {
    const reply = await this.read(`/payment-consents/${consentId}`);
    if (reply.status !== 200) throw new Error(`GET /payment-consents/${consentId} answered ${reply.status}: ${reply.text.slice(0, 300)}`);
    return this.conformant(reply, 'AEPaymentConsentResponseSigned');
  }
}

/** Links' URLs on a public host (ajv's `format: uri`/`url` refuse localhost); paths kept, compared exactly elsewhere. */
export function publicLinks(message: any): any {
  if (Array.isArray(message)) return message.map(publicLinks);
  if (!message || typeof message !== 'object' || !message.Links) return message;
  const links = withPublicLinks(message).Links;
  const related = message.Links.Related;
  const moved = (u: string) => (/^https?:\/\//.test(u) ? `https://lfi.example.ae${new URL(u).pathname}` : u);
  return { ...message, Links: { ...links, ...(Array.isArray(related) ? { Related: related.map(moved) } : {}) } };
}

/**
 * The webhooks a receiver accepted for `app` from one tenant, each opened (decrypted, verified) once
 * and kept: suites that poll for a payment's events do not decrypt the whole inbox on every look.
 */
export function webhookInbox(receiver: WebhookReceiver, m: SandboxManifest, tenantId: string, app: WebhookTpp): () => Promise<OpenedWebhook[]> {
  const tenant = m.tenants.find((t) => t.id === tenantId)!;
  const opened = new Map<ReceivedWebhook, Promise<OpenedWebhook>>();
  const open = (r: ReceivedWebhook) => {
    if (!opened.has(r)) opened.set(r, openWebhook(r, { encryptionKeyFile: app.encryptionKeyFile, hubJwksUrl: tenant.hubJwksUrl, caFile: m.caCertFile, issuer: tenant.issuer, clientId: app.clientId, url: receiver.url }));
    return opened.get(r)!;
  };
  return () => Promise.all(receiver.received.filter((r) => r.answered >= 200 && r.answered < 300).map(open));
}
