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
  /** Something the user should know before answering, e.g. that other users must approve too. */
  notice?: string;
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
  /** A payment consent several users authorize, e.g. "1 of 2 approvals". */
  approvals?: string;
}

/** A payment consent waiting for the signed-in user's approval as a user of the business that pays. */
export interface AwaitingApproval {
  consentId: string;
  tppName: string;
  /** Who approved first, e.g. "Layla Haddad". */
  requestedBy: string;
  /** The first of the payment's terms, e.g. "Once: AED 250.00". */
  summary: string;
  /** The page to review and answer it. */
  href: string;
}

export interface DashboardView extends PageChrome {
  /** Payment consents of the user's business that wait for this user's approval. */
  awaiting?: AwaitingApproval[];
  consents: DashboardConsent[];
  notice?: string;
  signOut: FormTarget;
}

/** A later authorizer's page: the payment consent, who approved it, Approve / Reject. */
export interface ApprovalView extends PageChrome, FormTarget {
  consentId: string;
  tpp: { name: string; organisation: string };
  /** The account that pays, e.g. "Business · AE07 •••• •••• •••• 1234 · Haddad Trading LLC". */
  debtorAccount?: string;
  payment: PaymentSummary;
  /** One line per authorizer, e.g. "Layla Haddad: approved on 10 Jan 2027, 12:00" or "You: waiting for your answer". */
  authorizers: string[];
  /** Formatted AuthorizationExpirationDateTime. */
  deadline?: string;
  cancelHref: string;
}

export interface RevokeConfirmView extends PageChrome, FormTarget {
  consent: DashboardConsent;
  cancelHref: string;
}
