import {
  answerAccountOpening,
  claimOpeningStep,
  createAccountOpening,
  dueOpeningSteps,
  findPsu,
  openingFirstStepOf,
  openingFollowUpOf,
  openAccount,
  rejectAccountOpening,
  openingRetryDelayMs,
  settleOpeningStep,
  type AccountOpeningEntity,
  type NewAccountOpening,
  type OpenableCurrency,
  type OpenableSubType,
  type OpeningAnswer,
  type OpeningKey,
  type OpeningStepClaim,
  type OpeningTiming,
  type StepSettlement,
} from '@hub/mock-lfi-data';
import { Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { OpeningStatusPatch, OpeningStatusReporter, ReportOutcome } from './opening-status-reporter';

export interface DeskOptions {
  /** How often due steps are looked for. */
  pollMs: number;
  /** Steps taken per look. */
  batch: number;
  /** How long a claimed step is held before another poller may take it (a crash frees it). */
  leaseMs: number;
  /** Back-off of a step the hub did not take: first delay and cap. */
  retryBaseMs: number;
  retryMaxMs: number;
  now: () => Date;
  logger: Pick<Logger, 'warn' | 'error'>;
}

const DEFAULTS: DeskOptions = { pollMs: 250, batch: 20, leaseMs: 60_000, retryBaseMs: 1000, retryMaxMs: 60_000, now: () => new Date(), logger: new Logger('AccountOpeningDesk') };

/** Told to the TPP when the back office cannot tell whom to open the account for. */
export const CUSTOMER_UNKNOWN = 'The bank could not identify the customer to open the account for.';

/**
 * The back office of the account opening desk. Every move of an opening is a step stored with it
 * (`nextStatus`, `nextStepAt`); a poll loop claims due steps by compare-and-set, reports each to
 * the hub's Consent Manager and only then records the new status. So a restart loses nothing, two
 * pollers never report one step twice at once, and the hub and the LFI always agree.
 */
export class AccountOpeningDesk implements OnModuleInit, OnModuleDestroy {
  private readonly options: DeskOptions;
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = true;

  constructor(
    private readonly db: DataSource,
    private readonly reporter: OpeningStatusReporter,
    private readonly timing: OpeningTiming,
    options: Partial<DeskOptions> = {},
  ) {
    this.options = { ...DEFAULTS, ...options };
  }

  /** A new opening: Pending, asking for the user's input after a while. */
  create(input: Omit<NewAccountOpening, 'firstStep'>): Promise<AccountOpeningEntity> {
    const now = this.options.now();
    const first = openingFirstStepOf(this.timing);
    return createAccountOpening(this.db, { ...input, firstStep: { status: first.status, at: new Date(now.getTime() + first.afterMs) } }, now);
  }

  /** The user's answer on the bank's page; false when the opening no longer waits for one. */
  answer(key: OpeningKey, answer: OpeningAnswer): Promise<boolean> {
    return answerAccountOpening(this.db, key, answer, this.options.now());
  }

  /** The back office's rejection; false when the opening is (or is becoming) final. */
  reject(key: OpeningKey, reason: string): Promise<boolean> {
    return rejectAccountOpening(this.db, key, reason, this.options.now());
  }

  onModuleInit(): void {
    this.stopped = false;
    this.schedule();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** One pass over the due steps (the poll loop's body; tests call it directly). */
  async runDueSteps(): Promise<number> {
    const due = await dueOpeningSteps(this.db, this.options.now(), this.options.batch);
    await Promise.all(due.map((key) => this.runStep(key)));
    return due.length;
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.runDueSteps()
        .then(() => undefined)
        .catch((error: unknown) => this.options.logger.error({ err: error }, 'account opening steps failed'))
        .finally(() => {
          this.running = undefined;
          this.schedule();
        });
    }, this.options.pollMs);
    // The loop alone never keeps the process (or Jest) alive.
    this.timer.unref();
  }

  private async runStep(key: OpeningKey): Promise<void> {
    const claim = await claimOpeningStep(this.db, key, this.options.now(), this.options.leaseMs);
    if (!claim) return;
    let settlement: StepSettlement;
    try {
      const patch = claim.status === 'Completed' ? await this.completion(claim) : patchOf(claim.status, claim.information);
      settlement = this.settlementOf(claim, patch, await this.reporter.report(claim.tenantId, claim.accountId, patch));
    } catch (error) {
      settlement = this.settlementOf(claim, undefined, { kind: 'retry', reason: error instanceof Error ? error.message : String(error) });
    }
    await settleOpeningStep(this.db, claim, settlement, this.options.now());
  }

  /** Opens the account before Completed is reported; an opening nobody answered for is rejected instead. */
  private async completion(claim: OpeningStepClaim): Promise<OpeningStatusPatch> {
    const { opening } = claim;
    const psu = opening.userId ? await findPsu(this.db, opening.tenantId, opening.userId) : undefined;
    if (!psu || !opening.accountSubType || !opening.currency) return patchOf('Rejected', CUSTOMER_UNKNOWN);
    const accountSubType = opening.accountSubType as OpenableSubType;
    const currency = opening.currency as OpenableCurrency;
    await openAccount(this.db, { tenantId: opening.tenantId, accountId: opening.accountId, psu, accountSubType, currency }, this.options.now());
    return patchOf('Completed', null);
  }

  private settlementOf(claim: OpeningStepClaim, patch: OpeningStatusPatch | undefined, outcome: ReportOutcome): StepSettlement {
    const now = this.options.now();
    const what = `${claim.tenantId} opening ${claim.accountId} → ${patch?.OpeningStatus ?? claim.status}`;
    if (outcome.kind === 'refused') {
      this.options.logger.warn(`${what}: the hub refused the move, which is dropped (${outcome.reason})`);
      return { kind: 'refused' };
    }
    if (outcome.kind === 'retry' || !patch) {
      const delay = openingRetryDelayMs(claim.attempts + 1, this.options.retryBaseMs, this.options.retryMaxMs);
      this.options.logger.warn(`${what}: not reported (${outcome.kind === 'retry' ? outcome.reason : 'no status'}), retrying in ${delay} ms`);
      return { kind: 'retry', at: new Date(now.getTime() + delay) };
    }
    const followUp = openingFollowUpOf(patch.OpeningStatus, this.timing);
    return {
      kind: 'reported',
      status: patch.OpeningStatus,
      information: patch.AdditionalStatusInformation ?? null,
      ...(followUp ? { followUp: { status: followUp.status, at: new Date(now.getTime() + followUp.afterMs) } } : {}),
    };
  }
}

function patchOf(status: OpeningStatusPatch['OpeningStatus'], information: string | null): OpeningStatusPatch {
  return { OpeningStatus: status, ...(information ? { AdditionalStatusInformation: information } : {}) };
}
