import { HealthModule, LoggingModule, SandboxConfig, SandboxConfigModule } from '@hub/kernel';
import { DynamicModule, Module } from '@nestjs/common';

/**
 * The process that delivers webhooks from the BullMQ queue (issue 7 adds the publisher and its
 * worker). Today it reports whether the queue's Redis answers.
 */
@Module({})
export class WebhookWorkerModule {
  static forRoot(config: SandboxConfig): DynamicModule {
    return {
      module: WebhookWorkerModule,
      imports: [SandboxConfigModule.forRoot(config), LoggingModule.forRoot(config, 'webhook-worker'), HealthModule.forRoot('webhook-worker')],
    };
  }
}
