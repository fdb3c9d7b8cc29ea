import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLocalJWKSet } from 'jose';
import { httpsCall } from './mtls-client';
import { disposeSandbox, startSandbox, type SandboxManifest, type SandboxProcess } from './sandbox-process';
import { tppClient, type TppClient } from './tpp-client';
import { openWebhook, startWebhookReceiver, type OpenedWebhook, type WebhookReceiver } from './webhook-receiver';

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

/** A running sandbox and what a client-credentials service suite needs at one tenant. */
export interface ServiceSuite {
  sp: SandboxProcess;
  m: SandboxManifest;
  /** The first TPP (all roles) and the isolation tester (another organisation), both at the tenant. */
  tpp: TppClient;
  other: TppClient;
  /** An HTTPS receiver with the first TPP's webhook certificate. */
  receiver: WebhookReceiver;
  /** The tenant's hub keys, to verify signed answers. */
  hubKeys: ReturnType<typeof createLocalJWKSet>;
  close(): Promise<void>;
}

/** Starts a sandbox with these config overrides and connects both TPPs and a webhook receiver to `tenantId`. */
export async function startServiceSuite(tenantId: string, overrides: object): Promise<ServiceSuite> {
  const sp = await startSandbox({ fresh: true, env: { SANDBOX_CONFIG: sandboxConfigFile(overrides) } });
  const m = sp.manifest<SandboxManifest>();
  const tenant = m.tenants.find((t) => t.id === tenantId)!;
  const app = m.tpps[0] as WebhookTpp;
  const tpp = await tppClient(tenant.issuer, app, m.caCertFile);
  const other = await tppClient(tenant.issuer, m.tpps[2], m.caCertFile);
  const receiver = await startWebhookReceiver({ certFile: app.webhookServerCertFile, keyFile: app.webhookServerKeyFile });
  const hubKeys = createLocalJWKSet((await httpsCall(tenant.hubJwksUrl, { caFile: m.caCertFile })).json());
  return {
    sp,
    m,
    tpp,
    other,
    receiver,
    hubKeys,
    close: async () => {
      await receiver.close();
      await Promise.all([tpp.close(), other.close()]);
      await disposeSandbox(sp);
    },
  };
}
