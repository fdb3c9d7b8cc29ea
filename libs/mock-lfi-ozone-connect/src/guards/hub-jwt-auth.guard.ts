import { ApiError } from '@hub/kernel';
import { LFI_PROFILE, type LfiProfile, type LfiTenantProfile } from '@hub/mock-lfi-data';
import { JWT_AUTH_LIFETIME_SECONDS } from '@hub/ozone-connect';
import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { errors } from 'jose';
import { peerOrganisation, type PeerOrganisation } from './certificate-subject';
import { HubJwks } from './hub-jwks';
import { JtiReplayCache } from './jti-replay-cache';

/** The standard's tolerance for the clocks of hub and LFI. */
export const CLOCK_SKEW_SECONDS = 10;

/**
 * Ozone Connect "JWT Auth" as the receiving LFI checks it: a PS256 JWT signed with a key of the
 * hub application's JWKS, addressed to this tenant, issued by the organisation of the client
 * certificate on the connection (O as `iss`, OU as `sub`), short-lived and used once.
 * Runs after HubClientGuard, which has already admitted the certificate.
 */
@Injectable()
export class HubJwtAuthGuard implements CanActivate {
  constructor(
    @Inject(LFI_PROFILE) private readonly profile: LfiProfile,
    private readonly jwks: HubJwks,
    private readonly replays: JtiReplayCache,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<Request>();
    const tenant = this.profile.tenants.find((t) => t.id === req.params.tenant);
    if (!tenant) throw ApiError.notFound(`No LFI tenant '${String(req.params.tenant)}' here`);
    const token = bearerToken(req);
    const jwksUrl = tenant.hubClient.jwksUrl;
    if (!jwksUrl) throw ApiError.unauthorized(`JWT auth cannot be verified: the profile of ${tenant.id} names no hub JWKS (hubClient.jwksUrl)`);
    const sender = peerOrganisation(req);
    if (!sender) throw ApiError.unauthorized('JWT auth needs a client certificate naming O and OU, which iss and sub must match');
    const { exp, iat, jti, iss } = await this.verify(token, jwksUrl, tenant, sender);
    if (typeof jti !== 'string' || !jti) throw refused('jti must be a non-empty string');
    if (exp - iat > JWT_AUTH_LIFETIME_SECONDS) throw refused(`exp is ${exp - iat} s after iat; at most ${JWT_AUTH_LIFETIME_SECONDS} s are allowed`);
    if (!this.replays.remember(`${tenant.id} ${iss} ${jti}`, (exp + CLOCK_SKEW_SECONDS) * 1000)) throw refused(`jti ${jti} was already used (replay)`);
    return true;
  }

  private async verify(token: string, jwksUrl: string, tenant: LfiTenantProfile, sender: PeerOrganisation) {
    try {
      const { payload } = await this.jwks.verify(token, jwksUrl, {
        algorithms: ['PS256'],
        typ: 'JOSE',
        audience: tenant.id,
        issuer: sender.organisationName,
        subject: sender.organisationId,
        clockTolerance: CLOCK_SKEW_SECONDS,
        maxTokenAge: JWT_AUTH_LIFETIME_SECONDS,
        requiredClaims: ['exp', 'iat', 'jti'],
      });
      return payload as { exp: number; iat: number; jti: string; iss: string };
    } catch (e) {
      if (e instanceof ApiError) throw e;
      throw refused(reasonOf(e, tenant, sender, jwksUrl));
    }
  }
}

function bearerToken(req: Request): string {
  const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
  if (!match) throw ApiError.unauthorized('Ozone Connect requires JWT auth: send Authorization: Bearer <JWT signed by the hub application>');
  return match[1];
}

function refused(reason: string): ApiError {
  return ApiError.unauthorized(`JWT auth refused: ${reason}`);
}

/** Says which expectation failed, so whoever operates the hub can fix it. */
function reasonOf(e: unknown, tenant: LfiTenantProfile, sender: PeerOrganisation, jwksUrl: string): string {
  if (e instanceof errors.JOSEAlgNotAllowed) return 'alg must be PS256';
  if (e instanceof errors.JWKSNoMatchingKey) return `no key of the hub JWKS ${jwksUrl} matches the JWT's kid`;
  if (e instanceof errors.JWSSignatureVerificationFailed) return `the signature does not verify with the hub JWKS ${jwksUrl}`;
  if (e instanceof errors.JWTExpired) return `the JWT is expired or too old (${e.claim}, ${CLOCK_SKEW_SECONDS} s skew allowed)`;
  if (e instanceof errors.JWTClaimValidationFailed) {
    const expected: Record<string, string> = {
      aud: `aud must be '${tenant.id}', this LFI's provider id`,
      iss: `iss must be '${sender.organisationName}', the O of the client certificate`,
      sub: `sub must be '${sender.organisationId}', the OU of the client certificate`,
      typ: 'the JOSE header typ must be JOSE',
    };
    return e.reason === 'check_failed' && expected[e.claim] ? expected[e.claim] : e.message;
  }
  if (e instanceof errors.JOSEError) return `malformed JWT (${e.message})`;
  return (e as Error).message;
}
