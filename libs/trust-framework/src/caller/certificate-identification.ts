import { X509Certificate } from 'node:crypto';
import { Directory } from '../directory/directory.types';
import { base64urlSha256 } from '../issuance/identifiers';
import { CallerIdentity, HubCaller, Identification, LfiCaller, TppCaller } from './caller-identity';

const EKU_CLIENT_AUTH = '1.3.6.1.5.5.7.3.2';

/** A caller identity without the per-certificate part, indexed by the subject it is issued to. */
type RegisteredCaller = Omit<TppCaller, 'certificateSha256'> | Omit<LfiCaller, 'certificateSha256'> | Omit<HubCaller, 'certificateSha256'>;

export type CallerIndex = ReadonlyMap<string, RegisteredCaller>;

/** The UAE directory identifies a transport certificate by organisation id (OU) and client id (CN). */
export function indexCallers(directory: Directory): CallerIndex {
  const index = new Map<string, RegisteredCaller>();
  for (const a of directory.tppApplications) {
    const { clientId, organisationId, softwareStatementId, organisationName, roles } = a;
    index.set(subjectKey(organisationId, clientId), { kind: 'tpp', clientId, organisationId, softwareStatementId, organisationName, roles });
  }
  for (const a of directory.lfiApplications) {
    const { tenantId, clientId, organisationId, softwareStatementId, organisationName } = a;
    index.set(subjectKey(organisationId, clientId), { kind: 'lfi', tenantId, clientId, organisationId, softwareStatementId, organisationName });
  }
  for (const a of directory.hubApplications) {
    const { tenantId, clientId, organisationId, softwareStatementId } = a;
    index.set(subjectKey(organisationId, clientId), { kind: 'hub', tenantId, clientId, organisationId, softwareStatementId });
  }
  return index;
}

export function identifyCertificate(cert: X509Certificate, issuingCa: X509Certificate, callers: CallerIndex, now: Date): Identification {
  if (!cert.checkIssued(issuingCa) || !cert.verify(issuingCa.publicKey)) {
    return { rejection: 'the client certificate was not issued by the sandbox trust framework CA' };
  }
  if (now < new Date(cert.validFrom) || now >= new Date(cert.validTo)) {
    return { rejection: `the client certificate is not valid now (valid from ${cert.validFrom} to ${cert.validTo})` };
  }
  if (!(cert.keyUsage ?? []).includes(EKU_CLIENT_AUTH)) {
    return { rejection: 'the certificate is not a transport (clientAuth) certificate' };
  }
  const { OU, CN } = subjectAttributes(cert.subject);
  const registered = OU && CN ? callers.get(subjectKey(OU, CN)) : undefined;
  if (!registered) {
    return { rejection: `no application with organisation id ${OU ?? '(none)'} and client id ${CN ?? '(none)'} is registered in the trust framework` };
  }
  return { identity: { ...registered, certificateSha256: base64urlSha256(cert.raw) } as CallerIdentity };
}

export function subjectKey(organisationId: string, clientId: string): string {
  return `${organisationId.toLowerCase()}/${clientId.toLowerCase()}`;
}

/** Node renders the subject one attribute per line; OU and CN hold UUIDs, so no escaping concerns. */
function subjectAttributes(subject: string): Record<string, string | undefined> {
  const attributes: Record<string, string> = {};
  for (const line of subject.split('\n')) {
    const at = line.indexOf('=');
    if (at > 0) attributes[line.slice(0, at)] ??= line.slice(at + 1);
  }
  return attributes;
}
