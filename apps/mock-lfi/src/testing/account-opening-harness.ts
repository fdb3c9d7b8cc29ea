import { MOCK_LFI_DESK_SETTINGS } from '@hub/mock-lfi-desks';
import type { LfiTenant } from '@hub/mock-lfi-data';
import type { O3Context } from '@hub/ozone-connect';
import { serviceContext, ServiceDeskHarness, type LoggedPatch, type Reply } from './service-desk-harness';

// Test support for the account opening integration tests: the mock LFI called as the hub calls it,
// and a stand-in for the hub's Consent Manager that records what the LFI reports
// (ServiceDeskHarness). Named *-harness so Jest does not run it.

export type { Reply } from './service-desk-harness';

/** One `PATCH /account-opening-log/{logId}` the LFI sent to the hub. */
export interface ReportedStatus extends LoggedPatch {
  accountId: string;
  body: { OpeningStatus: string; AdditionalStatusInformation?: string };
}

export interface CallerOptions {
  /** o3-caller-client-id: the TPP the hub calls for. */
  clientId?: string;
  /** Override or (undefined) drop headers. */
  headers?: Record<string, string | undefined>;
}

export class AccountOpeningHarness extends ServiceDeskHarness {
  constructor(
    readonly tenants: LfiTenant[],
    readonly seed: string,
    timing = { awaitingUserInputAfterMs: 0, completedAfterMs: 0 },
  ) {
    super({ desk: 'account-opening', tenants, seed, configure: (config) => (MOCK_LFI_DESK_SETTINGS.of(config).accountOpening = { ...timing }) });
  }

  /** The reports the hub has received (answered 204), in order. */
  get reported(): ReportedStatus[] {
    return this.logged.map((patch) => ({ ...patch, accountId: patch.logId }));
  }

  /** `POST /accounts` as the hub sends it: its certificate, a fresh JWT, the o3 headers of a consent-less call. */
  postOpening(tenantId: string, body: unknown, options: CallerOptions = {}): Promise<Reply> {
    return this.asHub(tenantId, 'POST', '/accounts', { context: this.serviceContext('/accounts', 'POST', options), headers: options.headers, body });
  }

  getStatus(tenantId: string, accountId: string, options: CallerOptions = {}): Promise<Reply> {
    return this.asHub(tenantId, 'GET', `/accounts/${accountId}/status`, { context: this.serviceContext('/accounts/{AccountId}/status', 'GET', options), headers: options.headers });
  }

  /** A consented Bank Data Sharing read for the PSU, e.g. `/accounts?accountIds=…`. */
  getAsConsented(tenantId: string, path: string, userId: string): Promise<Reply> {
    const context: O3Context = { ...this.serviceContext(`/open-finance/account-information/v2.1${path.split('?')[0]}`, 'GET', {}), consentId: 'aac-opening-1', psuIdentifiers: { userId } };
    return this.asHub(tenantId, 'GET', path, { context });
  }

  /** A back-office call with the LFI's own certificate of `as` (default: the tenant itself). */
  operator(tenantId: string, path: string, body: unknown, as = tenantId): Promise<Reply> {
    return this.asLfi(tenantId, path, body, as);
  }

  /** The reports the hub has received for one opening, in order. */
  reportsOf(accountId: string): string[] {
    return this.reported.filter((r) => r.accountId === accountId).map((r) => r.body.OpeningStatus);
  }

  private serviceContext(apiPath: string, method: string, options: CallerOptions): O3Context {
    const apiUri = apiPath.startsWith('/open-finance') ? apiPath : `/open-finance/account-opening/v2.1${apiPath}`;
    return serviceContext(apiUri, method, { callerOrgId: 'org-tpp-1', callerClientId: options.clientId ?? 'tpp-client-1', ozoneInteractionId: 'f0e1d2c3-0000-4000-8000-0000000000a0' });
  }
}
