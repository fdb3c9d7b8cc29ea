import { isIP } from 'node:net';
import { x509 } from './x509';

export const DAY_MS = 24 * 60 * 60 * 1000;

export const ROOT_CA_VALIDITY_DAYS = 3650;
export const ISSUING_CA_VALIDITY_DAYS = 1825;
export const LEAF_VALIDITY_DAYS = 365;
/** Tolerates small clock differences between the processes and machines that check a new certificate. */
export const BACKDATE_MS = 60 * 60 * 1000;

export const TRUST_FRAMEWORK_ORGANISATION = 'Open Finance Sandbox Trust Framework';
export const ROOT_CA_COMMON_NAME = 'Open Finance Sandbox Root CA';
export const ISSUING_CA_COMMON_NAME = 'Open Finance Sandbox Issuing CA';

/** What a certificate is for; everything else about its extensions follows from it. */
export type CertificateProfile =
  | { kind: 'root-ca' }
  | { kind: 'issuing-ca' }
  | { kind: 'server'; hostnames: string[] }
  | { kind: 'client' };

export interface SubjectParts {
  organisationName: string;
  organisationId?: string;
  commonName: string;
}

/** The UAE trust framework's subject layout: C=AE, O=<organisation>, OU=<organisation id>, CN=<client id>. */
export function subjectName(parts: SubjectParts): x509.JsonName {
  const name: x509.JsonName = [{ C: ['AE'] }, { O: [parts.organisationName] }];
  if (parts.organisationId) name.push({ OU: [parts.organisationId] });
  name.push({ CN: [parts.commonName] });
  return name;
}

export function generalNames(hostnames: string[]): x509.JsonGeneralName[] {
  return hostnames.map((value) => ({ type: isIP(value) ? 'ip' : 'dns', value }));
}

export function profileExtensions(profile: CertificateProfile): x509.Extension[] {
  const { KeyUsageFlags: K, ExtendedKeyUsage: E } = x509;
  switch (profile.kind) {
    case 'root-ca':
      return [new x509.BasicConstraintsExtension(true, undefined, true), new x509.KeyUsagesExtension(K.keyCertSign | K.cRLSign, true)];
    case 'issuing-ca':
      // pathLen 0: the issuing CA signs end-entity certificates only.
      return [new x509.BasicConstraintsExtension(true, 0, true), new x509.KeyUsagesExtension(K.keyCertSign | K.cRLSign, true)];
    case 'server':
      return [
        ...endEntity(),
        new x509.ExtendedKeyUsageExtension([E.serverAuth]),
        new x509.SubjectAlternativeNameExtension(generalNames(profile.hostnames)),
      ];
    case 'client':
      return [...endEntity(), new x509.ExtendedKeyUsageExtension([E.clientAuth])];
  }
}

function endEntity(): x509.Extension[] {
  return [
    new x509.BasicConstraintsExtension(false, undefined, true),
    new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
  ];
}

export function validityDays(profile: CertificateProfile): number {
  if (profile.kind === 'root-ca') return ROOT_CA_VALIDITY_DAYS;
  if (profile.kind === 'issuing-ca') return ISSUING_CA_VALIDITY_DAYS;
  return LEAF_VALIDITY_DAYS;
}
