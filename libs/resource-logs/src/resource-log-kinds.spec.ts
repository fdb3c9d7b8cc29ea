import { FX_QUOTE_STATUSES, INSURANCE_QUOTE_STATUSES, OPENING_STATUSES } from '@hub/standards';
import { RESOURCE_LOG_RULES, refusedTransition, type ResourceLogKind } from './resource-log-kinds';

/**
 * The status rules of the Consent Manager's resource logs, restated by hand from the v2.1
 * standards (FX quote status model, account opening statuses, insurance quote statuses) rather
 * than read back from RESOURCE_LOG_RULES: final statuses are never left, nothing goes back to a
 * starting status, and the current status again is no move at all (a retried patch).
 */
const FX_FINAL = ['Completed', 'Expired', 'Rejected', 'Cancelled'];
const OPENING_FINAL = ['Completed', 'Rejected'];
const INSURANCE_FINAL = ['Completed', 'Expired', 'Rejected', 'CustomerCancelled', 'LFICancelled'];

const FAMILIES: Array<{ kind: ResourceLogKind; statuses: readonly string[]; final: string[]; starts: string[]; field: string }> = [
  { kind: 'fx-quote', statuses: FX_QUOTE_STATUSES, final: FX_FINAL, starts: ['Available'], field: 'QuoteStatus' },
  { kind: 'account-opening', statuses: OPENING_STATUSES, final: OPENING_FINAL, starts: ['Pending'], field: 'OpeningStatus' },
  { kind: 'insurance-quote', statuses: INSURANCE_QUOTE_STATUSES, final: INSURANCE_FINAL, starts: ['Pending', 'Available'], field: 'QuoteStatus' },
];

const pairs = (statuses: readonly string[]) => statuses.flatMap((from) => statuses.map((to) => [from, to] as const));

describe('resource log kinds', () => {
  it('name each family as the status member and the webhook Meta member do', () => {
    expect(Object.values(RESOURCE_LOG_RULES).map((r) => [r.kind, r.statusField, r.metaIdName])).toEqual([
      ['fx-quote', 'QuoteStatus', 'FxQuoteId'],
      ['account-opening', 'OpeningStatus', 'AccountId'],
      ['insurance-quote', 'QuoteStatus', 'QuoteId'],
    ]);
  });

  it('know the status codes of the standards', () => {
    expect([...FX_QUOTE_STATUSES].sort()).toEqual(['Accepted', 'AccountOpened', 'Actioned', 'Available', 'Cancelled', 'Completed', 'Expired', 'Funded', 'Rejected']);
    expect([...OPENING_STATUSES].sort()).toEqual(['AwaitingLFIProcesses', 'AwaitingUserInput', 'Completed', 'Pending', 'Rejected']);
    expect(INSURANCE_QUOTE_STATUSES).toEqual(expect.arrayContaining(['Pending', 'Available', 'KYCCaptured', 'ApplicationPending', 'ApplicationApproved', 'PaymentRequired', 'PolicyIssued', ...INSURANCE_FINAL]));
  });

  describe.each(FAMILIES)('$kind', ({ kind, statuses, final, starts, field }) => {
    const rules = RESOURCE_LOG_RULES[kind];

    it('has the final and starting statuses of the standard, all of them known statuses', () => {
      expect([...rules.terminal].sort()).toEqual([...final].sort());
      expect(rules.initialOnly).toEqual(starts);
      for (const s of [...rules.terminal, ...rules.initialOnly]) expect(statuses).toContain(s);
    });

    it.each(statuses.map((s) => [s]))('treats %s again as no move (a retried patch, final or not)', (status) => {
      expect(refusedTransition(rules, status, status)).toBeUndefined();
    });

    it('never leaves a final status, naming the status field and both statuses', () => {
      for (const from of final) {
        for (const to of statuses.filter((s) => s !== from)) {
          const reason = refusedTransition(rules, from, to);
          expect(reason).toBe(`${field} is ${from}, a final status: it cannot become ${to}`);
        }
      }
    });

    it('never goes back to a starting status (only an earlier starting status may advance to it)', () => {
      for (const to of starts) {
        for (const from of statuses.filter((s) => s !== to && !final.includes(s))) {
          const earlierStart = starts.includes(from) && starts.indexOf(from) < starts.indexOf(to);
          expect([from, to, refusedTransition(rules, from, to)]).toEqual([from, to, earlierStart ? undefined : `${field} cannot return to ${to} from ${from}`]);
        }
      }
    });

    it('allows every other move: from a non-final status to a non-starting one', () => {
      const allowed = pairs(statuses).filter(([from, to]) => from !== to && !final.includes(from) && !starts.includes(to));
      expect(allowed.length).toBeGreaterThan(0);
      for (const [from, to] of allowed) expect(refusedTransition(rules, from, to)).toBeUndefined();
    });
  });

  it('lets an FX quote run its course: Available → Accepted → Funded → AccountOpened → Actioned → Completed', () => {
    const path = ['Available', 'Accepted', 'Funded', 'AccountOpened', 'Actioned', 'Completed'];
    for (let i = 1; i < path.length; i += 1) expect(refusedTransition(RESOURCE_LOG_RULES['fx-quote'], path[i - 1], path[i])).toBeUndefined();
    expect(refusedTransition(RESOURCE_LOG_RULES['fx-quote'], 'Available', 'Expired')).toBeUndefined();
    expect(refusedTransition(RESOURCE_LOG_RULES['fx-quote'], 'Accepted', 'Available')).toMatch(/cannot return to Available from Accepted/);
  });

  it('lets an account opening wait on the user and the LFI in any order, then finish', () => {
    const rules = RESOURCE_LOG_RULES['account-opening'];
    expect(refusedTransition(rules, 'Pending', 'AwaitingUserInput')).toBeUndefined();
    expect(refusedTransition(rules, 'AwaitingUserInput', 'AwaitingLFIProcesses')).toBeUndefined();
    expect(refusedTransition(rules, 'AwaitingLFIProcesses', 'AwaitingUserInput')).toBeUndefined();
    expect(refusedTransition(rules, 'AwaitingLFIProcesses', 'Completed')).toBeUndefined();
    expect(refusedTransition(rules, 'Pending', 'Rejected')).toBeUndefined();
    expect(refusedTransition(rules, 'AwaitingUserInput', 'Pending')).toMatch(/OpeningStatus cannot return to Pending/);
    expect(refusedTransition(rules, 'Completed', 'Rejected')).toMatch(/OpeningStatus is Completed, a final status/);
  });

  it('lets a pending insurance quote become Available once priced, but never the other way', () => {
    const rules = RESOURCE_LOG_RULES['insurance-quote'];
    expect(refusedTransition(rules, 'Pending', 'Available')).toBeUndefined();
    expect(refusedTransition(rules, 'Available', 'Pending')).toBe('QuoteStatus cannot return to Pending from Available');
    expect(refusedTransition(rules, 'KYCCaptured', 'Available')).toBe('QuoteStatus cannot return to Available from KYCCaptured');
    expect(refusedTransition(rules, 'Available', 'KYCCaptured')).toBeUndefined();
    expect(refusedTransition(rules, 'PolicyIssued', 'Completed')).toBeUndefined();
    expect(refusedTransition(rules, 'LFICancelled', 'Available')).toMatch(/LFICancelled, a final status/);
  });
});
