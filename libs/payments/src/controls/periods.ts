import type { PeriodType } from './control-types';

export function periodContaining(periodType: PeriodType, periodStartDate: string, now: Date): { start: Date; end: Date } {
  void periodType;
  void periodStartDate;
  void now;
  throw new Error('not implemented');
}
