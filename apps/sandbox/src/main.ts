import { ConfigError, loadConfig } from '@hub/kernel';
import { MOCK_LFI_DESK_SETTINGS } from '@hub/mock-lfi-desks';
import { Sandbox } from './launcher/launch';

/**
 * `npm start`: the whole sandbox as one process group. Exit 0 on Ctrl-C / SIGTERM once every
 * child has stopped; exit 1 when the start fails.
 */
async function main(): Promise<void> {
  const fresh = process.argv.includes('--fresh');
  // The mock LFI's desk settings are checked here too, so a bad value stops `npm start` at once.
  const config = loadConfig(process.env, undefined, [MOCK_LFI_DESK_SETTINGS]);
  const sandbox = new Sandbox(config);
  const log = (line: string) => process.stdout.write(`${line}\n`);
  const shutdown = (signal: string) => {
    log(`\n${signal}: stopping the sandbox…`);
    void sandbox.stop().then(() => process.exit(0));
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  try {
    await sandbox.start({ fresh, log });
  } catch (e) {
    await sandbox.stop();
    throw e;
  }
}

main().catch((e) => {
  process.stderr.write(`${e instanceof ConfigError ? e.message : `The sandbox did not start: ${(e as Error).stack ?? e}`}\n`);
  process.exit(1);
});
