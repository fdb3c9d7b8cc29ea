import 'reflect-metadata';
import { createSandboxApp, HealthRegistry, publishOpenApi, redisHealthCheck, SandboxConfig, webhookWorkerBaseUrl } from '@hub/kernel';
import { readDirectory } from '@hub/trust-framework';
import { INestApplication } from '@nestjs/common';
import { webhooksHealthCheck, WebhookMetrics } from './metrics/webhook-metrics';
import { WebhookWorkerModule } from './webhook-worker.module';

export interface RunningWebhookWorker {
  app: INestApplication;
  url: string;
}

export async function startWebhookWorker(config: SandboxConfig, bindAddress = '127.0.0.1'): Promise<RunningWebhookWorker> {
  const directory = readDirectory(config.certsDir);
  const tls = { ...directory.servers['webhook-worker'], caFile: directory.caBundleFile };
  const app = await createSandboxApp(WebhookWorkerModule.forRoot(config), tls, () => 'standard');
  // Without Redis no webhook can be delivered, so for this process Redis is critical.
  const health = app.get(HealthRegistry);
  health.register(redisHealthCheck(config.redis.url, true, 'webhooks wait in the hub until Redis is available'));
  health.register(webhooksHealthCheck(app.get(WebhookMetrics)));
  publishOpenApi(app, 'Webhook worker');
  await app.listen(config.ports.webhookWorker, bindAddress);
  return { app, url: webhookWorkerBaseUrl(config) };
}
