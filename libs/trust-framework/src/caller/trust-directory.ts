import { readFileSync, statSync, Stats } from 'node:fs';
import { X509Certificate } from 'node:crypto';
import { resolve } from 'node:path';
import { directoryFile, readDirectory } from '../directory/directory-file';
import { Directory } from '../directory/directory.types';
import { withoutPrivateMembers } from '../issuance/jwks';
import { CallerIdentity, Identification } from './caller-identity';
import { certificateSource, dnSubject, tlsPeer, TrustedProxy } from './caller-certificate';
import { CallerIndex, identifyCertificate, indexCallers, subjectKey } from './certificate-identification';

/** The parts of a request over TLS that name its caller; no dependency on Express or Koa types. */
export interface TlsRequest {
  socket: { authorized?: boolean; authorizationError?: Error | string | null; getPeerX509Certificate?: () => X509Certificate | undefined };
  headers: Record<string, string | string[] | undefined>;
}

export interface TrustDirectoryOptions {
  /** Off unless configured: then forwarded-identity headers are ignored from every peer. */
  trustedProxy?: TrustedProxy;
}

interface Snapshot {
  stamp: string;
  directory: Directory;
  issuingCa: X509Certificate;
  callers: CallerIndex;
  jwks: Map<string, { keys: object[] }>;
  /** Transport certificates by subject key, for callers a trusted proxy names by DN. */
  registered: Map<string, X509Certificate | undefined>;
}

/**
 * The hub's runtime view of the trust framework. directory.json is replaced atomically (new inode)
 * whenever a run or the `tf` CLI changes it, so a stat per call is enough to notice a new TPP
 * without restarting the hub.
 */
export class TrustDirectory {
  readonly certsDir: string;
  private snapshot: Snapshot;

  constructor(
    certsDir: string,
    private readonly options: TrustDirectoryOptions = {},
  ) {
    this.certsDir = resolve(certsDir);
    this.snapshot = this.load();
  }

  /**
   * The certificate that names the caller of a request: its own TLS certificate, or what the
   * trusted proxy forwarded (rule and table in caller-certificate.ts). A DN resolves to the
   * registered transport certificate of that application, so certificate-bound tokens still bind.
   */
  callerCertificate(request: TlsRequest): { certificate: X509Certificate } | { rejection: string } {
    const { trustedProxy } = this.options;
    const peer = request.socket.getPeerX509Certificate?.();
    const tls = tlsPeer(peer, request.socket.authorized === true, trustedProxy);
    const source = certificateSource(tls, request.headers, trustedProxy);
    if ('rejection' in source) {
      return tls === 'unverified' ? { rejection: `${source.rejection} (${String(request.socket.authorizationError ?? 'not authorized')})` } : source;
    }
    if (source.from === 'tls') return { certificate: peer! };
    if (source.from === 'forwarded-certificate') return forwardedCertificate(source.pem);
    const { organisationId, clientId } = dnSubject(source.dn);
    const certificate = organisationId && clientId ? this.registeredCertificate(organisationId, clientId) : undefined;
    if (!certificate) {
      return { rejection: `no application with organisation id ${organisationId ?? '(none)'} and client id ${clientId ?? '(none)'} is registered in the trust framework` };
    }
    return { certificate };
  }

  current(): Directory {
    return this.fresh().directory;
  }

  identify(cert: X509Certificate, now: Date = new Date()): CallerIdentity | undefined {
    const result = this.identification(cert, now);
    return 'identity' in result ? result.identity : undefined;
  }

  /** identify() with the reason of a refusal, for error messages. */
  identification(cert: X509Certificate, now: Date = new Date()): Identification {
    const { issuingCa, callers } = this.fresh();
    return identifyCertificate(cert, issuingCa, callers, now);
  }

  /** Public keys only, whatever the file on disk holds. */
  applicationJwks(organisationId: string, softwareStatementId: string): { keys: object[] } | undefined {
    const snapshot = this.fresh();
    const key = `${organisationId}/${softwareStatementId}`;
    if (!snapshot.jwks.has(key)) {
      const application = allApplications(snapshot.directory).find(
        (a) => a.organisationId === organisationId && a.softwareStatementId === softwareStatementId,
      );
      if (!application) return undefined;
      snapshot.jwks.set(key, withoutPrivateMembers(JSON.parse(readFileSync(application.jwksFile, 'utf8'))));
    }
    return snapshot.jwks.get(key);
  }

  /** The name of a TPP application, to draw its logo; undefined when unknown. */
  applicationName(organisationId: string, softwareStatementId: string): string | undefined {
    return this.fresh().directory.tppApplications.find((a) => a.organisationId === organisationId && a.softwareStatementId === softwareStatementId)?.name;
  }

  private registeredCertificate(organisationId: string, clientId: string): X509Certificate | undefined {
    const snapshot = this.fresh();
    const key = subjectKey(organisationId, clientId);
    if (!snapshot.registered.has(key)) {
      const application = allApplications(snapshot.directory).find((a) => subjectKey(a.organisationId, a.clientId) === key);
      snapshot.registered.set(key, application && new X509Certificate(readFileSync(application.transportCertFile)));
    }
    return snapshot.registered.get(key);
  }

  private fresh(): Snapshot {
    if (stampOf(statSync(directoryFile(this.certsDir), { throwIfNoEntry: false })) !== this.snapshot.stamp) this.snapshot = this.load();
    return this.snapshot;
  }

  private load(): Snapshot {
    const stamp = stampOf(statSync(directoryFile(this.certsDir), { throwIfNoEntry: false }));
    const directory = readDirectory(this.certsDir);
    return {
      stamp,
      directory,
      issuingCa: new X509Certificate(readFileSync(directory.issuingCaCertFile)),
      callers: indexCallers(directory),
      jwks: new Map(),
      registered: new Map(),
    };
  }
}

function forwardedCertificate(pem: string): { certificate: X509Certificate } | { rejection: string } {
  try {
    return { certificate: new X509Certificate(decodeURIComponent(pem)) };
  } catch {
    return { rejection: 'the trusted proxy forwarded a client certificate that is not URL-encoded PEM' };
  }
}

function stampOf(stats: Stats | undefined): string {
  return stats ? `${stats.ino}:${stats.mtimeMs}:${stats.size}` : 'missing';
}

function allApplications(directory: Directory) {
  return [...directory.tppApplications, ...directory.lfiApplications, ...directory.hubApplications];
}
