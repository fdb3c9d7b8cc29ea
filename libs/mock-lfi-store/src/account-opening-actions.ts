import { toInstant } from '@hub/persistence';
import { In, IsNull, Not, type FindOptionsWhere } from 'typeorm';
import type { AccountOpeningEntity } from './account-opening.entity';
import { FINAL_OPENING_STATUSES, USER_INPUT_STATUSES, type OpenableCurrency, type OpenableSubType } from './account-opening-status';
import { scheduled, update, type OpeningKey } from './account-opening-store';
import type { MockLfiDb } from './queries';

// What people do to an opening: the user answers on the bank's page, the back office rejects.
// Each is one compare-and-set UPDATE whose condition is the rule of account-opening-status.ts
// (canUserDecide, canOperatorReject), so a double click or two tabs decide once. The move is
// scheduled at once and reported by the desk's poller; a claim in progress is left alone so the
// poller reports the earlier move first.

export type OpeningAnswer =
  | { userId: string; answer: 'open'; accountSubType: OpenableSubType; currency: OpenableCurrency }
  | { userId: string; answer: 'cancel' };

/** Said to the TPP when the customer stops the opening at the bank. */
export const CUSTOMER_CANCELLED = 'The customer cancelled the account opening at the bank.';

/** Records the user's answer; false when the opening no longer waits for one. */
export function answerAccountOpening(db: MockLfiDb, key: OpeningKey, answer: OpeningAnswer, now: Date): Promise<boolean> {
  const waiting = { ...key, decidedAt: IsNull(), openingStatus: In([...USER_INPUT_STATUSES]) };
  const where: FindOptionsWhere<AccountOpeningEntity>[] = [
    { ...waiting, nextStatus: IsNull() },
    { ...waiting, nextStatus: 'AwaitingUserInput' },
  ];
  const choice = answer.answer === 'open' ? { accountSubType: answer.accountSubType, currency: answer.currency } : {};
  const step =
    answer.answer === 'open'
      ? { status: 'AwaitingLFIProcesses' as const, information: null, at: now }
      : { status: 'Rejected' as const, information: CUSTOMER_CANCELLED, at: now };
  return update(db, where, { userId: answer.userId, decidedAt: toInstant(now), ...choice, ...scheduled(step) });
}

/** The back office rejects with a reason for the TPP; false when the opening is (or is becoming) final. */
export function rejectAccountOpening(db: MockLfiDb, key: OpeningKey, reason: string, now: Date): Promise<boolean> {
  const open = { ...key, openingStatus: Not(In([...FINAL_OPENING_STATUSES])) };
  const where: FindOptionsWhere<AccountOpeningEntity>[] = [
    { ...open, nextStatus: IsNull() },
    { ...open, nextStatus: Not(In([...FINAL_OPENING_STATUSES])) },
  ];
  return update(db, where, scheduled({ status: 'Rejected', information: reason, at: now }));
}
