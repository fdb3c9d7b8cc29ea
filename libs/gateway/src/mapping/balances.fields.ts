import { listOf, mapObject } from './field-map';
import { toAmount, toCategorisedAmount } from './common-members';

/** CbuaeBalance → AEBalance. `balanceType` is the standard's `Type`, `timestamp` its `DateTime`. */
export const toAEBalance = mapObject({
  creditDebitIndicator: 'CreditDebitIndicator',
  balanceType: 'Type',
  timestamp: 'DateTime',
  amount: ['Amount', toAmount],
  creditLines: ['CreditLine', listOf(mapObject({ included: 'Included', creditType: 'Type', amount: ['Amount', toAmount] }))],
  components: ['Components', listOf(toCategorisedAmount)],
});
