import type { ProductTemplate } from './product-templates';
import { ADVISED_CHANNELS, aed, charge, DIGITAL_CHANNELS, feeOf, lendingEligibility, linksOf, rateOf } from './product-parts';

const EIBOR = 4.1;

/** Personal finance and mortgages (ProductCategory Finance and Mortgage), conventional and Islamic. */
export const lendingTemplates: ProductTemplate[] = [
  {
    key: 'finance-personal',
    category: 'Finance',
    sharia: false,
    optional: false,
    build: (s, r) => ({
      ProductName: 'Personal Loan',
      Description: 'A personal loan of up to 20 salaries over up to four years, with a fixed reducing rate.',
      IsShariaCompliant: false,
      IsSalaryTransferRequired: true,
      DenominationCurrency: 'AED',
      Links: linksOf(s, 'personal-loan'),
      Eligibility: lendingEligibility(s, { minimumSalary: s.minimumSalary, maximumAge: 65, minimumCreditScore: 620 }),
      Channels: DIGITAL_CHANNELS,
      Product: {
        Finance: {
          Type: 'Finance',
          MinimumFinanceAmount: aed(20_000),
          MaximumFinanceAmount: aed(r.pick([750_000, 1_000_000, 1_500_000])),
          Documentation: [{ Type: 'IDCard', Description: 'Emirates ID' }, { Type: 'SalaryCertificate', Description: 'Salary certificate' }, { Type: 'BankStatement', Description: 'Three months of statements' }],
          Features: [{ Type: 'QuickApproval', Description: 'A decision within one working day' }, { Type: 'FinanceTopUp', Description: 'Top up after six repayments' }, { Type: 'LifeInsurance', Description: 'Life cover included' }],
          Charges: [
            charge('Processing', 'Processing fee', 'Of the amount financed, at most AED 2,500', { rate: 1 }),
            charge('EarlySettlement', 'Early settlement', 'Of the amount settled early (CBUAE cap)', { rate: 1 }),
            charge('LatePayment', 'Late payment', 'Each late instalment', feeOf(s, 200)),
          ],
        },
        FinanceRates: { RateType: 'FixedInterest', Rate: rateOf(s, r, 6.99, 0.5), Description: 'Annual reducing rate', InterestCalculationMethod: 'OutstandingBalance', CalculationFrequency: 'Monthly', ApplicationFrequency: 'Monthly', AnnualPercentageRate: { StartingFrom: rateOf(s, r, 6.5, 0.2), UpTo: rateOf(s, r, 11, 0.5) } },
        Tenor: [{ MinimumTenor: 'P6M', MaximumTenor: 'P4Y' }],
        AssetBacked: [{ Type: 'Collateral', AssetType: 'SalaryAndGratuityAssignment', Description: 'Salary and end-of-service gratuity assigned to the bank' }],
      },
    }),
  },
  {
    key: 'finance-auto',
    category: 'Finance',
    sharia: false,
    optional: false,
    heldAs: 'Finance',
    build: (s, r) => ({
      ProductName: 'Auto Loan',
      Description: 'Finance for a new or used car, up to 80% of its price.',
      IsShariaCompliant: false,
      IsSalaryTransferRequired: false,
      DenominationCurrency: 'AED',
      Links: linksOf(s, 'auto-loan'),
      Eligibility: lendingEligibility(s, { minimumSalary: s.minimumSalary, maximumAge: 65, minimumCreditScore: 600 }),
      Channels: DIGITAL_CHANNELS,
      Product: {
        Finance: {
          Type: 'AutoFinance',
          MinimumFinanceAmount: aed(30_000),
          MaximumFinanceAmount: aed(500_000),
          Documentation: [{ Type: 'IDCard', Description: 'Emirates ID' }, { Type: 'Other', Description: 'Dealer quotation' }],
          Charges: [charge('Processing', 'Processing fee', 'Of the amount financed', { rate: 1 })],
        },
        FinanceRates: { RateType: 'FixedInterest', Rate: rateOf(s, r, 3.49, 0.4), Description: 'Annual flat rate', InterestCalculationMethod: 'PrincipalBalance', CalculationFrequency: 'Monthly', ApplicationFrequency: 'Monthly' },
        Tenor: [{ MinimumTenor: 'P1Y', MaximumTenor: 'P5Y' }],
        AssetBacked: [{ Type: 'Collateral', AssetType: 'Vehicle', Description: 'The car is mortgaged to the bank at the RTA' }],
      },
    }),
  },
  {
    key: 'finance-islamic',
    category: 'Finance',
    sharia: true,
    optional: false,
    heldAs: 'Finance',
    build: (s, r) => ({
      ProductName: 'Murabaha Auto Finance',
      Description: 'Sharia-compliant car finance: the bank buys the car and sells it to you at a disclosed profit, paid in instalments.',
      IsShariaCompliant: true,
      ShariaStructure: 'Murabaha',
      AlternativeBrandName: `${s.islamicBrand} Auto Finance`,
      ShariaInformation: `Murabaha over the vehicle, approved by the Internal Sharia Supervision Committee of ${s.islamicBrand}.`,
      IsSalaryTransferRequired: true,
      DenominationCurrency: 'AED',
      Links: linksOf(s, 'murabaha-auto-finance'),
      Eligibility: lendingEligibility(s, { minimumSalary: s.minimumSalary, maximumAge: 65, minimumCreditScore: 620 }),
      Channels: DIGITAL_CHANNELS,
      Product: {
        Finance: {
          Type: 'AutoFinance',
          MinimumFinanceAmount: aed(30_000),
          MaximumFinanceAmount: aed(600_000),
          Features: [{ Type: 'IslamicFinance', Description: 'Murabaha' }, { Type: 'DefermentFacility', Description: 'Defer two instalments a year' }],
          Charges: [
            charge('Processing', 'Processing fee', 'Of the amount financed, at most AED 2,500', { rate: 1 }),
            { Type: 'LatePayment', Name: 'Late payment', Description: 'Donated to charity', Charge: [{ Amount: aed(feeOf(s, 200)) }], DonatedToCharity: true },
          ],
        },
        FinanceRates: { RateType: 'FixedProfit', Rate: rateOf(s, r, 6.75, 0.5), Description: 'Annual reducing profit rate', ProfitCalculationMethod: 'OutstandingBalance', CalculationFrequency: 'Monthly', ApplicationFrequency: 'Monthly' },
        Tenor: [{ MinimumTenor: 'P6M', MaximumTenor: 'P4Y' }],
      },
    }),
  },
  {
    key: 'mortgage-home',
    category: 'Mortgage',
    sharia: false,
    optional: false,
    heldAs: 'Mortgage',
    build: (s, r) => {
      const margin = rateOf(s, r, 1.49, 0.3);
      return {
        ProductName: 'Home Loan',
        Description: 'A mortgage for a ready property: fixed for the first years, then EIBOR plus a margin.',
        IsShariaCompliant: false,
        IsSalaryTransferRequired: r.chance(0.5),
        DenominationCurrency: 'AED',
        Links: linksOf(s, 'home-loan'),
        Eligibility: lendingEligibility(s, { minimumSalary: Math.max(15_000, s.minimumSalary), maximumAge: 70, minimumCreditScore: 650, nonResidents: true }),
        Channels: ADVISED_CHANNELS,
        Product: {
          Mortgage: {
            MinimumFinanceAmount: aed(500_000),
            MaximumFinanceAmount: aed(r.pick([10_000_000, 15_000_000, 20_000_000])),
            DownPayment: [
              { CustomerCategory: 'UaeResident', MinimumPercent: 15, Basis: 'First home up to AED 5 million' },
              { CustomerCategory: 'ExpatriatesResident', MinimumPercent: 20, Basis: 'First home up to AED 5 million' },
              { CustomerCategory: 'NonUaeResident', MinimumPercent: 40, Basis: 'Any property' },
            ],
            Documentation: [{ Type: 'SalesandPurchaseAgreement', Description: 'Signed sale and purchase agreement' }, { Type: 'ValuationReport', Description: 'By a bank-approved valuer' }, { Type: 'SalaryCertificate', Description: 'Salary certificate' }],
            Features: [{ Type: 'PreApproval', Description: 'Pre-approval valid 60 days' }, { Type: 'FreePropertyValuation', Description: 'First valuation free' }, { Type: 'Overpayments', Description: 'Overpay up to 25% a year without fee' }],
            Charges: [
              charge('Processing', 'Arrangement fee', 'Of the amount financed, at most AED 20,000', { rate: 1 }),
              charge('EarlySettlement', 'Early settlement', 'Of the outstanding balance, at most AED 10,000', { rate: 1 }),
              charge('Other', 'Valuation fee', 'Property valuation', feeOf(s, 2_500)),
            ],
            Limits: [{ Type: 'MaximumOverpayment', Description: 'Overpayments a year without fee', Percentage: 25 }],
          },
          FinanceRates: {
            RateType: 'HybridInterest',
            FixedRate: { Rate: rateOf(s, r, 3.99, 0.3), Description: 'Fixed for the first years', FixedRateEnd: 'P3Y', InterestCalculationMethod: 'OutstandingBalance' },
            VariableRate: { Description: '3-month EIBOR plus the margin', BenchMark: '3M EIBOR', BenchMarkRate: EIBOR, Margin: margin, Rate: Math.round((EIBOR + margin) * 100) / 100, RateReviewFrequency: 'P3M', InterestCalculationMethod: 'OutstandingBalance' },
            Tiers: [{ Name: 'Loan to value', Unit: 'LTV', ApplicationMethod: 'WholeBalance', LTVTierDetails: [{ LTVStart: 0, LTVEnd: 60, TierRate: rateOf(s, r, 3.79, 0.2) }, { LTVStart: 60, LTVEnd: 85, TierRate: rateOf(s, r, 4.19, 0.2) }] }],
          },
          Tenor: [{ MinimumTenor: 'P5Y', MaximumTenor: 'P25Y' }],
          AssetBacked: [{ Type: 'Collateral', AssetType: 'Property', Description: 'First-degree mortgage over the property, registered with the land department' }],
        },
      };
    },
  },
  {
    key: 'mortgage-islamic',
    category: 'Mortgage',
    sharia: true,
    optional: false,
    heldAs: 'Mortgage',
    build: (s, r) => ({
      ProductName: 'Ijara Home Finance',
      Description: 'Sharia-compliant home finance: the bank buys the home and leases it to you until you own it.',
      IsShariaCompliant: true,
      ShariaStructure: 'Ijara',
      AlternativeBrandName: `${s.islamicBrand} Home Finance`,
      ShariaInformation: `Ijara Muntahia Bittamleek, approved by the Internal Sharia Supervision Committee of ${s.islamicBrand}.`,
      IsSalaryTransferRequired: false,
      DenominationCurrency: 'AED',
      Links: linksOf(s, 'ijara-home-finance'),
      Eligibility: lendingEligibility(s, { minimumSalary: Math.max(15_000, s.minimumSalary), maximumAge: 70, minimumCreditScore: 650 }),
      Channels: ADVISED_CHANNELS,
      Product: {
        Mortgage: {
          MinimumFinanceAmount: aed(500_000),
          MaximumFinanceAmount: aed(15_000_000),
          DownPayment: [
            { CustomerCategory: 'UaeResident', MinimumPercent: 15, Basis: 'First home up to AED 5 million' },
            { CustomerCategory: 'ExpatriatesResident', MinimumPercent: 20, Basis: 'First home up to AED 5 million' },
          ],
          Features: [{ Type: 'IslamicFinance', Description: 'Ijara' }, { Type: 'PropertyInsurance', Description: 'Takaful cover for the property' }],
          Charges: [charge('Processing', 'Arrangement fee', 'Of the amount financed, at most AED 20,000', { rate: 1 })],
        },
        FinanceRates: { RateType: 'VariableProfit', Description: 'Rent: 3-month EIBOR plus the margin', BenchMark: '3M EIBOR', BenchMarkRate: EIBOR, Margin: rateOf(s, r, 1.65, 0.3), RateReviewFrequency: 'P3M', ProfitCalculationMethod: 'OutstandingBalance' },
        Tenor: [{ MinimumTenor: 'P5Y', MaximumTenor: 'P25Y' }],
        AssetBacked: [
          {
            Type: 'OwnershipTransfer',
            AssetType: 'Property',
            Description: 'The bank owns the home during the lease',
            OwnershipTransfer: { Type: 'Gift', Method: 'EndOfLease', TransferConditions: ['AllLeasePaymentsCompleted', 'CustomerRequestRequired'] },
          },
        ],
      },
    }),
  },
];
