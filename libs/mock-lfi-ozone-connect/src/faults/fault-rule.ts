import { ApiError } from '@hub/kernel';

/** One fault knob as an operator sets it (PUT /:tenant/admin/faults, or the startup config). */
export interface FaultRuleInput {
  /** Ozone Connect path below `/{tenant}/ozone-connect`: `*` is one segment, a final `**` any rest. */
  path: string;
  latencyMs?: number;
  /** Share of matching calls that fail, 0..1; decided by a counter, not by chance, so runs repeat. */
  errorRate?: number;
  status?: number;
  errorCode?: string;
  errorMessage?: string;
}

/** A rule with its defaults filled in, as stored and as GET shows it. */
export interface FaultRule {
  path: string;
  latencyMs: number;
  errorRate: number;
  status: number;
  errorCode: string;
  errorMessage: string;
}

export const MAX_LATENCY_MS = 60_000;
const MAX_RULES = 50;
const KEYS = new Set(['path', 'latencyMs', 'errorRate', 'status', 'errorCode', 'errorMessage']);

function fail(message: string, path: string): never {
  throw ApiError.badRequest(message, path);
}

function optionalNumber(value: unknown, at: string, min: number, max: number, integer: boolean): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max || (integer && !Number.isInteger(value))) {
    fail(`${at} must be ${integer ? 'an integer' : 'a number'} from ${min} to ${max}`, at);
  }
  return value;
}

function optionalText(value: unknown, at: string, max: number): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.trim() === '' || value.length > max) fail(`${at} must be a non-empty string of at most ${max} characters`, at);
  return value;
}

/**
 * Defaults keep a rule short: naming a status alone fails every call (errorRate 1); naming an
 * errorRate alone fails with 503, the usual "LFI down" answer; with neither it only slows calls.
 */
export function normalizeRule(input: unknown, at: string): FaultRule {
  if (!input || typeof input !== 'object' || Array.isArray(input)) fail(`${at} must be an object`, at);
  const raw = input as Record<string, unknown>;
  const unknown = Object.keys(raw).find((k) => !KEYS.has(k));
  if (unknown) fail(`${at}.${unknown} is not a fault knob`, `${at}.${unknown}`);
  const path = optionalText(raw.path, `${at}.path`, 300);
  if (!path?.startsWith('/')) fail(`${at}.path must start with / (a path below /{tenant}/ozone-connect)`, `${at}.path`);
  const latencyMs = optionalNumber(raw.latencyMs, `${at}.latencyMs`, 0, MAX_LATENCY_MS, true);
  const errorRate = optionalNumber(raw.errorRate, `${at}.errorRate`, 0, 1, false);
  const status = optionalNumber(raw.status, `${at}.status`, 400, 599, true);
  if (latencyMs === undefined && errorRate === undefined && status === undefined) fail(`${at} sets none of latencyMs, errorRate, status`, at);
  const resolvedStatus = status ?? 503;
  return {
    path,
    latencyMs: latencyMs ?? 0,
    errorRate: errorRate ?? (status !== undefined ? 1 : 0),
    status: resolvedStatus,
    errorCode: optionalText(raw.errorCode, `${at}.errorCode`, 100) ?? (resolvedStatus >= 500 ? 'GenericRecoverableError' : 'GenericError'),
    errorMessage: optionalText(raw.errorMessage, `${at}.errorMessage`, 500) ?? `Fault injected by the sandbox LFI (rule ${path})`,
  };
}

export function normalizeRules(body: unknown): FaultRule[] {
  const rules = (body as { rules?: unknown } | undefined)?.rules;
  if (!Array.isArray(rules)) fail('The body must be {"rules": [...]}', 'rules');
  if (rules.length > MAX_RULES) fail(`At most ${MAX_RULES} rules`, 'rules');
  return rules.map((r, i) => normalizeRule(r, `rules[${i}]`));
}

/** Segment by segment, so `/accounts/*` never matches `/accounts/1/transactions` by accident. */
export function pathMatches(pattern: string, path: string): boolean {
  const want = pattern.split('/').filter(Boolean);
  const got = path.split('/').filter(Boolean);
  for (let i = 0; i < want.length; i++) {
    if (want[i] === '**' && i === want.length - 1) return true;
    if (i >= got.length || (want[i] !== '*' && want[i] !== got[i])) return false;
  }
  return want.length === got.length;
}

/**
 * Whether the n-th matching call (1-based) fails: spreads floor(n × rate) failures evenly, so
 * rate 1 fails every call, 0.5 every second one, 0 none — the same sequence on every run.
 */
export function failsAt(n: number, rate: number): boolean {
  const tally = (k: number) => Math.floor(k * rate + 1e-9);
  return tally(n) > tally(n - 1);
}
