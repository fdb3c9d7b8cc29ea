import { mtlsClientOptions } from '@hub/kernel';
import type { LfiProfile, LfiTenantProfile } from '@hub/mock-lfi-data';
import type { ConsentRecord } from '@hub/ozone-connect';
import type { OnModuleDestroy } from '@nestjs/common';
import { Agent, request } from 'undici';

/** What Headless Heimdall `GET /auth` answers (only the members the pages use are typed). */
export type HeimdallStart =
  | { kind: 'interaction'; interactionId: string; consentIds: string[]; tpp: HeimdallTpp; startedAt: number }
  | { kind: 'redirect'; location: string }
  | { kind: 'error'; error: string; description: string };

export interface HeimdallTpp {
  clientId: string;
  tppName: string;
  clientName?: string;
  logoUri?: string;
}

/** The members of Headless Heimdall's 200 answer to `GET /auth` that the pages read. */
interface HeimdallInteractionAnswer {
  interaction: { interactionId?: unknown; consentIdsList?: string[]; consentId?: string; interactionStartedAt?: unknown };
  tpp: { clientId: string; tppName: string; decodedSsa?: { client_name?: string; logo_uri?: string } };
}

/** Outcome of doConfirm/doFail: the TPP redirect, or why the hub refused (e.g. expired interaction). */
export type HeimdallFinish = { kind: 'redirect'; location: string } | { kind: 'error'; status: number; description: string };

export interface PsuConsentPage {
  data: ConsentRecord[];
  meta: { pageNumber?: number; pageSize?: number; totalPages?: number; totalRecords?: number };
}

/** The Consent Manager's status logs of the client-credentials services. */
export type ResourceLogKind = 'fx-quote-log' | 'account-opening-log' | 'insurance-quote-log';

/** An answer of the hub that the pages cannot continue from. */
export class HubCallError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'HubCallError';
  }
}

const TIMEOUT_MS = 10_000;

/**
 * The mock LFI's calls to its hub, as a real LFI's web back end makes them: Headless Heimdall
 * and the Consent Manager, over mTLS with the LFI's own (C3) certificate of that tenant.
 */
export class LfiHubClient implements OnModuleDestroy {
  private readonly agents = new Map<string, Agent>();

  constructor(private readonly profile: LfiProfile) {}

  /** `GET /auth` with every query parameter the user arrived with, unchanged. */
  async startAuthorization(tenant: LfiTenantProfile, query: string): Promise<HeimdallStart> {
    const res = await this.call(tenant, 'GET', `${tenant.headlessHeimdallUrl}/auth?${query}`);
    if (res.status === 303 && res.location) return { kind: 'redirect', location: res.location };
    if (res.status === 200) {
      const { interaction, tpp } = res.json as HeimdallInteractionAnswer;
      return {
        kind: 'interaction',
        interactionId: String(interaction.interactionId),
        consentIds: interaction.consentIdsList ?? [interaction.consentId].filter((id): id is string => Boolean(id)),
        startedAt: Number(interaction.interactionStartedAt ?? Date.now()),
        tpp: { clientId: tpp.clientId, tppName: tpp.tppName, clientName: tpp.decodedSsa?.client_name, logoUri: tpp.decodedSsa?.logo_uri },
      };
    }
    const body = (res.json ?? {}) as { error?: string; error_description?: string };
    return { kind: 'error', error: body.error ?? 'server_error', description: body.error_description ?? `the hub answered ${res.status}` };
  }

  confirm(tenant: LfiTenantProfile, interactionId: string): Promise<HeimdallFinish> {
    return this.finish(tenant, `${tenant.headlessHeimdallUrl}/auth/${encodeURIComponent(interactionId)}/doConfirm`, {});
  }

  fail(tenant: LfiTenantProfile, interactionId: string, description: string): Promise<HeimdallFinish> {
    return this.finish(tenant, `${tenant.headlessHeimdallUrl}/auth/${encodeURIComponent(interactionId)}/doFail`, { error: 'access_denied', error_description: description });
  }

  async consent(tenant: LfiTenantProfile, consentId: string): Promise<ConsentRecord> {
    const res = await this.call(tenant, 'GET', `${tenant.consentManagerUrl}/consents/${encodeURIComponent(consentId)}`);
    if (res.status !== 200) throw new HubCallError(res.status, describe(res, `consent ${consentId}`));
    return (res.json as { data: ConsentRecord }).data;
  }

  /** `PATCH /consents/{id}`: the LFI's decision (204 expected). */
  async patchConsent(tenant: LfiTenantProfile, consentId: string, patch: Record<string, unknown>): Promise<void> {
    const res = await this.call(tenant, 'PATCH', `${tenant.consentManagerUrl}/consents/${encodeURIComponent(consentId)}`, { 'content-type': 'application/json' }, JSON.stringify(patch));
    if (res.status !== 204 && res.status !== 200) throw new HubCallError(res.status, describe(res, `patch of consent ${consentId}`));
  }

  async consentsOfPsu(tenant: LfiTenantProfile, userId: string, page = 1): Promise<PsuConsentPage> {
    const res = await this.call(tenant, 'GET', `${tenant.consentManagerUrl}/psu/${encodeURIComponent(userId)}/consents?page=${page}&pageSize=100`);
    if (res.status !== 200) throw new HubCallError(res.status, describe(res, `consents of ${userId}`));
    return res.json as PsuConsentPage;
  }

  /** `POST /consents/{id}/action/revoke` on the user's behalf: the hub also revokes the TPP's tokens. */
  async revokeForUser(tenant: LfiTenantProfile, consentId: string, userId: string): Promise<void> {
    const body = JSON.stringify({ revokedBy: 'LFI.InitiatedByUser', revokedByPsu: { userId } });
    const res = await this.call(tenant, 'POST', `${tenant.consentManagerUrl}/consents/${encodeURIComponent(consentId)}/action/revoke`, { 'content-type': 'application/json' }, body);
    if (res.status !== 204 && res.status !== 200) throw new HubCallError(res.status, describe(res, `revocation of consent ${consentId}`));
  }

  /**
   * `PATCH /{kind}/{logId}` of the Consent Manager: the LFI moves an FX quote, account opening or
   * insurance quote forward (204 expected); the hub records it and notifies the TPP.
   */
  async patchResourceLog(tenant: LfiTenantProfile, kind: ResourceLogKind, logId: string, patch: Record<string, unknown>): Promise<void> {
    const res = await this.call(tenant, 'PATCH', `${tenant.consentManagerUrl}/${kind}/${encodeURIComponent(logId)}`, { 'content-type': 'application/json' }, JSON.stringify(patch));
    if (res.status !== 204 && res.status !== 200) throw new HubCallError(res.status, describe(res, `${kind} ${logId}`));
  }

  /**
   * `PATCH /payment-log/{paymentId}` of the Consent Manager (CbuaePatchPaymentRecordBody, dotted
   * keys): the LFI reports a payment's new status (204 expected); the hub notifies the TPP. Any
   * other answer throws HubCallError with its status: a 404 while the hub has not yet recorded the
   * payment it is being told about, a 400 when it refuses the change.
   */
  async patchPaymentLog(tenant: LfiTenantProfile, paymentId: string, patch: Record<string, unknown>): Promise<void> {
    const res = await this.call(tenant, 'PATCH', `${tenant.consentManagerUrl}/payment-log/${encodeURIComponent(paymentId)}`, { 'content-type': 'application/json' }, JSON.stringify(patch));
    if (res.status !== 204 && res.status !== 200) throw new HubCallError(res.status, describe(res, `payment-log ${paymentId}`));
  }

  onModuleDestroy(): Promise<void> {
    return this.close();
  }

  async close(): Promise<void> {
    await Promise.all([...this.agents.values()].map((agent) => agent.close()));
    this.agents.clear();
  }

  private async finish(tenant: LfiTenantProfile, url: string, form: Record<string, string>): Promise<HeimdallFinish> {
    const res = await this.call(tenant, 'POST', url, { 'content-type': 'application/x-www-form-urlencoded' }, new URLSearchParams(form).toString());
    if (res.status === 303 && res.location) return { kind: 'redirect', location: res.location };
    return { kind: 'error', status: res.status, description: describe(res, 'the interaction') };
  }

  private async call(tenant: LfiTenantProfile, method: string, url: string, headers: Record<string, string> = {}, body?: string) {
    const res = await request(url, { method: method as 'GET', headers, body, dispatcher: this.agentOf(tenant), headersTimeout: TIMEOUT_MS, bodyTimeout: TIMEOUT_MS });
    const text = await res.body.text();
    const location = res.headers.location;
    return { status: res.statusCode, location: typeof location === 'string' ? location : undefined, json: parse(text) };
  }

  private agentOf(tenant: LfiTenantProfile): Agent {
    let agent = this.agents.get(tenant.id);
    if (!agent) {
      agent = new Agent({ connect: mtlsClientOptions({ certFile: tenant.transportCertFile, keyFile: tenant.transportKeyFile, caFile: this.profile.caFile }) });
      this.agents.set(tenant.id, agent);
    }
    return agent;
  }
}

function parse(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

function describe(res: { status: number; json: unknown }, what: string): string {
  const body = (res.json ?? {}) as { errorMessage?: string; error_description?: string };
  return `${what}: the hub answered ${res.status}${body.errorMessage || body.error_description ? ` (${body.errorMessage ?? body.error_description})` : ''}`;
}
