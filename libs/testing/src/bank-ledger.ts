import { o3Headers, signJwtAuth, type O3Context } from '@hub/ozone-connect';
import { readDirectory } from '@hub/trust-framework';
import { importPKCS8 } from 'jose';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Agent, request } from 'undici';
import { authorizeConsentHeadlessly } from './headless-consent';
import { httpsCall } from './mtls-client';
import type { SandboxManifest } from './sandbox-process';
import type { TppClient } from './tpp-client';
import { minorUnits } from './payments-e2e';

/**
 * What the bank's books show, read the way a TPP may read them: a Bank Data Sharing consent of
 * the account's owner (ReadAccountsDetail, ReadBalances, ReadTransactionsDetail) through the hub.
 * Balances are compared in minor units, signed (Debit negative).
 */
export class AccountView {
  private constructor(
    private readonly m: SandboxManifest,
    private readonly tenantId: string,
    private readonly tpp: TppClient,
    readonly userId: string,
    readonly accountIds: string[],
    private readonly token: string,
  ) {}

  /** Authorizes a data-sharing consent of `userId` over `accountIds` (headlessly) for the reads. */
  static async open(m: SandboxManifest, tpp: TppClient, tenantId: string, userId: string, accountIds: string[]): Promise<AccountView> {
    const { tokens } = await authorizeConsentHeadlessly(m, tpp, {
      tenantId,
      redirectUri: m.tpps[0].redirectUris[0],
      userId,
      accountIds,
      permissions: ['ReadAccountsDetail', 'ReadBalances', 'ReadTransactionsDetail'],
    });
    return new AccountView(m, tenantId, tpp, userId, accountIds, tokens.access_token);
  }

  /** The access token of the data-sharing consent (e.g. to offer it where a payment token belongs). */
  get accessToken(): string {
    return this.token;
  }

  private async get(path: string): Promise<any> {
    const tenant = this.m.tenants.find((t) => t.id === this.tenantId)!;
    const res = await this.tpp.fetch(`${tenant.resourceServerUrl}/open-finance/account-information/v2.1${path}`, { headers: { authorization: `Bearer ${this.token}` } });
    const text = await res.text();
    if (res.status !== 200) throw new Error(`GET ${path} answered ${res.status}: ${text.slice(0, 300)}`);
    return JSON.parse(text);
  }

  /** The account's IBAN (AccountIdentifiers, SchemeName IBAN). */
  async iban(accountId: string): Promise<string> {
    const body = await this.get(`/accounts/${accountId}`);
    const account = body.Data.Account[0] ?? body.Data.Account;
    const ids: { SchemeName: string; Identification: string }[] = account.AccountIdentifiers ?? [];
    const iban = ids.find((i) => i.SchemeName === 'IBAN')?.Identification ?? ids.find((i) => /^AE\d{21}$/.test(i.Identification))?.Identification;
    if (!iban) throw new Error(`account ${accountId} shows no IBAN: ${JSON.stringify(ids)}`);
    return iban;
  }

  /** InterimAvailable (closing booked plus pending), in signed minor units. */
  async available(accountId: string): Promise<number> {
    const body = await this.get(`/accounts/${accountId}/balances`);
    const b = (body.Data.Balance as any[]).find((x) => x.Type === 'InterimAvailable');
    if (!b) throw new Error(`no InterimAvailable balance for ${accountId}: ${JSON.stringify(body.Data.Balance)}`);
    return (b.CreditDebitIndicator === 'Debit' ? -1 : 1) * minorUnits(b.Amount.Amount);
  }

  /** Every transaction of the account (one large page, newest data included). */
  async transactions(accountId: string): Promise<any[]> {
    const body = await this.get(`/accounts/${accountId}/transactions?page-size=1000`);
    return body.Data.Transaction ?? [];
  }

  /** The transactions that mention `text` anywhere (a payment's reference or id). */
  async transactionsMentioning(accountId: string, text: string): Promise<any[]> {
    return (await this.transactions(accountId)).filter((t) => JSON.stringify(t).includes(text));
  }
}

/** The Consent Manager's payment log of a consent, read as the LFI does (GET /payment-log?consentId=). */
export async function paymentLogOf(m: SandboxManifest, tenantId: string, consentId: string): Promise<{ status: number; body: any }> {
  const tenant = m.tenants.find((t) => t.id === tenantId)!;
  const lfi = m.lfiClients.find((c) => c.tenantId === tenantId)!;
  const res = await httpsCall(`${tenant.consentManagerUrl}/payment-log?consentId=${encodeURIComponent(consentId)}`, { caFile: m.caCertFile, client: lfi, headers: { accept: 'application/json' } });
  return { status: res.status, body: res.text ? JSON.parse(res.text) : undefined };
}

export interface OzoneConnectReply {
  status: number;
  text: string;
  body: any;
}

/** Ozone Connect calls made exactly as the hub makes them (its certificate, JWT auth, o3 headers): conformance and benchmarks. */
export interface HubOzoneConnect {
  call(method: 'GET' | 'POST', path: string, ctx: Omit<O3Context, 'callerOrgId' | 'callerClientId' | 'callerSoftwareStatementId' | 'ozoneInteractionId'>, body?: unknown): Promise<OzoneConnectReply>;
  close(): Promise<void>;
}

/** The hub's Ozone Connect client of `tenantId`, speaking for the manifest's first TPP. */
export async function hubOzoneConnect(m: SandboxManifest, certsDir: string, tenantId: string, connections = 8): Promise<HubOzoneConnect> {
  const tenant = m.tenants.find((t) => t.id === tenantId)!;
  const hub = readDirectory(certsDir).hubApplications.find((a) => a.tenantId === tenantId);
  if (!hub) throw new Error(`no hub application for ${tenantId} in ${certsDir}`);
  const key = await importPKCS8(readFileSync(hub.signingKeyFile, 'utf8'), 'PS256');
  const agent = new Agent({ connections, keepAliveTimeout: 10_000, connect: { ca: readFileSync(m.caCertFile), cert: readFileSync(hub.transportCertFile), key: readFileSync(hub.transportKeyFile) } });
  const base = tenant.ozoneConnectUrl.replace(/\/+$/, '');
  const tpp = m.tpps[0];
  return {
    async call(method, path, partial, body) {
      const interactionId = randomUUID();
      const ctx: O3Context = { callerOrgId: tpp.organisationId, callerClientId: tpp.clientId, callerSoftwareStatementId: tpp.softwareStatementId, callerInteractionId: interactionId, ozoneInteractionId: interactionId, ...partial };
      // A fresh JWT auth per call: the LFI refuses a jti it has seen.
      const jwt = await signJwtAuth({ privateKey: key, kid: hub.signingKid, issuer: hub.organisationName, subject: hub.organisationId, audience: tenantId });
      const res = await request(`${base}${path}`, {
        method,
        dispatcher: agent,
        headers: { ...o3Headers(tenantId, ctx), 'x-fapi-interaction-id': interactionId, accept: 'application/json', authorization: `Bearer ${jwt}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.body.text();
      let parsed: unknown;
      try {
        parsed = text ? JSON.parse(text) : undefined;
      } catch {
        parsed = undefined;
      }
      return { status: res.statusCode, text, body: parsed };
    },
    close: () => agent.close(),
  };
}
