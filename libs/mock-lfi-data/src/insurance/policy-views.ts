import type { InsuranceLine, InsurancePolicySeed } from '../model';
import { SeededRandom, stableId } from '../generator/seeded-random';
import { epochDay } from '../generator/dates';
import { uaeIban } from '../generator/iban';
import type { CustomerPsu } from '../banking/customer';
import { ocPolicyStatusOf, type OcPolicyStatus } from './policy-status';
import { identityOf, policyHolderOf } from './policy-holder';
import { productOf } from './products';

type Json = Record<string, unknown>;

/** What the views need of a policy: the seed's fields, whether read from the generator or the database. */
export type PolicyRecord = Pick<
  InsurancePolicySeed,
  'tenantId' | 'insurancePolicyId' | 'userId' | 'line' | 'status' | 'startDate' | 'endDate' | 'premiumAmount' | 'currency'
>;

/** One item of `data.Policies` (AEInsurancePolicyProperties and its motor/life twins). */
export interface OcPolicySummary {
  InsurancePolicyId: string;
  PolicyNumber: string;
  PolicyStatus: OcPolicyStatus;
  PolicyStartDate: string;
}

const LINE_CODE: Record<InsuranceLine, string> = {
  employment: 'EMP', health: 'HLT', home: 'HOM', life: 'LIF', motor: 'MOT', renters: 'REN', travel: 'TRV',
};

/** The insurer's own number, printed on the certificate: line code, start year, stable digits. */
export function policyNumberOf(p: PolicyRecord): string {
  const digits = parseInt(stableId('', 8, p.tenantId, p.insurancePolicyId), 16) % 10_000_000;
  return `GI-${LINE_CODE[p.line]}-${p.startDate.slice(0, 4)}-${String(digits).padStart(7, '0')}`;
}

export function policySummaryOf(p: PolicyRecord): OcPolicySummary {
  return { InsurancePolicyId: p.insurancePolicyId, PolicyNumber: policyNumberOf(p), PolicyStatus: ocPolicyStatusOf(p), PolicyStartDate: p.startDate };
}

/**
 * The whole policy (the `data` of GET /{line}-insurance-policies/{id}). Every member is present:
 * the LFI answers in full and the hub drops what the consent's permissions do not cover.
 */
export function policyDetailOf(seed: string, p: PolicyRecord, psu: CustomerPsu): Json {
  const holder = policyHolderOf(seed, psu, p.line);
  const product = productOf(seed, p, policyNumberOf(p));
  // The policyholder is the life assured (IsPolicyholderLifeAssured), so the insured party is them.
  if (p.line === 'life') {
    const { FirstName, LastName, Gender, DateOfBirth } = holder;
    product.InsuredParties = [{ FirstName, LastName, Gender, DateOfBirth }];
  }
  return {
    InsurancePolicyId: p.insurancePolicyId,
    PolicyHolder: holder,
    Identity: identityOf(psu),
    Product: product,
    Claims: claimsOf(seed, p),
    Premium: premiumOf(p),
  };
}

/** Where the insurer collects the premium from: the PSU's AED account at a UAE bank. */
export function policyPaymentDetailsOf(seed: string, p: PolicyRecord, psu: CustomerPsu): Json {
  const random = new SeededRandom(`${seed}|${p.tenantId}|payment-details|${p.insurancePolicyId}`);
  const bank = random.pick([
    { Name: 'Emirates NBD', BICFI: 'EBILAEAD', code: '260' },
    { Name: 'First Abu Dhabi Bank', BICFI: 'NBADAEAA', code: '035' },
    { Name: 'Abu Dhabi Commercial Bank', BICFI: 'ADCBAEAA', code: '030' },
  ] as const);
  return {
    Account: { SchemeName: 'IBAN', Identification: uaeIban(bank.code, random.digits(16)), Name: psu.fullName },
    Bank: { Name: bank.Name, BICFI: bank.BICFI },
    AccountType: 'Current',
  };
}

/** Premium of the current term: the seed's yearly amount, 5% VAT on top, paid yearly. */
function premiumOf(p: PolicyRecord): Json {
  const net = Math.round(Number(p.premiumAmount) * 100);
  const vat = Math.round(net * 0.05);
  const money = (fils: number) => ({ Currency: p.currency, Amount: `${Math.floor(fils / 100)}.${String(fils % 100).padStart(2, '0')}` });
  const premium: Json = { PremiumAmount: money(net), VatAmount: money(vat), TotalPremiumAmount: money(net + vat), PaymentFrequency: 'Annually', PaymentMode: 'DirectDebit' };
  // Only a running policy has a next instalment.
  if (p.status === 'Active' && p.endDate >= epochDay(0)) premium.NextDue = p.endDate;
  return premium;
}

/** Claims of the last year: a few, most approved, amounts scaled to the premium. */
function claimsOf(seed: string, p: PolicyRecord): Json {
  const random = new SeededRandom(`${seed}|${p.tenantId}|claims|${p.insurancePolicyId}`);
  const claims = random.int(0, 3);
  const approved = claims === 0 ? 0 : random.int(1, claims);
  const approvedFils = approved * random.int(20, 120) * Math.round(Number(p.premiumAmount));
  const paidFils = Math.round(approvedFils * 0.9);
  const money = (fils: number) => ({ Currency: p.currency, Amount: `${Math.floor(fils / 100)}.${String(fils % 100).padStart(2, '0')}` });
  const result: Json = {
    Summary: [{ NumberOfMonthsInPeriod: 12, Claims: claims, ApprovedClaims: approved, TotalGrossApprovedClaimAmount: money(approvedFils), TotalGrossPaidAmount: money(paidFils) }],
  };
  if (p.line === 'motor') result.NoClaimsDiscountAvailable = claims === 0;
  return result;
}
