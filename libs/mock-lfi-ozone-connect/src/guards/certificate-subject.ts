import { ApiError } from '@hub/kernel';
import type { LfiProfile, LfiTenantProfile } from '@hub/mock-lfi-data';
import type { Request } from 'express';
import type { TLSSocket } from 'node:tls';

/** The organisation named by the caller's client certificate: O (name) and OU (organisation id). */
export interface PeerOrganisation {
  organisationName: string;
  organisationId: string;
}

/** Node prints one attribute per line with RFC 2253 escapes (`O=Acme\, Ltd`); undo them. */
function subjectAttribute(subject: string, attribute: string): string | undefined {
  const line = subject.split('\n').find((l) => l.startsWith(`${attribute}=`));
  return line?.slice(attribute.length + 1).replace(/\\(.)/g, '$1');
}

/** JWT auth binds the token to the TLS client: its `iss` and `sub` must be these two values. */
export function peerOrganisation(req: Request): PeerOrganisation | undefined {
  const cert = (req.socket as TLSSocket).getPeerX509Certificate?.();
  if (!cert) return undefined;
  const organisationName = subjectAttribute(cert.subject, 'O');
  const organisationId = subjectAttribute(cert.subject, 'OU');
  return organisationName && organisationId ? { organisationName, organisationId } : undefined;
}

/**
 * The mTLS rule of the mock LFI's protected routes: the client certificate chains to the trust
 * framework CA and names one expected application of the tenant in the path (OU = organisation id,
 * CN = client id, the UAE certificate profile). Returns that tenant's profile.
 */
export function requireApplicationCertificate(
  req: Request,
  profile: LfiProfile,
  expected: (tenant: LfiTenantProfile) => { organisationId: string; clientId: string },
  who: string,
): LfiTenantProfile {
  const socket = req.socket as TLSSocket;
  const cert = socket.getPeerX509Certificate?.();
  if (!cert || !socket.authorized) throw ApiError.unauthorized(`this API requires ${who}'s client certificate (mTLS)`);
  const tenant = profile.tenants.find((t) => t.id === req.params.tenant);
  if (!tenant) throw ApiError.notFound(`No LFI tenant '${String(req.params.tenant)}' here`);
  const want = expected(tenant);
  const client = subjectAttribute(cert.subject, 'CN');
  if (subjectAttribute(cert.subject, 'OU') !== want.organisationId || client !== want.clientId) {
    throw ApiError.forbidden(`The certificate ${client ?? '?'} is not ${who} of ${tenant.id}`);
  }
  return tenant;
}
