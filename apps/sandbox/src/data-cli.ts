import { databaseFor, loadConfig, type SandboxConfig } from '@hub/kernel';
import { generateLfiData, MAX_PSUS_PER_TENANT, type LfiTenant } from '@hub/mock-lfi-data';
import { mockLfiPersistenceParts } from '@hub/mock-lfi-store';
import { describeDatabase, openDatabase } from '@hub/persistence';
import { Presets, SingleBar } from 'cli-progress';
import { parseArgs } from 'node:util';
import { planDataSet, storeDataSet, type DataSetTarget, type Progress } from './data/large-data-set';

const USAGE = `Synthetic data of the mock LFI

  npm run data -- --transactions 1000000 [--tenant falcon-bank …]
  npm run data -- --psus 5000 [--tenant falcon-bank …]
      Grows a tenant's data set (default: every tenant of the sector asked for; transactions
      apply to banks) until it holds that many transactions or PSUs, with a progress bar. The
      data is deterministic (config "seed"): the first PSUs are those the sandbox seeds anyway,
      nothing stored is changed, and a running sandbox sees the new PSUs at once.`;

interface Options {
  target: DataSetTarget;
  tenants: LfiTenant[];
}

function parse(config: SandboxConfig, argv: string[]): Options {
  const values = parseFlags(argv);
  if (values.help) throw new UsageError('');
  if ((values.transactions === undefined) === (values.psus === undefined)) throw new UsageError('give either --transactions N or --psus N');
  const target: DataSetTarget = values.transactions !== undefined ? { transactions: positive('--transactions', values.transactions) } : { psus: positive('--psus', values.psus!) };
  const sector = 'transactions' in target ? 'banking' : undefined;
  const known = config.tenants.filter((t) => sector === undefined || t.sector === sector);
  const tenants = values.tenant ? values.tenant.map((id) => known.find((t) => t.id === id) ?? unknownTenant(id, known)) : known;
  // bankCode and headless decide ids (IBANs, the headless model user's), so the added PSUs match the seeded ones.
  return { target, tenants: tenants.map(({ id, name, sector: s, bankCode, headless }) => ({ id, name, sector: s, bankCode, headless })) };
}

function parseFlags(argv: string[]) {
  try {
    const options = { transactions: { type: 'string' }, psus: { type: 'string' }, tenant: { type: 'string', multiple: true }, help: { type: 'boolean' } } as const;
    return parseArgs({ args: argv, options, strict: true }).values;
  } catch (error) {
    // node:util reports unknown flags, missing values and stray arguments as TypeErrors.
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/** Whole decimal numbers only (1_000_000 allowed), within what the generator can produce. */
function positive(flag: string, value: string): number {
  const max = flag === '--psus' ? MAX_PSUS_PER_TENANT : MAX_PSUS_PER_TENANT * 100;
  if (!/^\d[\d_]*$/.test(value)) throw new UsageError(`${flag} must be a positive whole number, got "${value}"`);
  const n = Number(value.replace(/_/g, ''));
  if (n < 1 || n > max) throw new UsageError(`${flag} must be from 1 to ${max}, got "${value}"`);
  return n;
}

function unknownTenant(id: string, known: { id: string }[]): never {
  throw new UsageError(`unknown tenant "${id}" for this target; known: ${known.map((t) => t.id).join(', ')}`);
}

class UsageError extends Error {}

/** A bar on a terminal; a line every few seconds when output goes to a file or CI log. */
function bar(label: string, unit: string): { update: Progress; stop: () => void } {
  const b = new SingleBar({ format: `${label.padEnd(28)} {bar} {percentage}% {value}/{total} ${unit} eta {eta_formatted}`, noTTYOutput: true, notTTYSchedule: 2000, etaBuffer: 50 }, Presets.shades_classic);
  let started = false;
  return {
    update: (done, total) => {
      if (!started) b.start(total, 0);
      started = true;
      b.update(done);
    },
    stop: () => b.stop(),
  };
}

async function main(argv: string[]): Promise<void> {
  const config = loadConfig();
  const { target, tenants } = parse(config, argv);
  const settings = databaseFor(config, 'mock_lfi');
  const ds = await openDatabase(settings, mockLfiPersistenceParts);
  process.stdout.write(`Mock LFI database: ${describeDatabase(settings)}\n`);
  try {
    for (const tenant of tenants) {
      const started = Date.now();
      const planning = bar(`${tenant.id}: generating`, 'transactions' in target ? 'transactions' : 'PSUs');
      const plan = planDataSet(tenant, config.seed, target, planning.update);
      planning.stop();
      const storing = bar(`${tenant.id}: storing PSUs`, 'new PSUs');
      const stored = await storeDataSet(ds, plan, config.seed, storing.update);
      storing.stop();
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      process.stdout.write(`${tenant.id}: ${plan.psus} PSUs, ${plan.accounts} accounts, ${plan.policies} policies, ${plan.transactions} transactions (${stored.inserted} rows added) in ${seconds} s\n`);
      const last = generateLfiData(tenant, config.seed, { psuCount: plan.psus }).psus.at(-1)!;
      process.stdout.write(`  e.g. the last one: ${last.username} / ${last.password} / code ${last.otp}\n`);
    }
  } finally {
    await ds.destroy();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const usage = error instanceof UsageError;
  process.stderr.write(`${usage ? `${error.message ? `${error.message}\n\n` : ''}${USAGE}` : error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(usage ? (error.message ? 2 : 0) : 1);
});
