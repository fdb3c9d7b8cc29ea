import { type CbuaeBalance, listOf, mapObject, type Shape } from '@hub/ozone-connect';
import type { AEBalance } from '@hub/standards';
import { toAmount, toCategorisedAmount } from './common-members';

/** CbuaeBalance → AEBalance. `balanceType` is the standard's `Type`, `timestamp` its `DateTime`. */
export const toAEBalance = mapObject<CbuaeBalance, AEBalance>({
  creditDebitIndicator: 'CreditDebitIndicator',
  balanceType: 'Type',
  timestamp: 'DateTime',
  amount: ['Amount', toAmount],
  creditLines: ['CreditLine', listOf(mapObject<Shape<CbuaeBalance['creditLines']>, Shape<AEBalance['CreditLine']>>({ included: 'Included', creditType: 'Type', amount: ['Amount', toAmount] }))],
  components: ['Components', listOf(toCategorisedAmount)],
});
