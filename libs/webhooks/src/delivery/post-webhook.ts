import { isIP } from 'node:net';
import { Agent, request } from 'undici';

export interface PostResult {
  ok: boolean;
  statusCode?: number;
  latencyMs: number;
  error?: string;
}

/** `http` only to this machine: a sandbox must not send consent data in clear over a network. */
export function checkWebhookUrl(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `not a URL: ${url}`;
  }
  if (parsed.protocol === 'https:') return undefined;
  if (parsed.protocol !== 'http:') return `unsupported scheme ${parsed.protocol}`;
  return isLoopback(parsed.hostname) ? undefined : `plain http is only allowed to loopback addresses, not ${parsed.hostname}`;
}

function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '');
  if (h === 'localhost' || h.endsWith('.localhost')) return true;
  if (isIP(h) === 4) return h.startsWith('127.');
  return h === '::1';
}

/** One POST of a sealed notification; never throws, the outcome is data. */
export async function postWebhook(agent: Agent, url: string, body: string, headers: Record<string, string>, timeoutMs: number): Promise<PostResult> {
  const refused = checkWebhookUrl(url);
  if (refused) return { ok: false, latencyMs: 0, error: refused };
  const started = performance.now();
  try {
    const res = await request(url, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/jwe', ...headers },
      dispatcher: agent,
      headersTimeout: timeoutMs,
      bodyTimeout: timeoutMs,
      signal: AbortSignal.timeout(timeoutMs),
    });
    await res.body.dump();
    const latencyMs = Math.round(performance.now() - started);
    const ok = res.statusCode >= 200 && res.statusCode < 300;
    return { ok, statusCode: res.statusCode, latencyMs, ...(ok ? {} : { error: `the receiver answered ${res.statusCode}` }) };
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const detail = cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
    return { ok: false, latencyMs: Math.round(performance.now() - started), error: `no answer: ${detail}` };
  }
}
