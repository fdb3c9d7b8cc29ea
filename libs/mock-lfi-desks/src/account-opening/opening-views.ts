import { bicOf } from '@hub/mock-lfi-data';
import { canUserDecide, type AccountEntity, type AccountOpeningEntity } from '@hub/mock-lfi-store';

// What Ozone Connect answers about an opening (AECreateAccountResponseBody1 and
// AEReadAccountResponseBody1): lower-case `data`/`links` around the standard's PascalCase members.
// `data` is one of two closed shapes: "Incomplete Status", or "Completed Status" with the account.

export interface IncompleteOpening {
  AccountId: string;
  OpeningStatus: 'Pending' | 'AwaitingUserInput' | 'AwaitingLFIProcesses' | 'Rejected';
  OpeningStatusUpdateDateTime: string;
  AdditionalStatusInformation?: string;
}

export interface CompletedOpening {
  AccountId: string;
  Currency: string;
  AccountIdentifiers: { SchemeName: 'IBAN'; Identification: string; Name?: string }[];
  Servicer: { SchemeName: 'BICFI'; Identification: string };
  OpeningStatus: 'Completed';
  OpeningStatusUpdateDateTime: string;
  CreationDateTime: string;
}

export interface OpeningLinks {
  Self: string;
  AccountOpeningRedirectUrl?: string;
}

export interface OpeningBody {
  data: IncompleteOpening | CompletedOpening;
  links: OpeningLinks;
}

/** Where the opening lives at this LFI: its Ozone Connect resource and the page the user opens. */
export interface OpeningUrls {
  self: string;
  redirect: string;
}

export function openingUrlsOf(tenantBaseUrl: string, accountId: string): OpeningUrls {
  const id = encodeURIComponent(accountId);
  return { self: `${tenantBaseUrl}/ozone-connect/accounts/${id}/status`, redirect: `${tenantBaseUrl}/account-opening/${id}` };
}

/**
 * The opening as the hub should see it. The redirect URL is given while the user still has to
 * answer at the bank; the hub hands it to the TPP as `Links.AccountOpeningRedirectUrl`.
 */
export function openingBodyOf(opening: AccountOpeningEntity, account: AccountEntity | undefined, urls: OpeningUrls): OpeningBody {
  const links: OpeningLinks = { Self: urls.self, ...(canUserDecide(opening) ? { AccountOpeningRedirectUrl: urls.redirect } : {}) };
  return { data: openingDataOf(opening, account), links };
}

function openingDataOf(opening: AccountOpeningEntity, account: AccountEntity | undefined): IncompleteOpening | CompletedOpening {
  if (opening.openingStatus !== 'Completed') {
    return {
      AccountId: opening.accountId,
      OpeningStatus: opening.openingStatus as IncompleteOpening['OpeningStatus'],
      OpeningStatusUpdateDateTime: opening.openingStatusUpdatedAt,
      ...(opening.additionalStatusInformation ? { AdditionalStatusInformation: opening.additionalStatusInformation } : {}),
    };
  }
  // Completed is reported only after the account exists (see the desk), so it is always found.
  if (!account) throw new Error(`Opening ${opening.accountId} is Completed but its account is missing`);
  return {
    AccountId: opening.accountId,
    Currency: account.currency,
    AccountIdentifiers: [{ SchemeName: 'IBAN', Identification: account.iban, Name: account.accountHolderName.slice(0, 70) }],
    Servicer: { SchemeName: 'BICFI', Identification: bicOf(account.tenantId) },
    OpeningStatus: 'Completed',
    OpeningStatusUpdateDateTime: opening.openingStatusUpdatedAt,
    CreationDateTime: account.createdAt,
  };
}
