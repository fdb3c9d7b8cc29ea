/**
 * Realistic Ozone Connect v2.1 200 answers, one per Bank Data Sharing operation, using (nearly)
 * every member the LFI may send, so the mapping is exercised end to end. Written for this hub.
 */
export type Json = Record<string, any>;

export const ACCOUNT_ID = '7f3c2b9e-41d6-4a8e-9c55-0b2d7e6a1f30';
export const OTHER_ACCOUNT_ID = 'c1a0e5d2-8b7f-4e3a-a6d9-5f2c4b1e0d77';
export const RS = 'https://rs1.altareq1.sandbox.apihub.openfinance.ae/open-finance/account-information/v2.1';

const aed = (amount: string) => ({ amount, currency: 'AED' });

const address = {
  addressType: 'Residential',
  addressLine: ['Villa 12, Street 4', 'Al Barsha 2'],
  buildingNumber: '12',
  streetName: 'Street 4',
  districtName: 'Al Barsha',
  postBox: '123456',
  townName: 'Dubai',
  countrySubDivision: 'Dubai',
  country: 'AE',
};

export function ocAccount(id = ACCOUNT_ID): Json {
  return {
    id,
    product: { id: 'CA-PLUS', productName: 'Current Account Plus', bundleName: 'Everyday' },
    multiAuth: false,
    customers: [{ id: 'CUST-100234', customerName: 'Fatima Al Marzooqi' }],
    accountHolderName: 'Fatima Al Marzooqi',
    accountHolderShortName: 'Fatima',
    status: 'Active',
    statusUpdateDateTime: '2025-03-01T09:15:00+04:00',
    currency: 'AED',
    accountType: 'Retail',
    accountSubType: 'CurrentAccount',
    description: 'Current account',
    nickName: 'Household',
    openingDate: '2019-06-10T00:00:00+04:00',
    accountNumbers: [
      { schemeName: 'IBAN', identification: 'AE070331234567890123456', name: 'Fatima Al Marzooqi' },
      { schemeName: 'AccountNumber', identification: '1234567890123456' },
    ],
    // The deprecated spelling, still allowed by Ozone Connect.
    servicer: { schemeName: 'OTHER', identification: 'ALTAREQ1' },
    isShariaCompliant: true,
  };
}

export const ocAccounts = (): Json => ({
  data: [ocAccount(), { ...ocAccount(OTHER_ACCOUNT_ID), accountSubType: 'Savings', nickName: 'Rainy day', servicer: { schemeName: 'BICFI', identification: 'ALTRAEADXXX' } }],
  meta: { totalPages: 1, totalRecords: 2 },
});

export const ocAccountById = (): Json => ({ data: ocAccount() });

export const ocBalances = (): Json => ({
  data: [
    {
      accountId: ACCOUNT_ID,
      creditDebitIndicator: 'Credit',
      balanceType: 'InterimAvailable',
      timestamp: '2025-06-01T08:00:00+04:00',
      amount: aed('15230.50'),
      creditLines: [{ included: true, creditType: 'Pre-Agreed', amount: aed('5000') }],
    },
    {
      accountId: ACCOUNT_ID,
      creditDebitIndicator: 'Credit',
      balanceType: 'ClosingBooked',
      timestamp: '2025-05-31T23:59:59+04:00',
      amount: aed('14980.00'),
      components: [
        { BalanceCategory: 'Principal', Amount: { Amount: '14000.00', Currency: 'AED' } },
        { BalanceCategory: 'Profit', Amount: { Amount: '980.00', Currency: 'AED' } },
      ],
    },
  ],
  meta: { totalPages: 1, totalRecords: 2 },
});

const institution = {
  schemeName: 'BICFI',
  identification: 'EBILAEADXXX',
  name: 'Emirates NBD',
  postalAddress: { addressLine: ['Baniyas Road, Deira'], townName: 'Dubai', countrySubDivision: 'Dubai', country: 'AE' },
};

export const ocTransactions = (): Json => ({
  data: [
    {
      accountId: ACCOUNT_ID,
      transactionId: 'TXN-2025-000981',
      transactionDateTime: '2025-05-30T18:42:10+04:00',
      localTimeZone: 'UTC+04:00',
      statementReference: ['STMT-2025-05'],
      transactionReference: 'AANI-5F2C4B1E0D77',
      transactionType: 'POS',
      subTransactionType: 'Purchase',
      terminalId: '40021877',
      flags: ['Cashback'],
      paymentModes: 'Online',
      creditDebitIndicator: 'Debit',
      status: 'Booked',
      transactionMutability: 'Immutable',
      bookingDateTime: '2025-05-31T02:00:00+04:00',
      valueDateTime: '2025-05-31T02:00:00+04:00',
      transactionInformation: 'CARREFOUR MOE DUBAI',
      amount: aed('245.75'),
      chargeAmount: { ...aed('0.00'), chargeIncluded: true },
      chargeAmountVat: aed('0.00'),
      bankTransactionCode: { domain: 'Payments', domainCode: 'PMNT', family: 'Card', familyCode: 'CCRD', subFamily: 'POS', subFamilyCode: 'POSD' },
      proprietaryBankTransactionCode: { code: 'POS01', issuer: 'ALTAREQ1' },
      balance: { creditDebitIndicator: 'Credit', balanceType: 'InterimBooked', amount: aed('14734.75') },
      merchantDetails: { merchantId: '100200300', merchantName: 'Carrefour Mall of the Emirates', merchantCategoryCode: '5411' },
      creditorAgent: institution,
      creditorAccount: [{ schemeName: 'IBAN', identification: 'AE460260001015333439101', name: 'Majid Al Futtaim Retail' }],
      cardInstrument: { cardSchemeName: 'VISA', instrumentType: 'Contactless', name: 'F AL MARZOOQI', identification: '4111********1111' },
      supplementaryData: { loyaltyPoints: 24 },
      geoLocation: { latitude: '25.1181', longitude: '55.2006' },
      paymentPurposeCode: 'GDS',
      isPrimaryInstrument: true,
    },
    {
      accountId: ACCOUNT_ID,
      transactionId: 'TXN-2025-000982',
      transactionDateTime: '2025-05-29T10:00:00+04:00',
      // The deprecated date-time form of the local time zone.
      localTimeZone: '2025-05-29T10:00:00+04:00',
      transactionType: 'InternationalTransfer',
      subTransactionType: 'MoneyTransfer',
      creditDebitIndicator: 'Credit',
      status: 'Booked',
      bookingDateTime: '2025-05-29T10:05:00+04:00',
      amount: aed('3672.50'),
      currencyExchange: {
        sourceCurrency: 'USD',
        targetCurrency: 'AED',
        unitCurrency: 'USD',
        exchangeRate: '3.6725',
        contractIdentification: 'FX-778812',
        quotationDate: '2025-05-29T09:58:00+04:00',
        instructedAmount: { amount: '1000.00', currency: 'USD' },
      },
      debtorAgent: { schemeName: 'BICFI', identification: 'CHASUS33XXX' },
      debtorAccount: { schemeName: 'AccountNumber', identification: '000123456789', name: 'Omar Haddad' },
      billDetails: { BillerID: '711', BillNumber: 'INV-2025-05', BillPaymentType: 'Post-Paid' },
      allocations: { BalanceCategory: 'Principal', Amount: { Amount: '3672.50', Currency: 'AED' } },
    },
  ],
  meta: {
    paginated: true,
    totalPages: 3,
    totalRecords: 250,
    // Not in Ozone Connect's PaginatedMeta (which is open), but the standard's Meta has them.
    firstAvailableDateTime: '2024-06-01T00:00:00+04:00',
    lastAvailableDateTime: '2025-05-31T23:59:59+04:00',
  },
});

export const ocBeneficiaries = (): Json => ({
  data: [
    {
      accountId: ACCOUNT_ID,
      beneficiaryId: 'BEN-0042',
      beneficiaryType: 'Activated',
      addedViaOF: false,
      accountHolderName: 'Khalid Al Suwaidi',
      accountHolderShortName: 'Khalid',
      reference: 'Rent May',
      supplementaryData: { channel: 'mobile' },
      servicer: { ...institution, schemeName: 'OTHER' },
      creditorAccount: [{ schemeName: 'IBAN', identification: 'AE460260001015333439101' }],
    },
    { accountId: ACCOUNT_ID, beneficiaryId: 'BEN-0043', beneficiaryType: 'NotActivated', addedViaOF: true, creditorAccount: [{ schemeName: 'MobileNumber', identification: '+971501234567' }] },
  ],
  meta: { totalPages: 1, totalRecords: 2 },
});

export const ocDirectDebits = (): Json => ({
  data: [
    {
      accountId: ACCOUNT_ID,
      directDebitId: 'DD-9001',
      mandateIdentification: 'DEWA-MANDATE-7781',
      directDebitStatusCode: 'Active',
      name: 'Dubai Electricity and Water Authority',
      frequency: 'Monthly',
      previousPaymentDateTime: '2025-05-05T06:00:00+04:00',
      previousPaymentAmount: aed('612.40'),
    },
  ],
  meta: { totalPages: 1, totalRecords: 1 },
});

export const ocScheduledPayments = (): Json => ({
  data: [
    {
      accountId: ACCOUNT_ID,
      scheduledPaymentId: 'SP-3301',
      accountHolderName: 'Khalid Al Suwaidi',
      accountHolderShortName: 'Khalid',
      scheduledType: 'Execution',
      scheduledPaymentDateTime: '2025-06-15T09:00:00+04:00',
      creditorReference: 'Rent June',
      debtorReference: 'Flat 804',
      instructedAmount: aed('8500.00'),
      creditorAgent: { schemeName: 'OTHER', identification: 'ALTAREQ2' },
      creditorAccount: [{ schemeName: 'IBAN', identification: 'AE460260001015333439101' }],
    },
  ],
  meta: { totalPages: 1, totalRecords: 1 },
});

export const ocStandingOrders = (): Json => ({
  data: [
    {
      accountId: ACCOUNT_ID,
      standingOrderId: 'SO-1201',
      accountHolderName: 'Aisha Al Marzooqi',
      accountHolderShortName: 'Aisha',
      standingOrderType: 'LocalBankTransfer',
      frequency: 'IntervalMonthDay:1:1',
      creditorReference: 'Pocket money',
      purpose: 'Family support',
      firstPaymentDateTime: '2025-01-01T08:00:00+04:00',
      nextPaymentDateTime: '2025-06-01T08:00:00+04:00',
      lastPaymentDateTime: '2025-05-01T08:00:00+04:00',
      finalPaymentDateTime: '2025-12-01T08:00:00+04:00',
      numberOfPayments: '12',
      standingOrderStatusCode: 'Active',
      firstPaymentAmount: aed('500.00'),
      nextPaymentAmount: aed('500.00'),
      lastPaymentAmount: aed('500.00'),
      finalPaymentAmount: aed('500.00'),
      creditorAgent: { schemeName: 'BICFI', identification: 'NBADAEAAXXX' },
      creditorAccount: [{ schemeName: 'IBAN', identification: 'AE350351234567890123456' }],
      supplementaryData: { note: 'monthly' },
    },
  ],
  meta: { totalPages: 1, totalRecords: 1 },
});

export const ocProducts = (): Json => ({
  data: [
    {
      AccountId: ACCOUNT_ID,
      Charges: [
        {
          Type: 'MonthlyFees',
          Name: 'Monthly maintenance fee',
          Description: 'Charged when the average balance falls below AED 3,000',
          Charge: [],
          Frequency: 'Monthly',
        },
      ],
      // Encrypted finance rates (AEJwe), as an LFI sends them under ReadProductFinanceRates.
      FinanceRates: 'eyJhbGciOiJSU0EtT0FFUC0yNTYiLCJlbmMiOiJBMjU2R0NNIn0.a2V5.aXY.Y2lwaGVy.dGFn',
      IsSecured: false,
    },
  ],
  meta: { totalPages: 1, totalRecords: 1 },
});

export const ocStatements = (): Json => ({
  data: {
    AccountId: ACCOUNT_ID,
    AccountSubType: 'CreditCard',
    Statements: [
      {
        StatementId: 'ST-2025-05',
        StatementDate: '2025-05-31',
        OpeningDate: '2025-05-01',
        ClosingDate: '2025-05-31',
        CreditLine: { Amount: '20000.00', Currency: 'AED' },
        OpeningBalance: { CreditDebitIndicator: 'Debit', Amount: { Amount: '1200.00', Currency: 'AED' } },
        ClosingBalance: { CreditDebitIndicator: 'Debit', Amount: { Amount: '2450.25', Currency: 'AED' } },
        Summary: [
          { CreditDebitIndicator: 'Debit', TransactionType: 'POS', SubTransactionType: 'Purchase', Amount: { Amount: '1750.25', Currency: 'AED' }, Count: 14 },
          { CreditDebitIndicator: 'Credit', SubTransactionType: 'Repayments', Amount: { Amount: '500.00', Currency: 'AED' }, Count: 1 },
        ],
        NextPayment: [{ Date: '2025-06-25', Amount: { Amount: '122.51', Currency: 'AED' }, Type: 'Minimum' }],
      },
    ],
  },
  meta: { totalPages: 1, totalRecords: 1, firstAvailableDateTime: '2023-01-01T00:00:00+04:00', lastAvailableDateTime: '2025-05-31T23:59:59+04:00' },
});

const personClaims = {
  identityType: 'Person',
  fullName: 'Fatima Ahmed Al Marzooqi',
  givenName: 'Fatima',
  familyName: 'Al Marzooqi',
  middleName: 'Ahmed',
  emiratesId: '784-1990-1234567-1',
  emiratesIdExpiryDate: '2027-04-30',
  birthDate: '1990-04-12',
  sourceOfIncome: 'Salary',
  salary: '28000.00',
  nationality: 'AE',
  residentialAddress: address,
  mobileNumber: '+971501112233',
  email: 'fatima@example.ae',
  language: 'ar',
  employerName: 'Dubai Health Authority',
  employmentSinceDate: '2016-09-01',
  powerofAttorney: false,
  salaryTransfer: true,
  profession: 'Physician',
  updatedAt: '2025-02-01T10:00:00+04:00',
};

const documentVerification = {
  trustFramework: 'FI',
  assuranceLevel: 'high',
  assuranceProcess: {
    policy: 'CBUAE KYC',
    procedure: 'in-branch',
    assuranceDetails: [{ assuranceType: 'evidence_validation', assuranceClassification: 'strong', evidenceRef: [{ txn: 'KYC-778', evidenceMetadata: { evidenceClassification: 'primary' } }] }],
  },
  time: '2019-06-10T10:00:00+04:00',
  verificationProcess: 'KYC-2019-778',
  evidence: {
    type: 'document',
    checkDetails: [{ checkMethod: 'vpip', organization: 'ICP', txn: 'KYC-778', time: '2019-06-10T10:00:00+04:00' }],
    time: '2019-06-10T10:00:00+04:00',
    documentDetails: {
      type: 'emirates_id',
      documentNumber: '784-1990-1234567-1',
      calendarType: 'GregorianCalendar',
      dateOfIssuance: '2022-04-30T00:00:00+04:00',
      dateOfExpiry: '2027-04-30T00:00:00+04:00',
      issuer: { name: 'ICP', address: { addressLine: ['Federal Authority for Identity'], townName: 'Abu Dhabi', country: 'AE' }, countryCode: { CountryCode: 'AE' }, jurisdiction: 'UAE' },
    },
  },
};

export const ocCustomer = (): Json => ({
  data: { id: 'CUST-100234', number: '100234', customerCategory: 'Retail', verifiedClaims: [{ verification: documentVerification, claims: personClaims }] },
});

export const ocAccountCustomers = (): Json => ({
  data: [
    {
      id: 'CUST-100234',
      number: '100234',
      customerType: 'Joint',
      customerCategory: 'Retail',
      accountRole: 'Principal',
      verifiedClaims: [{ verification: documentVerification, claims: personClaims }],
    },
    {
      id: 'CUST-900001',
      customerType: 'Joint',
      customerCategory: 'SME',
      accountRole: 'SecondaryOwner',
      verifiedClaims: [
        {
          verification: {
            trustFramework: 'FI',
            evidence: {
              type: 'electronic_record',
              record: {
                type: 'bank_account',
                personalNumber: 'TL-556677',
                calendarType: 'GregorianCalendar',
                createdAt: '2020-01-05T09:00:00+04:00',
                dateOfExpiry: '2026-01-05T00:00:00+04:00',
                source: { name: 'DED', address: { addressLine: ['Business Bay'], country: 'AE' }, countryCode: { CountryCode: 'AE' }, jurisdiction: 'Dubai' },
              },
            },
          },
          claims: {
            identityType: 'Business',
            businessName: 'Marzooqi Trading LLC',
            tradeLicenceNumber: 'TL-556677',
            dateOfIncorporation: '2020-01-05',
            countryOfIncorporation: 'AE',
            corporateAddress: { addressType: 'Business', addressLine: ['Office 1201, Bay Square'], townName: 'Dubai', countrySubDivision: 'Dubai', country: 'AE' },
            corporateContactEmail: 'accounts@marzooqi-trading.ae',
            industry: 'Wholesale trade',
            companyWebsite: 'https://marzooqi-trading.ae',
          },
        },
      ],
    },
  ],
  meta: { totalPages: 1, totalRecords: 2 },
});
