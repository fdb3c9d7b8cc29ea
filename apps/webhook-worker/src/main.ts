import { loadConfig, runApp } from '@hub/kernel';
import { startWebhookWorker } from './bootstrap';

runApp('webhook-worker', () => startWebhookWorker(loadConfig(), process.env.BIND_ADDRESS));
