import { instantColumn } from '@hub/persistence';
import { Column } from 'typeorm';

// Column sets the service desks' entities extend (TypeORM takes the columns of an abstract parent
// class as the entity's own). Functions, because each desk's status has its own width: the
// migrations, which these must match, give FX quotes varchar(16) and the others varchar(24).

/**
 * The next step of a row's life (`nextStatus` at `nextStepAt`): a row value, not a timer, so a
 * restart never loses it. Every write of it is a compare-and-set (desk-steps.ts for the quotes,
 * account-opening-store.ts for the openings, which also keep who reports the step).
 */
export function deskStepColumns<Status extends string>(statusLength: number) {
  abstract class DeskStepColumns {
    /** The status the desk moves the row to next, if any. */
    @Column({ type: 'varchar', length: statusLength, nullable: true })
    nextStatus: Status | null;

    /** When that step is due; while a quote desk sends it, the end of the sender's lease. */
    @Column(instantColumn({ nullable: true }))
    nextStepAt: string | null;

    /** Failed attempts of the current step, for the back-off. */
    @Column({ type: 'integer', default: 0 })
    stepAttempts: number;
  }
  return DeskStepColumns;
}

/**
 * A quote of a service desk besides its terms: whose it is (the tenant and the calling TPP, from
 * the o3-caller headers), its QuoteStatus and dates in the standard's words, and its next step.
 */
export function deskQuoteColumns<Status extends string>(statusLength: number) {
  abstract class DeskQuoteColumns extends deskStepColumns<Status>(statusLength) {
    @Column({ type: 'varchar', length: 64 })
    tenantId: string;

    @Column({ type: 'varchar', length: 128 })
    callerOrgId: string;

    @Column({ type: 'varchar', length: 128 })
    callerClientId: string;

    @Column({ type: 'varchar', length: statusLength })
    status: Status;

    @Column(instantColumn())
    expirationDateTime: string;

    @Column(instantColumn())
    creationDateTime: string;

    @Column(instantColumn())
    statusUpdateDateTime: string;

    /** The hub's `o3-ozone-interaction-id` of the creating call, to find it in the hub's logs. */
    @Column({ type: 'varchar', length: 64 })
    interactionId: string;
  }
  return DeskQuoteColumns;
}
