import { AuthorizationServers } from '@hub/authorization';
import { ApiError } from '@hub/kernel';
import type { CallerIdentity } from '@hub/trust-framework';
import { Injectable } from '@nestjs/common';
import { noteConsent } from '../access-log/api-call-context';

/** What the gateway knows about a verified access token. */
export interface VerifiedAccess {
  clientId: string;
  scopes: string[];
  /** The consent an authorization-code token stands for; absent for client credentials. */
  consentId?: string;
}

interface StoredToken {
  clientId: string;
  scope?: string;
  'x5t#S256'?: string;
  extra?: { consent_id?: string };
}

function bearerOf(authorization: string | undefined): string | undefined {
  const m = /^Bearer\s+([\w.~+/-]+=*)$/i.exec(authorization ?? '');
  return m?.[1];
}

/**
 * Step 1 of the gateway: the access token must be active and unexpired at this tenant, issued to
 * the TPP whose certificate made the call, bound to that very certificate (`cnf.x5t#S256`) and
 * carry the operation's scope. Any token problem is a 401 without body (v2.1); a missing scope is
 * 403 AccessToken.InvalidScope.
 */
@Injectable()
export class BearerAccess {
  constructor(private readonly servers: AuthorizationServers) {}

  async verify(tenantId: string, authorization: string | undefined, caller: CallerIdentity, scope: string): Promise<VerifiedAccess> {
    const value = bearerOf(authorization);
    if (!value) throw ApiError.invalidToken('an access token (Authorization: Bearer) is required');
    const provider = this.servers.forTenant(tenantId);
    const token = ((await provider.AccessToken.find(value)) ?? (await provider.ClientCredentials.find(value))) as StoredToken | undefined;
    if (!token) throw ApiError.invalidToken('the access token is unknown, expired or revoked at this LFI');
    if (caller.kind !== 'tpp' || token.clientId !== caller.clientId) throw ApiError.invalidToken('the access token was issued to another client');
    if (token['x5t#S256'] !== caller.certificateSha256) throw ApiError.invalidToken('the access token is bound to another certificate');
    const scopes = String(token.scope ?? '').split(' ').filter(Boolean);
    if (!scopes.includes(scope)) throw new ApiError(403, 'AccessToken.InvalidScope', `this operation needs the ${scope} scope`);
    noteConsent(token.extra?.consent_id);
    return { clientId: token.clientId, scopes, consentId: token.extra?.consent_id };
  }
}
