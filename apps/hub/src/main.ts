import { loadConfig, superviseApp } from '@hub/kernel';
import { startHub } from './bootstrap';

async function main(): Promise<void> {
  const config = loadConfig();
  const hub = await startHub(config, process.env.BIND_ADDRESS);
  superviseApp(hub.app, 'hub', hub.url, hub.docs);
}

main().catch((e) => {
  console.error(`hub failed to start: ${(e as Error).stack ?? e}`);
  process.exit(1);
});
