/*
 * Plain-language helpers the controllers use to fill the view models: one import for all of them.
 * Split by theme only to keep each file short.
 */
export { accountSubTypeLabel, consentTypeLabel, formatDate, formatDateTime, formatMoney, formatNumber, insuranceLineLabel, joinAnd, maskIban, maskMobile, purposeLabel } from './formatting';
export { paymentTermsOf } from './payment-terms';
export { insurancePermissionGroupsOf, permissionGroupsOf } from './permissions';
