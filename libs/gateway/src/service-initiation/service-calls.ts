import { ApiError, type Tenant } from '@hub/kernel';
import { OzoneConnectClients, OzoneConnectError, type ServiceCallExtras } from '@hub/ozone-connect';
import type { CallerIdentity } from '@hub/trust-framework';
import { Injectable, Logger } from '@nestjs/common';
import type { Request } from 'express';
import { BearerAccess, type VerifiedAccess } from '../access/bearer-access';
import { serviceResourceError } from '../mapping/index-internal';
import { TppRateLimiter } from '../rate-limit/tpp-rate-limiter';
import { o3ContextOf } from '../request/o3-context';
import { checkFapiHeaders } from '../request/request-headers';
import { atLfi } from '../access-log/api-call-context';

/** One client-credentials service operation as the gateway forwards it. */
export interface ServiceOperation {
  /** The scope the token must carry: fx, account-opening, insurance. */
  scope: string;
  /** The sectors whose LFIs offer the service; elsewhere the operation does not exist (404). */
  sectors: readonly string[];
  /** Parameterised TPP path, sent as o3-api-uri. */
  tppPath: string;
  method: 'GET' | 'POST' | 'PATCH';
}

/**
 * The steps every FX, account opening and insurance quote call shares: rate limit, an active
 * certificate-bound token with the operation's scope, the FAPI headers, then Ozone Connect with
 * the o3 headers of a call without consent. LFI errors become the standard's.
 */
@Injectable()
export class ServiceCalls {
  private readonly logger = new Logger('ServiceCalls');

  constructor(
    private readonly access: BearerAccess,
    private readonly clients: OzoneConnectClients,
    private readonly limiter: TppRateLimiter,
  ) {}

  async admit(tenant: Tenant, req: Request, caller: CallerIdentity, op: ServiceOperation): Promise<VerifiedAccess> {
    if (!op.sectors.includes(tenant.sector)) throw ApiError.notFound(`${tenant.name} does not offer this service`);
    if (caller.kind === 'tpp') this.limiter.take(tenant.id, caller.clientId);
    const access = await this.access.verify(tenant.id, req.headers.authorization, caller, op.scope);
    checkFapiHeaders(req.headers);
    return access;
  }

  /**
   * Ozone Connect: `{status, body}` of a 2xx; a 404 of the LFI is the TPP's 404 (the resource is
   * gone). `extra` carries the query and headers an operation's Ozone Connect document adds.
   */
  async forward(tenant: Tenant, req: Request, caller: CallerIdentity, op: ServiceOperation, ocPath: string, body?: unknown, extra?: ServiceCallExtras): Promise<{ status: number; body: unknown }> {
    try {
      return await atLfi(() => this.clients.forTenant(tenant.id).callService(op.method, ocPath, body, o3ContextOf(req, caller, { apiUri: op.tppPath, method: op.method }), extra));
    } catch (e) {
      if (!(e instanceof OzoneConnectError)) throw e;
      this.logger.warn({ reason: e.message }, 'Ozone Connect call failed');
      throw serviceResourceError(e);
    }
  }
}
