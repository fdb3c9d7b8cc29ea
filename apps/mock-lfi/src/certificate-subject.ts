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
