import { instantOf, parseFullDate } from './rfc3339';
import { rule } from './rule';
import { validationNowOf } from './validation-clock';

/*
 * Hub rules about time. Each judges only its own concern and passes values whose format is wrong
 * (the format rule reports those), so one mistake gives one problem.
 */

const iso = (ms: number) => new Date(ms).toISOString();

/** The longest a consent may last: one calendar year from now (community standards: ExpirationDateTime <= 1 year). */
function oneYearAfter(nowMs: number): number {
  const limit = new Date(nowMs);
  limit.setUTCFullYear(limit.getUTCFullYear() + 1);
  return limit.getTime();
}

/** A date-time after the validation instant: a consent (or its authorization window) that has already ended is useless. */
export const InTheFuture = () =>
  rule(
    'inTheFuture',
    (v, a) => {
      const at = instantOf(v);
      return at === undefined || at > validationNowOf(a.object);
    },
    (a) => `must be in the future (now is ${iso(validationNowOf(a.object))})`,
  );

/** ExpirationDateTime: no later than one year after the validation instant. */
export const AtMostOneYearAhead = () =>
  rule(
    'atMostOneYearAhead',
    (v, a) => {
      const at = instantOf(v);
      return at === undefined || at <= oneYearAfter(validationNowOf(a.object));
    },
    (a) => `must be at most 1 year ahead (latest ${iso(oneYearAfter(validationNowOf(a.object)))})`,
  );

/** A date-time member not after another of the same object (both must be well formed to compare). */
export const NotAfter = (otherMember: string) =>
  rule(
    'notAfter',
    (v, a) => {
      const [mine, other] = [instantOf(v), instantOf((a.object as Record<string, unknown>)[otherMember])];
      return mine === undefined || other === undefined || mine <= other;
    },
    `must not be after ${otherMember}`,
  );

/** A date member not before another date of the same object (ToDate after FromDate). */
export const NotBeforeDate = (otherMember: string) =>
  rule(
    'notBeforeDate',
    (v, a) => {
      const [mine, other] = [parseFullDate(v), parseFullDate((a.object as Record<string, unknown>)[otherMember])];
      return mine === undefined || other === undefined || mine >= other;
    },
    `must not be before ${otherMember}`,
  );
