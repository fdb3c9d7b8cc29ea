import { disposeSandbox, httpsCall, pushAuthorizationRequest, readOfficialSpec, SandboxManifest, SandboxProcess, startSandbox, TppClient, tppClient, validateAgainstComponent } from '@hub/testing';
import { randomUUID } from 'node:crypto';
import * as client from 'openid-client';

const INSURANCE_DOC = 'standards/v2.1-errata1/uae-insurance-openapi.yaml';
const capital = (s: string) => s[0].toUpperCase() + s.slice(1);

describe('Insurance through the hub: a TPP reads the policies the user consented to', () => {
  let sp: SandboxProcess;
  let m: SandboxManifest;
  let tpp: TppClient;
  const insurer = () => m.tenants.find((t) => t.id === 'dune-insurance')!;
  const lfi = () => m.lfiClients.find((c) => c.tenantId === 'dune-insurance')!;
  const holder = () => m.psus.find((p) => p.tenantId === 'dune-insurance')!;
  const api = (path: string) => `${insurer().resourceServerUrl}/open-finance/insurance/v2.1${path}`;
  const lfiCall = (method: string, url: string, body?: unknown) =>
    httpsCall(url, { method, caFile: m.caCertFile, client: lfi(), headers: body ? { 'content-type': 'application/json' } : undefined, body: body ? JSON.stringify(body) : undefined });

  async function token(permissions: { InsuranceType: string; Permissions: string[] }[], policyIds: string[]): Promise<string> {
    const consentId = randomUUID();
    const detail = { type: 'urn:openfinanceuae:insurance-consent:v2.1', consent: { ConsentId: consentId, Permissions: permissions, OpenFinanceBilling: { Purpose: 'QuoteComparison' }, ExpirationDateTime: new Date(Date.now() + 86_400_000).toISOString() } };
    const pushed = await pushAuthorizationRequest(tpp, { redirectUri: m.tpps[0].redirectUris[0], scope: 'openid insurance', authorizationDetails: [detail] });
    const started = (await lfiCall('GET', `${insurer().headlessHeimdallUrl}/auth?${pushed.authorizationUrl.searchParams}`)).json();
    await lfiCall('PATCH', `${insurer().consentManagerUrl}/consents/${consentId}`, { status: 'Authorized', psuIdentifiers: { userId: holder().userId }, insurancePolicyIds: policyIds, authorizationChannel: 'App' });
    const confirmed = await lfiCall('POST', `${insurer().headlessHeimdallUrl}/auth/${started.interaction.interactionId}/doConfirm`);
    return (await client.authorizationCodeGrant(tpp.config, new URL(String(confirmed.headers.location)), { pkceCodeVerifier: pushed.codeVerifier, expectedState: pushed.state, expectedNonce: pushed.nonce })).access_token;
  }

  const get = async (url: string, bearer: string) => {
    const res = await tpp.fetch(url, { headers: { authorization: `Bearer ${bearer}` } });
    const text = await res.text();
    return { status: res.status, text, body: text ? JSON.parse(text) : undefined };
  };

  beforeAll(async () => {
    sp = await startSandbox({ fresh: true });
    m = sp.manifest();
    tpp = await tppClient(insurer().issuer, m.tpps[0], m.caCertFile);
  });

  afterAll(async () => {
    await tpp?.close();
    if (sp) await disposeSandbox(sp);
  });

  it('serves the policies, one policy and its payment details of the consented line, valid against the official v2.1 document', async () => {
    const policyIds = holder().insurancePolicyIds!;
    const line = 'motor';
    const all = ['ReadInsurancePolicies', 'ReadCustomerBasic', 'ReadCustomerDetail', 'ReadInsuranceProduct', 'ReadCustomerClaims', 'ReadInsurancePremium', 'ReadCustomerPaymentDetails'];
    const bearer = await token([{ InsuranceType: capital(line), Permissions: all }], policyIds);
    const list = await get(api(`/${line}-insurance-policies`), bearer);
    expect({ status: list.status, text: list.status === 200 ? '' : list.text }).toEqual({ status: 200, text: '' });
    const policies = list.body.Data.Policies as { InsurancePolicyId: string }[];
    expect(policies.length).toBeGreaterThan(0);
    const id = policies[0].InsurancePolicyId;
    const one = await get(api(`/${line}-insurance-policies/${id}`), bearer);
    expect(one.status).toBe(200);
    const payment = await get(api(`/${line}-insurance-policies/${id}/payment-details`), bearer);
    expect(payment.status).toBe(200);
    const doc = readOfficialSpec(INSURANCE_DOC);
    expect(validateAgainstComponent(doc, 'AEReadInsurancePolicies1', list.body).errors).toBe('No errors');
    expect(validateAgainstComponent(doc, 'AEReadMotorInsurancePolicy1', one.body).errors).toBe('No errors');
    expect(validateAgainstComponent(doc, 'AEReadPaymentDetails1', payment.body).errors).toBe('No errors');
  });

  it('refuses a line, an operation or a policy outside the consent', async () => {
    const policyIds = holder().insurancePolicyIds!;
    const bearer = await token([{ InsuranceType: 'Motor', Permissions: ['ReadInsurancePolicies'] }], policyIds.slice(0, 1));
    expect((await get(api('/health-insurance-policies'), bearer)).body.Errors[0].Code).toBe('AccessToken.InvalidScope');
    const listed = (await get(api('/motor-insurance-policies'), bearer)).body;
    const id = listed.Data.Policies[0]?.InsurancePolicyId ?? policyIds[0];
    expect((await get(api(`/motor-insurance-policies/${id}/payment-details`), bearer)).body.Errors[0].Code).toBe('AccessToken.InvalidScope');
    expect((await get(api(`/motor-insurance-policies/${randomUUID()}`), bearer)).body.Errors[0].Code).toBe('AccessToken.InvalidScope');
    expect((await get(api('/boat-insurance-policies'), bearer)).status).toBe(404);
  });
});
