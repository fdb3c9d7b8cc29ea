import { type CbuaeAmount, enumeration, listOf, mapObject, type OzoneConnectBankDataSchemas as Oc, type Shape } from '@hub/ozone-connect';
import type { AEAccountId, AEBeneficiary, AETransaction, AccountInformationSchemas as Std } from '@hub/standards';

/** Members shared by several resources, converted to the standard's component of the same role. */

/** `{amount, currency}` → AEActiveOrHistoricCurrencyAndAmount `{Amount, Currency}`. */
export const toAmount = mapObject<CbuaeAmount, Shape<AETransaction['Amount']>>({ amount: 'Amount', currency: 'Currency' });

/** Ozone Connect already sends AEAmountWithCategorization in PascalCase (balance components, allocations). */
export const toCategorisedAmount = mapObject<Oc['AEAmountWithCategorization'], Std['AEAmountWithCategorization']>({
  BalanceCategory: 'BalanceCategory',
  Amount: ['Amount', mapObject<Oc['AEAmountWithCategorization']['Amount'], Std['AEAmountWithCategorization']['Amount']>({ Amount: 'Amount', Currency: 'Currency' })],
});

/** AEPostalAddress. */
export const toPostalAddress = mapObject<Oc['AEPostalAddress'], Std['AEPostalAddress']>({
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
export const toInstitution5 = mapObject<Oc['AEBranchAndFinancialInstitutionIdentification5_0'], Shape<AEAccountId['Servicer']>>({ schemeName: ['SchemeName', institutionScheme], identification: 'Identification' });

/** AEBranchAndFinancialInstitutionIdentification6 (beneficiaries' and transactions' agents). */
export const toInstitution6 = mapObject<Oc['AEBranchAndFinancialInstitutionIdentification6_1'], Shape<AETransaction['CreditorAgent']>>({
  schemeName: ['SchemeName', institutionScheme],
  identification: 'Identification',
  name: 'Name',
  postalAddress: ['PostalAddress', toPostalAddress],
});

/** AECashAccount6 / AccountIdentifiers items (`name` exists only there; AECashAccount5 has none). */
export const toCashAccount = mapObject<Oc['AECashAccount6_0'], Shape<AETransaction['CreditorAccount']>>({ schemeName: 'SchemeName', identification: 'Identification', name: 'Name' });
export const toCashAccounts = listOf(toCashAccount);

/** AECashAccount5: the beneficiary-style account (IBAN, MobileNumber, EWallet, …), no name. */
export const toBeneficiaryAccounts = listOf(mapObject<Oc['AECashAccount5_0'], Shape<AEBeneficiary['CreditorAccount']>>({ schemeName: 'SchemeName', identification: 'Identification' }));
