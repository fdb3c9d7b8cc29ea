import { Clock, InjectConfig, type SandboxConfig } from '@hub/kernel';
import { TrustDirectory } from '@hub/trust-framework';
import { WebhookPublisher } from '@hub/webhooks';
import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/** Runs the publisher for the life of the process. */
@Injectable()
export class WebhookEngine implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('webhooks');
  readonly publisher: WebhookPublisher;

  constructor(@InjectDataSource() ds: DataSource, @InjectConfig() config: SandboxConfig, clock: Clock, directory: TrustDirectory) {
    this.publisher = new WebhookPublisher(ds, config, clock, directory, { info: (m) => this.logger.log(m), warn: (m) => this.logger.warn(m) });
  }

  onApplicationBootstrap(): void {
    this.publisher.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.publisher.stop();
  }
}
