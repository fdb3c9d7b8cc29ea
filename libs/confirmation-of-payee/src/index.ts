/**
 * @hub/confirmation-of-payee: the hub's Confirmation of Payee rules, without transport. Which
 * sandbox bank holds an IBAN (discovery), and how a payer's name compares with the customer
 * records the LFI returns for the account (Ozone takes on the matching), with the masked name.
 */
export { confirmPayee, type PayeeConfirmation, type PayeeName } from './confirm-payee';
export { maskedName } from './masked-name';
export { matchBusinessName, matchPersonName, type NameMatch } from './name-matching';
export { payeeBankOf, payeeIbanOf, type BankTenant, type PayeeIban } from './payee-bank';
