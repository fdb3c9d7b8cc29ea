import type { ProductTemplate } from './product-templates';
import { aed, charge, DIGITAL_CHANNELS, depositEligibility, feeOf, linksOf, rateOf } from './product-parts';

const SHARIA_BOARD = (brand: string) => `Approved by the Internal Sharia Supervision Committee of ${brand}; profit is shared, never guaranteed.`;

/** Current and savings accounts (ProductCategory CurrentAccount and SavingsAccount). */
export const accountTemplates: ProductTemplate[] = [
  {
    key: 'current-everyday',
    category: 'CurrentAccount',
    sharia: false,
    optional: false,
    heldAs: 'CurrentAccount',
    build: (s) => ({
      ProductName: 'Everyday Current Account',
      Description: 'A current account for salaries and daily spending, with a debit card and a cheque book.',
      IsShariaCompliant: false,
      IsSalaryTransferRequired: false,
      DenominationCurrency: 'AED',
      Links: linksOf(s, 'everyday-current-account'),
      Eligibility: depositEligibility(18),
      Channels: DIGITAL_CHANNELS,
      Product: {
        CurrentAccount: {
          Type: 'Basic',
          IsOverdraftAvailable: false,
          Documentation: [
            { Type: 'IDCard', Description: 'Emirates ID' },
            { Type: 'Passport', Description: 'Passport with a valid residence visa' },
          ],
          Features: [
            { Type: 'DebitCard', Description: `${s.cardNetwork} debit card` },
            { Type: 'ChequeBook', Description: 'First cheque book free' },
            { Type: 'Contactless', Description: 'Tap to pay up to AED 500' },
            { Type: 'SMSNotifications', Description: 'An SMS for every transaction' },
          ],
          Charges: [
            charge('BalanceFallBelow', 'Minimum balance fee', 'Charged monthly when the average balance is below AED 3,000', feeOf(s, 25)),
            charge('ChequeBook', 'Cheque book', 'Each cheque book after the first', feeOf(s, 30)),
            charge('ReturnCheque', 'Returned cheque', 'Each cheque returned for insufficient funds', feeOf(s, 100)),
          ],
          Limits: [
            { Type: 'MinimumBalance', Description: 'Average monthly balance to avoid the fee', Amount: aed(3_000) },
            { Type: 'MaximumCashATMWithdrawal', Description: 'Cash a day at ATMs', Amount: aed(10_000) },
          ],
        },
      },
    }),
  },
  {
    key: 'current-islamic',
    category: 'CurrentAccount',
    sharia: true,
    optional: false,
    heldAs: 'CurrentAccount',
    build: (s) => ({
      ProductName: 'Wakala Current Account',
      Description: 'A Sharia-compliant current account: no interest is paid or charged.',
      IsShariaCompliant: true,
      ShariaStructure: 'Tawarruq',
      AlternativeBrandName: `${s.islamicBrand} Current Account`,
      ShariaInformation: SHARIA_BOARD(s.islamicBrand),
      IsSalaryTransferRequired: false,
      DenominationCurrency: 'AED',
      Links: linksOf(s, 'islamic-current-account'),
      Eligibility: depositEligibility(18),
      Channels: DIGITAL_CHANNELS,
      Product: {
        CurrentAccount: {
          Type: 'Basic',
          IsOverdraftAvailable: false,
          Documentation: [{ Type: 'IDCard', Description: 'Emirates ID' }],
          Features: [
            { Type: 'IslamicBanking', Description: 'Run under Sharia principles' },
            { Type: 'DebitCard', Description: `${s.cardNetwork} debit card` },
            { Type: 'BillPayments', Description: 'DEWA, Etisalat, du and Salik from the app' },
          ],
          Charges: [charge('BalanceFallBelow', 'Minimum balance fee', 'Charged monthly when the average balance is below AED 3,000', feeOf(s, 25))],
          Limits: [{ Type: 'MinimumBalance', Description: 'Average monthly balance to avoid the fee', Amount: aed(3_000) }],
        },
      },
    }),
  },
  {
    key: 'current-premium',
    category: 'CurrentAccount',
    sharia: false,
    optional: true,
    retiring: true,
    build: (s) => ({
      ProductName: `${s.bankName.split(' ')[0]} Priority Current Account`,
      Description: 'A premium current account with an overdraft, multi-currency wallets and a relationship manager.',
      IsShariaCompliant: false,
      IsSalaryTransferRequired: true,
      DenominationCurrency: 'AED',
      Links: linksOf(s, 'priority-current-account'),
      Eligibility: { ...depositEligibility(21), FinancialRequirements: [{ Type: 'MinimumSalaryTransferRequirement', Description: 'Monthly salary transferred', Amount: aed(25_000) }] },
      Channels: [...DIGITAL_CHANNELS, { Type: 'RelationshipManager', Description: 'A dedicated relationship manager' }],
      Product: {
        CurrentAccount: {
          Type: 'Premium',
          IsOverdraftAvailable: true,
          Documentation: [
            { Type: 'IDCard', Description: 'Emirates ID' },
            { Type: 'SalaryCertificate', Description: 'Salary certificate from the employer' },
          ],
          Features: [
            { Type: 'MultipleCurrencies', Description: 'AED, USD, EUR and GBP wallets' },
            { Type: 'FreeInternationalPayments', Description: 'No fee on transfers abroad' },
            { Type: 'SalaryAdvance', Description: 'Up to one salary in advance' },
            { Type: 'WorldWideSupport', Description: 'Concierge support worldwide' },
          ],
          Charges: [
            charge('MonthlyFees', 'Relationship fee', 'Charged monthly below a total relationship of AED 150,000', feeOf(s, 250)),
            charge('Overdraft', 'Overdraft rate', 'Annual rate on the overdrawn balance', { rate: 18 }),
          ],
          Limits: [{ Type: 'MinimumBalance', Description: 'Total relationship balance', Amount: aed(150_000) }],
        },
      },
    }),
  },
  {
    key: 'savings-smart',
    category: 'SavingsAccount',
    sharia: false,
    optional: false,
    heldAs: 'Savings',
    build: (s, r) => {
      const base = rateOf(s, r, 1.5);
      return {
        ProductName: 'Smart Saver',
        Description: 'An instant-access savings account with tiered interest paid monthly.',
        IsShariaCompliant: false,
        IsSalaryTransferRequired: false,
        DenominationCurrency: 'AED',
        Links: linksOf(s, 'smart-saver'),
        Eligibility: depositEligibility(18),
        Channels: DIGITAL_CHANNELS,
        Product: {
          SavingsAccount: {
            Type: 'Savings',
            MinimumBalance: aed(5_000),
            Documentation: [{ Type: 'IDCard', Description: 'Emirates ID' }],
            Features: [
              { Type: 'NoLockIn', Description: 'Withdraw any time without losing interest' },
              { Type: 'SMSNotifications', Description: 'Monthly interest alert' },
            ],
            Charges: [charge('BalanceFallBelow', 'Minimum balance fee', 'Charged monthly when the balance is below AED 5,000', feeOf(s, 25))],
            Limits: [{ Type: 'MinimumOpeningBalance', Description: 'To open the account', Amount: aed(5_000) }],
          },
          DepositRates: {
            RateType: 'VariableInterest',
            RateDetails: [
              { RateCategory: 'Standard', AnnualRate: base, Tier: { MinBalance: '5000', MaxBalance: '99999.99', Currency: 'AED' }, CalculationMethod: 'DailyClosingBalance', CalculationFrequency: 'Daily', ApplicationFrequency: 'Monthly' },
              { RateCategory: 'Standard', AnnualRate: Math.round((base + 0.5) * 100) / 100, Tier: { MinBalance: '100000', Currency: 'AED' }, CalculationMethod: 'DailyClosingBalance', CalculationFrequency: 'Daily', ApplicationFrequency: 'Monthly' },
              { RateCategory: 'Introductory', AnnualRate: Math.round((base + 1.25) * 100) / 100, Term: 'P3M', CalculationMethod: 'DailyClosingBalance', CalculationFrequency: 'Daily', ApplicationFrequency: 'Monthly', Notes: 'For new customers on new money' },
            ],
          },
        },
      };
    },
  },
  {
    key: 'savings-islamic',
    category: 'SavingsAccount',
    sharia: true,
    optional: false,
    heldAs: 'Savings',
    build: (s, r) => ({
      ProductName: 'Mudaraba Savings',
      Description: 'A Sharia-compliant savings account sharing the profit of the bank\'s investment pool.',
      IsShariaCompliant: true,
      ShariaStructure: 'Tawarruq',
      AlternativeBrandName: `${s.islamicBrand} Savings`,
      ShariaInformation: SHARIA_BOARD(s.islamicBrand),
      IsSalaryTransferRequired: false,
      DenominationCurrency: 'AED',
      Links: linksOf(s, 'islamic-savings'),
      Eligibility: depositEligibility(18),
      Channels: DIGITAL_CHANNELS,
      Product: {
        SavingsAccount: {
          Type: 'Savings',
          MinimumBalance: aed(3_000),
          Documentation: [{ Type: 'IDCard', Description: 'Emirates ID' }],
          Features: [{ Type: 'IslamicBanking', Description: 'Profit from a Sharia-compliant investment pool' }],
          Charges: [charge('BalanceFallBelow', 'Minimum balance fee', 'Charged monthly when the balance is below AED 3,000', feeOf(s, 25))],
          Limits: [{ Type: 'MinimumOpeningBalance', Description: 'To open the account', Amount: aed(3_000) }],
        },
        DepositRates: {
          RateType: 'VariableProfit',
          RateDetails: [{ RateCategory: 'Standard', AnnualRateRange: { MinRate: rateOf(s, r, 1.0), MaxRate: rateOf(s, r, 2.0) }, CalculationMethod: 'MinimumMonthlyBalance', CalculationFrequency: 'Monthly', ApplicationFrequency: 'Quarterly', Notes: 'Expected profit rate; the actual rate is declared each quarter' }],
        },
      },
    }),
  },
  {
    key: 'term-deposit',
    category: 'SavingsAccount',
    sharia: false,
    optional: true,
    build: (s, r) => ({
      ProductName: 'Fixed Term Deposit',
      Description: 'A fixed rate for a fixed term, from one month to three years.',
      IsShariaCompliant: false,
      IsSalaryTransferRequired: false,
      DenominationCurrency: 'AED',
      Links: linksOf(s, 'fixed-deposit'),
      Eligibility: depositEligibility(18),
      Channels: DIGITAL_CHANNELS,
      Product: {
        SavingsAccount: {
          Type: 'TermDeposit',
          MinimumBalance: aed(10_000),
          Documentation: [{ Type: 'IDCard', Description: 'Emirates ID' }],
          Charges: [charge('EarlySettlement', 'Early withdrawal', 'Interest on the deposit is reduced when it is broken early', { rate: 1 })],
          Limits: [{ Type: 'MinimumOpeningBalance', Description: 'Smallest deposit', Amount: aed(10_000) }],
        },
        DepositRates: {
          RateType: 'FixedInterest',
          RateDetails: [
            { RateCategory: 'Standard', AnnualRate: rateOf(s, r, 3.25, 0.15), Term: 'P3M', CalculationMethod: 'AccountOpeningBalance', CalculationFrequency: 'Daily', ApplicationFrequency: 'NotApplicable', Notes: 'Paid at maturity' },
            { RateCategory: 'Standard', AnnualRate: rateOf(s, r, 3.75, 0.15), Term: 'P1Y', CalculationMethod: 'AccountOpeningBalance', CalculationFrequency: 'Daily', ApplicationFrequency: 'NotApplicable', Notes: 'Paid at maturity' },
            { RateCategory: 'Standard', AnnualRate: rateOf(s, r, 3.5, 0.15), Term: 'P3Y', CalculationMethod: 'AccountOpeningBalance', CalculationFrequency: 'Daily', ApplicationFrequency: 'Annually' },
          ],
        },
        Tenor: [{ MinimumTenor: 'P1M', MaximumTenor: 'P3Y' }],
      },
    }),
  },
  {
    key: 'term-deposit-islamic',
    category: 'SavingsAccount',
    sharia: true,
    optional: true,
    build: (s, r) => ({
      ProductName: 'Wakala Term Deposit',
      Description: 'A Sharia-compliant term investment with an expected profit rate.',
      IsShariaCompliant: true,
      ShariaStructure: 'Tawarruq',
      AlternativeBrandName: `${s.islamicBrand} Term Investment`,
      ShariaInformation: SHARIA_BOARD(s.islamicBrand),
      IsSalaryTransferRequired: false,
      DenominationCurrency: 'AED',
      Links: linksOf(s, 'islamic-term-deposit'),
      Eligibility: depositEligibility(18),
      Channels: DIGITAL_CHANNELS,
      Product: {
        SavingsAccount: {
          Type: 'TermDeposit',
          MinimumBalance: aed(10_000),
          Features: [{ Type: 'IslamicFinance', Description: 'Invested under a Wakala agreement' }],
          Charges: [charge('EarlySettlement', 'Early withdrawal', 'The expected profit is not paid when broken early', 0)],
        },
        DepositRates: { RateType: 'FixedProfit', RateDetails: [{ RateCategory: 'Standard', AnnualRate: rateOf(s, r, 3.6, 0.2), Term: 'P1Y', CalculationMethod: 'AccountOpeningBalance', CalculationFrequency: 'Monthly', ApplicationFrequency: 'NotApplicable' }] },
        Tenor: [{ MinimumTenor: 'P3M', MaximumTenor: 'P2Y' }],
      },
    }),
  },
];
