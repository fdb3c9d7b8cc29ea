import { canUserDecide, CUSTOMER_CANCELLED, OPENABLE_CURRENCIES, OPENABLE_SUB_TYPES, type AccountEntity, type AccountOpeningEntity } from '@hub/mock-lfi-store';
import { accountSubTypeLabel, formatNumber, maskIban } from '../pages/plain-language';
import { partyNameOf, type AccountOpeningRequest, type DataSharingAuditEntry } from '@hub/mock-lfi-desks';
import type { PageChrome } from '../pages/view-models';
import type { OpeningReviewView, OpeningStatusView } from './opening-page-views';

/** Where the page stands for an opening: the user's answer is wanted, or only its status is shown. */
export type OpeningPageState = 'review' | 'processing' | 'opened' | 'rejected';

export function openingPageStateOf(opening: AccountOpeningEntity): OpeningPageState {
  if (opening.openingStatus === 'Completed') return 'opened';
  if (opening.openingStatus === 'Rejected' || opening.nextStatus === 'Rejected') return 'rejected';
  return canUserDecide(opening) ? 'review' : 'processing';
}

const CURRENCY_NAMES: Record<string, string> = { AED: 'UAE dirham (AED)', USD: 'US dollar (USD)', EUR: 'Euro (EUR)', GBP: 'Pound sterling (GBP)' };

export type ReviewContent = Omit<OpeningReviewView, keyof PageChrome | 'action' | 'csrf' | 'chosen' | 'error'>;

/** What the app sent, in plain words, and the choices of account. */
export function reviewContentOf(opening: AccountOpeningEntity): ReviewContent {
  const request = opening.request as AccountOpeningRequest;
  const claims = request.Party?.Claims;
  const account = request.Account;
  const volume = request.AnnualTransactionVolume;
  return {
    reference: opening.accountId,
    ...optional('partyName', partyNameOf(request)),
    ...optional('partyKind', claims ? (claims.IdentityType === 'Business' ? 'Business' : 'Personal') : undefined),
    ...optional('emiratesId', claims?.IdentityType === 'Person' ? maskEmiratesId(claims.EmiratesId) : undefined),
    ...optional('depositAccount', account?.Identification ? [account.Name, maskIban(account.Identification)].filter(Boolean).join(' · ') : undefined),
    ...optional('fxQuoteId', opening.fxQuoteId ?? undefined),
    ...optional('annualTransactions', volume === undefined ? undefined : `About ${formatNumber(String(volume))} a year`),
    changes: (request.DataSharingAudit ?? []).map(changeInWords),
    subTypes: OPENABLE_SUB_TYPES.map((value) => ({ value, label: accountSubTypeLabel(value) })),
    currencies: OPENABLE_CURRENCIES.map((value) => ({ value, label: CURRENCY_NAMES[value] })),
  };
}

/** The status page's words for an opening that no longer waits for the user. */
export function statusContentOf(opening: AccountOpeningEntity, account: AccountEntity | undefined): Omit<OpeningStatusView, keyof PageChrome> {
  const reference = opening.accountId;
  switch (openingPageStateOf(opening)) {
    case 'opened':
      return {
        reference,
        tone: 'success',
        heading: 'Your account is open',
        message: 'Your new account is ready to use. You can go back to the app: it has been told.',
        ...(account ? { account: { kind: accountSubTypeLabel(account.accountSubType), currency: account.currency, iban: account.iban } } : {}),
      };
    case 'rejected': {
      const information = opening.nextStatus === 'Rejected' ? opening.nextStatusInformation : opening.additionalStatusInformation;
      const cancelled = information === CUSTOMER_CANCELLED;
      return {
        reference,
        tone: 'error',
        heading: cancelled ? 'You cancelled this application' : 'We cannot open this account',
        message: cancelled ? 'No account will be opened. You can go back to the app.' : (information ?? 'The bank could not accept this application.'),
      };
    }
    default:
      return {
        reference,
        tone: 'info',
        heading: 'We are opening your account',
        message: 'Thank you. We are completing our checks, which usually takes a moment. You can go back to the app: it will be told when your account is open.',
      };
  }
}

/** "784-••••-•••••••-1": the first group and the check digit only. */
export function maskEmiratesId(id: string): string {
  const digits = id.replace(/\D/g, '');
  if (digits.length < 6) return '•'.repeat(id.length);
  let seen = 0;
  return id.replace(/\d/g, (d) => {
    seen += 1;
    return seen <= 3 || seen === digits.length ? d : '•';
  });
}

/** "You changed your given name (it was “Harold”)". */
export function changeInWords(entry: DataSharingAuditEntry): string {
  const field = fieldName(entry.JSONPath);
  const was = entry.OriginalValue ? ` (it was “${entry.OriginalValue}”)` : '';
  if (entry.Action === 'Added') return `You added your ${field}`;
  if (entry.Action === 'Removed') return `You removed your ${field}${was}`;
  return `You changed your ${field}${was}`;
}

/** The last member of a JSONPath in words: `$.Data.Party.EmiratesIdExpiryDate` → "emirates id expiry date". */
function fieldName(path: string): string {
  const last = path.split(/[.[\]'"]+/).filter(Boolean).pop() ?? path;
  return last.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value ? ({ [key]: value } as Record<K, string>) : {};
}
