import { asIs, type CbuaeStandingOrder, mapObject } from '@hub/ozone-connect';
import type { AEStandingOrder } from '@hub/standards';
import { toAmount, toBeneficiaryAccounts, toInstitution5 } from './common-members';

/** CbuaeStandingOrder → AEStandingOrder. */
export const toAEStandingOrder = mapObject<CbuaeStandingOrder, AEStandingOrder>({
  standingOrderId: 'StandingOrderId',
  accountHolderName: 'AccountHolderName',
  accountHolderShortName: 'AccountHolderShortName',
  standingOrderType: 'StandingOrderType',
  frequency: 'Frequency',
  creditorReference: 'CreditorReference',
  purpose: 'Purpose',
  firstPaymentDateTime: 'FirstPaymentDateTime',
  nextPaymentDateTime: 'NextPaymentDateTime',
  lastPaymentDateTime: 'LastPaymentDateTime',
  finalPaymentDateTime: 'FinalPaymentDateTime',
  numberOfPayments: 'NumberOfPayments',
  standingOrderStatusCode: 'StandingOrderStatusCode',
  firstPaymentAmount: ['FirstPaymentAmount', toAmount],
  nextPaymentAmount: ['NextPaymentAmount', toAmount],
  lastPaymentAmount: ['LastPaymentAmount', toAmount],
  finalPaymentAmount: ['FinalPaymentAmount', toAmount],
  creditorAgent: ['CreditorAgent', toInstitution5],
  creditorAccount: ['CreditorAccount', toBeneficiaryAccounts],
  supplementaryData: ['SupplementaryData', asIs],
});
