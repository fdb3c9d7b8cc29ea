import {
  accountSubTypeLabel,
  consentTypeLabel,
  formatDate,
  formatDateTime,
  formatMoney,
  insuranceLineLabel,
  insurancePermissionGroupsOf,
  maskIban,
  maskMobile,
  permissionGroupsOf,
  purposeLabel,
} from './plain-language';

const titles = (codes: string[]) => permissionGroupsOf(codes).map((g) => g.title);
const explanation = (codes: string[]) => permissionGroupsOf(codes)[0].explanation;

describe('permissionGroupsOf', () => {
  it('groups every Bank Data Sharing and payment code in a fixed order, whatever order they come in', () => {
    const codes = [
      'ReadRefundAccount', 'ReadParty', 'ReadPartyUserIdentity', 'ReadPartyUser', 'ReadProductFinanceRates', 'ReadProduct', 'ReadStatements',
      'ReadStandingOrdersDetail', 'ReadStandingOrdersBasic', 'ReadDirectDebits', 'ReadScheduledPaymentsDetail', 'ReadScheduledPaymentsBasic',
      'ReadBeneficiariesDetail', 'ReadBeneficiariesBasic', 'ReadFXRemittanceCharges', 'ReadFXTransactionsDetail', 'ReadFXTransactionsBasic',
      'ReadTransactionsDetail', 'ReadTransactionsBasic', 'ReadBalances', 'ReadAccountsDetail', 'ReadAccountsBasic',
    ];
    const expected = [
      'Your account details', 'Your balances', 'Your transactions', 'Your foreign-exchange transactions', 'Your payees', 'Your regular payments',
      'Your statements', 'Your products and rates', 'Your identity and contact details', 'Your account for refunds',
    ];
    expect(titles(codes)).toEqual(expected);
    expect(titles([...codes].reverse())).toEqual(expected);
  });

  it('says what Detail adds over Basic', () => {
    expect(explanation(['ReadAccountsBasic'])).toContain('without their account numbers');
    expect(explanation(['ReadAccountsBasic', 'ReadAccountsDetail'])).toContain('with their account numbers (IBAN)');
    expect(explanation(['ReadTransactionsBasic'])).toContain('without merchant details');
    expect(explanation(['ReadTransactionsDetail'])).toContain('including merchant details');
    expect(explanation(['ReadBeneficiariesBasic'])).toContain('without their account numbers');
    expect(explanation(['ReadBeneficiariesDetail'])).toContain('account numbers and banks');
  });

  it('describes regular payments by the kinds asked for', () => {
    expect(explanation(['ReadDirectDebits'])).toBe('Your direct debits: amounts, dates and how often they are paid.');
    expect(explanation(['ReadStandingOrdersDetail', 'ReadScheduledPaymentsDetail'])).toBe(
      'Your standing orders and scheduled payments: amounts, dates and how often they are paid, including who receives them and their account details.',
    );
    expect(explanation(['ReadStandingOrdersBasic', 'ReadDirectDebits', 'ReadScheduledPaymentsDetail'])).toContain('including who receives your scheduled payments');
  });

  it('describes the parts of the other groups that were asked for', () => {
    expect(explanation(['ReadFXRemittanceCharges'])).toBe('The fees charged on your international transfers.');
    expect(explanation(['ReadFXTransactionsBasic', 'ReadFXRemittanceCharges'])).toBe(
      'Your payments in other currencies: amounts, dates and exchange rates. Also the fees charged on your international transfers.',
    );
    expect(explanation(['ReadProductFinanceRates'])).toBe('The interest and finance rates that apply to your accounts.');
    expect(explanation(['ReadProduct', 'ReadProductFinanceRates'])).toContain('fees and charges, and the interest and finance rates');
    expect(explanation(['ReadPartyUser', 'ReadParty'])).toBe('Your name, address and contact details. The names and details of the holders of each account.');
  });

  it('keeps unknown codes, once each, after the known groups', () => {
    const groups = permissionGroupsOf(['ReadFutureThing', 'ReadBalances', 'ReadFutureThing', 'ReadOther']);
    expect(groups.map((g) => g.title)).toEqual(['Your balances', 'ReadFutureThing', 'ReadOther']);
    expect(groups[1].explanation).toMatch(/no plain description/);
    expect(permissionGroupsOf([])).toEqual([]);
  });
});

describe('insurancePermissionGroupsOf', () => {
  const groups = insurancePermissionGroupsOf([
    { InsuranceType: 'Motor', Permissions: ['ReadInsurancePolicies', 'ReadCustomerBasic', 'ReadInsurancePremium'] },
    { InsuranceType: 'Health', Permissions: ['ReadCustomerClaims', 'ReadInsurancePolicies', 'ReadCustomerDetail', 'ReadSomethingNew'] },
  ]);

  it('groups the codes in a fixed order and names the lines each applies to', () => {
    expect(groups.map((g) => g.title)).toEqual(['Your policies', 'Your premiums', 'Your claims', 'Your personal details', 'ReadSomethingNew']);
    expect(groups[0].explanation).toMatch(/For your motor and health insurance\.$/);
    expect(groups[1].explanation).toMatch(/For your motor insurance\.$/);
    expect(groups[2].explanation).toMatch(/For your health insurance\.$/);
    expect(groups[4].explanation).toMatch(/no plain description.*For your health insurance\.$/);
  });

  it('describes the customer details by the widest permission asked for', () => {
    expect(groups[3].explanation).toContain('date of birth');
    expect(insurancePermissionGroupsOf([{ InsuranceType: 'Travel', Permissions: ['ReadCustomerBasic'] }])[0].explanation).toBe('Your name and contact details. For your travel insurance.');
  });

  it('covers every insurance permission and tolerates an empty request', () => {
    const all = ['ReadInsurancePolicies', 'ReadCustomerBasic', 'ReadCustomerDetail', 'ReadCustomerPaymentDetails', 'ReadInsuranceProduct', 'ReadCustomerClaims', 'ReadInsurancePremium'];
    expect(insurancePermissionGroupsOf([{ InsuranceType: 'Home', Permissions: all }]).map((g) => g.title)).toEqual([
      'Your policies', 'Your insurance products', 'Your premiums', 'Your claims', 'Your personal details', 'Your payment details',
    ]);
    expect(insurancePermissionGroupsOf([])).toEqual([]);
  });
});

describe('labels', () => {
  it.each([
    ['Employment', 'Employment insurance'], ['Health', 'Health insurance'], ['Home', 'Home insurance'], ['Life', 'Life insurance'],
    ['Motor', 'Motor insurance'], ['Renters', 'Renters insurance'], ['Travel', 'Travel insurance'],
  ])('insuranceLineLabel(%s) is "%s"', (type, label) => expect(insuranceLineLabel(type)).toBe(label));

  it('puts every billing purpose in plain words and leaves an unknown one as it is', () => {
    const codes = ['AccountAggregation', 'RiskAssessment', 'TaxFiling', 'Onboarding', 'Verification', 'QuoteComparison', 'BudgetingAnalysis', 'FinancialAdvice', 'AuditReconciliation', 'PremiumHistory', 'ClaimHistory', 'Other'];
    for (const code of codes) expect(purposeLabel(code)).not.toBe(code);
    expect(new Set(codes.map(purposeLabel)).size).toBe(codes.length);
    expect(purposeLabel('TaxFiling')).toBe('Preparing your tax returns');
    expect(purposeLabel('Astrology')).toBe('Astrology');
  });

  it('names account sub-types', () => {
    expect(['CurrentAccount', 'Savings', 'CreditCard', 'Mortgage', 'Finance', 'BusinessLoan'].map(accountSubTypeLabel)).toEqual([
      'Current account', 'Savings account', 'Credit card', 'Mortgage', 'Finance', 'Business loan',
    ]);
  });

  it('names consent types from stored types, RAR types and page kinds', () => {
    expect(['cbuae-account-access-consents', 'urn:openfinanceuae:account-access-consent:v2.1', 'data-sharing'].map(consentTypeLabel)).toEqual(Array(3).fill('Account information'));
    expect(['cbuae-service-initiation-consents', 'urn:openfinanceuae:service-initiation-consent:v2.1', 'payment'].map(consentTypeLabel)).toEqual(Array(3).fill('Payment'));
    expect(['cbuae-insurance-consents', 'urn:openfinanceuae:insurance-consent:v2.1', 'insurance'].map(consentTypeLabel)).toEqual(Array(3).fill('Insurance information'));
    expect(consentTypeLabel('cbuae-fx-consents')).toBe('cbuae-fx-consents');
  });
});

describe('formatMoney', () => {
  it.each([
    ['1250.00', 'AED', 'AED 1,250.00'],
    ['1234567.891', 'USD', 'USD 1,234,567.891'],
    ['0.10', 'AED', 'AED 0.10'],
    ['999', 'AED', 'AED 999'],
    ['1000', 'AED', 'AED 1,000'],
    ['-2500.5', 'AED', 'AED -2,500.5'],
    ['00012.30', 'AED', 'AED 12.30'],
    ['12345678901234567890.12', 'AED', 'AED 12,345,678,901,234,567,890.12'],
    ['not a number', 'AED', 'AED not a number'],
  ])('formatMoney(%s, %s) is "%s"', (amount, currency, expected) => expect(formatMoney(amount, currency)).toBe(expected));
});

describe('dates', () => {
  it('formats a date as the day in Dubai', () => {
    expect(formatDate('2027-11-21T10:05:00Z')).toBe('21 November 2027');
    // 22:30 UTC is already the next day in Dubai (UTC+4).
    expect(formatDate('2027-11-21T22:30:00Z')).toBe('22 November 2027');
    // A calendar date stays that date.
    expect(formatDate('2026-02-01')).toBe('1 February 2026');
  });

  it('formats a date and time in Dubai time, 24-hour', () => {
    expect(formatDateTime('2027-11-21T10:05:00Z')).toBe('21 Nov 2027, 14:05');
    expect(formatDateTime('2027-11-21T00:05:00+04:00')).toBe('21 Nov 2027, 00:05');
    expect(formatDateTime('2026-02-01')).toBe('1 February 2026');
  });

  it('shows an unreadable date as it is', () => {
    expect(formatDate('soon')).toBe('soon');
    expect(formatDateTime('')).toBe('');
  });
});

describe('masking', () => {
  it('shows the first and last four characters of an IBAN', () => {
    expect(maskIban('AE070331234567890125678')).toBe('AE07 •••• •••• •••• 5678');
    expect(maskIban('AE07 0331 2345 6789 0125 678')).toBe('AE07 •••• •••• •••• 5678');
  });

  it('shows at most a third of a short identifier', () => {
    expect(maskIban('12345678')).toBe('•••• 78');
    expect(maskIban('123456789012')).toBe('•••• 9012');
    expect(maskIban('1234')).toBe('••••');
  });

  it('masks a mobile number to its first digit and last two', () => {
    expect(maskMobile('+971501234534')).toBe('+971 5• ••• ••34');
    expect(maskMobile('00971 50 123 4534')).toBe('+971 5• ••• ••34');
    expect(maskMobile('0501234534')).toBe('+971 5• ••• ••34');
    expect(maskMobile('+447700900123')).toBe('+44••••••••23');
    expect(maskMobile('123')).toBe('••••');
  });
});
