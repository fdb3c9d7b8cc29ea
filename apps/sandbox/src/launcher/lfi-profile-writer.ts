import { keystoreUrl, SandboxConfig, tenantUrls } from '@hub/kernel';
import { lfiTenantProfile, type LfiProfile, type LfiTenantProfile } from '@hub/mock-lfi-data';
import type { Directory } from '@hub/trust-framework';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

function tenantProfile(config: SandboxConfig, directory: Directory, tenantId: string): LfiTenantProfile {
  const tenant = config.tenants.find((t) => t.id === tenantId)!;
  const lfi = directory.lfiApplications.find((a) => a.tenantId === tenantId);
  const hub = directory.hubApplications.find((a) => a.tenantId === tenantId);
  if (!lfi || !hub) throw new Error(`the trust framework has no certificates for tenant ${tenantId}`);
  // Path-routed URLs work in both routing modes and need no `*.localhost` name resolution.
  const urls = tenantUrls({ ...config, tenantRouting: 'path' }, tenant);
  return lfiTenantProfile(tenant, urls, lfi, { organisationId: hub.organisationId, clientId: hub.clientId, jwksUrl: keystoreUrl(config, hub.organisationId, hub.softwareStatementId) });
}

/** Writes the mock LFI's integration profile; returns its path for MOCK_LFI_PROFILE. */
export function writeLfiProfile(config: SandboxConfig, directory: Directory): string {
  const profile: LfiProfile = {
    caFile: directory.caBundleFile,
    server: directory.servers['mock-lfi'],
    seed: config.seed,
    tenants: config.tenants.map((t) => tenantProfile(config, directory, t.id)),
  };
  const file = join(config.dataDir, 'mock-lfi.json');
  writeFileSync(file, JSON.stringify(profile, null, 2));
  return file;
}
