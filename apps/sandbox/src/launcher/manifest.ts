import { hubBaseUrl, keystoreUrl, mockLfiBaseUrl, SandboxConfig, tenantUrls, webhookWorkerBaseUrl } from '@hub/kernel';
import { generateLfiData } from '@hub/mock-lfi-data';
import type { Directory, TppApplication } from '@hub/trust-framework';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * The sandbox manifest (schemas/sandbox-manifest.schema.json, version 1): everything a CI
 * suite or a TPP developer needs to drive the running sandbox. Extra properties are allowed by the
 * schema; `services` and `redis` are ours.
 */
export interface ManifestRuntime {
  startedAt: Date;
  redis: { url?: string; summary: string };
  database: string;
  pids: Record<string, number>;
  docs: Record<string, string>;
}

function tenantsOf(config: SandboxConfig, directory: Directory) {
  return config.tenants.map((tenant) => {
    const lfi = directory.lfiApplications.find((a) => a.tenantId === tenant.id)!;
    const hub = directory.hubApplications.find((a) => a.tenantId === tenant.id)!;
    const { base: _base, ...urls } = tenantUrls(config, tenant);
    return {
      id: tenant.id,
      name: tenant.name,
      sector: tenant.sector,
      // The schema's optional flag: present (true) only where the caller plays the LFI.
      ...(tenant.headless ? { headless: true as const } : {}),
      ...urls,
      lfiJwksUrl: keystoreUrl(config, lfi.organisationId, lfi.softwareStatementId),
      hubJwksUrl: keystoreUrl(config, hub.organisationId, hub.softwareStatementId),
    };
  });
}

export function tppEntry(config: SandboxConfig, app: TppApplication) {
  return {
    clientId: app.clientId,
    organisationId: app.organisationId,
    organisationName: app.organisationName,
    softwareStatementId: app.softwareStatementId,
    name: app.name,
    roles: app.roles,
    redirectUris: app.redirectUris,
    transportCertFile: app.transportCertFile,
    transportKeyFile: app.transportKeyFile,
    signingKeyFile: app.signingKeyFile,
    signingKid: app.signingKid,
    encryptionKeyFile: app.encryptionKeyFile,
    encryptionKid: app.encryptionKid,
    jwksUrl: keystoreUrl(config, app.organisationId, app.softwareStatementId),
    webhookServerCertFile: app.webhookServerCertFile,
    webhookServerKeyFile: app.webhookServerKeyFile,
    credentialsDir: app.credentialsDir,
  };
}

function psusOf(config: SandboxConfig) {
  return config.tenants.flatMap((tenant) =>
    generateLfiData(tenant, config.seed).psus.map((p) => ({
      tenantId: p.tenantId,
      userId: p.userId,
      username: p.username,
      password: p.password,
      otp: p.otp,
      name: p.fullName,
      profile: p.profile,
      customerCategory: p.customerCategory,
      ...(tenant.sector === 'banking' ? { accountIds: p.accountIds } : { insurancePolicyIds: p.insurancePolicyIds }),
    })),
  );
}

export function buildManifest(config: SandboxConfig, directory: Directory, runtime: ManifestRuntime) {
  const hub = hubBaseUrl(config);
  return {
    version: 1 as const,
    startedAt: runtime.startedAt.toISOString(),
    caCertFile: directory.caBundleFile,
    tenants: tenantsOf(config, directory),
    tpps: directory.tppApplications.map((app) => tppEntry(config, app)),
    lfiClients: directory.lfiApplications.map((a) => ({
      tenantId: a.tenantId,
      organisationId: a.organisationId,
      clientId: a.clientId,
      transportCertFile: a.transportCertFile,
      transportKeyFile: a.transportKeyFile,
      signingKeyFile: a.signingKeyFile,
      signingKid: a.signingKid,
      encryptionKeyFile: a.encryptionKeyFile,
      encryptionKid: a.encryptionKid,
    })),
    psus: psusOf(config),
    services: {
      hub: { url: hub, health: `${hub}/health/ready`, docs: Object.fromEntries(Object.entries(runtime.docs).map(([k, p]) => [k, `${hub}${p}`])) },
      mockLfi: { url: mockLfiBaseUrl(config), health: `${mockLfiBaseUrl(config)}/health/ready`, docs: `${mockLfiBaseUrl(config)}/docs` },
      webhookWorker: { url: webhookWorkerBaseUrl(config), health: `${webhookWorkerBaseUrl(config)}/health/ready`, docs: `${webhookWorkerBaseUrl(config)}/docs` },
    },
    redis: runtime.redis,
    database: runtime.database,
    pids: runtime.pids,
  };
}

export type Manifest = ReturnType<typeof buildManifest>;

/** Written atomically, so a reader never sees half a manifest. */
export function writeManifest(path: string, manifest: unknown): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(manifest, null, 2));
  renameSync(tmp, path);
}

export function removeManifest(path: string): void {
  if (existsSync(path)) rmSync(path);
}
