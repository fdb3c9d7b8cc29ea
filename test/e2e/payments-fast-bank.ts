/**
 * The payments suites' bank: statuses move along in a blink, so a test sees every payment reach
 * its final status (the delays are the mock bank's configurable ones; see README "Payments").
 */
export const FAST_BANK = {};
