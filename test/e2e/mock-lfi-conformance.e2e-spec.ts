import { loadConfig } from '@hub/kernel';
import { o3Headers, signJwtAuth, type O3Context } from '@hub/ozone-connect';
import { disposeSandbox, readOfficialSpec, SandboxManifest, SandboxProcess, startSandbox, validateAgainstComponent } from '@hub/testing';
import { readDirectory, type HubApplication } from '@hub/trust-framework';
import { importPKCS8, type CryptoKey } from 'jose';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Agent, request } from 'undici';

// The running mock LFI's Ozone Connect answers, every one of them for every seeded PSU, checked
// against the official Ozone Connect v2.1 documents. The calls are the hub's: its client
// certificate of the tenant over mTLS, a fresh JWT auth signed with its key, the o3 headers.

const OC_BANK = 'ozone-connect/v2.1.x/uae-ozone-connect-bank-data-sharing-openapi.yaml';
const OC_INSURANCE = 'ozone-connect/v2.1.x/uae-ozone-connect-insurance-openapi.yaml';
const BANK = 'falcon-bank';
const INSURER = 'dune-insurance';
/** Large enough that one page holds every record, even of a 36-month history. */
const ALL = '100000';
/** What the mock LFI answers for sub-resources of an account in these statuses (its int-spec). */
const REFUSAL: Record<string, string> = {
  Suspended: 'Consent.AccountTemporarilyBlocked',
  Closed: 'Consent.PermanentAccountAccessFailure',
  Deceased: 'Consent.PermanentAccountAccessFailure',
  Unclaimed: 'Consent.PermanentAccountAccessFailure',
};
const PROFILES = ['everyday', 'suspended-account', 'closed-account', 'long-history', 'sme-owner', 'sme-co-signer'];

type Psu = SandboxManifest['psus'][number] & { profile?: string; customerCategory?: string };

interface Reply {
  status: number;
  text: string;
  body: any;
}

/** One Ozone Connect GET of an account: the document's path, the hub's TPP path (o3-api-uri), the LFI path. */
interface AccountOperation {
  specPath: string;
  tppPath: string;
  ocPath: (accountId: string) => string;
  paginated: boolean;
}

const AIS = '/open-finance/account-information/v2.1';
const accountOp = (oc: string, tpp: string, paginated: boolean): AccountOperation => ({
  specPath: `/accounts/{accountId}${oc}`,
  tppPath: `${AIS}/accounts/{AccountId}${tpp}`,
  ocPath: (id) => `/accounts/${encodeURIComponent(id)}${oc}`,
  paginated,
});
/** The sub-resources of an account; all are refused for a Suspended or Closed account. */
const SUB_RESOURCES: AccountOperation[] = [
  accountOp('/balances', '/balances', false),
  accountOp('/transactions', '/transactions', true),
  accountOp('/beneficiaries', '/beneficiaries', true),
  accountOp('/standing-orders', '/standing-orders', true),
  accountOp('/direct-debits', '/direct-debits', true),
  accountOp('/scheduled-payments', '/scheduled-payments', true),
  accountOp('/products', '/product', false),
  accountOp('/statements', '/statements', true),
  accountOp('/customer', '/parties', false),
];
const ACCOUNT = accountOp('', '', false);

/**
 * The component that validates an answer of this status to GET specPath, as the document declares
 * it (a response $ref followed to its schema). Inline schemas are registered under a name of their
 * own so they validate like components; undefined when the document declares no body.
 */
function answerComponent(doc: any, specPath: string, status: number): string | undefined {
  const responses = doc.paths[specPath]?.get?.responses;
  if (!responses) throw new Error(`GET ${specPath} is not an operation of ${doc.info.title}`);
  let response = responses[String(status)];
  while (response?.$ref) response = String(response.$ref).slice(2).split('/').reduce((node: any, key: string) => node?.[key], doc);
  const schema = response?.content?.['application/json']?.schema;
  if (!schema) return undefined;
  const named = /^#\/components\/schemas\/(.+)$/.exec(schema.$ref ?? '')?.[1];
  if (named) return named;
  const name = `Answer${status}${specPath.replace(/[^A-Za-z0-9]+/g, '_')}`;
  doc.components.schemas[name] ??= schema;
  return name;
}

/** Failures per PSU in a stable order (the calls of one PSU run concurrently). */
const sorted = (byPsu: Record<string, string[]>) => Object.fromEntries(Object.entries(byPsu).map(([psu, failures]) => [psu, [...failures].sort()]));

describe('the mock LFI answers the hub with bodies valid against the official Ozone Connect v2.1 documents', () => {
  let sp: SandboxProcess;
  let m: SandboxManifest;
  let bankDoc: any;
  let insuranceDoc: any;
  const callers = new Map<string, (ocPath: string, tppPath: string, userId: string, query?: Record<string, string>) => Promise<Reply>>();
  const agents: Agent[] = [];

  const psusOf = (tenantId: string) => m.psus.filter((p) => p.tenantId === tenantId) as Psu[];
  const labelOf = (p: Psu) => `${p.profile ?? 'psu'} ${p.userId}`;

  /** Calls one tenant's Ozone Connect as the hub does (OzoneConnectClient.getResource). */
  async function hubCaller(tenantId: string, hub: HubApplication) {
    const tenant = m.tenants.find((t) => t.id === tenantId)!;
    const base = tenant.ozoneConnectUrl.replace(/\/+$/, '');
    const key: CryptoKey = await importPKCS8(readFileSync(hub.signingKeyFile, 'utf8'), 'PS256');
    const agent = new Agent({
      keepAliveTimeout: 10_000,
      connect: { ca: readFileSync(m.caCertFile), cert: readFileSync(hub.transportCertFile), key: readFileSync(hub.transportKeyFile) },
    });
    agents.push(agent);
    const tpp = m.tpps[0];
    return async (ocPath: string, tppPath: string, userId: string, query: Record<string, string> = {}): Promise<Reply> => {
      const interactionId = randomUUID();
      const ctx: O3Context = {
        callerOrgId: tpp.organisationId,
        callerClientId: tpp.clientId,
        callerSoftwareStatementId: tpp.softwareStatementId,
        apiUri: tppPath,
        apiOperation: 'GET',
        consentId: `conformance-${randomUUID()}`,
        psuIdentifiers: { userId },
        callerInteractionId: interactionId,
        ozoneInteractionId: interactionId,
      };
      // A fresh JWT auth per call: the LFI refuses a jti it has seen.
      const jwt = await signJwtAuth({ privateKey: key, kid: hub.signingKid, issuer: hub.organisationName, subject: hub.organisationId, audience: tenantId });
      const search = new URLSearchParams(query).toString();
      const res = await request(`${base}${ocPath}${search ? `?${search}` : ''}`, {
        method: 'GET',
        headers: { ...o3Headers(tenantId, ctx), 'x-fapi-interaction-id': interactionId, accept: 'application/json', authorization: `Bearer ${jwt}` },
        dispatcher: agent,
      });
      const text = await res.body.text();
      let body: unknown;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        body = undefined;
      }
      return { status: res.statusCode, text, body };
    };
  }

  const call = (tenantId: string) => callers.get(tenantId)!;

  /**
   * Records what is wrong with one answer: a status other than the expected one, a body that the
   * document's schema for that status refuses. True when the answer is the expected, valid one.
   */
  function check(failures: string[], doc: any, what: string, specPath: string, reply: Reply, expected: number): boolean {
    if (reply.status !== expected) {
      failures.push(`${what}: status ${reply.status}, expected ${expected}: ${reply.text.slice(0, 300)}`);
      return false;
    }
    const component = answerComponent(doc, specPath, reply.status);
    if (!component) {
      if (reply.text) failures.push(`${what}: ${reply.status} with a body where the document declares none`);
      return !reply.text;
    }
    if (reply.body === undefined) {
      failures.push(`${what}: ${reply.status} without a JSON body (${component} expected): ${reply.text.slice(0, 300)}`);
      return false;
    }
    const result = validateAgainstComponent(doc, component, reply.body);
    // Ajv names the body "data": "data/meta/totalRecords" is the body's meta.totalRecords.
    if (!result.valid) failures.push(`${what}: ${reply.status} is not a valid ${component}:\n${result.errors}\nbody: ${reply.text.slice(0, 200)}`);
    return result.valid;
  }

  let quietAjv: jest.SpyInstance | undefined;

  beforeAll(async () => {
    // Ajv warns, with a stack, on every compile of the insurance document that it does not know the
    // "decimal" format (AEInsurance.AEInsurancePercentageValue, a number whose minimum and maximum
    // are still checked); anything else it says is passed on.
    const warn = console.warn.bind(console);
    quietAjv = jest.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => {
      if (!/^unknown format "decimal" ignored/.test(String(args[0]))) warn(...args);
    });
    sp = await startSandbox({ fresh: true });
    m = sp.manifest();
    bankDoc = readOfficialSpec(OC_BANK);
    insuranceDoc = readOfficialSpec(OC_INSURANCE);
    // The sandbox's own trust framework: the hub's application towards each tenant.
    const directory = readDirectory(loadConfig(sp.env).certsDir);
    for (const tenantId of [BANK, INSURER]) {
      const hub = directory.hubApplications.find((a) => a.tenantId === tenantId);
      if (!hub) throw new Error(`no hub application for ${tenantId} in ${directory.certsDir}`);
      callers.set(tenantId, await hubCaller(tenantId, hub));
    }
  }, 120_000);

  afterAll(async () => {
    quietAjv?.mockRestore();
    await Promise.all(agents.map((a) => a.close()));
    if (sp) await disposeSandbox(sp);
  });

  it(`${BANK} seeds the documented PSU profiles`, () => {
    const psus = psusOf(BANK);
    expect(psus.map((p) => p.profile)).toEqual(PROFILES);
    expect(psus.find((p) => p.profile === 'long-history')!.accountIds).toHaveLength(6);
    expect(psus.find((p) => p.profile === 'sme-owner')!.customerCategory).toBe('SME');
  });

  it('covers every GET of the bank data sharing document', () => {
    const covered = ['/accounts', '/customer', ACCOUNT.specPath, ...SUB_RESOURCES.map((op) => op.specPath)];
    const documented = Object.keys(bankDoc.paths).filter((p) => bankDoc.paths[p].get);
    expect([...covered].sort()).toEqual([...documented].sort());
  });

  it(`${BANK}: every answer about every account of every PSU is valid`, async () => {
    const get = call(BANK);
    const failuresByPsu: Record<string, string[]> = {};
    const statusesSeen: Record<string, number> = {};
    let answers = 0;
    for (const psu of psusOf(BANK)) {
      const failures: string[] = (failuresByPsu[labelOf(psu)] = []);
      const ids = psu.accountIds ?? [];
      if (ids.length === 0) failures.push('the manifest lists no accounts');

      const list = await get('/accounts', `${AIS}/accounts`, psu.userId, { accountIds: ids.join(','), page: '1', 'page-size': ALL });
      answers++;
      if (check(failures, bankDoc, `GET /accounts?accountIds=…`, '/accounts', list, 200)) {
        const listed = (list.body.data as { id: string }[]).map((a) => a.id);
        if (JSON.stringify([...listed].sort()) !== JSON.stringify([...ids].sort())) failures.push(`GET /accounts lists ${listed.join(',')} for accountIds ${ids.join(',')}`);
      }
      const customer = await get('/customer', `${AIS}/parties`, psu.userId);
      answers++;
      check(failures, bankDoc, 'GET /customer', '/customer', customer, 200);

      await Promise.all(
        ids.map(async (id) => {
          const one = await get(ACCOUNT.ocPath(id), ACCOUNT.tppPath, psu.userId);
          answers++;
          check(failures, bankDoc, `GET ${ACCOUNT.ocPath(id)}`, ACCOUNT.specPath, one, 200);
          const status = String(one.body?.data?.status);
          statusesSeen[status] = (statusesSeen[status] ?? 0) + 1;
          const refusal = REFUSAL[status];
          await Promise.all(
            SUB_RESOURCES.map(async (op) => {
              const reply = await get(op.ocPath(id), op.tppPath, psu.userId, op.paginated ? { page: '1', 'page-size': ALL } : {});
              answers++;
              const what = `GET ${op.ocPath(id)} (${status} account)`;
              if (!check(failures, bankDoc, what, op.specPath, reply, refusal ? 403 : 200)) return;
              if (refusal) {
                if (reply.body.errorCode !== refusal) failures.push(`${what}: errorCode ${reply.body.errorCode}, expected ${refusal}`);
                return;
              }
              // One page must have carried every record.
              const records = Array.isArray(reply.body.data) ? reply.body.data : reply.body.data?.Statements;
              const total = reply.body.meta?.totalRecords;
              if (Array.isArray(records) && total !== undefined && records.length !== total) failures.push(`${what}: ${records.length} of ${total} records in one page`);
            }),
          );
        }),
      );
    }
    console.log(`${BANK}: ${answers} Ozone Connect answers checked; account statuses ${JSON.stringify(statusesSeen)}`);
    // The refusal branch was exercised, each refusal body checked against the document's 403 schema.
    expect(statusesSeen.Suspended).toBeGreaterThan(0);
    expect(statusesSeen.Closed).toBeGreaterThan(0);
    expect(sorted(failuresByPsu)).toEqual(Object.fromEntries(Object.keys(failuresByPsu).map((k) => [k, []])));
  });

  it(`${INSURER}: every policy list, policy and payment details of every PSU is valid`, async () => {
    const get = call(INSURER);
    const lines = Object.keys(insuranceDoc.paths)
      .map((p) => /^\/([a-z]+)-insurance-policies$/.exec(p)?.[1])
      .filter((l): l is string => !!l);
    expect(lines.length).toBeGreaterThanOrEqual(7);
    const INS = '/open-finance/insurance/v2.1';
    const failuresByPsu: Record<string, string[]> = {};
    let answers = 0;
    let policiesChecked = 0;
    const psus = psusOf(INSURER);
    expect(psus.length).toBeGreaterThan(0);
    for (const psu of psus) {
      const failures: string[] = (failuresByPsu[labelOf(psu)] = []);
      const ids = psu.insurancePolicyIds ?? [];
      const lineOf = new Map<string, string>();
      await Promise.all(
        lines.map(async (line) => {
          const collection = `/${line}-insurance-policies`;
          const reply = await get(collection, `${INS}${collection}`, psu.userId, { insurancePolicyIds: ids.join(','), page: '1', 'page-size': ALL });
          answers++;
          if (!check(failures, insuranceDoc, `GET ${collection}?insurancePolicyIds=…`, collection, reply, 200)) return;
          for (const p of reply.body.data?.Policies ?? []) {
            if (lineOf.has(p.InsurancePolicyId)) failures.push(`policy ${p.InsurancePolicyId} listed under ${lineOf.get(p.InsurancePolicyId)} and ${line}`);
            lineOf.set(p.InsurancePolicyId, line);
          }
        }),
      );
      for (const id of ids) if (!lineOf.has(id)) failures.push(`policy ${id} of the manifest is listed under no line`);
      await Promise.all(
        [...lineOf].map(async ([id, line]) => {
          policiesChecked++;
          const collection = `/${line}-insurance-policies`;
          for (const tail of ['', '/payment-details']) {
            const specPath = `${collection}/{InsurancePolicyId}${tail}`;
            const reply = await get(`${collection}/${encodeURIComponent(id)}${tail}`, `${INS}${specPath}`, psu.userId);
            answers++;
            // The document allows 204 for payment details (none on record); the mock LFI has them all.
            check(failures, insuranceDoc, `GET ${collection}/${id}${tail}`, specPath, reply, 200);
          }
        }),
      );
    }
    console.log(`${INSURER}: ${answers} Ozone Connect answers checked for ${policiesChecked} policies of ${psus.length} PSUs`);
    expect(policiesChecked).toBeGreaterThan(0);
    expect(sorted(failuresByPsu)).toEqual(Object.fromEntries(Object.keys(failuresByPsu).map((k) => [k, []])));
  });

  it('is not vacuous: broken copies of real answers fail validation', async () => {
    const psu = psusOf(BANK)[0];
    const spec = '/accounts/{accountId}/transactions';
    const transactions = SUB_RESOURCES.find((op) => op.specPath === spec)!;
    const real = await call(BANK)(transactions.ocPath(psu.accountIds![0]), transactions.tppPath, psu.userId, { page: '1', 'page-size': ALL });
    expect(real.status).toBe(200);
    expect(real.body.data.length).toBeGreaterThan(0);
    expect(validateAgainstComponent(bankDoc, 'TransactionsResponse', real.body).errors).toBe('No errors');
    const broken = structuredClone(real.body);
    broken.data[0].amount.amount = Number(broken.data[0].amount.amount);
    const refused = validateAgainstComponent(bankDoc, 'TransactionsResponse', broken);
    expect(refused.valid).toBe(false);
    expect(refused.errors).toContain('/data/0/amount/amount');

    const holder = psusOf(INSURER).find((p) => (p.insurancePolicyIds ?? []).length > 0)!;
    const lists = await Promise.all(
      ['motor', 'health', 'home', 'life', 'travel', 'renters', 'employment'].map(async (line) => ({
        line,
        reply: await call(INSURER)(`/${line}-insurance-policies`, `/open-finance/insurance/v2.1/${line}-insurance-policies`, holder.userId, { insurancePolicyIds: holder.insurancePolicyIds!.join(',') }),
      })),
    );
    const { line, reply } = lists.find((l) => l.reply.status === 200 && l.reply.body.data.Policies.length > 0)!;
    const component = answerComponent(insuranceDoc, `/${line}-insurance-policies`, 200)!;
    expect(validateAgainstComponent(insuranceDoc, component, reply.body).errors).toBe('No errors');
    const brokenList = structuredClone(reply.body);
    brokenList.data.Policies[0].InsurancePolicyId = 12345;
    expect(validateAgainstComponent(insuranceDoc, component, brokenList).valid).toBe(false);
  });
});
