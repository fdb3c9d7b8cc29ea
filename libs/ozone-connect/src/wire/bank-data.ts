import type { components } from './generated/bank-data-sharing';

/**
 * Ozone Connect v2.1 Bank Data Sharing: the LFI's answers as the hub reads them (camelCase
 * `{data, meta}`), named as in the document. Plain types generated from the official document
 * (generated/bank-data-sharing.ts, `npm run wire-types`); nothing here exists at run time.
 */
type Schemas = components['schemas'];

export type CbuaeAccount = Schemas['CbuaeAccount'];
export type CbuaeBalance = Schemas['CbuaeBalance'];
export type CbuaeTransaction = Schemas['CbuaeTransaction'];
export type CbuaeBeneficiary = Schemas['CbuaeBeneficiary'];
export type CbuaeDirectDebit = Schemas['CbuaeDirectDebit'];
export type CbuaeScheduledPayment = Schemas['CbuaeScheduledPayment'];
export type CbuaeStandingOrder = Schemas['CbuaeStandingOrder'];
export type CbuaeProduct = Schemas['CbuaeProduct'];
export type CbuaeCustomer = Schemas['CbuaeCustomer'];
export type CbuaeCustomerById = Schemas['CbuaeCustomerById'];
export type CbuaeVerifiedClaim = Schemas['CbuaeVerifiedClaim'];
export type CbuaeStatements = Schemas['AEStatements'];
/** `{amount, currency}` as every bank-data amount is sent. */
export type CbuaeAmount = Schemas['OBActiveOrHistoricCurrencyAndAmount_8'];
export type CbuaePostalAddress = Schemas['AEPostalAddress'];
/** The `meta` of a paginated answer (`totalPages`, `totalRecords`, `paginated`, the data window). */
export type CbuaePaginatedMeta = Schemas['PaginatedMeta'];
/** All schemas of the document, for the ones without an alias. */
export type OzoneConnectBankDataSchemas = Schemas;

// Ozone Connect v2.1 bank data sharing shapes, camelCase as the LFI answers the hub (the statements
// and products members are PascalCase because the Ozone Connect document defines them so).

/** An amount with its currency, as every Ozone Connect bank data member carries it. */
export interface OcAmount {
  amount: string;
  currency: string;
}

export type CreditDebit = 'Credit' | 'Debit';

export interface OcCashAccount {
  schemeName: 'IBAN';
  identification: string;
}

export interface OcAgent {
  schemeName: 'BICFI';
  identification: string;
}

export interface OcTransaction {
  accountId: string;
  transactionId: string;
  transactionReference: string;
  transactionDateTime: string;
  bookingDateTime: string;
  valueDateTime: string;
  localTimeZone: string;
  transactionType: 'POS' | 'ECommerce' | 'ATM' | 'BillPayments' | 'LocalBankTransfer' | 'SameBankTransfer' | 'Other';
  subTransactionType: 'Purchase' | 'Refund' | 'Withdrawal' | 'Deposit' | 'MoneyTransfer' | 'Repayments' | 'Interest' | 'Profit';
  creditDebitIndicator: CreditDebit;
  status: 'Booked' | 'Pending';
  transactionMutability: 'Mutable' | 'Immutable';
  transactionInformation: string;
  amount: OcAmount;
  paymentModes: 'Online' | 'Offline';
  flags?: ('Payroll' | 'DirectDebit' | 'StandingOrder' | 'Finance')[];
  merchantDetails?: { merchantId: string; merchantName: string; merchantCategoryCode: string };
  cardInstrument?: { cardSchemeName: 'VISA' | 'MasterCard'; instrumentType: 'ApplePay' | 'Contactless' | 'Chip' | 'Other'; name: string; identification: string };
  terminalId?: string;
  currencyExchange?: { sourceCurrency: string; targetCurrency: string; unitCurrency: string; exchangeRate: string; instructedAmount: OcAmount };
  creditorAccount?: OcCashAccount[];
  /** The booked balance after this transaction; absent on pending ones. */
  balance?: { creditDebitIndicator: CreditDebit; balanceType: 'InterimBooked'; amount: OcAmount };
}

export interface OcBalance {
  accountId: string;
  balanceType: 'OpeningBooked' | 'ClosingBooked' | 'InterimAvailable';
  creditDebitIndicator: CreditDebit;
  timestamp: string;
  amount: OcAmount;
  creditLines?: { included: boolean; creditType: 'Credit'; amount: OcAmount }[];
}

export interface OcBeneficiary {
  accountId: string;
  beneficiaryId: string;
  beneficiaryType: 'Activated';
  addedViaOF: boolean;
  accountHolderName: string;
  reference: string;
  servicer: OcAgent & { name: string };
  creditorAccount: OcCashAccount[];
}

export interface OcStandingOrder {
  accountId: string;
  standingOrderId: string;
  standingOrderType: 'SameBankTransfer' | 'LocalBankTransfer';
  accountHolderName: string;
  frequency: string;
  creditorReference: string;
  purpose: string;
  firstPaymentDateTime: string;
  nextPaymentDateTime: string;
  lastPaymentDateTime: string;
  standingOrderStatusCode: 'Active';
  firstPaymentAmount: OcAmount;
  nextPaymentAmount: OcAmount;
  lastPaymentAmount: OcAmount;
  creditorAgent: OcAgent;
  creditorAccount: OcCashAccount[];
}

export interface OcDirectDebit {
  accountId: string;
  directDebitId: string;
  mandateIdentification: string;
  directDebitStatusCode: 'Active';
  name: string;
  frequency: 'Monthly';
  previousPaymentDateTime: string;
  previousPaymentAmount: OcAmount;
}

export interface OcScheduledPayment {
  accountId: string;
  scheduledPaymentId: string;
  scheduledType: 'Execution';
  scheduledPaymentDateTime: string;
  accountHolderName: string;
  creditorReference: string;
  debtorReference: string;
  instructedAmount: OcAmount;
  creditorAgent: OcAgent;
  creditorAccount: OcCashAccount[];
}

export interface OcStatementAmount {
  Amount: string;
  Currency: string;
}

export interface OcStatement {
  StatementId: string;
  StatementDate: string;
  OpeningDate: string;
  ClosingDate: string;
  OpeningBalance: { CreditDebitIndicator: CreditDebit; Amount: OcStatementAmount };
  ClosingBalance: { CreditDebitIndicator: CreditDebit; Amount: OcStatementAmount };
  Summary: { CreditDebitIndicator: CreditDebit; TransactionType: string; SubTransactionType: string; Amount: OcStatementAmount; Count: number }[];
}

export interface OcStatements {
  AccountId: string;
  AccountSubType: string;
  Statements: OcStatement[];
}

export interface OcProduct {
  AccountId: string;
  ShariaStructure?: 'Murabaha' | 'Ijara' | 'Tawarruq';
  IsSecured: boolean;
  IsSalaryTransferRequired: boolean;
  Charges: { Type: 'MonthlyFees' | 'AnnualFees'; Name: string; Description: string; Charge: { Amount: OcStatementAmount }[] }[];
  Tenor?: { OriginalTenor: string; RemainingTenor: string };
}

/** The person behind a PSU, as `CbuaeCustomer` (GET /customer) carries them. */
export interface OcCustomer {
  id: string;
  number: string;
  customerCategory: 'Retail' | 'SME' | 'Corporate';
  verifiedClaims: { verification: { trustFramework: 'FI'; time: string }; claims: Record<string, unknown> }[];
}
