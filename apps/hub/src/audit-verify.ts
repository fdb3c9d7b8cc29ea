import { runAuditVerification } from '@hub/consent';
import { databaseFor, loadConfig } from '@hub/kernel';
import { openDatabase } from '@hub/persistence';
import { hubPersistence } from './hub-persistence';

/**
 * `npm run audit:verify`: walks every consent's audit chain in the hub database (SQLite or
 * PostgreSQL, as configured) and reports any row that was edited, removed or reordered.
 * Exit 0 when every chain holds, 1 otherwise.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const ds = await openDatabase(databaseFor(config, 'hub'), hubPersistence);
  try {
    const ok = await runAuditVerification(ds, (line) => process.stdout.write(`${line}\n`));
    process.exitCode = ok ? 0 : 1;
  } finally {
    await ds.destroy();
  }
}

main().catch((e) => {
  process.stderr.write(`audit:verify failed: ${(e as Error).message}\n`);
  process.exit(2);
});
