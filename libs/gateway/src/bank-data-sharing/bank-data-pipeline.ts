import { ConsentService, asApi } from '@hub/consent';
import { ApiError, Clock, interactionIdOf, Tenant } from '@hub/kernel';
import { ConsentRecord, O3Context, OzoneConnectClients, OzoneConnectError } from '@hub/ozone-connect';
import type { CallerIdentity } from '@hub/trust-framework';
import { Injectable, Logger } from '@nestjs/common';
import type { Request } from 'express';
import { BearerAccess } from '../access/bearer-access';
import { TppRateLimiter } from '../rate-limit/tpp-rate-limiter';
import { mapBankDataResponse, mapOzoneError } from '../mapping/index-internal';
import { checkFapiHeaders, dateTimeParam, pageOf } from '../request/request-headers';
import { BankDataOperation } from './bank-data-operations';
import { consentAccess } from './consent-access';

/** Usage is recorded at most this often per consent, so reads do not become a write storm. */
const USAGE_RESOLUTION_MS = 60_000;

/**
 * One Bank Data Sharing call through the hub, step by step: (1) token, (2) consent, (3) request,
 * (4) Ozone Connect with o3 headers and JWT auth, (5) the answer mapped to the standard and the
 * consent's usage recorded. Each step is a small function tested on its own.
 */
@Injectable()
export class BankDataPipeline {
  private readonly logger = new Logger('BankDataPipeline');

  constructor(
    private readonly access: BearerAccess,
    private readonly consents: ConsentService,
    private readonly clients: OzoneConnectClients,
    private readonly clock: Clock,
    private readonly limiter: TppRateLimiter,
  ) {}

  async run(tenant: Tenant, req: Request, caller: CallerIdentity, op: BankDataOperation, accountId?: string): Promise<unknown> {
    if (caller.kind === 'tpp') this.limiter.take(tenant.id, caller.clientId);
    const token = await this.access.verify(tenant.id, req.headers.authorization, caller, 'accounts');
    if (!token.consentId) throw new ApiError(403, 'AccessToken.InvalidScope', 'this operation needs a token from the authorization code grant of an account access consent');
    const consent = await asApi(() => this.consents.get(tenant.id, token.consentId!, { tppClientId: token.clientId }));
    const grant = consentAccess(consent, op, accountId);
    checkFapiHeaders(req.headers);
    const { page, pageSize } = pageOf(req.query as Record<string, unknown>);
    const query = this.ocQuery(op, consent, req.query as Record<string, unknown>, page, pageSize);
    const answer = await this.callLfi(tenant, op, accountId, query, this.o3Context(req, caller, consent, op));
    await this.recordUsage(tenant, consent);
    const selfUrl = `${req.protocol}://${req.get('host')}${req.originalUrl}`;
    return mapBankDataResponse(op.resource, answer as { data: unknown; meta?: Record<string, unknown> }, { selfUrl, page, pageSize }, { detail: grant.detail });
  }

  private ocQuery(op: BankDataOperation, consent: ConsentRecord, query: Record<string, unknown>, page: number, pageSize: number): Record<string, string | undefined> {
    return {
      ...(op.resource === 'accounts' ? { accountIds: (consent.accountIds ?? []).join(',') } : {}),
      ...(op.resource === 'transactions'
        ? { fromBookingDateTime: dateTimeParam(query, 'fromBookingDateTime'), toBookingDateTime: dateTimeParam(query, 'toBookingDateTime') }
        : {}),
      ...(op.paginated ? { page: String(page), 'page-size': String(pageSize) } : {}),
    };
  }

  private o3Context(req: Request, caller: CallerIdentity, consent: ConsentRecord, op: BankDataOperation): O3Context {
    const sent = req.headers['x-fapi-interaction-id'];
    return {
      callerOrgId: caller.organisationId,
      callerClientId: caller.clientId,
      callerSoftwareStatementId: caller.softwareStatementId,
      apiUri: op.tppPath,
      apiOperation: 'GET',
      consentId: consent.id,
      psuIdentifiers: consent.psuIdentifiers,
      callerInteractionId: typeof sent === 'string' ? sent : undefined,
      ozoneInteractionId: interactionIdOf(req),
    };
  }

  /** Step 4: LFI errors become the standard's; a 5xx, timeout or silence is a recoverable error without the LFI's internals. */
  private async callLfi(tenant: Tenant, op: BankDataOperation, accountId: string | undefined, query: Record<string, string | undefined>, ctx: O3Context): Promise<unknown> {
    try {
      return (await this.clients.forTenant(tenant.id).getResource(op.ocPath(accountId ?? ''), query, ctx)).body;
    } catch (e) {
      if (!(e instanceof OzoneConnectError)) throw e;
      this.logger.warn({ reason: e.message }, 'Ozone Connect call failed');
      const mapped = mapOzoneError(e.status ?? 503, e.status ? { errorCode: e.errorCode, errorMessage: e.errorMessage } : undefined);
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
