import { asIs, type Convert, decimal, integer, mapObject } from './field-map';
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
export const toAETransaction = mapObject({
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
  chargeAmount: ['ChargeAmount', mapObject({ amount: 'Amount', currency: 'Currency', chargeIncluded: 'ChargeIncluded' })],
  chargeAmountVat: ['ChargeAmountVat', toAmount],
  currencyExchange: [
    'CurrencyExchange',
    mapObject({
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
    mapObject({ domain: 'Domain', domainCode: 'DomainCode', family: 'Family', familyCode: 'FamilyCode', subFamily: 'SubFamily', subFamilyCode: 'SubFamilyCode' }),
  ],
  proprietaryBankTransactionCode: ['ProprietaryBankTransactionCode', mapObject({ code: 'Code', issuer: 'Issuer' })],
  balance: ['Balance', mapObject({ creditDebitIndicator: 'CreditDebitIndicator', balanceType: 'Type', amount: ['Amount', toAmount] })],
  merchantDetails: [
    'MerchantDetails',
    mapObject({ merchantId: ['MerchantId', integer], merchantName: 'MerchantName', merchantCategoryCode: 'MerchantCategoryCode' }),
  ],
  creditorAgent: ['CreditorAgent', toInstitution6],
  creditorAccount: ['CreditorAccount', toCashAccounts],
  debtorAgent: ['DebtorAgent', toInstitution6],
  debtorAccount: ['DebtorAccount', toCashAccount],
  cardInstrument: [
    'CardInstrument',
    mapObject({ cardSchemeName: 'CardSchemeName', instrumentType: 'InstrumentType', name: 'Name', identification: 'Identification' }),
  ],
  supplementaryData: ['SupplementaryData', asIs],
  geoLocation: ['GeoLocation', mapObject({ latitude: 'Latitude', longitude: 'Longitude' })],
  // Ozone Connect's BillDetails is already PascalCase but spells `BillerID` (a string); the
  // standard's is `BillerId`, a number.
  billDetails: ['BillDetails', mapObject({ BillerID: ['BillerId', decimal], BillNumber: 'BillNumber', BillPaymentType: 'BillPaymentType' })],
  paymentPurposeCode: 'PaymentPurposeCode',
  isPrimaryInstrument: 'IsPrimaryInstrument',
  allocations: ['Allocations', toCategorisedAmount],
});

/** Ozone Connect may send the transaction window in `meta`; the standard's Meta carries it. */
export const TRANSACTION_WINDOW = { firstAvailableDateTime: 'FirstAvailableDateTime', lastAvailableDateTime: 'LastAvailableDateTime' } as const;
