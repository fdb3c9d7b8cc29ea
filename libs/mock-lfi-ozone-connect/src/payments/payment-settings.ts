/**
 * How the bank's payments move on their own: `mockLfi.payments` of config/sandbox.json, validated
 * with the rest of the `mockLfi` key (MockPaymentsConfig of @hub/mock-lfi-desks), provided by the
 * mock LFI app as PAYMENT_RAIL_SETTINGS.
 */
export interface PaymentRailSettings {
  /** From creation to settlement (Pending or Received → the final status); 0 settles at the next look. */
  settleAfterMs: number;
  /** How often the settlement looks for due payments. */
  pollMs: number;
  /** First wait before a status report the hub did not take is sent again (then doubling, at most a minute). */
  reportRetryMs: number;
}

export const PAYMENT_RAIL_SETTINGS = Symbol('PAYMENT_RAIL_SETTINGS');
