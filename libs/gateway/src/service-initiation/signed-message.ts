import { ApiError, InjectConfig, SandboxConfig, type Tenant, type TenantConfig, tenantUrls } from '@hub/kernel';
import { TrustDirectory, type CallerIdentity } from '@hub/trust-framework';
import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import type { JSONWebKeySet } from 'jose';
import { readPatchBody } from '../consent-resources/request-body';
import { verifySignedBody } from '../consent-resources/signed-body';

/**
 * Reads the `message` of an `application/jwt` request body once its PS256 signature (one of the
 * calling TPP's keys in the trust directory), `iss` (the TPP), `aud` (this LFI, when given) and
 * time claims are checked. With `jsonAllowed`, an `application/json` body is the message itself.
 */
@Injectable()
export class TppMessages {
  constructor(
    private readonly directory: TrustDirectory,
    @InjectConfig() private readonly config: SandboxConfig,
  ) {}

  async read(req: Request, caller: CallerIdentity, tenant: Tenant, o: { jsonAllowed: boolean }): Promise<unknown> {
    const body = await readPatchBody(req);
    if (body.kind === 'json') {
      if (!o.jsonAllowed) throw new ApiError(415, 'Body.InvalidFormat', 'the body must be a signed application/jwt');
      return body.body;
    }
    const jwks = this.directory.applicationJwks(caller.organisationId, caller.softwareStatementId);
    if (!jwks) throw ApiError.badRequest('no signing keys of this TPP are registered', undefined, 'JWS.InvalidSignature');
    const urls = tenantUrls(this.config, tenant as TenantConfig);
    return verifySignedBody(body.jws, { clientId: caller.clientId, jwks: jwks as JSONWebKeySet, audiences: [urls.issuer, urls.resourceServerUrl, urls.base] });
  }
}
