// What each page of the mock LFI's web journey shows. Controllers build these from the hub's
// answers and the LFI's data; the render functions in this folder turn them into HTML.

/** Shared by every page: whose bank this is and who is signed in. */
export interface PageChrome {
  tenantId: string;
  bankName: string;
  sector: 'banking' | 'insurance';
  /** The page's <title> and <h1>. */
  title: string;
  /** Full name of the signed-in user, shown in the header. */
  signedInAs?: string;
  /** Where the sign-out / dashboard links go (`/{tenant}/consents`). */
  dashboardHref: string;
}

/** A form posts here with this anti-forgery token in a hidden `csrf` field. */
export interface FormTarget {
  action: string;
  csrf: string;
}

export interface LoginView extends PageChrome, FormTarget {
  /** Why the user signs in: to answer a TPP (its name shown) or to manage consents. */
  purpose: 'authorize' | 'dashboard';
  tppName?: string;
  username?: string;
  error?: string;
  attemptsLeft?: number;
}

export interface OtpView extends PageChrome, FormTarget {
  /** e.g. "+971 5• ••• ••34": where the code was "sent". */
  maskedDestination: string;
  error?: string;
  attemptsLeft?: number;
}

export interface PermissionGroup {
  /** e.g. "Your transactions". */
  title: string;
  /** One sentence in plain words, e.g. "Amounts, dates and descriptions … including merchant details". */
  explanation: string;
}

export interface SelectableItem {
  /** The value posted: an account id or a policy id. */
  id: string;
  /** e.g. "Everyday · Current account". */
  title: string;
  /** e.g. masked IBAN "AE07 •••• •••• •••• 1234" or a policy number. */
  detail: string;
  /** e.g. "AED 12,345.67 available". */
  balance?: string;
  /** e.g. "Suspended". */
  status?: string;
  checked?: boolean;
  disabled?: boolean;
}

export interface PaymentSummary {
  creditorName?: string;
  /** Masked creditor account. */
  creditorAccount?: string;
  /**
   * The consent's schedule and limits in plain words, one sentence each, e.g. "Once: AED 250.00"
   * or "Up to AED 500.00 per payment, at most AED 2,000.00 and 10 payments per month, from …".
   */
  terms: string[];
  reference?: string;
  purpose?: string;
}

export interface ConsentReviewView extends PageChrome, FormTarget {
  kind: 'data-sharing' | 'payment' | 'insurance';
  consentId: string;
  tpp: { name: string; organisation: string; logoDataUri?: string };
  /** Formatted date, e.g. "21 November 2027". */
  expires?: string;
  /** Formatted FromDate / ToDate of the transactions the TPP may read. */
  transactionRange?: { from?: string; to?: string };
  purpose?: string;
  /** "Acme Trading LLC (trading as Acme)". */
  onBehalfOf?: string;
  permissionGroups: PermissionGroup[];
  payment?: PaymentSummary;
  /** Plain names of the insurance lines the TPP asks about, e.g. ["Motor", "Health"]. */
  insuranceLines?: string[];
  /** `many` = checkboxes named `selected`, `one` = radio buttons named `selected`. */
  selection: { mode: 'many' | 'one'; legend: string; items: SelectableItem[]; emptyMessage: string };
  error?: string;
}

/** Information, success or error page, with an optional way on. */
export interface MessageView extends PageChrome {
  tone: 'info' | 'success' | 'error';
  heading: string;
  message: string;
  link?: { href: string; label: string };
}

export interface DashboardConsent {
  consentId: string;
  tppName: string;
  /** "Account information", "Payment", "Insurance information". */
  typeLabel: string;
  status: string;
  /** Plain titles of the permission groups. */
  permissions: string[];
  /** Masked accounts or policy numbers. */
  resources: string[];
  created?: string;
  expires?: string;
  lastUsed?: string;
  /** Present when the consent can still be revoked (Authorized or Suspended). */
  revokeHref?: string;
}

export interface DashboardView extends PageChrome {
  consents: DashboardConsent[];
  notice?: string;
  signOut: FormTarget;
}

export interface RevokeConfirmView extends PageChrome, FormTarget {
  consent: DashboardConsent;
  cancelHref: string;
}
