import type { SandboxConfig } from '@hub/kernel';
import type { LfiTenant } from '@hub/mock-lfi-data';
import { serviceContext, ServiceDeskHarness } from './service-desk-harness';

// Test support for the quote desk's integration tests: the mock LFI called as the hub calls it, and
// a stand-in Consent Manager that records the LFI's `PATCH /insurance-quote-log/{logId}` calls
// (ServiceDeskHarness). Named *-harness so Jest skips it.

export type { LoggedPatch, Reply } from './service-desk-harness';

export interface CallOptions {
  /** The TPP behind the call (o3-caller-client-id); `tpp-client` unless given. */
  clientId?: string;
  body?: unknown;
  /** For consented reads (policies): the PSU and the consent. */
  userId?: string;
}

export class InsuranceQuoteHarness extends ServiceDeskHarness {
  constructor(
    tenants: LfiTenant[],
    readonly seed: string,
    /** Changes to the loaded config (e.g. the quote desk's step delay) before the mock LFI starts. */
    configure?: (config: SandboxConfig) => void,
  ) {
    super({ desk: 'insurance-quotes', tenants, seed, configure });
  }

  /**
   * A call as the hub sends it: the tenant's hub certificate, a fresh JWT, the o3 headers of a
   * consent-less service call, or of a consented read when `userId` is given.
   */
  call(tenantId: string, method: 'GET' | 'POST' | 'PATCH', path: string, options: CallOptions = {}) {
    const apiUri = `/open-finance/insurance/v2.1${path.split('?')[0].replace(/-insurance-(quotes|policies)\/[^/]+/, '-insurance-$1/{id}')}`;
    const context = serviceContext(apiUri, method, {
      callerClientId: options.clientId ?? 'tpp-client',
      ...(options.userId ? { consentId: 'ic-insurance-quotes-1', psuIdentifiers: { userId: options.userId } } : {}),
    });
    return this.asHub(tenantId, method, path, { context, body: options.body });
  }
}
