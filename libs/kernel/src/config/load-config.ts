import { BANK_CODE, bankCodeOf } from './bank-code';
import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { ENV_OVERRIDES, envNameOf } from './env-overrides';
import type { ConfigSection } from './config-section';
import { SandboxConfig } from './sandbox-config';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid sandbox configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

type Plain = Record<string, unknown>;

/** The repository root: the nearest folder above this file holding config/sandbox.json. */
export function findRootDir(from = __dirname): string {
  let dir = from;
  while (!existsSync(join(dir, 'config', 'sandbox.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new ConfigError([`config/sandbox.json not found above ${from}`]);
    dir = parent;
  }
  return dir;
}

function readJson(file: string): Plain {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Plain;
  } catch (e) {
    throw new ConfigError([`${file}: ${(e as Error).message}`]);
  }
}

/** Objects merge key by key; arrays (tenants, TPP seeds) are replaced whole. */
function deepMerge(base: Plain, over: Plain): Plain {
  const out: Plain = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const b = out[k];
    const bothObjects = v && b && typeof v === 'object' && typeof b === 'object' && !Array.isArray(v) && !Array.isArray(b);
    out[k] = bothObjects ? deepMerge(b as Plain, v as Plain) : v;
  }
  return out;
}

function setPath(target: Plain, key: string, value: unknown): void {
  const parts = key.split('.');
  let node = target;
  for (const p of parts.slice(0, -1)) node = (node[p] ??= {}) as Plain;
  node[parts[parts.length - 1]] = value;
}

function applyEnv(raw: Plain, env: NodeJS.ProcessEnv, problems: string[]): void {
  for (const o of ENV_OVERRIDES) {
    const value = env[o.env];
    if (value === undefined || value === '') continue;
    if (o.kind === 'int' && !/^\d+$/.test(value)) {
      problems.push(`${o.env} (${o.key}) must be a whole number, got '${value}'`);
      continue;
    }
    setPath(raw, o.key, o.kind === 'int' ? Number(value) : value);
  }
}

/** Every problem of a validation, named by its key (and environment variable, if it has one). */
export function flatten(errors: ValidationError[], prefix = ''): string[] {
  return errors.flatMap((e) => {
    const key = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((msg) => {
      const env = envNameOf(key);
      const shown = JSON.stringify(e.value);
      return `${key}${env ? ` (env ${env})` : ''}: ${msg.replace(/^\S+ /, '')}; got ${shown}`;
    });
    return [...own, ...flatten(e.children ?? [], key)];
  });
}

function absolutise(config: SandboxConfig): void {
  const abs = (p: string) => (isAbsolute(p) ? p : resolve(config.rootDir, p));
  config.dataDir = abs(config.dataDir);
  config.certsDir = abs(config.certsDir);
  config.manifestPath = abs(config.manifestPath ?? join(config.dataDir, 'sandbox.json'));
}

function assertUniqueTenants(config: SandboxConfig, problems: string[]): void {
  const ids = config.tenants.map((t) => t.id);
  const dup = ids.find((id, i) => ids.indexOf(id) !== i);
  if (dup) return void problems.push(`tenants: the id '${dup}' is used twice`);
  // A headless tenant's authorization_endpoint is Headless Heimdall's /auth: it has no page of its own.
  for (const t of config.tenants.filter((t) => t.headless && t.authorizationEndpoint)) {
    problems.push(`tenants: ${t.id} is headless (its authorization_endpoint is Headless Heimdall's /auth) and cannot also set authorizationEndpoint`);
  }
  // Confirmation of Payee discovery finds a payee's bank by the code inside the IBAN: one bank per code.
  const banks = config.tenants.filter((t) => t.sector === 'banking' && (t.bankCode === undefined || BANK_CODE.test(t.bankCode)));
  const codes = banks.map(bankCodeOf);
  const shared = codes.findIndex((code, i) => codes.indexOf(code) !== i);
  if (shared >= 0) problems.push(`tenants: ${banks[codes.indexOf(codes[shared])].id} and ${banks[shared].id} share the bank code ${codes[shared]} (set bankCode on one of them)`);
}

/**
 * Reads config/sandbox.json, then the file named by SANDBOX_CONFIG (merged over it), then the
 * environment; validates once and fails with every problem named by key and variable. `sections`
 * are the parts owned by libraries outside the kernel that this process uses (e.g. the mock LFI's
 * desk settings): they are validated in the same pass, so a bad value stops the start at once.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, rootDir = findRootDir(), sections: readonly ConfigSection<object>[] = []): SandboxConfig {
  const problems: string[] = [];
  let raw = readJson(join(rootDir, 'config', 'sandbox.json'));
  if (env.SANDBOX_CONFIG) raw = deepMerge(raw, readJson(resolve(rootDir, env.SANDBOX_CONFIG)));
  raw.rootDir = rootDir;
  raw.manifestPath ??= join(String(raw.dataDir ?? 'var'), 'sandbox.json');
  applyEnv(raw, env, problems);
  const config = plainToInstance(SandboxConfig, raw);
  problems.push(...flatten(validateSync(config, { whitelist: true, forbidNonWhitelisted: true })));
  for (const section of sections) problems.push(...section.problemsIn(config));
  if (problems.length === 0) assertUniqueTenants(config, problems);
  if (problems.length > 0) throw new ConfigError(problems);
  absolutise(config);
  return config;
}
