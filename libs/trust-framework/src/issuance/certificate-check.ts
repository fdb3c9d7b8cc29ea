import { KeyObject, X509Certificate } from 'node:crypto';
import { CertificateProfile, DAY_MS, generalNames } from './certificate-profiles';
import { spkiDer } from './keys';
import { x509 } from './x509';

const EKU_SERVER_AUTH = '1.3.6.1.5.5.7.3.1';
const EKU_CLIENT_AUTH = '1.3.6.1.5.5.7.3.2';

export interface CertificateExpectation {
  subject: x509.JsonName;
  key: KeyObject;
  profile: CertificateProfile;
  /** The CA that must have signed it; absent for the self-signed root. */
  issuer?: X509Certificate;
  now: Date;
  renewBeforeDays: number;
}

/**
 * Whether a certificate on disk can stay: anything that no longer matches what would be issued
 * today (expiring, other key, other CA, other subject or host names) is re-issued instead of
 * being reported, because nobody is expected to repair sandbox certificates by hand.
 */
export function isReusable(pem: string | undefined, expected: CertificateExpectation): boolean {
  const parsed = parse(pem);
  if (!parsed) return false;
  const { cert, details } = parsed;
  return (
    isWithinValidity(cert, expected) &&
    cert.publicKey.export({ type: 'spki', format: 'der' }).equals(spkiDer(expected.key)) &&
    isSignedBy(cert, expected.issuer ?? cert) &&
    hasSubject(details, expected.subject) &&
    fitsProfile(cert, details, expected.profile)
  );
}

/** Node's parser for the checks OpenSSL does best, @peculiar/x509's for names and extensions. */
function parse(pem: string | undefined): { cert: X509Certificate; details: x509.X509Certificate } | undefined {
  if (!pem) return undefined;
  try {
    return { cert: new X509Certificate(pem), details: new x509.X509Certificate(pem) };
  } catch {
    return undefined;
  }
}

function isWithinValidity(cert: X509Certificate, expected: CertificateExpectation): boolean {
  const now = expected.now.getTime();
  const renewFrom = new Date(cert.validTo).getTime() - expected.renewBeforeDays * DAY_MS;
  return new Date(cert.validFrom).getTime() <= now && now < renewFrom;
}

function isSignedBy(cert: X509Certificate, issuer: X509Certificate): boolean {
  return cert.checkIssued(issuer) && cert.verify(issuer.publicKey);
}

/** Compared through @peculiar/x509's rendering so escaping (a comma in a bank's name) cannot differ. */
function hasSubject(details: x509.X509Certificate, subject: x509.JsonName): boolean {
  return details.subjectName.toString() === new x509.Name(subject).toString();
}

function fitsProfile(cert: X509Certificate, details: x509.X509Certificate, profile: CertificateProfile): boolean {
  switch (profile.kind) {
    case 'root-ca':
    case 'issuing-ca':
      return cert.ca;
    case 'client':
      return !cert.ca && (cert.keyUsage ?? []).includes(EKU_CLIENT_AUTH);
    case 'server':
      return !cert.ca && (cert.keyUsage ?? []).includes(EKU_SERVER_AUTH) && sameNames(details, profile.hostnames);
  }
}

function sameNames(details: x509.X509Certificate, hostnames: string[]): boolean {
  const san = details.getExtension(x509.SubjectAlternativeNameExtension);
  const actual = san ? canonicalNames(san.names.toJSON()) : '';
  return actual === canonicalNames(new x509.SubjectAlternativeNameExtension(generalNames(hostnames)).names.toJSON());
}

function canonicalNames(names: x509.JsonGeneralName[]): string {
  return names.map((n) => `${n.type}:${n.value.toLowerCase()}`).sort().join(',');
}
