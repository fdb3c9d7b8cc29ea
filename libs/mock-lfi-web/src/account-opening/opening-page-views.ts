import type { FormTarget, PageChrome } from '../pages/view-models';

// What the account opening page shows. The controller builds these from the stored opening; the
// render functions beside this file turn them into HTML.

export interface OpeningChoiceOption {
  value: string;
  label: string;
}

/** The opening waits for the user: what the app sent, and the choice of account. */
export interface OpeningReviewView extends PageChrome, FormTarget {
  /** The AccountId, shown as the application's reference. */
  reference: string;
  /** Who the app says the account is for (from Party.Claims). */
  partyName?: string;
  /** "Personal" or "Business". */
  partyKind?: string;
  /** Masked, e.g. "784-••••-•••••••-1". */
  emiratesId?: string;
  /** The user's account for deposits and withdrawals, e.g. "Hamad Ali · AE07 •••• •••• •••• 1234". */
  depositAccount?: string;
  /** LinkedOperations.FxQuoteId: the currency exchange the account is for. */
  fxQuoteId?: string;
  /** e.g. "About 120 a year". */
  annualTransactions?: string;
  /** DataSharingAudit in words, e.g. "You changed your given name (it was “Harold”)". */
  changes: string[];
  subTypes: OpeningChoiceOption[];
  currencies: OpeningChoiceOption[];
  /** The values checked: the user's last post, or current account in AED. */
  chosen: { accountSubType: string; currency: string };
  error?: string;
}

/** The opening no longer waits for the user: where it stands. */
export interface OpeningStatusView extends PageChrome {
  reference: string;
  tone: 'info' | 'success' | 'error';
  heading: string;
  message: string;
  /** The account, once open. */
  account?: { kind: string; currency: string; iban: string };
}
