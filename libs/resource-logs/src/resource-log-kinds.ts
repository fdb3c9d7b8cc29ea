import { INSURANCE_NEGATIVE_STATUSES } from '@hub/standards';

/**
 * The client-credentials services whose status the LFI pushes through the Consent Manager's logs
 * (api-hub v2.1.x `resource-log`): FX quotes, account openings and insurance quotes. They belong
 * to no consent; the log id is the resource's own id (FxQuoteId, AccountId, QuoteId).
 */
export type ResourceLogKind = 'fx-quote' | 'account-opening' | 'insurance-quote';

export interface ResourceLogRules {
  kind: ResourceLogKind;
  /** Where the status travels in the TPP's resources and the LFI's patches. */
  statusField: 'QuoteStatus' | 'OpeningStatus';
  /** The webhook `Meta` member naming the resource. */
  metaIdName: 'FxQuoteId' | 'AccountId' | 'QuoteId';
  /** No change after these. */
  terminal: readonly string[];
  /**
   * Statuses a resource can only start in, in their order: nothing moves back to them, but a
   * resource may still advance from one to a later one (a health insurance quote created Pending
   * becomes Available once the insurer has priced it).
   */
  initialOnly: readonly string[];
}

export const RESOURCE_LOG_RULES: Record<ResourceLogKind, ResourceLogRules> = {
  'fx-quote': {
    kind: 'fx-quote',
    statusField: 'QuoteStatus',
    metaIdName: 'FxQuoteId',
    terminal: ['Completed', 'Expired', 'Rejected', 'Cancelled'],
    initialOnly: ['Available'],
  },
  'account-opening': {
    kind: 'account-opening',
    statusField: 'OpeningStatus',
    metaIdName: 'AccountId',
    terminal: ['Completed', 'Rejected'],
    initialOnly: ['Pending'],
  },
  'insurance-quote': {
    kind: 'insurance-quote',
    statusField: 'QuoteStatus',
    metaIdName: 'QuoteId',
    terminal: ['Completed', ...INSURANCE_NEGATIVE_STATUSES],
    initialOnly: ['Pending', 'Available'],
  },
};

/**
 * Why a move from `from` to `to` is refused, or undefined when it is allowed. A terminal status is
 * final and nothing returns to a starting status (only an earlier starting status may advance to a
 * later one); repeating the current status is not a move (the caller treats it as already done, so
 * an LFI may safely retry a patch).
 */
export function refusedTransition(rules: ResourceLogRules, from: string, to: string): string | undefined {
  if (from === to) return undefined;
  if (rules.terminal.includes(from)) return `${rules.statusField} is ${from}, a final status: it cannot become ${to}`;
  const target = rules.initialOnly.indexOf(to);
  if (target >= 0) {
    const start = rules.initialOnly.indexOf(from);
    if (start < 0 || start > target) return `${rules.statusField} cannot return to ${to} from ${from}`;
  }
  return undefined;
}
