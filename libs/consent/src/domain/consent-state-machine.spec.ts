import { checkTransition, transitionRules, type ConsentActor } from './consent-state-machine';
import { ConsentStatus, ConsentType } from './consent-status';

/**
 * The expected state machine, written out by hand from the v2.1 consent-status table
 * (uae-standards.md §4.2), independently of RULES. Rows are `from`, columns `to`; a cell lists the
 * actors allowed (L = LFI, T = TPP, H = Hub), `-` none; a trailing `*` means service-initiation
 * consents only. Re-stating a non-final status is allowed to everyone (it changes nothing); a
 * final status can never be left, not even to itself.
 */
const EXPECTED = `
  from \\ to             AwaitingAuthorization  Authorized  Rejected  Revoked  Expired  Consumed  Suspended
  AwaitingAuthorization  LTH                    L           L         LT       LH       -         -
  Authorized             -                      LTH         -         LT       LH       LH*       L
  Rejected               -                      -           -         -        -        -         -
  Revoked                -                      -           -         -        -        -         -
  Expired                -                      -           -         -        -        -         -
  Consumed               -                      -           -         -        -        -         -
  Suspended              -                      L           -         L        LH       LH*       LTH
`;

const ACTOR_LETTER: Record<ConsentActor, string> = { LFI: 'L', TPP: 'T', Hub: 'H' };

function expectedTable(): Map<string, { actors: string; serviceInitiationOnly: boolean }> {
  const [header, ...rows] = EXPECTED.trim().split('\n').map((line) => line.trim().split(/\s+/));
  const columns = header.slice(3);
  const table = new Map<string, { actors: string; serviceInitiationOnly: boolean }>();
  for (const [from, ...cells] of rows) {
    cells.forEach((cell, i) => {
      table.set(`${from}>${columns[i]}`, { actors: cell.replace('*', '').replace('-', ''), serviceInitiationOnly: cell.endsWith('*') });
    });
  }
  return table;
}

const STATUSES = Object.values(ConsentStatus);
const ACTORS: ConsentActor[] = ['LFI', 'TPP', 'Hub'];
const TYPES = Object.values(ConsentType);
const table = expectedTable();

const matrix = STATUSES.flatMap((from) =>
  STATUSES.flatMap((to) =>
    ACTORS.flatMap((actor) =>
      TYPES.map((type) => {
        const cell = table.get(`${from}>${to}`)!;
        const allowed = cell.actors.includes(ACTOR_LETTER[actor]) && (!cell.serviceInitiationOnly || type === ConsentType.ServiceInitiation);
        return { from, to, actor, type, allowed };
      }),
    ),
  ),
);

describe('consent state machine', () => {
  it('has an expected cell for each of the 49 ordered status pairs', () => {
    expect(table.size).toBe(49);
    expect(matrix).toHaveLength(7 * 7 * 3 * 3);
  });

  it.each(matrix)('$actor: $from → $to on $type is allowed=$allowed', ({ from, to, actor, type, allowed }) => {
    const check = checkTransition(from, to, actor, type);
    expect(check.allowed).toBe(allowed);
    if (!check.allowed) expect(check.reason).toMatch(/\S/);
  });

  it('explains a refusal by naming the final status, the pair, or the actor', () => {
    expect(checkTransition(ConsentStatus.Revoked, ConsentStatus.Authorized, 'LFI', ConsentType.AccountAccess)).toEqual({
      allowed: false,
      reason: 'The consent is Revoked, a final status: it cannot become Authorized',
    });
    expect(checkTransition(ConsentStatus.Authorized, ConsentStatus.Consumed, 'Hub', ConsentType.AccountAccess)).toEqual({
      allowed: false,
      reason: 'A cbuae-account-access-consents consent cannot go from Authorized to Consumed',
    });
    expect(checkTransition(ConsentStatus.Suspended, ConsentStatus.Revoked, 'TPP', ConsentType.AccountAccess)).toEqual({
      allowed: false,
      reason: 'The TPP may not change a consent from Suspended to Revoked',
    });
  });

  it('lists only rules whose pairs the expected table allows', () => {
    for (const rule of transitionRules()) expect(table.get(`${rule.from}>${rule.to}`)!.actors).not.toBe('');
  });
});
