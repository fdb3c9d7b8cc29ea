import { MOCK_LFI_DESK_SETTINGS } from '@hub/mock-lfi-desks';
import type { SandboxConfig } from '@hub/kernel';
import type { LfiTenant } from '@hub/mock-lfi-data';
import { serviceContext, ServiceDeskHarness, type Reply } from './service-desk-harness';

// Test support for the FX desk integration tests: the mock LFI of several tenants, called as the hub
// calls it for consent-less services (no o3-consent-id, no o3-psu-identifier). Named *-harness so
// Jest skips it. The tenants' Consent Manager URL points nowhere: the lifecycle's calls fail and
// are retried, so a quote keeps the status the tests gave it.

export type FxReply = Reply;

export interface FxCallOptions {
  /** The TPP behind the call (o3-caller-client-id); `tpp-client` unless given. */
  clientId?: string;
  /** null sends no JWT auth. */
  token?: string | null;
  body?: unknown;
}

export class FxHarness extends ServiceDeskHarness {
  constructor(
    tenants: LfiTenant[],
    /** Changes to the loaded config (e.g. the FX desk's) before the mock LFI starts. */
    configure?: (config: SandboxConfig) => void,
  ) {
    super({ desk: 'fx', tenants, seed: 'fx-harness', configure, consentManager: false });
  }

  get fxConfig() {
    return MOCK_LFI_DESK_SETTINGS.of(this.config).fx;
  }

  /** A call as the hub sends it: the tenant's hub certificate, a fresh JWT, the consent-less o3 headers. */
  call(tenantId: string, method: 'GET' | 'POST' | 'PATCH', path: string, options: FxCallOptions = {}): Promise<FxReply> {
    const apiUri = `/open-finance/fx/v2.1${path.replace(/\/fx-quotes\/[^/]+$/, '/fx-quotes/{FxQuoteId}')}`;
    const context = serviceContext(apiUri, method, { callerClientId: options.clientId ?? 'tpp-client' });
    return this.asHub(tenantId, method, path, { context, token: options.token, body: options.body });
  }
}
