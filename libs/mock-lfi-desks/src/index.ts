export { MockLfiDesksModule } from './mock-lfi-desks.module';
export { AccountOpeningDesk, CUSTOMER_UNKNOWN } from './account-opening/account-opening-desk';
export type { DeskOptions } from './account-opening/account-opening-desk';
export { partyNameOf } from './account-opening/opening-request';
export type { AccountOpeningRequest, DataSharingAuditEntry } from './account-opening/opening-request';
export { OpeningStatusReporter } from './account-opening/opening-status-reporter';
export type { OpeningStatusPatch, ReportOutcome } from './account-opening/opening-status-reporter';
export { addDays, uaeDateOf } from './insurance-quotes/pricing/calendar';
export { MOCK_LFI_DESK_SETTINGS, MockAccountOpeningDeskConfig, MockFxDeskConfig, MockInsuranceDeskConfig, MockLfiDeskSettings, MockPaymentsConfig } from './settings/desk-settings';
