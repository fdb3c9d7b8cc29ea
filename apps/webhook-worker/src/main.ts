import { loadConfig, superviseApp } from '@hub/kernel';
import { startWebhookWorker } from './bootstrap';

async function main(): Promise<void> {
  const config = loadConfig();
  const worker = await startWebhookWorker(config, process.env.BIND_ADDRESS);
  superviseApp(worker.app, 'webhook-worker', worker.url);
}

main().catch((e) => {
  console.error(`webhook worker failed to start: ${(e as Error).stack ?? e}`);
  process.exit(1);
});
