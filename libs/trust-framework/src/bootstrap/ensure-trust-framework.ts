import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { readStoredDirectory, writeDirectory } from '../directory/directory-file';
import { withDirectoryLock } from '../directory/directory-lock';
import { Directory } from '../directory/directory.types';
import { assertNotRegistered, completeTppSpec, isSeedRegistered, registrationOf, TppApplicationSpec, TppRegistration, validateTppSpec } from '../tpp/tpp-registration';
import { ensureHubApplication, ensureLfiApplication, ensureTppApplication } from './applications';
import { EnsuredCertificateAuthority, ensureCertificateAuthority } from './certificate-authority';
import { DEFAULT_RENEW_BEFORE_DAYS, DEFAULT_SERVER_HOSTNAMES } from './defaults';
import { IssuanceContext } from './issuance-context';
import { ensureServerCertificates } from './servers';

export interface TenantSpec {
  id: string;
  name: string;
  sector: 'banking' | 'insurance';
}

export interface EnsureTrustFrameworkOptions {
  /** Absolute. */
  certsDir: string;
  tenants: TenantSpec[];
  /** Seeds: created when their clientId (or, without one, their organisation and name) is not yet registered. */
  tppApplications: TppApplicationSpec[];
  /** Default: DEFAULT_SERVER_HOSTNAMES plus `<tenant id>.localhost` for every tenant. */
  serverHostnames?: string[];
  /** Injectable clock, for renewal tests. */
  now?: Date;
  renewBeforeDays?: number;
}

/**
 * Creates what is missing and re-issues what expires within renewBeforeDays; everything else is
 * reused untouched, so the launcher can call it on every start.
 */
export async function ensureTrustFramework(options: EnsureTrustFrameworkOptions): Promise<Directory> {
  const certsDir = resolve(options.certsDir);
  options.tppApplications.forEach(validateTppSpec);
  mkdirSync(certsDir, { recursive: true });
  return withDirectoryLock(certsDir, async () => {
    const existing = readStoredDirectory(certsDir);
    const ctx = await issuanceContext(certsDir, options);
    const tenants = tenantsOf(options, existing);
    const [servers, hubApplications, lfiApplications, tppApplications] = await Promise.all([
      ensureServerCertificates(ctx),
      Promise.all(tenants.map((t) => ensureHubApplication(ctx, t.id))),
      Promise.all(tenants.map((t) => ensureLfiApplication(ctx, t))),
      Promise.all(tppRegistrations(options.tppApplications, existing).map((r) => ensureTppApplication(ctx, r))),
    ]);
    const directory: Directory = { version: 1, certsDir, ...caPaths(ctx.ca), servers, hubApplications, lfiApplications, tppApplications };
    writeDirectory(directory);
    return directory;
  });
}

async function issuanceContext(certsDir: string, options: EnsureTrustFrameworkOptions): Promise<IssuanceContext & { ca: EnsuredCertificateAuthority }> {
  const now = options.now ?? new Date();
  const renewBeforeDays = options.renewBeforeDays ?? DEFAULT_RENEW_BEFORE_DAYS;
  const ca = await ensureCertificateAuthority(certsDir, now, renewBeforeDays);
  return {
    certsDir,
    now,
    renewBeforeDays,
    serverHostnames: options.serverHostnames ?? defaultServerHostnames(options.tenants),
    issuingCa: ca.issuingCa,
    issuingCaCertificate: ca.issuingCaCertificate,
    reissueAll: ca.reissued,
    ca,
  };
}

/**
 * TLS clients (Node, browsers, curl) ignore a wildcard directly under a top-level name such as
 * `*.localhost`, so host-based tenant routing needs each tenant's host name spelled out.
 */
function defaultServerHostnames(tenants: TenantSpec[]): string[] {
  return [...DEFAULT_SERVER_HOSTNAMES, ...tenants.map((t) => `${t.id}.localhost`)];
}

function caPaths(ca: EnsuredCertificateAuthority): Pick<Directory, 'caBundleFile' | 'rootCaCertFile' | 'issuingCaCertFile'> {
  return { caBundleFile: ca.files.caBundleFile, rootCaCertFile: ca.files.rootCaCertFile, issuingCaCertFile: ca.files.issuingCaCertFile };
}

/** Tenants dropped from the config keep their applications: removing credentials is a reset, not a start. */
function tenantsOf(options: EnsureTrustFrameworkOptions, existing: Directory | undefined): { id: string; name: string }[] {
  const configured = options.tenants.map(({ id, name }) => ({ id, name }));
  const known = new Set(configured.map((t) => t.id));
  const kept = (existing?.lfiApplications ?? []).filter((a) => !known.has(a.tenantId));
  return [...configured, ...kept.map((a) => ({ id: a.tenantId, name: a.organisationName }))];
}

function tppRegistrations(seeds: TppApplicationSpec[], existing: Directory | undefined): TppRegistration[] {
  const registrations = (existing?.tppApplications ?? []).map(registrationOf);
  for (const seed of seeds) {
    if (isSeedRegistered(seed, registrations)) continue;
    const registration = completeTppSpec(seed, registrations);
    assertNotRegistered(registration, registrations);
    registrations.push(registration);
  }
  return registrations;
}
