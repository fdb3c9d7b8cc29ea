import { X509Certificate } from 'node:crypto';
import { join } from 'node:path';
import { readIfExists, writeFileAtomic, writeFileIfChanged } from '../issuance/atomic-file';
import { CertificateAuthority, createCertificate, createRootCertificate } from '../issuance/certificate-factory';
import { isReusable } from '../issuance/certificate-check';
import {
  CertificateProfile,
  ISSUING_CA_COMMON_NAME,
  ROOT_CA_COMMON_NAME,
  subjectName,
  TRUST_FRAMEWORK_ORGANISATION,
} from '../issuance/certificate-profiles';
import { KeyMaterial, loadKey, loadOrCreateKey } from '../issuance/keys';
import { x509 } from '../issuance/x509';

export interface CaFiles {
  rootCaCertFile: string;
  rootCaKeyFile: string;
  issuingCaCertFile: string;
  issuingCaKeyFile: string;
  caBundleFile: string;
}

export interface EnsuredCertificateAuthority {
  files: CaFiles;
  issuingCa: CertificateAuthority;
  issuingCaCertificate: X509Certificate;
  reissued: boolean;
}

export function caFiles(certsDir: string): CaFiles {
  const ca = join(certsDir, 'ca');
  return {
    rootCaCertFile: join(ca, 'root.pem'),
    rootCaKeyFile: join(ca, 'root.key'),
    issuingCaCertFile: join(ca, 'issuing.pem'),
    issuingCaKeyFile: join(ca, 'issuing.key'),
    caBundleFile: join(ca, 'bundle.pem'),
  };
}

export const ROOT_CA_SUBJECT = subjectName({ organisationName: TRUST_FRAMEWORK_ORGANISATION, commonName: ROOT_CA_COMMON_NAME });
export const ISSUING_CA_SUBJECT = subjectName({ organisationName: TRUST_FRAMEWORK_ORGANISATION, commonName: ISSUING_CA_COMMON_NAME });

interface CaState {
  pem: string;
  key: KeyMaterial;
  reissued: boolean;
}

export async function ensureCertificateAuthority(certsDir: string, now: Date, renewBeforeDays: number): Promise<EnsuredCertificateAuthority> {
  const files = caFiles(certsDir);
  const root = await ensureCa(files.rootCaCertFile, files.rootCaKeyFile, ROOT_CA_SUBJECT, { kind: 'root-ca' }, { now, renewBeforeDays });
  const rootCa = { certificate: new x509.X509Certificate(root.pem), key: root.key.privateKey };
  const issuing = await ensureCa(files.issuingCaCertFile, files.issuingCaKeyFile, ISSUING_CA_SUBJECT, { kind: 'issuing-ca' }, {
    now,
    renewBeforeDays,
    signer: rootCa,
    forced: root.reissued,
  });
  writeFileIfChanged(files.caBundleFile, `${issuing.pem.trim()}\n${root.pem.trim()}\n`);
  return {
    files,
    issuingCa: { certificate: new x509.X509Certificate(issuing.pem), key: issuing.key.privateKey },
    issuingCaCertificate: new X509Certificate(issuing.pem),
    reissued: root.reissued || issuing.reissued,
  };
}

interface CaRun {
  now: Date;
  renewBeforeDays: number;
  /** Absent for the self-signed root. */
  signer?: CertificateAuthority;
  forced?: boolean;
}

/** The CA key is kept across re-issues, like any other key: only the certificate is new. */
async function ensureCa(certFile: string, keyFile: string, subject: x509.JsonName, profile: CertificateProfile, run: CaRun): Promise<CaState> {
  const key = await loadOrCreateKey(keyFile, 'ec');
  const existing = readIfExists(certFile);
  const issuer = run.signer ? new X509Certificate(run.signer.certificate.toString('pem')) : undefined;
  const expected = { subject, key: key.privateKey, profile, issuer, now: run.now, renewBeforeDays: run.renewBeforeDays };
  if (existing && !run.forced && isReusable(existing, expected)) return { pem: existing, key, reissued: false };
  const request = { subject, key: key.privateKey, profile, now: run.now };
  const cert = run.signer ? await createCertificate(request, run.signer) : await createRootCertificate(request);
  const pem = `${cert.toString('pem')}\n`;
  writeFileAtomic(certFile, pem);
  return { pem, key, reissued: true };
}

/** The CA as it is on disk, for issuing one more application without a full run (the `tf` CLI). */
export function loadCertificateAuthority(certsDir: string, now: Date): EnsuredCertificateAuthority {
  const files = caFiles(certsDir);
  const pem = readIfExists(files.issuingCaCertFile);
  const key = loadKey(files.issuingCaKeyFile, 'ec');
  if (!pem || !key) throw new Error(`The sandbox issuing CA is missing in ${certsDir}: run "npm start" (or ensureTrustFramework) first`);
  const issuingCaCertificate = new X509Certificate(pem);
  if (new Date(issuingCaCertificate.validTo) <= now) {
    throw new Error(`The sandbox issuing CA expired on ${issuingCaCertificate.validTo}: run "npm start" to renew the trust framework first`);
  }
  return {
    files,
    issuingCa: { certificate: new x509.X509Certificate(pem), key: key.privateKey },
    issuingCaCertificate,
    reissued: false,
  };
}
