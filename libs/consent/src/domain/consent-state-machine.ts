import { ConsentStatus as S, ConsentType, isTerminal } from './consent-status';

/** Who asks for a status change: the LFI (Consent Manager API), the TPP (its consent resource), or the hub itself (expiry, consumption). */
export type ConsentActor = 'LFI' | 'TPP' | 'Hub';

interface Rule {
  from: S;
  to: S;
  actors: readonly ConsentActor[];
  /** Only for these consent types (Consumed exists for service initiation only). */
  types?: readonly ConsentType[];
}

const SERVICE_INITIATION = [ConsentType.ServiceInitiation] as const;

/**
 * The consent state machine of the v2.1 standard, in one table. Everything that changes a
 * consent's status goes through `checkTransition`; a pair not listed here is refused.
 * - The TPP may only revoke, and only from AwaitingAuthorization or Authorized.
 * - Suspended is an LFI block: Authorized ↔ Suspended.
 * - The hub expires consents (ExpirationDateTime, or the authorization window) and marks
 *   service-initiation consents Consumed when fully used.
 */
const RULES: readonly Rule[] = [
  { from: S.AwaitingAuthorization, to: S.Authorized, actors: ['LFI'] },
  { from: S.AwaitingAuthorization, to: S.Rejected, actors: ['LFI'] },
  { from: S.AwaitingAuthorization, to: S.Revoked, actors: ['TPP', 'LFI'] },
  { from: S.AwaitingAuthorization, to: S.Expired, actors: ['Hub', 'LFI'] },
  { from: S.Authorized, to: S.Suspended, actors: ['LFI'] },
  { from: S.Authorized, to: S.Revoked, actors: ['TPP', 'LFI'] },
  { from: S.Authorized, to: S.Expired, actors: ['Hub', 'LFI'] },
  { from: S.Authorized, to: S.Consumed, actors: ['Hub', 'LFI'], types: SERVICE_INITIATION },
  { from: S.Suspended, to: S.Authorized, actors: ['LFI'] },
  { from: S.Suspended, to: S.Revoked, actors: ['LFI'] },
  { from: S.Suspended, to: S.Expired, actors: ['Hub', 'LFI'] },
  { from: S.Suspended, to: S.Consumed, actors: ['Hub', 'LFI'], types: SERVICE_INITIATION },
];

export type TransitionCheck = { allowed: true } | { allowed: false; reason: string };

export function checkTransition(from: S, to: S, actor: ConsentActor, type: ConsentType): TransitionCheck {
  if (from === to && !isTerminal(from)) return { allowed: true }; // re-stating the current status changes nothing
  if (isTerminal(from)) return { allowed: false, reason: `The consent is ${from}, a final status: it cannot become ${to}` };
  const rule = RULES.find((r) => r.from === from && r.to === to);
  if (!rule || (rule.types && !rule.types.includes(type))) {
    return { allowed: false, reason: `A ${type} consent cannot go from ${from} to ${to}` };
  }
  if (!rule.actors.includes(actor)) return { allowed: false, reason: `The ${actor} may not change a consent from ${from} to ${to}` };
  return { allowed: true };
}

/** Every rule, for tests and documentation. */
export function transitionRules(): readonly Rule[] {
  return RULES;
}
