import { Clock } from '@hub/kernel';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { purgeExpiredOidcModels } from '../oidc-adapter/index-internal';

const EVERY_MS = 10 * 60_000;

/** Expired codes, tokens and interactions are never found; this only frees their rows (at start, then every 10 minutes). */
@Injectable()
export class OidcModelPurge implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('OidcModelPurge');
  private timer?: NodeJS.Timeout;

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    void this.purge();
    this.timer = setInterval(() => void this.purge(), EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  private async purge(): Promise<void> {
    try {
      const n = await purgeExpiredOidcModels(this.ds, this.clock.now());
      if (n > 0) this.logger.log(`purged ${n} expired authorization server records`);
    } catch (e) {
      this.logger.error({ err: e }, 'purge of expired authorization server records failed');
    }
  }
}
