import { X509Certificate } from 'node:crypto';

/** The organisation a UAE trust framework certificate names: `O` (name) and `OU` (organisation id). */
export interface CertificateOrganisation {
  organisationName: string;
  organisationId: string;
}

/**
 * Node prints a subject one attribute per line with RFC 2253 escapes (`O=Acme\, Ltd`); undo the
 * single-character escapes so the claim carries the name as issued.
 */
function subjectAttribute(subject: string, attribute: string): string | undefined {
  const line = subject.split('\n').find((l) => l.startsWith(`${attribute}=`));
  return line?.slice(attribute.length + 1).replace(/\\(.)/g, '$1');
}

/** Reads O and OU from a PEM certificate; JWT auth's `iss` and `sub` must equal them. */
export function certificateOrganisation(certificatePem: string | Buffer): CertificateOrganisation {
  const { subject } = new X509Certificate(certificatePem);
  const organisationName = subjectAttribute(subject, 'O');
  const organisationId = subjectAttribute(subject, 'OU');
  if (!organisationName || !organisationId) {
    throw new Error(`The certificate subject names no O and OU, which JWT auth needs: ${subject.replace(/\n/g, ', ')}`);
  }
  return { organisationName, organisationId };
}
