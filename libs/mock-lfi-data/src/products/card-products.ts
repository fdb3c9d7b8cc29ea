import type { ProductTemplate } from './product-templates';
import { aed, charge, DIGITAL_CHANNELS, feeOf, lendingEligibility, linksOf, rateOf } from './product-parts';

/** Credit cards (ProductCategory CreditCard): a classic, a cashback and an Islamic covered card. */
export const cardTemplates: ProductTemplate[] = [
  {
    key: 'card-titanium',
    category: 'CreditCard',
    sharia: false,
    optional: false,
    heldAs: 'CreditCard',
    build: (s, r) => ({
      ProductName: 'Titanium Credit Card',
      Description: 'A credit card with reward points on every purchase and up to 55 days interest-free.',
      IsShariaCompliant: false,
      IsSalaryTransferRequired: false,
      DenominationCurrency: 'AED',
      Links: linksOf(s, 'titanium-credit-card', true),
      Eligibility: lendingEligibility(s, { minimumSalary: s.minimumSalary, maximumAge: 65, minimumCreditScore: 580 }),
      Channels: DIGITAL_CHANNELS,
      Product: {
        CreditCard: {
          Type: s.cardNetwork,
          Documentation: [
            { Type: 'IDCard', Description: 'Emirates ID' },
            { Type: 'SalaryCertificate', Description: 'Salary certificate, or three months of bank statements' },
          ],
          Features: [
            { Type: 'BalanceTransfer', Description: 'Move card balances from other banks' },
            { Type: 'InstalmentPaymentPlans', Description: 'Split purchases over 3 to 24 months' },
            { Type: 'CardControl', Description: 'Freeze and set limits in the app' },
          ],
          Charges: [
            charge('AnnualFees', 'Annual fee', 'Waived in the first year', feeOf(s, 300)),
            charge('LatePayment', 'Late payment fee', 'When the minimum payment is late', feeOf(s, 230)),
            charge('CashAdvance', 'Cash advance fee', 'Of the amount withdrawn, at least AED 99', { rate: 3 }),
            charge('ForeignTransaction', 'Foreign currency fee', 'Of purchases in another currency', { rate: 2.49 }),
          ],
          Limits: [
            { Type: 'MinimumCreditLimit', Description: 'Smallest credit limit', Amount: aed(5_000) },
            { Type: 'MaximumCreditLimit', Description: 'Up to four salaries', Amount: aed(150_000) },
          ],
        },
        FinanceRates: { RateType: 'FixedInterest', Rate: rateOf(s, r, 39, 2), Description: 'Annual rate on balances not paid in full', CalculationFrequency: 'Daily', ApplicationFrequency: 'Monthly', InterestCalculationMethod: 'OutstandingBalance' },
        RewardsBenefits: [
          { Type: 'Points', Name: `${s.bankName.split(' ')[0]} Rewards`, PointsType: 'Reward points', RewardBasis: ['1 point per AED 1 spent', '2 points per AED 1 spent abroad'] },
          { Type: 'ComplimentaryServices', Name: 'Airport lounges', RewardBasis: ['Four free lounge visits a year'] },
        ],
      },
    }),
  },
  {
    key: 'card-cashback',
    category: 'CreditCard',
    sharia: false,
    optional: true,
    build: (s, r) => {
      const cashback = r.int(2, 10) / 2;
      return {
        ProductName: 'Cashback Plus Credit Card',
        Description: `Up to ${cashback}% cashback on groceries, fuel and school fees.`,
        IsShariaCompliant: false,
        IsSalaryTransferRequired: false,
        DenominationCurrency: 'AED',
        Links: linksOf(s, 'cashback-credit-card', true),
        Eligibility: lendingEligibility(s, { minimumSalary: s.minimumSalary, maximumAge: 65, minimumCreditScore: 600 }),
        Channels: DIGITAL_CHANNELS,
        Product: {
          CreditCard: {
            Type: s.cardNetwork,
            Documentation: [{ Type: 'IDCard', Description: 'Emirates ID' }, { Type: 'SalarySlip', Description: 'Latest salary slip' }],
            Features: [{ Type: 'AdditionalCards', Description: 'Up to four supplementary cards free' }],
            Charges: [charge('AnnualFees', 'Annual fee', 'Charged every year', feeOf(s, 400)), charge('LatePayment', 'Late payment fee', 'When the minimum payment is late', feeOf(s, 230))],
            Limits: [{ Type: 'MinimumSpend', Description: 'Monthly spend to earn cashback', Amount: aed(3_000) }],
          },
          FinanceRates: { RateType: 'FixedInterest', Rate: rateOf(s, r, 41, 2), Description: 'Annual rate on balances not paid in full', CalculationFrequency: 'Daily', ApplicationFrequency: 'Monthly' },
          RewardsBenefits: [{ Type: 'Cashback', Name: 'Cashback', FrequencyPaid: 'Monthly', RewardBasis: [`${cashback}% on groceries and fuel`, '0.5% on everything else'] }],
        },
      };
    },
  },
  {
    key: 'card-islamic',
    category: 'CreditCard',
    sharia: true,
    optional: false,
    heldAs: 'CreditCard',
    build: (s) => ({
      ProductName: 'Islamic Covered Card',
      Description: 'A Sharia-compliant card with a fixed monthly fee instead of interest.',
      IsShariaCompliant: true,
      ShariaStructure: 'Tawarruq',
      AlternativeBrandName: `${s.islamicBrand} Covered Card`,
      ShariaInformation: `Structured as Tawarruq and approved by the Internal Sharia Supervision Committee of ${s.islamicBrand}.`,
      IsSalaryTransferRequired: true,
      DenominationCurrency: 'AED',
      Links: linksOf(s, 'islamic-covered-card', true),
      Eligibility: lendingEligibility(s, { minimumSalary: s.minimumSalary, maximumAge: 65, minimumCreditScore: 580 }),
      Channels: DIGITAL_CHANNELS,
      Product: {
        CreditCard: {
          Type: s.cardNetwork,
          Features: [{ Type: 'IslamicFinance', Description: 'No interest: a fixed monthly profit fee' }],
          Charges: [
            charge('MonthlyFees', 'Monthly profit fee', 'Charged only in months with an unpaid balance', feeOf(s, 199)),
            charge('LatePayment', 'Late payment', 'Donated to charity', feeOf(s, 200)),
          ],
        },
        RewardsBenefits: [{ Type: 'Discounts', Name: 'Dining and leisure', RewardBasis: ['Up to 25% off at partner restaurants'] }],
      },
    }),
  },
];
