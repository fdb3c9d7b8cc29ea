/**
 * The payments suites' bank (SANDBOX_CONFIG overrides): payments settle a tenth of a second after
 * they are taken and their statuses reach the hub at once, so a test sees every payment reach its
 * final status (`mockLfi.payments`, docs/payments-failures.md).
 */
export const FAST_BANK = { mockLfi: { payments: { settleAfterMs: 100, pollMs: 50, reportRetryMs: 100 } } };
