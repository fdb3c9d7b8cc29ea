import { hubOzoneConnect, ibanAtBankOf, mtlsAgent, PaymentsTpp, uaeDate, type SandboxManifest } from '@hub/testing';
import { randomUUID } from 'node:crypto';
import { request } from 'undici';
import { measure } from './measure';

const PAYMENTS_URI = '/open-finance/payment/v2.1/payments';
const IN_FLIGHT = 8;

/**
 * Single payments through the hub (mTLS, token and consent checks, the signed body verified,
 * idempotency and ControlParameters in one transaction, the payment log, the Ozone Connect call,
 * the signed answer) against the same Ozone Connect POST /payments sent straight to the mock bank
 * as the hub sends it. VRP consents with room for every payment; each call a new payment (a new
 * x-idempotency-key) of 0.01 AED to another bank's customer.
 */
export async function paymentFigures(m: SandboxManifest): Promise<void> {
  const tenant = m.tenants.find((t) => t.sector === 'banking')!;
  const tpp = await PaymentsTpp.connect(m, tenant.id);
  const creditor = { iban: ibanAtBankOf(m.tenants.find((t) => t.sector === 'banking' && t.id !== tenant.id)?.id ?? 'other-bank'), name: 'Bench Creditor' };
  const schedule = { MultiPayment: { PeriodicSchedule: { Type: 'VariableOnDemand', PeriodType: 'Day', PeriodStartDate: uaeDate(0), Controls: { MaximumIndividualAmount: { Amount: '1.00', Currency: 'AED' } } } } };
  // One consent per payment in flight, as many customers paying at once would be: the figure is
  // the pipeline's cost, not the serialisation of payments on one consent's limits.
  const lanes = await Promise.all(
    Array.from({ length: IN_FLIGHT }, async () => {
      const consent = await tpp.authorizeConsent({ schedule, creditors: [creditor] });
      const message = await tpp.paymentMessage(consent.consentId, '0.01', { creditor, reference: 'bench' });
      // One signed body per consent for every call (valid 5 minutes): the figures measure the hub, not the TPP's signing.
      const jws = await tpp.sign(message);
      // What the hub sends the bank for the same payment: the consent's TPP record and PSU as the Consent Manager holds them.
      const record = (await tpp.lfiCall('GET', `${tenant.consentManagerUrl}/consents/${consent.consentId}`)).json().data;
      return { consent, message, jws, record };
    }),
  );
  let turn = 0;
  const nextLane = () => lanes[turn++ % lanes.length];
  const agent = mtlsAgent(m.tpps[0], m.caCertFile);
  const viaHub = async () => {
    const { consent, jws } = nextLane();
    const res = await request(tpp.url('/payments'), {
      method: 'POST',
      dispatcher: agent,
      headers: { authorization: `Bearer ${consent.token}`, 'content-type': 'application/jwt', accept: 'application/jwt', 'x-idempotency-key': randomUUID().replace(/-/g, ''), 'x-consent-id': consent.consentId },
      body: jws,
    });
    await res.body.text();
    return res.statusCode;
  };
  const oc = await hubOzoneConnect(m, m.caCertFile.replace(/\/ca\/bundle\.pem$/, ''), tenant.id);
  const direct = async () => {
    const { consent, message, record } = nextLane();
    const key = randomUUID().replace(/-/g, '');
    const ctx = { apiUri: PAYMENTS_URI, apiOperation: 'POST', consentId: consent.consentId, psuIdentifiers: record.psuIdentifiers };
    const body = { requestUrl: tpp.url('/payments'), paymentType: 'cbuae-payment', request: message, requestHeaders: { 'content-type': 'application/jwt', 'x-idempotency-key': key, 'x-consent-id': consent.consentId }, tpp: record.tpp };
    return (await oc.call('POST', '/payments', ctx, body)).status;
  };

  // One in flight: what the hub adds to one payment; eight: the rate both sustain on this machine.
  for (const inFlight of [1, IN_FLIGHT]) {
    const hub = await measure(`hub payments ×${inFlight}`, viaHub, inFlight, 3000);
    const lfi = await measure(`LFI payments ×${inFlight}`, direct, inFlight, 3000);
    console.log(`payments  single, ${inFlight} in flight: ${hub.rate.toFixed(0)} /s through the hub vs ${lfi.rate.toFixed(0)} /s straight to the bank (${(hub.rate / lfi.rate).toFixed(2)}), hub-added p50 ${(hub.p50 - lfi.p50).toFixed(1)} ms, p99 +${(hub.p99 - lfi.p99).toFixed(1)} ms`);
  }
  await oc.close();
  await agent.close();
  await tpp.close();
}
