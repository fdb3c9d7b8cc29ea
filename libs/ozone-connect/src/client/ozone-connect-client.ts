import { readFileSync } from 'node:fs';
import { mtlsClientOptions, type TlsFiles } from '@hub/kernel';
import { importPKCS8, type CryptoKey } from 'jose';
import { Agent, request } from 'undici';
import type { AugmentConsentResponse, ConsentRecord, ConsentValidateResponse } from '../wire/consent-record';
import { certificateOrganisation, type CertificateOrganisation } from './certificate-identity';
import { signJwtAuth } from './jwt-auth';
import { o3Headers, type O3Context } from './o3-headers';
import { errorFromResponse, errorFromTransport, OzoneConnectError } from './ozone-connect-error';
import { OZONE_CONNECT_PATH } from './ozone-connect-paths';

/** One LFI tenant as the hub reaches it. */
export interface OzoneConnectTarget {
  /** The tenant id: sent as o3-provider-id and o3-aspsp-id, and the JWT `aud`. */
  providerId: string;
  /** e.g. https://localhost:9443/falcon-bank/ozone-connect */
  baseUrl: string;
  /** The hub's client certificate (C4) for this tenant and the CA bundle that verifies the LFI. */
  tls: TlsFiles;
  /** PKCS#8 PEM RSA key for PS256 JWT auth. */
  signingKeyFile: string;
  signingKid: string;
}

/**
 * What some service operations carry besides the o3 headers: query parameters (GET /products'
 * filters and paging) and headers the operation's document lists (x-fapi-customer-ip-address of
 * the products document). The o3 headers, JWT auth and media types always win over these.
 */
export interface ServiceCallExtras {
  query?: Record<string, string | undefined>;
  headers?: Record<string, string>;
}

export interface OzoneConnectClientOptions {
  /** Deadline of a whole call: connect, headers and body. Default 5000. */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 5000;
/** Long enough to carry a burst of consent calls, short enough not to hold idle sockets at the LFI. */
const KEEP_ALIVE_MS = 10_000;

interface Reply {
  url: string;
  status: number;
  body: unknown;
}

interface RawReply {
  url: string;
  status: number;
  mediaType?: string;
  bytes: Buffer;
}

/**
 * The hub's client of one tenant's Ozone Connect: mTLS with the hub certificate of that tenant,
 * JWT auth on every call, the o3 headers, and failures classified as permanent or retryable.
 * One keep-alive connection pool per client; `close()` releases it.
 */
export class OzoneConnectClient {
  private readonly agent: Agent;
  private readonly timeoutMs: number;
  private readonly baseUrl: string;
  private readonly organisation: CertificateOrganisation;
  private signingKey?: Promise<CryptoKey>;

  constructor(
    private readonly target: OzoneConnectTarget,
    options: OzoneConnectClientOptions = {},
  ) {
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.baseUrl = target.baseUrl.replace(/\/+$/, '');
    const tls = mtlsClientOptions(target.tls);
    this.organisation = certificateOrganisation(tls.cert as Buffer);
    this.agent = new Agent({
      keepAliveTimeout: KEEP_ALIVE_MS,
      connect: { ...tls, timeout: this.timeoutMs },
      headersTimeout: this.timeoutMs,
      bodyTimeout: this.timeoutMs,
    });
  }

  /** Tells the LFI a consent was created (`post`) or changed (`patch`); the LFI answers 204. */
  async postConsentEvent(operation: 'post' | 'patch', consent: ConsentRecord, ctx: O3Context): Promise<void> {
    await this.postConsent(OZONE_CONNECT_PATH.consentEvent(operation), consent, ctx);
  }

  /** Lets the LFI accept or refuse a consent before it is created. */
  async validateConsent(consent: ConsentRecord, ctx: O3Context): Promise<ConsentValidateResponse> {
    const reply = await this.postConsent(OZONE_CONNECT_PATH.validateConsent, consent, ctx);
    const status = (reply.body as ConsentValidateResponse | undefined)?.data?.status;
    if (status !== 'valid' && status !== 'invalid') throw unexpectedBody(reply, 'data.status must be valid or invalid');
    return reply.body as ConsentValidateResponse;
  }

  /** Lets the LFI add charges, exchange rate or billing facts to a consent being created. */
  async augmentConsent(consent: ConsentRecord, ctx: O3Context): Promise<AugmentConsentResponse> {
    const reply = await this.postConsent(OZONE_CONNECT_PATH.augmentConsent, consent, ctx);
    if (reply.body === undefined) return {};
    if (typeof reply.body !== 'object' || reply.body === null || Array.isArray(reply.body)) throw unexpectedBody(reply, 'expected a JSON object');
    return reply.body as AugmentConsentResponse;
  }

  /**
   * A resource read for the gateway (`GET /accounts/{id}/transactions?…`): the o3 headers of the
   * TPP's call, JWT auth, and the LFI's `{data, meta}` body. A 4xx or 5xx throws OzoneConnectError
   * (with status, errorCode and errorMessage) for the gateway to map.
   */
  async getResource(path: string, query: Record<string, string | undefined>, ctx: O3Context): Promise<{ status: number; body: unknown }> {
    const search = new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => e[1] !== undefined)).toString();
    const headers = {
      ...o3Headers(this.target.providerId, ctx),
      'x-fapi-interaction-id': ctx.ozoneInteractionId,
      accept: 'application/json',
      authorization: `Bearer ${await this.jwtAuth()}`,
    };
    const reply = await this.send('GET', search ? `${path}?${search}` : path, headers);
    return { status: reply.status, body: reply.body };
  }

  /**
   * A service call that concerns no consent (FX quotes, account opening, insurance quotes):
   * the o3 headers without consent id or PSU, JWT auth, and a JSON body for POST and PATCH.
   * Answers the status (201, 200, 204 …) and the LFI's body; 4xx/5xx throw OzoneConnectError.
   * `extra` adds query parameters and headers some operations define (see ServiceCallExtras).
   */
  async callService(method: 'GET' | 'POST' | 'PATCH', path: string, body: unknown, ctx: O3Context, extra: ServiceCallExtras = {}): Promise<{ status: number; body: unknown }> {
    return this.callJson(method, path, body, { ...ctx, consentId: undefined, psuIdentifiers: undefined }, extra);
  }

  /**
   * A service call under a consent (payments, a payment's status, refund details): the o3 headers
   * of a consented call, o3-consent-id and o3-psu-identifier included, JWT auth, a JSON body for
   * POST. Answers like callService.
   */
  async callConsented(method: 'GET' | 'POST', path: string, body: unknown, ctx: O3Context & { consentId: string }): Promise<{ status: number; body: unknown }> {
    return this.callJson(method, path, body, ctx);
  }

  /**
   * Bulk/Batch: the TPP's payment file for a consent (`POST /payment-consents/{consentId}/file`),
   * passed through as the bytes and media type the TPP sent ("the API Hub acting as a
   * passthrough"), with the o3 headers of that consent. The LFI answers 204 (or another 2xx).
   */
  async uploadFile(path: string, bytes: Uint8Array, mediaType: string, ctx: O3Context & { consentId: string }): Promise<{ status: number }> {
    const headers = {
      ...o3Headers(this.target.providerId, ctx),
      'x-fapi-interaction-id': ctx.ozoneInteractionId,
      'content-type': mediaType,
      accept: 'application/json',
      authorization: `Bearer ${await this.jwtAuth()}`,
    };
    const reply = await this.exchange('POST', path, headers, bytes);
    return { status: reply.status };
  }

  /**
   * A file the LFI produces (`GET /payments/{paymentId}/report-file`, any media type) as its bytes
   * and media type, with the o3 headers of the payment's consent.
   */
  async getFile(path: string, ctx: O3Context & { consentId: string }): Promise<{ status: number; mediaType?: string; bytes: Buffer }> {
    const headers = {
      ...o3Headers(this.target.providerId, ctx),
      'x-fapi-interaction-id': ctx.ozoneInteractionId,
      accept: '*/*',
      authorization: `Bearer ${await this.jwtAuth()}`,
    };
    const reply = await this.exchange('GET', path, headers);
    return { status: reply.status, mediaType: reply.mediaType, bytes: reply.bytes };
  }

  /** The health check with mutual TLS; health checks carry no JWT auth (`security: {}`). */
  async helloMtls(): Promise<unknown> {
    return (await this.send('GET', OZONE_CONNECT_PATH.helloMtls, { accept: 'application/json' })).body;
  }

  async close(): Promise<void> {
    await this.agent.close();
  }

  private async callJson(method: 'GET' | 'POST' | 'PATCH', path: string, body: unknown, ctx: O3Context, extra: ServiceCallExtras = {}): Promise<{ status: number; body: unknown }> {
    const headers: Record<string, string> = {
      ...extra.headers,
      ...o3Headers(this.target.providerId, ctx),
      'x-fapi-interaction-id': ctx.ozoneInteractionId,
      accept: 'application/json',
      authorization: `Bearer ${await this.jwtAuth()}`,
    };
    if (method !== 'GET') headers['content-type'] = 'application/json';
    const search = new URLSearchParams(Object.entries(extra.query ?? {}).filter((e): e is [string, string] => e[1] !== undefined)).toString();
    const reply = await this.send(method, search ? `${path}?${search}` : path, headers, method === 'GET' ? undefined : JSON.stringify(body ?? {}));
    return { status: reply.status, body: reply.body };
  }

  /** Consent calls always concern that consent: its id and PSU travel unless the caller says otherwise. */
  private async postConsent(path: string, consent: ConsentRecord, ctx: O3Context): Promise<Reply> {
    const context: O3Context = { ...ctx, consentId: ctx.consentId ?? consent.id, psuIdentifiers: ctx.psuIdentifiers ?? consent.psuIdentifiers };
    const headers = {
      ...o3Headers(this.target.providerId, context),
      'x-fapi-interaction-id': ctx.ozoneInteractionId,
      'content-type': 'application/json',
      accept: 'application/json',
      authorization: `Bearer ${await this.jwtAuth()}`,
    };
    return this.send('POST', path, headers, JSON.stringify(consent));
  }

  private async send(method: 'GET' | 'POST' | 'PATCH', path: string, headers: Record<string, string>, body?: string): Promise<Reply> {
    const reply = await this.exchange(method, path, headers, body);
    return { url: reply.url, status: reply.status, body: parseJson(reply.bytes.toString('utf8')) };
  }

  /** One exchange as bytes; a non-2xx answer throws with the LFI's `{errorCode, errorMessage}` when it sent one. */
  private async exchange(method: 'GET' | 'POST' | 'PATCH', path: string, headers: Record<string, string>, body?: string | Uint8Array): Promise<RawReply> {
    const url = `${this.baseUrl}${path}`;
    let status: number;
    let mediaType: string | undefined;
    let bytes: Buffer;
    try {
      // One deadline for the whole exchange; the agent's own timeouts only bound each phase.
      const res = await request(url, { method, headers, body, dispatcher: this.agent, signal: AbortSignal.timeout(this.timeoutMs) });
      status = res.statusCode;
      const type = res.headers['content-type'];
      mediaType = Array.isArray(type) ? type[0] : type;
      bytes = Buffer.from(await res.body.arrayBuffer());
    } catch (e) {
      throw errorFromTransport(url, e, this.timeoutMs);
    }
    if (status < 200 || status >= 300) throw errorFromResponse(url, status, parseJson(bytes.toString('utf8')));
    return { url, status, mediaType, bytes };
  }

  /** A fresh token per call: the LFI rejects a `jti` it has seen. */
  private async jwtAuth(): Promise<string> {
    try {
      this.signingKey ??= importPKCS8(readFileSync(this.target.signingKeyFile, 'utf8'), 'PS256');
      return await signJwtAuth({
        privateKey: await this.signingKey,
        kid: this.target.signingKid,
        issuer: this.organisation.organisationName,
        subject: this.organisation.organisationId,
        audience: this.target.providerId,
      });
    } catch (e) {
      // A missing or unusable key is the hub's configuration: no call can succeed until it is fixed.
      this.signingKey = undefined;
      throw new OzoneConnectError(`JWT auth for ${this.target.providerId} cannot be signed with ${this.target.signingKeyFile}: ${(e as Error).message}`, {
        permanent: true,
        cause: e,
      });
    }
  }
}

function parseJson(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** The LFI answered 2xx with a body the hub cannot act on: asking again would get the same. */
function unexpectedBody(reply: Reply, problem: string): OzoneConnectError {
  return new OzoneConnectError(`Ozone Connect ${reply.url} answered ${reply.status} with an unexpected body (${problem})`, {
    permanent: true,
    status: reply.status,
  });
}
