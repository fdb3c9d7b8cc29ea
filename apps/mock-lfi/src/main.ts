import { loadConfig, superviseApp } from '@hub/kernel';
import { startMockLfi } from './bootstrap';
import { readLfiProfile } from './lfi-profile';

async function main(): Promise<void> {
  const config = loadConfig();
  const lfi = await startMockLfi(config, readLfiProfile(), process.env.BIND_ADDRESS);
  superviseApp(lfi.app, 'mock-lfi', lfi.url);
}

main().catch((e) => {
  console.error(`mock LFI failed to start: ${(e as Error).stack ?? e}`);
  process.exit(1);
});
