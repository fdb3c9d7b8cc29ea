import { asIs, type CbuaeBeneficiary, mapObject } from '@hub/ozone-connect';
import type { AEBeneficiary } from '@hub/standards';
import { toBeneficiaryAccounts, toInstitution6 } from './common-members';

/**
 * CbuaeBeneficiary → AEBeneficiary. Ozone Connect calls the beneficiary's bank `servicer`; the
 * standard calls it `CreditorAgent`.
 */
export const toAEBeneficiary = mapObject<CbuaeBeneficiary, AEBeneficiary>({
  beneficiaryId: 'BeneficiaryId',
  beneficiaryType: 'BeneficiaryType',
  addedViaOF: 'AddedViaOF',
  accountHolderName: 'AccountHolderName',
  accountHolderShortName: 'AccountHolderShortName',
  reference: 'Reference',
  supplementaryData: ['SupplementaryData', asIs],
  servicer: ['CreditorAgent', toInstitution6],
  creditorAccount: ['CreditorAccount', toBeneficiaryAccounts],
});
