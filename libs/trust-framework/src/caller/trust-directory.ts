import { readFileSync, statSync, Stats } from 'node:fs';
import { X509Certificate } from 'node:crypto';
import { resolve } from 'node:path';
import { directoryFile, readDirectory } from '../directory/directory-file';
import { Directory } from '../directory/directory.types';
import { withoutPrivateMembers } from '../issuance/jwks';
import { CallerIdentity, Identification } from './caller-identity';
import { CallerIndex, identifyCertificate, indexCallers } from './certificate-identification';

interface Snapshot {
  stamp: string;
  directory: Directory;
  issuingCa: X509Certificate;
  callers: CallerIndex;
  jwks: Map<string, { keys: object[] }>;
}

/**
 * The hub's runtime view of the trust framework. directory.json is replaced atomically (new inode)
 * whenever a run or the `tf` CLI changes it, so a stat per call is enough to notice a new TPP
 * without restarting the hub.
 */
export class TrustDirectory {
  readonly certsDir: string;
  private snapshot: Snapshot;

  constructor(certsDir: string) {
    this.certsDir = resolve(certsDir);
    this.snapshot = this.load();
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
    };
  }
}

function stampOf(stats: Stats | undefined): string {
  return stats ? `${stats.ino}:${stats.mtimeMs}:${stats.size}` : 'missing';
}

function allApplications(directory: Directory) {
  return [...directory.tppApplications, ...directory.lfiApplications, ...directory.hubApplications];
}
