import { FIRST_NAMES, LAST_NAMES } from '../seed-inputs';

export { BANKS, DIRECT_DEBIT_ORIGINATORS, STANDING_ORDER_PURPOSES } from './banking-inputs';

/** Payees are named from the same synthetic name lists as the PSUs: never a real person. */
export const FIRST_NAMES_FOR_PAYEES = { first: FIRST_NAMES, last: LAST_NAMES };
