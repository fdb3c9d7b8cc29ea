import { mapObject } from './field-map';
import { toAmount } from './common-members';

/** CbuaeDirectDebit → AEDirectDebit. */
export const toAEDirectDebit = mapObject({
  directDebitId: 'DirectDebitId',
  mandateIdentification: 'MandateIdentification',
  directDebitStatusCode: 'DirectDebitStatusCode',
  name: 'Name',
  frequency: 'Frequency',
  previousPaymentDateTime: 'PreviousPaymentDateTime',
  previousPaymentAmount: ['PreviousPaymentAmount', toAmount],
});
