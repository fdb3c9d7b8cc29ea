import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SandboxManifest } from './sandbox-process';
import { openWebhook, type OpenedWebhook, type WebhookReceiver } from './webhook-receiver';

/**
 * The documents' Links are `format: uri` on public hosts, which the sandbox (localhost) never is:
 * for a schema check the links keep their path on a public host; the tests compare them exactly.
 */
export function withPublicLinks<T>(body: T): T {
  const links = (body as { Links?: Record<string, unknown> } | undefined)?.Links;
  if (!links) return body;
  return { ...body, Links: Object.fromEntries(Object.entries(links).map(([k, v]) => [k, typeof v === 'string' ? `https://lfi.example.ae${new URL(v).pathname}` : v])) } as T;
}

/** A `SANDBOX_CONFIG` file with these overrides (merged over config/sandbox.json by the sandbox). */
export function sandboxConfigFile(overrides: object): string {
  const file = join(mkdtempSync(join(tmpdir(), 'sandbox-config-')), 'sandbox.json');
  writeFileSync(file, JSON.stringify(overrides));
  return file;
}

export type WebhookTpp = SandboxManifest['tpps'][number] & { encryptionKeyFile: string; webhookServerCertFile: string; webhookServerKeyFile: string };

/**
 * Every webhook the receiver accepted for `tpp` from one tenant, decrypted and verified as a TPP
 * must (see `openWebhook`), in the order they arrived.
 */
export async function openedWebhooks(receiver: WebhookReceiver, m: SandboxManifest, tenantId: string, tpp: WebhookTpp): Promise<OpenedWebhook[]> {
  const tenant = m.tenants.find((t) => t.id === tenantId)!;
  const accepted = receiver.received.filter((r) => r.answered >= 200 && r.answered < 300);
  return Promise.all(accepted.map((r) => openWebhook(r, { encryptionKeyFile: tpp.encryptionKeyFile, hubJwksUrl: tenant.hubJwksUrl, caFile: m.caCertFile, issuer: tenant.issuer, clientId: tpp.clientId, url: receiver.url })));
}

/** Polls until `done` holds for what `read` returns, or the deadline passes; returns the last value. */
export async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
}
