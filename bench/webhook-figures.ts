import { httpsCall, openWebhook, pushAuthorizationRequest, SandboxManifest, startWebhookReceiver, tppClient } from '@hub/testing';
import { randomUUID } from 'node:crypto';

type Tpp = SandboxManifest['tpps'][number] & { encryptionKeyFile: string; webhookServerCertFile: string; webhookServerKeyFile: string };

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/**
 * Webhook publishing: `count` consents with an active subscription to a local HTTPS receiver are
 * authorized at once (LFI PATCH); each status change is relayed from the outbox, queued, signed,
 * encrypted and POSTed. Prints events/s from the first PATCH to the last receipt, and p50/p99 of
 * each event's latency from its PATCH's answer to its receipt.
 */
export async function webhookFigures(m: SandboxManifest, count = 60): Promise<void> {
  const tenant = m.tenants[0];
  const app = m.tpps[0] as Tpp;
  const lfi = m.lfiClients.find((c) => c.tenantId === tenant.id)!;
  const psu = m.psus.find((p) => p.tenantId === tenant.id)!;
  const receiver = await startWebhookReceiver({ certFile: app.webhookServerCertFile, keyFile: app.webhookServerKeyFile });
  const tpp = await tppClient(tenant.issuer, app, m.caCertFile);
  const lfiCall = (method: string, url: string, body?: unknown) => httpsCall(url, { method, caFile: m.caCertFile, client: lfi, headers: body ? { 'content-type': 'application/json' } : undefined, body: body ? JSON.stringify(body) : undefined });
  const consentIds: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const consentId = randomUUID();
    const detail = { type: 'urn:openfinanceuae:account-access-consent:v2.1', consent: { ConsentId: consentId, Permissions: ['ReadAccountsBasic'], ExpirationDateTime: new Date(Date.now() + 86_400_000).toISOString(), OpenFinanceBilling: { UserType: 'Retail', Purpose: 'AccountAggregation' } }, subscription: { Webhook: { Url: receiver.url, IsActive: true } } };
    await pushAuthorizationRequest(tpp, { redirectUri: app.redirectUris[0], scope: 'openid accounts', authorizationDetails: [detail] });
    consentIds.push(consentId);
  }
  const changedAt = new Map<string, number>();
  const started = performance.now();
  const startedAt = Date.now();
  await Promise.all(
    consentIds.map(async (id) => {
      await lfiCall('PATCH', `${tenant.consentManagerUrl}/consents/${id}`, { status: 'Authorized', psuIdentifiers: { userId: psu.userId }, accountIds: psu.accountIds!.slice(0, 1), authorizationChannel: 'Web' });
      changedAt.set(id, Date.now());
    }),
  );
  const received = await receiver.waitFor(count, 120_000);
  const elapsedMs = performance.now() - started;
  const latencies: number[] = [];
  for (const r of received) {
    const opened = await openWebhook(r, { encryptionKeyFile: app.encryptionKeyFile, hubJwksUrl: tenant.hubJwksUrl, caFile: m.caCertFile, issuer: tenant.issuer, clientId: app.clientId, url: receiver.url });
    latencies.push(r.at - (changedAt.get(String(opened.claims.message.Meta.ConsentId)) ?? startedAt));
  }
  latencies.sort((a, b) => a - b);
  console.log(
    `webhooks  ${count} status changes → ${received.length} delivered (signed, encrypted, mTLS POST): ${((count / elapsedMs) * 1000).toFixed(0)} events/s   change→receipt p50 ${percentile(latencies, 50).toFixed(0)} ms   p99 ${percentile(latencies, 99).toFixed(0)} ms`,
  );
  await tpp.close();
  await receiver.close();
}
