import { foundationImports, SandboxConfig } from '@hub/kernel';
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
      imports: foundationImports(config, 'webhook-worker'),
    };
  }
}
