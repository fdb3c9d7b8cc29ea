import { joinAnd } from './formatting';
import type { PermissionGroup } from './view-models';

/*
 * Permission codes → what a person is agreeing to share, in groups they recognise. The Basic/Detail
 * wording follows the hub's own split of detail-only members (libs/gateway/src/mapping/
 * detail-only-members.ts): Detail adds account numbers, counterparties and merchant details.
 */

type Has = (code: string) => boolean;

interface GroupRule {
  title: string;
  codes: string[];
  explain: (has: Has) => string;
}

const BANK_GROUPS: GroupRule[] = [
  {
    title: 'Your account details',
    codes: ['ReadAccountsBasic', 'ReadAccountsDetail'],
    explain: (has) =>
      has('ReadAccountsDetail')
        ? 'The type, currency, nickname and status of your accounts, with their account numbers (IBAN) and the names on them.'
        : 'The type, currency, nickname and status of your accounts, without their account numbers.',
  },
  {
    title: 'Your balances',
    codes: ['ReadBalances'],
    explain: () => 'How much money is in your accounts, including available balances and credit limits.',
  },
  {
    title: 'Your transactions',
    codes: ['ReadTransactionsBasic', 'ReadTransactionsDetail'],
    explain: (has) =>
      has('ReadTransactionsDetail')
        ? 'Amounts, dates and descriptions of money in and out of your accounts, including merchant details and the names and account numbers of the people and businesses you paid or were paid by.'
        : 'Amounts, dates and types of money in and out of your accounts, without merchant details or who the other party was.',
  },
  {
    title: 'Your foreign-exchange transactions',
    codes: ['ReadFXTransactionsBasic', 'ReadFXTransactionsDetail', 'ReadFXRemittanceCharges'],
    explain: (has) => {
      const charges = 'the fees charged on your international transfers';
      if (!has('ReadFXTransactionsBasic') && !has('ReadFXTransactionsDetail')) return `${capitalise(charges)}.`;
      const detail = has('ReadFXTransactionsDetail') ? ', including who you paid or were paid by and their account details' : '';
      return `Your payments in other currencies: amounts, dates and exchange rates${detail}.${has('ReadFXRemittanceCharges') ? ` Also ${charges}.` : ''}`;
    },
  },
  {
    title: 'Your payees',
    codes: ['ReadBeneficiariesBasic', 'ReadBeneficiariesDetail'],
    explain: (has) =>
      has('ReadBeneficiariesDetail')
        ? 'The people and businesses you have saved as payees, with their names, account numbers and banks.'
        : 'The people and businesses you have saved as payees, without their account numbers.',
  },
  {
    title: 'Your regular payments',
    codes: ['ReadStandingOrdersBasic', 'ReadStandingOrdersDetail', 'ReadDirectDebits', 'ReadScheduledPaymentsBasic', 'ReadScheduledPaymentsDetail'],
    explain: (has) => {
      const standingOrders = has('ReadStandingOrdersBasic') || has('ReadStandingOrdersDetail');
      const scheduled = has('ReadScheduledPaymentsBasic') || has('ReadScheduledPaymentsDetail');
      const kinds = [standingOrders && 'standing orders', has('ReadDirectDebits') && 'direct debits', scheduled && 'scheduled payments'].filter(isText);
      const detailed = [has('ReadStandingOrdersDetail') && 'standing orders', has('ReadScheduledPaymentsDetail') && 'scheduled payments'].filter(isText);
      const who = detailed.length === 0 ? '' : `, including who receives ${detailed.length === kinds.length ? 'them' : `your ${joinAnd(detailed)}`} and their account details`;
      return `Your ${joinAnd(kinds)}: amounts, dates and how often they are paid${who}.`;
    },
  },
  {
    title: 'Your statements',
    codes: ['ReadStatements'],
    explain: () => 'Your account statements, with their periods, balances and totals.',
  },
  {
    title: 'Your products and rates',
    codes: ['ReadProduct', 'ReadProductFinanceRates'],
    explain: (has) => {
      const rates = 'the interest and finance rates that apply to them';
      if (!has('ReadProduct')) return `The interest and finance rates that apply to your accounts.`;
      return `The products your accounts are on, with their features, fees and charges${has('ReadProductFinanceRates') ? `, and ${rates}` : ''}.`;
    },
  },
  {
    title: 'Your identity and contact details',
    codes: ['ReadPartyUser', 'ReadPartyUserIdentity', 'ReadParty'],
    explain: (has) =>
      [
        has('ReadPartyUser') && 'Your name, address and contact details.',
        has('ReadPartyUserIdentity') && 'How your identity was verified, such as the documents checked.',
        has('ReadParty') && 'The names and details of the holders of each account.',
      ]
        .filter(isText)
        .join(' '),
  },
  {
    title: 'Your account for refunds',
    codes: ['ReadRefundAccount'],
    explain: () => 'The name and number of the account a payment is made from, so that a refund can be sent back to it.',
  },
];

const UNKNOWN = 'A permission this bank has no plain description for. Ask the app what it covers before you agree.';

/** UAE Bank Data Sharing (and payment) permission codes as groups, in a fixed order; unknown codes last, under their code. */
export function permissionGroupsOf(codes: string[]): PermissionGroup[] {
  const given = new Set(codes);
  const groups = BANK_GROUPS.filter((g) => g.codes.some((c) => given.has(c))).map((g) => ({ title: g.title, explanation: g.explain((c) => given.has(c)) }));
  return [...groups, ...unknownGroups(codes, BANK_GROUPS, () => UNKNOWN)];
}

const INSURANCE_GROUPS: GroupRule[] = [
  { title: 'Your policies', codes: ['ReadInsurancePolicies'], explain: () => 'Your policies: what they cover, the people or things insured, their dates and status.' },
  { title: 'Your insurance products', codes: ['ReadInsuranceProduct'], explain: () => 'The products your policies are on, with their features and terms.' },
  { title: 'Your premiums', codes: ['ReadInsurancePremium'], explain: () => 'How much you pay for your cover, how often and when.' },
  { title: 'Your claims', codes: ['ReadCustomerClaims'], explain: () => 'The claims you have made, with their amounts, dates and status.' },
  {
    title: 'Your personal details',
    codes: ['ReadCustomerBasic', 'ReadCustomerDetail'],
    explain: (has) =>
      has('ReadCustomerDetail')
        ? 'Your name and contact details, and further personal details such as your date of birth, address and identity documents.'
        : 'Your name and contact details.',
  },
  { title: 'Your payment details', codes: ['ReadCustomerPaymentDetails'], explain: () => 'How you pay for your cover, such as the card or bank account used.' },
];

/** Insurance permissions (qualified by insurance type) as groups, each naming the lines it applies to. */
export function insurancePermissionGroupsOf(perms: { InsuranceType: string; Permissions: string[] }[]): PermissionGroup[] {
  const entries = Array.isArray(perms) ? perms.filter((p) => p && Array.isArray(p.Permissions)) : [];
  const linesOf = (codes: string[]) => [...new Set(entries.filter((p) => p.Permissions.some((c) => codes.includes(c))).map((p) => lineWord(p.InsuranceType)))];
  const forLines = (codes: string[]) => {
    const lines = linesOf(codes);
    return lines.length ? ` For your ${joinAnd(lines)} insurance.` : '';
  };
  const all = entries.flatMap((p) => p.Permissions);
  const given = new Set(all);
  const groups = INSURANCE_GROUPS.filter((g) => g.codes.some((c) => given.has(c))).map((g) => ({
    title: g.title,
    // "Has" across all lines: a Detail permission on any line makes the group describe the detail.
    explanation: g.explain((c) => given.has(c)) + forLines(g.codes),
  }));
  return [...groups, ...unknownGroups(all, INSURANCE_GROUPS, (code) => UNKNOWN.replace('bank', 'insurer') + forLines([code]))];
}

function unknownGroups(codes: string[], rules: GroupRule[], explain: (code: string) => string): PermissionGroup[] {
  const known = new Set(rules.flatMap((g) => g.codes));
  return [...new Set(codes)].filter((c) => !known.has(c)).map((c) => ({ title: c, explanation: explain(c) }));
}

/** "Motor" → "motor", for use inside a sentence. */
function lineWord(type: string): string {
  return String(type)
    .replace(/([a-z\d])([A-Z])/g, '$1 $2')
    .toLowerCase();
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function isText(v: string | false): v is string {
  return typeof v === 'string';
}
