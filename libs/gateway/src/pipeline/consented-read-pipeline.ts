import { asApi, ConsentService } from '@hub/consent';
import { ApiError, Clock, interactionIdOf, Tenant } from '@hub/kernel';
import { ConsentRecord, O3Context, OzoneConnectClients, OzoneConnectError } from '@hub/ozone-connect';
import type { CallerIdentity } from '@hub/trust-framework';
import { Injectable, Logger } from '@nestjs/common';
import type { Request } from 'express';
import { BearerAccess } from '../access/bearer-access';
import { mapOzoneConnectError, PageContext } from '../mapping/index-internal';
import { DataAccessLog } from '../access-log/data-access-log';
import { TppRateLimiter } from '../rate-limit/tpp-rate-limiter';
import { o3ContextOf } from '../request/o3-context';
import { checkFapiHeaders, pageOf } from '../request/request-headers';
import { assertConsentReadable } from './consent-read-rule';
import { atLfi } from '../access-log/api-call-context';

/** Usage is recorded at most this often per consent, so reads do not become a write storm. */
const USAGE_RESOLUTION_MS = 60_000;

/** One consented read operation, as a family (bank data, insurance) describes it to the pipeline. */
export interface ConsentedRead<G> {
  /** The scope the token must carry (accounts, insurance). */
  scope: string;
  /** The consent type the token's consent must be. */
  consentType: string;
  /** Parameterised TPP path, sent as o3-api-uri. */
  tppPath: string;
  ocPath: string;
  paginated: boolean;
  /** Step 2, for a consent that may be read: what it allows for this call (throws the standard's refusal). */
  access(consent: ConsentRecord): G;
  /** Family-specific query members for Ozone Connect (the consent's ids, date filters). */
  ocQuery(consent: ConsentRecord, query: Record<string, unknown>): Record<string, string | undefined>;
  /** Family-specific o3 headers the consent decides (o3-fx-transactions on transaction reads). */
  o3?(consent: ConsentRecord): Pick<O3Context, 'fxTransactions'>;
  /** Step 5: the LFI's answer in the standard's shape. */
  map(answer: { data: unknown; meta?: Record<string, unknown> }, page: PageContext, grant: G): unknown;
}

/**
 * A consented read through the hub, step by step: (0) rate, (1) token, (2) consent, (3) request,
 * (4) Ozone Connect with o3 headers and JWT auth, (5) the answer mapped to the standard and the
 * consent's usage recorded. Each step is a small function tested on its own; the families only
 * describe their operations.
 */
@Injectable()
export class ConsentedReadPipeline {
  private readonly logger = new Logger('ConsentedReadPipeline');

  constructor(
    private readonly access: BearerAccess,
    private readonly consents: ConsentService,
    private readonly clients: OzoneConnectClients,
    private readonly clock: Clock,
    private readonly limiter: TppRateLimiter,
    private readonly accessLog: DataAccessLog,
  ) {}

  async run<G>(tenant: Tenant, req: Request, caller: CallerIdentity, op: ConsentedRead<G>): Promise<unknown> {
    if (caller.kind === 'tpp') this.limiter.take(tenant.id, caller.clientId);
    const token = await this.access.verify(tenant.id, req.headers.authorization, caller, op.scope);
    if (!token.consentId) throw new ApiError(403, 'AccessToken.InvalidScope', 'this operation needs a token from the authorization code grant of a consent');
    const consent = await asApi(() => this.consents.get(tenant.id, token.consentId!, { tppClientId: token.clientId }));
    if (consent.consentType !== op.consentType) throw new ApiError(403, 'AccessToken.InvalidScope', `this operation needs a ${op.consentType} consent`);
    assertConsentReadable(consent);
    const grant = op.access(consent);
    return this.readAndRecord(tenant, req, caller, op, consent, grant);
  }

  /** Steps 3–5, with the outcome written to the data access log whatever it is. */
  private async readAndRecord<G>(tenant: Tenant, req: Request, caller: CallerIdentity, op: ConsentedRead<G>, consent: ConsentRecord, grant: G): Promise<unknown> {
    let status = 500;
    try {
      const body = await this.read(tenant, req, caller, op, consent, grant);
      status = 200;
      return body;
    } catch (e) {
      status = (e as ApiError).status ?? 500;
      throw e;
    } finally {
      await this.accessLog.record({ tenantId: tenant.id, consentId: consent.id, clientId: caller.clientId, apiUri: op.tppPath, status, interactionId: interactionIdOf(req) });
    }
  }

  private async read<G>(tenant: Tenant, req: Request, caller: CallerIdentity, op: ConsentedRead<G>, consent: ConsentRecord, grant: G): Promise<unknown> {
    checkFapiHeaders(req.headers);
    const query = req.query as Record<string, unknown>;
    const { page, pageSize } = pageOf(query);
    const ocQuery = { ...op.ocQuery(consent, query), ...(op.paginated ? { page: String(page), 'page-size': String(pageSize) } : {}) };
    const o3 = o3ContextOf(req, caller, { apiUri: op.tppPath, method: 'GET' }, { consentId: consent.id, psuIdentifiers: consent.psuIdentifiers, ...op.o3?.(consent) });
    const answer = await this.callLfi(tenant, op, ocQuery, o3);
    await this.recordUsage(tenant, consent);
    const selfUrl = `${req.protocol}://${req.get('host')}${req.originalUrl}`;
    return op.map(answer as { data: unknown; meta?: Record<string, unknown> }, { selfUrl, page, pageSize }, grant);
  }

  /** Step 4: LFI errors become the standard's; a 5xx, timeout or silence is a recoverable error without the LFI's internals. */
  private async callLfi(tenant: Tenant, op: ConsentedRead<unknown>, query: Record<string, string | undefined>, ctx: O3Context): Promise<unknown> {
    try {
      return (await atLfi(() => this.clients.forTenant(tenant.id).getResource(op.ocPath, query, ctx))).body;
    } catch (e) {
      if (!(e instanceof OzoneConnectError)) throw e;
      this.logger.warn({ reason: e.message }, 'Ozone Connect call failed');
      const mapped = mapOzoneConnectError(e);
      throw new ApiError(mapped.status, mapped.code, mapped.message);
    }
  }

  /** Step 5: consentUsage.lastDataShared, at most once a minute per consent. */
  private async recordUsage(tenant: Tenant, consent: ConsentRecord): Promise<void> {
    const now = this.clock.now();
    const last = Date.parse(consent.consentUsage?.lastDataShared ?? '');
    if (!Number.isNaN(last) && now.getTime() - last < USAGE_RESOLUTION_MS) return;
    await this.consents
      .patch(tenant.id, consent.id, { consentUsage: { ...consent.consentUsage, lastDataShared: now.toISOString() } }, { actor: 'Hub', interactionId: `usage-${consent.id}` })
      .catch((e) => this.logger.warn({ err: e }, 'could not record consent usage'));
  }
}
