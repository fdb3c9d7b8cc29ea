/*
 * Plain-language formatting of amounts, dates, identifiers and codes for the pages. Pure; every
 * function answers something readable for any input (an odd value is shown as given, never thrown).
 */

/** The UAE keeps one offset all year; Intl knows it by this name. */
const TIME_ZONE = 'Asia/Dubai';
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** "AED 1,250.00": the amount's own decimals are kept and thousands grouped on the string (no float rounding). */
export function formatMoney(amount: string, currency: string): string {
  const prefix = currency ? `${currency} ` : '';
  const m = /^\s*([+-]?)(\d+)(?:\.(\d+))?\s*$/.exec(String(amount));
  if (!m) return `${prefix}${amount}`;
  const [, sign, whole, decimals] = m;
  return `${prefix}${sign === '-' ? '-' : ''}${groupThousands(whole.replace(/^0+(?=\d)/, ''))}${decimals === undefined ? '' : `.${decimals}`}`;
}

/** "15000.5" → "15,000.5": a number without a currency, e.g. a payment file's control sum. */
export function formatNumber(value: string): string {
  return formatMoney(value, '');
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+$)/g, ',');
}

const dateFormat = new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, day: 'numeric', month: 'long', year: 'numeric' });
// A calendar date (no time) names the same day everywhere: formatted in UTC so no offset can move it.
const calendarDateFormat = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });
const dateTimeFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** "21 November 2027", the day in Dubai of an ISO date-time (or the calendar date itself). */
export function formatDate(iso: string): string {
  const date = new Date(DATE_ONLY.test(iso) ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  return (DATE_ONLY.test(iso) ? calendarDateFormat : dateFormat).format(date);
}

/** "21 Nov 2027, 14:05" in Dubai time; a date without a time is shown as a date. */
export function formatDateTime(iso: string): string {
  if (DATE_ONLY.test(iso)) return formatDate(iso);
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTimeFormat.format(date);
}

/** "AE07 •••• •••• •••• 5678": enough to recognise an account, too little to use it. */
export function maskIban(iban: string): string {
  const compact = iban.replace(/\s+/g, '');
  if (compact.length >= 16) return `${compact.slice(0, 4)} •••• •••• •••• ${compact.slice(-4)}`;
  // Shorter identifiers (e.g. a card or local account number): show at most a third, at the end.
  if (compact.length <= 4) return '••••';
  return `•••• ${compact.slice(-Math.min(4, Math.floor(compact.length / 3)))}`;
}

/** "+971 5• ••• ••67" for a UAE mobile; other numbers keep their first two and last two digits. */
export function maskMobile(msisdn: string): string {
  const digits = msisdn.replace(/\D/g, '');
  const uae = /^(?:00)?971(\d{9})$/.exec(digits) ?? /^0(5\d{8})$/.exec(digits);
  if (uae) return `+971 ${uae[1][0]}• ••• ••${uae[1].slice(-2)}`;
  if (digits.length <= 4) return '••••';
  const plus = msisdn.trim().startsWith('+') ? '+' : '';
  return `${plus}${digits.slice(0, 2)}${'•'.repeat(digits.length - 4)}${digits.slice(-2)}`;
}

const SUB_TYPES: Record<string, string> = {
  CurrentAccount: 'Current account',
  Savings: 'Savings account',
  CreditCard: 'Credit card',
  Mortgage: 'Mortgage',
  Finance: 'Finance',
};

export function accountSubTypeLabel(subType: string): string {
  return SUB_TYPES[subType] ?? splitWords(subType);
}

/**
 * A stored consentType (`cbuae-account-access-consents`), a RAR type
 * (`urn:openfinanceuae:service-initiation-consent:v2.1`) or a page kind → what a person calls it.
 */
export function consentTypeLabel(type: string): string {
  const t = type.toLowerCase();
  if (t.includes('insurance')) return 'Insurance information';
  if (t.includes('service-initiation') || t.includes('serviceinitiation') || t.includes('payment')) return 'Payment';
  if (t.includes('account-access') || t.includes('accountaccess') || t.includes('data-sharing')) return 'Account information';
  return type;
}

const PURPOSES: Record<string, string> = {
  AccountAggregation: 'Showing your accounts together in one place',
  RiskAssessment: 'Assessing risk, for example before lending to you or covering you',
  TaxFiling: 'Preparing your tax returns',
  Onboarding: 'Signing you up for a service',
  Verification: 'Checking your identity or account details',
  QuoteComparison: 'Comparing quotes for you',
  BudgetingAnalysis: 'Helping you budget and understand your spending',
  FinancialAdvice: 'Giving you financial advice',
  AuditReconciliation: 'Auditing and reconciling accounts',
  PremiumHistory: 'Looking at the premiums you have paid',
  ClaimHistory: 'Looking at the claims you have made',
  Other: 'Another purpose',
};

/** OpenFinanceBilling.Purpose in plain words; an unknown code is shown as it is. */
export function purposeLabel(code: string): string {
  return PURPOSES[code] ?? code;
}

/** "Motor" → "Motor insurance". */
export function insuranceLineLabel(type: string): string {
  return `${splitWords(type)} insurance`;
}

/** "a, b and c" (en-GB: no serial comma). */
export function joinAnd(parts: string[]): string {
  return new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' }).format(parts);
}

/** "SomeNewCode" → "Some new code", for codes without a label of their own. */
function splitWords(code: string): string {
  const words = code.replace(/([a-z\d])([A-Z])/g, '$1 $2');
  return words.charAt(0).toUpperCase() + words.slice(1).toLowerCase();
}
