import { generateLfiData, type InsuranceLine, type InsurancePolicySeed, type LfiData } from '@hub/mock-lfi-data';
import { readOfficialSpec, validateAgainstComponent } from '@hub/testing';
import { BankDataHarness } from '../testing/bank-data-harness';
import { INSURANCE_LINES } from '@hub/standards';

const GAMMA = { id: 'gamma-insurance', name: 'Gamma Insurance', sector: 'insurance' as const };
const SEED = 'insurance-int-spec';
const OC_DOC = 'ozone-connect/v2.1.x/uae-ozone-connect-insurance-openapi.yaml';

const harness = new BankDataHarness(GAMMA, SEED);
const data: LfiData = generateLfiData(GAMMA, SEED);
const policyOn = (line: InsuranceLine): InsurancePolicySeed => data.policies.find((p) => p.line === line)!;
const idsOf = (userId: string) => data.policies.filter((p) => p.userId === userId).map((p) => p.insurancePolicyId);
const other = (p: InsurancePolicySeed) => data.psus.find((psu) => psu.userId !== p.userId)!;

beforeAll(() => harness.start(), 30_000);
afterAll(() => harness.stop());

describe('mock LFI insurance policies', () => {
  it('lists the policies of insurancePolicyIds that are the PSU\'s and of the line, leaving others out', async () => {
    const motor = policyOn('motor');
    const everyId = data.policies.map((p) => p.insurancePolicyId).join(',');
    const { status, body } = await harness.get(`/motor-insurance-policies?insurancePolicyIds=${everyId}`, motor.userId);
    expect(status).toBe(200);
    const expected = data.policies.filter((p) => p.userId === motor.userId && p.line === 'motor').map((p) => p.insurancePolicyId);
    expect(body.data.Policies.map((p: { InsurancePolicyId: string }) => p.InsurancePolicyId)).toEqual(expected);
    expect(body.meta).toEqual({ page: 1, pageSize: 100, totalPages: 1, totalRecords: expected.length });
  });

  it('pages with page and page-size; a page past the end is empty', async () => {
    const holder = data.psus[0];
    const line = policyOn(data.policies.find((p) => p.userId === holder.userId)!.line).line;
    const ids = idsOf(holder.userId).join(',');
    const first = (await harness.get(`/${line}-insurance-policies?insurancePolicyIds=${ids}&page=1&page-size=1`, holder.userId)).body;
    expect(first.data.Policies).toHaveLength(1);
    expect(first.meta).toMatchObject({ page: 1, pageSize: 1, totalPages: 1, totalRecords: 1 });
    const beyond = (await harness.get(`/${line}-insurance-policies?insurancePolicyIds=${ids}&page=2&page-size=1`, holder.userId)).body;
    expect(beyond).toEqual({ data: { Policies: [] }, meta: { page: 2, pageSize: 1, totalPages: 1, totalRecords: 1 } });
    await expect(harness.get(`/${line}-insurance-policies?insurancePolicyIds=${ids}&page=0`, holder.userId)).resolves.toMatchObject({ status: 400 });
  });

  it('refuses a list without insurancePolicyIds (400)', async () => {
    await expect(harness.get('/motor-insurance-policies', data.psus[0].userId)).resolves.toMatchObject({ status: 400, body: { errorCode: 'Body.InvalidFormat' } });
  });

  it.each(['', '/payment-details'])("refuses another PSU's policy, another line's and an unknown one alike (400 Consent.Invalid) at %s", async (suffix) => {
    const motor = policyOn('motor');
    const wrongLine = INSURANCE_LINES.find((l) => l !== 'motor')!;
    for (const [path, userId] of [
      [`/motor-insurance-policies/${motor.insurancePolicyId}${suffix}`, other(motor).userId],
      [`/${wrongLine}-insurance-policies/${motor.insurancePolicyId}${suffix}`, motor.userId],
      [`/motor-insurance-policies/00000000-0000-4000-8000-000000000000${suffix}`, motor.userId],
    ]) {
      await expect(harness.get(path, userId)).resolves.toMatchObject({ status: 400, body: { errorCode: 'Consent.Invalid' } });
    }
  });

  it('refuses a call without o3-psu-identifier (400) and without JWT auth (401); an unknown line is 404', async () => {
    const motor = policyOn('motor');
    await expect(harness.get(`/motor-insurance-policies/${motor.insurancePolicyId}`, null)).resolves.toMatchObject({ status: 400 });
    await expect(harness.get(`/motor-insurance-policies/${motor.insurancePolicyId}`, motor.userId, { token: null })).resolves.toMatchObject({ status: 401 });
    await expect(harness.get(`/pet-insurance-policies/${motor.insurancePolicyId}`, motor.userId)).resolves.toMatchObject({ status: 404 });
  });
});

describe('mock LFI insurance answers validate against the official Ozone Connect schemas', () => {
  let doc: any;
  beforeAll(() => (doc = readOfficialSpec(OC_DOC)));
  /** The 200 schema of an operation, named so it validates like a component (several are inline). */
  const responseOf = (path: string): string => {
    const name = `Response_${path.replace(/[^A-Za-z]/g, '_')}`;
    doc.components.schemas[name] = doc.paths[path].get.responses['200'].content['application/json'].schema;
    return name;
  };

  const cases = INSURANCE_LINES.flatMap((line) => [
    [line, 'policies', `/${line}-insurance-policies`, (p: InsurancePolicySeed) => `/${line}-insurance-policies?insurancePolicyIds=${idsOf(p.userId).join(',')}`],
    [line, 'policy', `/${line}-insurance-policies/{InsurancePolicyId}`, (p: InsurancePolicySeed) => `/${line}-insurance-policies/${p.insurancePolicyId}`],
    [line, 'payment-details', `/${line}-insurance-policies/{InsurancePolicyId}/payment-details`, (p: InsurancePolicySeed) => `/${line}-insurance-policies/${p.insurancePolicyId}/payment-details`],
  ] as const);

  it.each(cases)('%s %s', async (line, _operation, specPath, path) => {
    const policy = policyOn(line);
    const { status, body } = await harness.get(path(policy), policy.userId);
    expect(status).toBe(200);
    expect(validateAgainstComponent(doc, responseOf(specPath), body).errors).toBe('No errors');
  });

  it('validates the refusal of a foreign policy as the document\'s 400 error', async () => {
    const motor = policyOn('motor');
    const { body } = await harness.get(`/motor-insurance-policies/${motor.insurancePolicyId}`, other(motor).userId);
    const error400 = doc.components.responses.error400Response.content['application/json'].schema;
    doc.components.schemas.Error400OfResponse = error400;
    expect(validateAgainstComponent(doc, 'Error400OfResponse', body).errors).toBe('No errors');
  });
});
