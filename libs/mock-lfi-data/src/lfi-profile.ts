/**
 * Everything the mock LFI needs to know about its place in the ecosystem, the same facts a real
 * LFI configures when it integrates with the hub. The launcher writes it to var/mock-lfi.json.
 */
export interface LfiTenantProfile {
  id: string;
  name: string;
  sector: 'banking' | 'insurance';
  /** The bank code the sandbox config sets (`tenants[].bankCode`), if any. */
  bankCode?: string;
  /** The caller plays the LFI at this tenant (`tenants[].headless`): its first PSU has the Postman collections' fixed ids. */
  headless?: boolean;
  /** The tenant's hub: issuer and the LFI-facing APIs the LFI calls. */
  issuer: string;
  headlessHeimdallUrl: string;
  consentManagerUrl: string;
  /** The LFI's own application in the trust framework (C3 transport, Sig4, Enc1). */
  organisationId: string;
  clientId: string;
  transportCertFile: string;
  transportKeyFile: string;
  signingKeyFile: string;
  signingKid: string;
  encryptionKeyFile: string;
  encryptionKid: string;
  /** The hub client certificate (C4) allowed to call this tenant's Ozone Connect. */
  hubClient: {
    organisationId: string;
    clientId: string;
    /**
     * The hub application's JWKS in the trust framework keystore, which verifies the hub's
     * Ozone Connect JWT auth. Without it the LFI cannot verify JWT auth and refuses those calls.
     */
    jwksUrl?: string;
  };
}

export interface LfiProfile {
  caFile: string;
  server: { certFile: string; keyFile: string };
  /** Seed of the deterministic synthetic data. */
  seed: string;
  tenants: LfiTenantProfile[];
}

/** The LFI application's own credentials in the trust framework (C3 transport, signing, encryption). */
export type LfiApplicationCredentials = Pick<
  LfiTenantProfile,
  'organisationId' | 'clientId' | 'transportCertFile' | 'transportKeyFile' | 'signingKeyFile' | 'signingKid' | 'encryptionKeyFile' | 'encryptionKid'
>;

/**
 * One tenant's profile from its hub URLs, the LFI application's credentials and the hub client
 * allowed on its Ozone Connect: the launcher writes these, test harnesses build them the same way.
 */
export function lfiTenantProfile(
  tenant: { id: string; name: string; sector: 'banking' | 'insurance'; bankCode?: string; headless?: boolean },
  hubUrls: Pick<LfiTenantProfile, 'issuer' | 'headlessHeimdallUrl' | 'consentManagerUrl'>,
  lfi: LfiApplicationCredentials,
  hubClient: LfiTenantProfile['hubClient'],
): LfiTenantProfile {
  const { organisationId, clientId, transportCertFile, transportKeyFile, signingKeyFile, signingKid, encryptionKeyFile, encryptionKid } = lfi;
  return {
    id: tenant.id,
    name: tenant.name,
    sector: tenant.sector,
    ...(tenant.bankCode !== undefined ? { bankCode: tenant.bankCode } : {}),
    ...(tenant.headless ? { headless: true } : {}),
    issuer: hubUrls.issuer,
    headlessHeimdallUrl: hubUrls.headlessHeimdallUrl,
    consentManagerUrl: hubUrls.consentManagerUrl,
    ...{ organisationId, clientId, transportCertFile, transportKeyFile, signingKeyFile, signingKid, encryptionKeyFile, encryptionKid },
    hubClient,
  };
}

/** The Nest token of the running mock LFI's profile (provided by the app from MOCK_LFI_PROFILE). */
export const LFI_PROFILE = Symbol('LFI_PROFILE');
