import type { MockFxDeskConfig } from '../settings/desk-settings';
import type { Clock } from '@hub/kernel';
import { fxQuoteSteps, type FxQuoteEntity } from '@hub/mock-lfi-store';
import type { DataSource } from 'typeorm';
import type { HubLogSender } from '../desk-steps/hub-log-sender';
import { QuoteLifecycle } from '../desk-steps/quote-lifecycle';
import { retryDelayMs, stepAfter } from './fx-quote-steps';
import { fxQuoteLogPatch, type FxLogStatus, type FxQuoteLogPatch } from './fx-quote-views';

/** Tells the hub about a step of a quote (`PATCH /fx-quote-log/{FxQuoteId}`); tests record instead. */
export type FxQuoteLogSender = HubLogSender<FxQuoteLogPatch>;
export const FX_QUOTE_LOG_SENDER = Symbol('FX_QUOTE_LOG_SENDER');

/**
 * Moves quotes through the LFI's part of their life: Expired when an Available quote runs out,
 * and Funded → Actioned → Completed after acceptance. The due steps are rows (FxQuoteEntity
 * `nextStatus`/`nextStepAt`); a step becomes the quote's status only once the hub's Consent
 * Manager recorded it (QuoteLifecycle).
 */
export class FxQuoteLifecycle extends QuoteLifecycle<FxQuoteEntity> {
  constructor(db: DataSource, config: MockFxDeskConfig, send: FxQuoteLogSender, clock: Clock) {
    super(db, fxQuoteSteps, clock, {
      name: 'FX quote lifecycle',
      step: 'an FX quote step',
      send: (row) => send(row.tenantId, row.fxQuoteId, fxQuoteLogPatch(row, row.nextStatus as FxLogStatus)),
      stepAfter: (status, now) => stepAfter(status, config, now),
      retryDelayMs,
      describe: (row) => ({ tenantId: row.tenantId, fxQuoteId: row.fxQuoteId, status: row.nextStatus }),
    });
  }
}
