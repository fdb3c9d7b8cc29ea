import { asIs, type CbuaeTransaction, type Convert, decimal, integer, type KeysOf, mapObject, type Shape } from '@hub/ozone-connect';
import type { AEMetaTransactionsStatements, AETransaction } from '@hub/standards';
import { toAmount, toCashAccount, toCashAccounts, toCategorisedAmount, toInstitution6 } from './common-members';

const UTC_OFFSET = /^UTC[+-]([01]\d|2[0-4])(:?[0-5]\d)?$/;

/**
 * The standard accepts only `UTC±hh:mm`; Ozone Connect still allows the deprecated form, a whole
 * date-time, whose offset says the same thing.
 */
export const toLocalTimeZone: Convert = (value) => {
  if (typeof value !== 'string') return undefined;
  if (UTC_OFFSET.test(value)) return value;
  const offset = /(Z|[+-]\d{2}:?\d{2})$/.exec(value)?.[1];
  if (offset === undefined || Number.isNaN(Date.parse(value))) return undefined;
  if (offset === 'Z') return 'UTC+00:00';
  return `UTC${offset.slice(0, 3)}:${offset.slice(-2)}`;
};

/** Ozone Connect sends a list of statement references; the standard has room for one (≤ 35). */
const toStatementReference: Convert = (value) => {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' && first.length >= 1 && first.length <= 35 ? first : undefined;
};

/** CbuaeTransaction → AETransaction (the account id moves to Data.AccountId). */
export const toAETransaction = mapObject<CbuaeTransaction, AETransaction>({
  transactionId: 'TransactionId',
  transactionDateTime: 'TransactionDateTime',
  localTimeZone: ['LocalTimeZone', toLocalTimeZone],
  statementReference: ['StatementReference', toStatementReference],
  transactionReference: 'TransactionReference',
  transactionType: 'TransactionType',
  subTransactionType: 'SubTransactionType',
  terminalId: ['TerminalId', integer],
  flags: 'Flags',
  paymentModes: 'PaymentModes',
  creditDebitIndicator: 'CreditDebitIndicator',
  status: 'Status',
  transactionMutability: 'TransactionMutability',
  bookingDateTime: 'BookingDateTime',
  valueDateTime: 'ValueDateTime',
  transactionInformation: 'TransactionInformation',
  amount: ['Amount', toAmount],
  chargeAmount: ['ChargeAmount', mapObject<Shape<CbuaeTransaction['chargeAmount']>, Shape<AETransaction['ChargeAmount']>>({ amount: 'Amount', currency: 'Currency', chargeIncluded: 'ChargeIncluded' })],
  chargeAmountVat: ['ChargeAmountVat', toAmount],
  currencyExchange: [
    'CurrencyExchange',
    mapObject<Shape<CbuaeTransaction['currencyExchange']>, Shape<AETransaction['CurrencyExchange']>>({
      sourceCurrency: 'SourceCurrency',
      targetCurrency: 'TargetCurrency',
      unitCurrency: 'UnitCurrency',
      exchangeRate: ['ExchangeRate', decimal],
      contractIdentification: 'ContractIdentification',
      quotationDate: 'QuotationDate',
      instructedAmount: ['InstructedAmount', toAmount],
    }),
  ],
  bankTransactionCode: [
    'BankTransactionCode',
    mapObject<Shape<CbuaeTransaction['bankTransactionCode']>, Shape<AETransaction['BankTransactionCode']>>({ domain: 'Domain', domainCode: 'DomainCode', family: 'Family', familyCode: 'FamilyCode', subFamily: 'SubFamily', subFamilyCode: 'SubFamilyCode' }),
  ],
  proprietaryBankTransactionCode: ['ProprietaryBankTransactionCode', mapObject<Shape<CbuaeTransaction['proprietaryBankTransactionCode']>, Shape<AETransaction['ProprietaryBankTransactionCode']>>({ code: 'Code', issuer: 'Issuer' })],
  balance: ['Balance', mapObject<Shape<CbuaeTransaction['balance']>, Shape<AETransaction['Balance']>>({ creditDebitIndicator: 'CreditDebitIndicator', balanceType: 'Type', amount: ['Amount', toAmount] })],
  merchantDetails: [
    'MerchantDetails',
    mapObject<Shape<CbuaeTransaction['merchantDetails']>, Shape<AETransaction['MerchantDetails']>>({ merchantId: ['MerchantId', integer], merchantName: 'MerchantName', merchantCategoryCode: 'MerchantCategoryCode' }),
  ],
  creditorAgent: ['CreditorAgent', toInstitution6],
  creditorAccount: ['CreditorAccount', toCashAccounts],
  debtorAgent: ['DebtorAgent', toInstitution6],
  debtorAccount: ['DebtorAccount', toCashAccount],
  cardInstrument: [
    'CardInstrument',
    mapObject<Shape<CbuaeTransaction['cardInstrument']>, Shape<AETransaction['CardInstrument']>>({ cardSchemeName: 'CardSchemeName', instrumentType: 'InstrumentType', name: 'Name', identification: 'Identification' }),
  ],
  supplementaryData: ['SupplementaryData', asIs],
  geoLocation: ['GeoLocation', mapObject<Shape<CbuaeTransaction['geoLocation']>, Shape<AETransaction['GeoLocation']>>({ latitude: 'Latitude', longitude: 'Longitude' })],
  // Ozone Connect's BillDetails is already PascalCase but spells `BillerID` (a string); the
  // standard's is `BillerId`, a number.
  billDetails: ['BillDetails', mapObject<Shape<CbuaeTransaction['billDetails']>, Shape<AETransaction['BillDetails']>>({ BillerID: ['BillerId', decimal], BillNumber: 'BillNumber', BillPaymentType: 'BillPaymentType' })],
  paymentPurposeCode: 'PaymentPurposeCode',
  isPrimaryInstrument: 'IsPrimaryInstrument',
  allocations: ['Allocations', toCategorisedAmount],
});

/**
 * Ozone Connect may send the transaction window in `meta`; the standard's Meta carries it. (The
 * Ozone Connect members are inline in the statements operation's meta: only the standard's side is named.)
 */
export const TRANSACTION_WINDOW: Readonly<Record<string, KeysOf<AEMetaTransactionsStatements>>> = {
  firstAvailableDateTime: 'FirstAvailableDateTime',
  lastAvailableDateTime: 'LastAvailableDateTime',
};
