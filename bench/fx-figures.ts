import { OzoneConnectClient } from '@hub/ozone-connect';
import { clientCredentialsToken, mtlsAgent, type SandboxManifest, tppClient } from '@hub/testing';
import { readDirectory } from '@hub/trust-framework';
import { randomUUID } from 'node:crypto';
import { request } from 'undici';
import { measure, percentile } from './measure';

const DATA = { TransactionType: 'Spot', UnitCurrency: 'AED', QuotedCurrency: 'USD', TradeAmount: { Amount: '1000.00', Currency: 'USD' } };

/**
 * FX quoting through the hub (token, request checks, Ozone Connect call, the quote recorded in
 * the Consent Manager's log, mapping) against the mock LFI's desk called directly, and the time a
 * TPP waits for a quote from every bank at once.
 */
export async function fxFigures(m: SandboxManifest): Promise<void> {
  const tenant = m.tenants.find((t) => t.sector === 'banking')!;
  const tpp = await tppClient(tenant.issuer, m.tpps[0], m.caCertFile);
  const token = await clientCredentialsToken(tpp, 'fx');
  const agent = mtlsAgent(m.tpps[0], m.caCertFile);
  const viaHub = async () => {
    const res = await request(`${tenant.resourceServerUrl}/open-finance/fx/v2.1/fx-quotes`, {
      method: 'POST',
      dispatcher: agent,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ Data: { ...DATA, QuoteReference: randomUUID().slice(0, 30) } }),
    });
    await res.body.text();
    return res.statusCode;
  };
  const directory = readDirectory(m.caCertFile.replace(/\/ca\/bundle\.pem$/, ''));
  const hubApp = directory.hubApplications.find((a) => a.tenantId === tenant.id)!;
  const oc = new OzoneConnectClient({ providerId: tenant.id, baseUrl: tenant.ozoneConnectUrl, tls: { certFile: hubApp.transportCertFile, keyFile: hubApp.transportKeyFile, caFile: m.caCertFile }, signingKeyFile: hubApp.signingKeyFile, signingKid: hubApp.signingKid });
  const ctx = { callerOrgId: m.tpps[0].organisationId, callerClientId: m.tpps[0].clientId, callerSoftwareStatementId: m.tpps[0].softwareStatementId, apiUri: '/open-finance/fx/v2.1/fx-quotes', apiOperation: 'POST', ozoneInteractionId: randomUUID() };
  const direct = async () => (await oc.callService('POST', '/fx-quotes', { data: { ...DATA, QuoteReference: randomUUID().slice(0, 30) } }, ctx)).status;
  const hub = await measure('hub fx-quotes', viaHub, 8, 3000);
  const lfi = await measure('LFI fx-quotes', direct, 8, 3000);
  console.log(`fx        quotes: ${(hub.rate / lfi.rate).toFixed(2)} of the LFI's throughput, +${(hub.p50 - lfi.p50).toFixed(1)} ms p50, +${(hub.p99 - lfi.p99).toFixed(1)} ms p99`);

  const banks = m.tenants.filter((t) => t.sector === 'banking');
  const clients = await Promise.all(banks.map((b) => tppClient(b.issuer, m.tpps[0], m.caCertFile)));
  const tokens = await Promise.all(clients.map((c) => clientCredentialsToken(c, 'fx')));
  const rounds: number[] = [];
  for (let i = 0; i < 30; i += 1) {
    const t0 = performance.now();
    await Promise.all(banks.map(async (b, j) => {
      const res = await request(`${b.resourceServerUrl}/open-finance/fx/v2.1/fx-quotes`, { method: 'POST', dispatcher: agent, headers: { authorization: `Bearer ${tokens[j]}`, 'content-type': 'application/json' }, body: JSON.stringify({ Data: { ...DATA, QuoteReference: `cmp-${i}` } }) });
      await res.body.text();
    }));
    rounds.push(performance.now() - t0);
  }
  rounds.sort((a, b) => a - b);
  console.log(`fx        a quote from each of ${banks.length} banks at once: p50 ${percentile(rounds, 50).toFixed(1)} ms   p99 ${percentile(rounds, 99).toFixed(1)} ms`);
  await Promise.all([...clients, tpp].map((c) => c.close()));
  await oc.close();
  await agent.close();
}
