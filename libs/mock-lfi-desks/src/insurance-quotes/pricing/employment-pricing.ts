import type { InsuranceEmirate } from '@hub/mock-lfi-store';
import type { Members } from '../quote-members';
import { EMIRATES, emirateOfAddresses, type Declined, type LineDesk, type LineQuote } from './line-quote';
import { aed, bpsOf, type Fils } from './quote-money';

// Involuntary loss of employment (ILOE): the UAE scheme has two categories by basic salary, a
// flat yearly premium for each, and pays 60 % of the salary, capped per category, for up to three
// months after an involuntary dismissal. Terms run one or two years.

export type SchemeCategory = 'CategoryA' | 'CategoryB';
const EMPLOYMENT_STATUSES = ['Employed', 'SelfEmployed', 'BusinessOwner', 'Unemployed', 'Dependent', 'Retired', 'Student', 'DomesticWorker', 'Other'] as const;

/** Basic salaries up to AED 16,000 a month are Category A, above are Category B. */
const CATEGORY_A_MAX_SALARY = aed(16_000);
const YEARLY_AED: Record<SchemeCategory, number> = { CategoryA: 60, CategoryB: 120 };
const MONTHLY_CAP_AED: Record<SchemeCategory, number> = { CategoryA: 10_000, CategoryB: 20_000 };
const BENEFIT_BPS = 6000;

/** What the employment desk prices on, read from AEEmploymentInsuranceQuoteRequestProperties. */
export interface EmploymentRisk {
  category: SchemeCategory;
  monthlySalary: Fils;
  employmentStatus: (typeof EMPLOYMENT_STATUSES)[number];
  termMonths: number;
  emirate?: InsuranceEmirate;
}

export function categoryOfSalary(monthlySalary: Fils): SchemeCategory {
  return monthlySalary <= CATEGORY_A_MAX_SALARY ? 'CategoryA' : 'CategoryB';
}

function read(m: Members): EmploymentRisk {
  m.date('Policy.PolicyStartDate');
  m.choice('Policy.Sector', ['Private', 'FederalGovernment'] as const);
  m.choice('Policy.PremiumFrequency', ['Annually', 'OneTime', 'Monthly', 'Quarterly', 'BiAnnual', 'Limited', 'Other'] as const);
  const category = m.choice('Policy.SchemeCategory', ['CategoryA', 'CategoryB'] as const);
  const termMonths = m.optionalMonths('Policy.PolicyTerm') ?? 12;
  if (termMonths !== 12 && termMonths !== 24) m.report('Policy.PolicyTerm', 'must be P1Y or P2Y, the terms of the scheme');
  const monthlySalary = m.amount('Employment.MonthlyIncomeAmount');
  m.text('Employment.EmployerName', 70);
  if (m.has('Employment.MonthlyIncomeAmount') && m.has('Policy.SchemeCategory') && categoryOfSalary(monthlySalary) !== category) {
    m.report('Policy.SchemeCategory', `is ${category} but a monthly basic salary of AED ${Number(monthlySalary / 100n)} belongs to ${categoryOfSalary(monthlySalary)} (Category A up to AED 16,000)`);
  }
  return {
    category,
    monthlySalary,
    employmentStatus: m.choice('Employment.EmploymentStatus', EMPLOYMENT_STATUSES),
    termMonths,
    emirate: m.optionalChoice('Employment.EmployerAddress.CountrySubDivision', EMIRATES) ?? emirateOfAddresses(m, 'PolicyHolder.Address'),
  };
}

function quote(risk: EmploymentRisk): LineQuote | Declined {
  // The scheme insures employees; business owners, the self-employed and others cannot be dismissed.
  if (risk.employmentStatus !== 'Employed') return { declined: `involuntary loss of employment cover is for employees; EmploymentStatus is ${risk.employmentStatus}` };
  const cap = aed(MONTHLY_CAP_AED[risk.category]);
  const benefit = bpsOf(risk.monthlySalary, BENEFIT_BPS);
  return {
    product: `Loss of Employment ${risk.category === 'CategoryA' ? 'Category A' : 'Category B'}`,
    price: { base: aed(YEARLY_AED[risk.category]), loadings: [], discounts: [], minimum: 0n },
    covers: [{ CoverType: 'LossOfEmployment', Description: '60 % of the basic salary a month for up to three months after an involuntary dismissal', limit: benefit < cap ? benefit : cap }],
    plus: { bps: 10000, cover: { CoverType: 'ExtendedBenefit', Description: 'The monthly benefit paid for up to six months' } },
    term: { months: risk.termMonths },
    emirate: risk.emirate,
    takaful: false,
    requiredDocuments: ['Emirates ID', 'Employment contract or salary certificate'],
    paymentFrequency: 'Annually',
  };
}

export const employmentDesk: LineDesk<EmploymentRisk> = { read, quote };
