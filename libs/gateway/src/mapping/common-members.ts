import { enumeration, listOf, mapObject } from './field-map';

/** Members shared by several resources, converted to the standard's component of the same role. */

/** `{amount, currency}` → AEActiveOrHistoricCurrencyAndAmount `{Amount, Currency}`. */
export const toAmount = mapObject({ amount: 'Amount', currency: 'Currency' });

/** Ozone Connect already sends AEAmountWithCategorization in PascalCase (balance components, allocations). */
export const toCategorisedAmount = mapObject({
  BalanceCategory: 'BalanceCategory',
  Amount: ['Amount', mapObject({ Amount: 'Amount', Currency: 'Currency' })],
});

/** AEPostalAddress. */
export const toPostalAddress = mapObject({
  addressType: 'AddressType',
  addressLine: 'AddressLine',
  buildingNumber: 'BuildingNumber',
  buildingName: 'BuildingName',
  floor: 'Floor',
  streetName: 'StreetName',
  districtName: 'DistrictName',
  postBox: 'PostBox',
  townName: 'TownName',
  countrySubDivision: 'CountrySubDivision',
  country: 'Country',
});

/** Ozone Connect still allows the deprecated `OTHER`; the standard has only `BICFI` and `Other`. */
const institutionScheme = enumeration(['BICFI', 'Other']);

/** AEBranchAndFinancialInstitutionIdentification5 (accounts' Servicer, payments' CreditorAgent). */
export const toInstitution5 = mapObject({ schemeName: ['SchemeName', institutionScheme], identification: 'Identification' });

/** AEBranchAndFinancialInstitutionIdentification6 (beneficiaries' and transactions' agents). */
export const toInstitution6 = mapObject({
  schemeName: ['SchemeName', institutionScheme],
  identification: 'Identification',
  name: 'Name',
  postalAddress: ['PostalAddress', toPostalAddress],
});

/** AECashAccount6 / AccountIdentifiers items (`name` exists only there; AECashAccount5 has none). */
export const toCashAccount = mapObject({ schemeName: 'SchemeName', identification: 'Identification', name: 'Name' });
export const toCashAccounts = listOf(toCashAccount);

/** AECashAccount5: the beneficiary-style account (IBAN, MobileNumber, EWallet, …), no name. */
export const toBeneficiaryAccounts = listOf(mapObject({ schemeName: 'SchemeName', identification: 'Identification' }));
