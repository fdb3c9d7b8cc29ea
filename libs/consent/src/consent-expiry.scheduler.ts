import { InjectConfig, SandboxConfig } from '@hub/kernel';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { ConsentService } from './service/consent.service';

/**
 * Sweeps for consents past their ExpirationDateTime (or authorization window) so that their
 * Expired status, LFI event, webhook and token revocation happen on time even when nobody reads
 * them; reads expire them lazily as well.
 */
@Injectable()
export class ConsentExpiryScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('ConsentExpiryScheduler');
  private timer?: NodeJS.Timeout;
  private sweeping?: Promise<unknown>;

  constructor(
    private readonly consents: ConsentService,
    @InjectConfig() private readonly config: SandboxConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => this.sweep(), this.config.consents.expirySweepSeconds * 1000);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.sweeping;
  }

  private sweep(): void {
    if (this.sweeping) return;
    this.sweeping = this.consents
      .expireDue()
      .then((n) => n > 0 && this.logger.log(`${n} consent(s) expired`))
      .catch((e) => this.logger.error({ err: e }, 'consent expiry sweep failed'))
      .finally(() => (this.sweeping = undefined));
  }
}
