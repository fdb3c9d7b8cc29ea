import { Clock, InjectConfig, SandboxConfig } from '@hub/kernel';
import { O3Context, OzoneConnectClients, OzoneConnectError } from '@hub/ozone-connect';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { ConsentOutbox, type ConsentOutboxMessage, type LfiConsentEvent } from '@hub/consent';
import { nextAttemptDelayMs } from './delivery-backoff';

const BATCH = 20;

/** The o3 context of a consent event: the TPP behind the consent is the caller. */
function o3ContextFor(m: ConsentOutboxMessage<'lfi.consent-event'>): O3Context {
  const { consent, operation } = m.payload;
  return {
    callerOrgId: consent.tpp.orgId,
    callerClientId: consent.tpp.clientId,
    callerSoftwareStatementId: consent.tpp.softwareStatementId,
    apiUri: `/consent/event/${operation}`,
    apiOperation: 'POST',
    consentId: consent.id,
    psuIdentifiers: consent.psuIdentifiers,
    ozoneInteractionId: m.id,
  };
}

/**
 * Delivers the `lfi.consent-event` outbox to each tenant's Ozone Connect
 * (`POST /consent/event/post|patch`) after the change has committed, so a slow or absent LFI never
 * blocks or fails the change. Transient failures are retried with back-off; a 400 is final, as
 * the consent-events document says (the LFI could not process it; the hub does not retry).
 */
@Injectable()
export class LfiConsentEventDispatcher implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('LfiConsentEventDispatcher');
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    private readonly outbox: ConsentOutbox,
    private readonly clients: OzoneConnectClients,
    private readonly clock: Clock,
    @InjectConfig() private readonly config: SandboxConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.deliverDue(), this.config.consents.lfiEventPollMs);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** One pass over what is due; overlapping passes are skipped. Returns when the pass is done. */
  deliverDue(): Promise<void> {
    this.running ??= this.pass().finally(() => (this.running = undefined));
    return this.running;
  }

  private async pass(): Promise<void> {
    try {
      const due = await this.outbox.claimDue('lfi.consent-event', this.clock.now(), BATCH);
      for (const m of due) await this.deliver(m);
    } catch (e) {
      this.logger.error({ err: e }, 'consent event delivery pass failed');
    }
  }

  private async deliver(m: ConsentOutboxMessage<'lfi.consent-event'>): Promise<void> {
    const event: LfiConsentEvent = m.payload;
    try {
      await this.clients.forTenant(m.tenantId).postConsentEvent(event.operation, event.consent, o3ContextFor(m));
      await this.outbox.markDelivered(m.id);
    } catch (e) {
      const reason = (e as Error).message;
      if (e instanceof OzoneConnectError && e.permanent) {
        this.logger.warn({ consentId: m.consentId, reason }, 'the LFI refused a consent event; not retried');
        await this.outbox.markAbandoned(m.id, reason);
        return;
      }
      const next = new Date(this.clock.now().getTime() + nextAttemptDelayMs(m.attempts));
      this.logger.warn({ consentId: m.consentId, attempt: m.attempts, nextAttemptAt: next.toISOString(), reason }, 'consent event not delivered; will retry');
      await this.outbox.markFailed(m.id, reason, next);
    }
  }
}
