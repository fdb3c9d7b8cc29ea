import { type CbuaeDirectDebit, mapObject } from '@hub/ozone-connect';
import type { AEDirectDebit } from '@hub/standards';
import { toAmount } from './common-members';

/** CbuaeDirectDebit → AEDirectDebit. */
export const toAEDirectDebit = mapObject<CbuaeDirectDebit, AEDirectDebit>({
  directDebitId: 'DirectDebitId',
  mandateIdentification: 'MandateIdentification',
  directDebitStatusCode: 'DirectDebitStatusCode',
  name: 'Name',
  frequency: 'Frequency',
  previousPaymentDateTime: 'PreviousPaymentDateTime',
  previousPaymentAmount: ['PreviousPaymentAmount', toAmount],
});
