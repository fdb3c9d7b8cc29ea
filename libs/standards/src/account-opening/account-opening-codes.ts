/** Code lists of standards/v2.1/uae-account-opening-service-initiation-openapi.yaml, named after its components. */

/** AEAccountOpeningStatusCodes, then AEAccountOpeningCompletedStatusCode: every OpeningStatus. */
export const OPENING_STATUSES = ['Pending', 'AwaitingUserInput', 'AwaitingLFIProcesses', 'Completed', 'Rejected'] as const;
export type OpeningStatus = (typeof OPENING_STATUSES)[number];

/** AEAccountOpeningDataSharingAudit.Action */
export const DATA_SHARING_AUDIT_ACTIONS = ['Added', 'Updated', 'Removed'] as const;
