import { X509Certificate } from 'node:crypto';
import { join } from 'node:path';
import { TlsFiles } from '../directory/directory.types';
import { readIfExists, writeFileAtomic, writeFileIfChanged } from '../issuance/atomic-file';
import { CertificateAuthority, createCertificate } from '../issuance/certificate-factory';
import { isReusable } from '../issuance/certificate-check';
import { CertificateProfile } from '../issuance/certificate-profiles';
import { base64urlSha256 } from '../issuance/identifiers';
import { PublicJwk, KeyUse, publicJwk, serializeJwks } from '../issuance/jwks';
import { loadOrCreateKey } from '../issuance/keys';
import { x509 } from '../issuance/x509';

/** Everything an issuance run decides once and every certificate under the CA needs. */
export interface IssuanceContext {
  certsDir: string;
  now: Date;
  renewBeforeDays: number;
  serverHostnames: string[];
  issuingCa: CertificateAuthority;
  /** The same certificate as issuingCa, parsed by node for the signature checks. */
  issuingCaCertificate: X509Certificate;
  /** Set when the CA was re-issued in this run: everything under it follows. */
  reissueAll: boolean;
}

export interface EnsuredCertificate {
  /** base64url SHA-256 of the DER, as in directory.json. */
  sha256: string;
  reissued: boolean;
}

/** End-entity certificates are always P-256 (fast TLS handshakes on a small machine). */
export async function ensureLeafCertificate(
  ctx: IssuanceContext,
  files: TlsFiles,
  subject: x509.JsonName,
  profile: CertificateProfile,
): Promise<EnsuredCertificate> {
  const { privateKey: key } = await loadOrCreateKey(files.keyFile, 'ec');
  const pem = readIfExists(files.certFile);
  const expected = { subject, key, profile, issuer: ctx.issuingCaCertificate, now: ctx.now, renewBeforeDays: ctx.renewBeforeDays };
  if (pem && !ctx.reissueAll && isReusable(pem, expected)) {
    return { sha256: base64urlSha256(new X509Certificate(pem).raw), reissued: false };
  }
  const cert = await createCertificate({ subject, key, profile, now: ctx.now }, ctx.issuingCa);
  writeFileAtomic(files.certFile, `${cert.toString('pem')}\n`);
  return { sha256: base64urlSha256(new Uint8Array(cert.rawData)), reissued: true };
}

export interface EnsuredJwk {
  keyFile: string;
  jwk: PublicJwk;
}

/** RSA-2048: PS256 for `sig`, RSA-OAEP-256 for `enc`. */
export async function ensureApplicationKey(dir: string, use: KeyUse): Promise<EnsuredJwk> {
  const keyFile = join(dir, use === 'sig' ? 'signing.key' : 'encryption.key');
  const { privateKey } = await loadOrCreateKey(keyFile, 'rsa');
  return { keyFile, jwk: await publicJwk(privateKey, use) };
}

export function writeApplicationJwks(dir: string, keys: EnsuredJwk[]): string {
  const jwksFile = join(dir, 'application.jwks');
  writeFileIfChanged(jwksFile, serializeJwks({ keys: keys.map((k) => k.jwk) }));
  return jwksFile;
}
