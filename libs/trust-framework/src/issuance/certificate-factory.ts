import { KeyObject } from 'node:crypto';
import { randomSerialNumber } from './identifiers';
import { spkiArrayBuffer, toWebCryptoSigningKey } from './keys';
import { BACKDATE_MS, CertificateProfile, DAY_MS, profileExtensions, validityDays } from './certificate-profiles';
import { ECDSA_SHA256, x509 } from './x509';

/** A CA able to sign: its certificate and its private key. */
export interface CertificateAuthority {
  certificate: x509.X509Certificate;
  key: KeyObject;
}

export interface CertificateRequest {
  subject: x509.JsonName;
  key: KeyObject;
  profile: CertificateProfile;
  now: Date;
}

interface Signer {
  name: x509.Name | x509.JsonName;
  key: KeyObject;
  /** Nothing may outlive the CA that signed it: a verifier would reject the tail of its validity. */
  notAfterCeiling: number;
}

export function createRootCertificate(request: CertificateRequest): Promise<x509.X509Certificate> {
  return sign(request, { name: request.subject, key: request.key, notAfterCeiling: Infinity });
}

export function createCertificate(request: CertificateRequest, issuer: CertificateAuthority): Promise<x509.X509Certificate> {
  const { subjectName, notAfter } = issuer.certificate;
  return sign(request, { name: subjectName, key: issuer.key, notAfterCeiling: notAfter.getTime() });
}

async function sign(request: CertificateRequest, signer: Signer): Promise<x509.X509Certificate> {
  const now = request.now.getTime();
  const publicKey = spkiArrayBuffer(request.key);
  return x509.X509CertificateGenerator.create({
    serialNumber: randomSerialNumber(),
    subject: request.subject,
    issuer: signer.name,
    publicKey,
    notBefore: new Date(now - BACKDATE_MS),
    notAfter: new Date(Math.min(now + validityDays(request.profile) * DAY_MS, signer.notAfterCeiling)),
    signingAlgorithm: ECDSA_SHA256,
    signingKey: await toWebCryptoSigningKey(signer.key),
    extensions: [
      ...profileExtensions(request.profile),
      await x509.SubjectKeyIdentifierExtension.create(publicKey),
      await x509.AuthorityKeyIdentifierExtension.create(spkiArrayBuffer(signer.key)),
    ],
  });
}
