import { type CbuaeScheduledPayment, mapObject } from '@hub/ozone-connect';
import type { AEScheduledPayment } from '@hub/standards';
import { toAmount, toBeneficiaryAccounts, toInstitution5 } from './common-members';

/** CbuaeScheduledPayment → AEScheduledPayment. */
export const toAEScheduledPayment = mapObject<CbuaeScheduledPayment, AEScheduledPayment>({
  scheduledPaymentId: 'ScheduledPaymentId',
  accountHolderName: 'AccountHolderName',
  accountHolderShortName: 'AccountHolderShortName',
  scheduledType: 'ScheduledType',
  scheduledPaymentDateTime: 'ScheduledPaymentDateTime',
  creditorReference: 'CreditorReference',
  debtorReference: 'DebtorReference',
  instructedAmount: ['InstructedAmount', toAmount],
  creditorAgent: ['CreditorAgent', toInstitution5],
  creditorAccount: ['CreditorAccount', toBeneficiaryAccounts],
});
