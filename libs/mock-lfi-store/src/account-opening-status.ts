import { OPENING_STATUSES } from '@hub/standards';
import { stepRetryDelayMs } from './step-back-off';

/**
 * OpeningStatus of an account opening (standards v2.1 account opening, Consent Manager
 * `PATCH /account-opening-log/{logId}`), and which moves the LFI may make. Kept free of storage so
 * the page, the back office and the store's compare-and-set conditions share one set of rules.
 */
export { OPENING_STATUSES };
export type OpeningStatus = (typeof OPENING_STATUSES)[number];

/** Nothing moves after these (the hub refuses it too). */
export const FINAL_OPENING_STATUSES: readonly OpeningStatus[] = ['Completed', 'Rejected'];

/** While the opening is in one of these the user can still answer at the bank. */
export const USER_INPUT_STATUSES: readonly OpeningStatus[] = ['Pending', 'AwaitingUserInput'];

/** The kinds of account the desk opens, in the Bank Data Sharing words (AccountSubType). */
export const OPENABLE_SUB_TYPES = ['CurrentAccount', 'Savings'] as const;
export type OpenableSubType = (typeof OPENABLE_SUB_TYPES)[number];

/** The currencies the desk holds accounts in (those of the seeded accounts); AED unless asked otherwise. */
export const OPENABLE_CURRENCIES = ['AED', 'USD', 'EUR', 'GBP'] as const;
export type OpenableCurrency = (typeof OPENABLE_CURRENCIES)[number];

/** What the rules look at: the status the hub knows and the step still to be reported. */
export interface OpeningProgress {
  openingStatus: string;
  nextStatus: string | null;
  decidedAt: string | null;
}

export function isFinalOpeningStatus(status: string | null): boolean {
  return status !== null && (FINAL_OPENING_STATUSES as readonly string[]).includes(status);
}

/**
 * The user may answer once, while the opening waits for them. A pending move to AwaitingUserInput
 * does not stand in the way (the answer simply follows it); any other pending move does.
 */
export function canUserDecide(o: OpeningProgress): boolean {
  return o.decidedAt === null && (USER_INPUT_STATUSES as readonly string[]).includes(o.openingStatus) && (o.nextStatus === null || o.nextStatus === 'AwaitingUserInput');
}

/** The back office may reject until the opening is final or on its way to a final status. */
export function canOperatorReject(o: OpeningProgress): boolean {
  return !isFinalOpeningStatus(o.openingStatus) && !isFinalOpeningStatus(o.nextStatus);
}

export interface OpeningTiming {
  /** Pending → AwaitingUserInput. */
  awaitingUserInputAfterMs: number;
  /** AwaitingLFIProcesses → Completed. */
  completedAfterMs: number;
}

/** The LFI's own next move once the hub has accepted `status`, if it makes one by itself. */
export function openingFollowUpOf(status: OpeningStatus, timing: OpeningTiming): { status: OpeningStatus; afterMs: number } | undefined {
  if (status === 'AwaitingLFIProcesses') return { status: 'Completed', afterMs: timing.completedAfterMs };
  return undefined;
}

/** The first move of a new opening: it asks for the user's input after a while. */
export function openingFirstStepOf(timing: OpeningTiming): { status: OpeningStatus; afterMs: number } {
  return { status: 'AwaitingUserInput', afterMs: timing.awaitingUserInputAfterMs };
}

/** Back-off before the `attempts`-th report of a step the hub did not take: base, 2×base, 4×base … capped. */
export function openingRetryDelayMs(attempts: number, baseMs: number, maxMs: number): number {
  return stepRetryDelayMs(attempts - 1, baseMs, maxMs);
}
