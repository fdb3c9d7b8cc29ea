import { ResourceLogStore, type NewResourceLog, type ResourceLogKind } from '@hub/resource-logs';
import { loadConfig, SandboxConfig } from '@hub/kernel';
import { dropDatabase } from '@hub/persistence';
import { ClientCredentials, httpsCall, readOfficialSpec, TEST_CERTS_DIR, validateAgainstComponent } from '@hub/testing';
import { Directory, ensureTrustFramework } from '@hub/trust-framework';
import type { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHub } from './bootstrap';

/**
 * The Consent Manager's resource logs (api-hub v2.1.x, tag `resource-log`) on a real hub (HTTPS,
 * client certificates, real database), in-process so the test can open the logs through the
 * store, as the gateway does when the LFI has created an FX quote or an account opening.
 */
const TRADE = {
  SellAmount: { Currency: 'AED', Amount: '3672.50' },
  BuyAmount: { Currency: 'USD', Amount: '1000.00' },
  Charges: [{ ChargeBearer: 'BorneByDebtor', Type: 'Fees', Amount: { Currency: 'AED', Amount: '5.00' }, Description: 'FX handling fee' }],
};
const COMMISSION = { CommissionAmount: { Currency: 'AED', Amount: '1.25' } };

describe('Consent Manager resource logs (LFI-facing)', () => {
  let app: INestApplication;
  let base: string;
  let config: SandboxConfig;
  let directory: Directory;
  let logs: ResourceLogStore;
  let dataDir: string;

  const lfi = (tenantId: string) => directory.lfiApplications.find((a) => a.tenantId === tenantId)!;
  const tppApp = () => directory.tppApplications[0];
  const patchAt = (url: string, body: unknown, client: ClientCredentials) =>
    httpsCall(url, { method: 'PATCH', caFile: directory.caBundleFile, client, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  /** PATCH /{tenant}/cm/{path}, as the tenant's LFI unless another client is given. */
  const patch = (path: string, body: unknown, tenantId = 'falcon-bank', client: ClientCredentials = lfi(tenantId)) => patchAt(`${base}/${tenantId}/cm${path}`, body, client);

  async function seed(kind: ResourceLogKind, o: Partial<NewResourceLog> = {}): Promise<string> {
    const t = tppApp();
    const logId = o.logId ?? (kind === 'account-opening' ? `acc-${randomUUID().slice(0, 12)}` : randomUUID());
    await logs.open({
      tenantId: 'falcon-bank',
      kind,
      logId,
      clientId: t.clientId,
      organisationId: t.organisationId,
      softwareStatementId: t.softwareStatementId,
      status: kind === 'account-opening' ? 'Pending' : 'Available',
      resourcePath: kind === 'fx-quote' ? `/open-finance/fx/v2.1/fx-quotes/${logId}` : kind === 'insurance-quote' ? `/open-finance/insurance/v2.1/motor-insurance-quotes/${logId}` : `/open-finance/account-opening/v2.1/accounts/${logId}`,
      ...(kind === 'insurance-quote' ? { line: 'motor' } : {}),
      webhook: { Url: 'https://tpp.example/hook', IsActive: true },
      ...o,
    });
    return logId;
  }
  const stored = async (kind: ResourceLogKind, logId: string, tenantId = 'falcon-bank') => (await logs.find(tenantId, kind, logId))!;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'cm-resource-logs-'));
    const env = { ...process.env, HUB_PORT: '0', SANDBOX_DATA_DIR: dataDir, SANDBOX_CERTS_DIR: TEST_CERTS_DIR, LOG_LEVEL: 'warn', LOG_FORMAT: 'json', DATABASE_SCHEMA_PREFIX: `cmrl_${process.pid}_` };
    config = loadConfig(env);
    directory = await ensureTrustFramework({ certsDir: config.certsDir, tenants: config.tenants, tppApplications: config.tppApplications });
    const hub = await startHub(config);
    app = hub.app;
    base = `https://localhost:${(app.getHttpServer().address() as { port: number }).port}`;
    logs = app.get(ResourceLogStore);
  });

  afterAll(async () => {
    await app?.close();
    if (config?.database.url) await dropDatabase({ url: config.database.url, sqliteFile: '', schema: `${config.database.schemaPrefix}hub` });
    rmSync(dataDir, { recursive: true, force: true });
  });

  describe('PATCH /{tenant}/cm/fx-quote-log/{logId}', () => {
    it('records an intermediate status with its information: 204 without a body', async () => {
      const id = await seed('fx-quote');
      const res = await patch(`/fx-quote-log/${id}`, { QuoteStatus: 'Funded', AdditionalStatusInformation: 'Funds received' });
      expect(res.status).toBe(204);
      expect(res.text).toBe('');
      expect(await stored('fx-quote', id)).toMatchObject({ status: 'Funded', statusDetails: { AdditionalStatusInformation: 'Funds received' }, version: 2 });
    });

    it('records Completed with the finalised Trade and Commission, as sent', async () => {
      const id = await seed('fx-quote', { status: 'Accepted' });
      expect((await patch(`/fx-quote-log/${id}`, { QuoteStatus: 'Completed', Trade: TRADE, Commission: COMMISSION })).status).toBe(204);
      const log = await stored('fx-quote', id);
      expect(log.status).toBe('Completed');
      expect(log.statusDetails).toEqual({ Trade: TRADE, Commission: COMMISSION });
    });

    it('accepts the current status again as done (an LFI retrying), changing nothing', async () => {
      const id = await seed('fx-quote');
      expect((await patch(`/fx-quote-log/${id}`, { QuoteStatus: 'Funded' })).status).toBe(204);
      const before = await stored('fx-quote', id);
      expect((await patch(`/fx-quote-log/${id}`, { QuoteStatus: 'Funded', AdditionalStatusInformation: 'again' })).status).toBe(204);
      expect(await stored('fx-quote', id)).toEqual(before);
    });

    it.each([
      ['an unknown status', { QuoteStatus: 'Done' }, /QuoteStatus must be one of/],
      ['the TPP’s own status (Accepted)', { QuoteStatus: 'Accepted' }, /QuoteStatus must be one of/],
      ['no status', { AdditionalStatusInformation: 'x' }, /QuoteStatus must be one of/],
      ['Trade without Completed', { QuoteStatus: 'Funded', Trade: TRADE }, /Trade and Commission are only reported with QuoteStatus Completed/],
      ['Commission without Completed', { QuoteStatus: 'Actioned', Commission: COMMISSION }, /only reported with QuoteStatus Completed/],
      ['Completed without Trade and Commission', { QuoteStatus: 'Completed' }, /Trade is required with QuoteStatus Completed.*Commission is required with QuoteStatus Completed/],
      ['Completed without Commission', { QuoteStatus: 'Completed', Trade: TRADE }, /Commission is required with QuoteStatus Completed/],
      ['a Trade without its BuyAmount', { QuoteStatus: 'Completed', Trade: { SellAmount: TRADE.SellAmount }, Commission: COMMISSION }, /BuyAmount/],
      ['a Trade without its SellAmount', { QuoteStatus: 'Completed', Trade: { BuyAmount: TRADE.BuyAmount }, Commission: COMMISSION }, /SellAmount/],
      ['a Commission without its CommissionAmount', { QuoteStatus: 'Completed', Trade: TRADE, Commission: {} }, /CommissionAmount/],
      ['an amount that is no amount', { QuoteStatus: 'Completed', Trade: { ...TRADE, BuyAmount: { Currency: 'USD', Amount: '1000' } }, Commission: COMMISSION }, /^Trade\.BuyAmount\.Amount must be an amount/],
      ['an empty AdditionalStatusInformation', { QuoteStatus: 'Funded', AdditionalStatusInformation: '' }, /AdditionalStatusInformation/],
      ['a member the log does not know', { QuoteStatus: 'Funded', Rate: '3.67' }, /Rate should not exist/],
      ['a charge without its amount', { QuoteStatus: 'Completed', Trade: { ...TRADE, Charges: [{ ChargeBearer: 'BorneByDebtor', Type: 'Fees' }] }, Commission: COMMISSION }, /^Trade\.Charges\.0\.Amount is required/],
      ['a charge description over 140 characters', { QuoteStatus: 'Completed', Trade: { ...TRADE, Charges: [{ ...TRADE.Charges[0], Description: 'x'.repeat(141) }] }, Commission: COMMISSION }, /^Trade\.Charges\.0\.Description must be 1 to 140 characters/],
    ])('refuses %s with 400 {errorCode, errorMessage}, changing nothing', async (_, body, message) => {
      const id = await seed('fx-quote');
      const before = await stored('fx-quote', id);
      const res = await patch(`/fx-quote-log/${id}`, body);
      expect(res.status).toBe(400);
      expect(res.json()).toEqual({ errorCode: expect.any(String), errorMessage: expect.stringMatching(message) });
      expect(await stored('fx-quote', id)).toEqual(before);
    });

    it('refuses any move out of Completed with 400, keeping the completed trade', async () => {
      const id = await seed('fx-quote', { status: 'Actioned' });
      expect((await patch(`/fx-quote-log/${id}`, { QuoteStatus: 'Completed', Trade: TRADE, Commission: COMMISSION })).status).toBe(204);
      const completed = await stored('fx-quote', id);
      for (const QuoteStatus of ['Cancelled', 'Funded', 'Expired']) {
        const res = await patch(`/fx-quote-log/${id}`, { QuoteStatus });
        expect(res.status).toBe(400);
        expect(res.json()).toEqual({ errorCode: 'Consent.BusinessRuleViolation', errorMessage: `QuoteStatus is Completed, a final status: it cannot become ${QuoteStatus}` });
      }
      expect(await stored('fx-quote', id)).toEqual(completed);
    });

    it('refuses a return to Available with 400', async () => {
      const id = await seed('fx-quote', { status: 'Accepted' });
      const res = await patch(`/fx-quote-log/${id}`, { QuoteStatus: 'Available' });
      expect(res.status).toBe(400);
      expect(res.json().errorMessage).toBe('QuoteStatus cannot return to Available from Accepted');
      expect((await stored('fx-quote', id)).status).toBe('Accepted');
    });

    it('answers 404 for an unknown quote, and for an account opening id on the quote log', async () => {
      const unknown = await patch(`/fx-quote-log/${randomUUID()}`, { QuoteStatus: 'Funded' });
      expect(unknown.status).toBe(404);
      expect(unknown.json()).toEqual({ errorCode: 'Resource.NotFound', errorMessage: expect.stringMatching(/No fx-quote/) });
      const accountId = await seed('account-opening');
      expect((await patch(`/fx-quote-log/${accountId}`, { QuoteStatus: 'Funded' })).status).toBe(404);
    });

    it("keeps tenants apart: another LFI's certificate is refused, and its own log has no such quote", async () => {
      const id = await seed('fx-quote');
      // Oasis Bank's certificate on Falcon Bank's Consent Manager.
      expect((await patch(`/fx-quote-log/${id}`, { QuoteStatus: 'Funded' }, 'falcon-bank', lfi('oasis-bank'))).status).toBe(403);
      // Oasis Bank on its own Consent Manager: Falcon Bank's quote is unknown there.
      expect((await patch(`/fx-quote-log/${id}`, { QuoteStatus: 'Funded' }, 'oasis-bank')).status).toBe(404);
      expect((await stored('fx-quote', id)).status).toBe('Available');
    });

    it('refuses a TPP certificate', async () => {
      const id = await seed('fx-quote');
      expect((await patch(`/fx-quote-log/${id}`, { QuoteStatus: 'Cancelled' }, 'falcon-bank', tppApp())).status).toBe(403);
      expect((await stored('fx-quote', id)).status).toBe('Available');
    });

    it('answers on the release-tagged path of the official collections too', async () => {
      const id = await seed('fx-quote');
      const res = await patchAt(`${base}/falcon-bank/cm/v2025.47/fx-quote-log/${id}`, { QuoteStatus: 'Expired' }, lfi('falcon-bank'));
      expect(res.status).toBe(204);
      expect((await stored('fx-quote', id)).status).toBe('Expired');
    });
  });

  describe('PATCH /{tenant}/cm/account-opening-log/{logId}', () => {
    it('records the progress of an opening, then its completion: 204', async () => {
      const id = await seed('account-opening');
      const waiting = await patch(`/account-opening-log/${id}`, { OpeningStatus: 'AwaitingUserInput', AdditionalStatusInformation: 'Upload your passport' });
      expect(waiting.status).toBe(204);
      expect(waiting.text).toBe('');
      expect(await stored('account-opening', id)).toMatchObject({ status: 'AwaitingUserInput', statusDetails: { AdditionalStatusInformation: 'Upload your passport' }, version: 2 });
      expect((await patch(`/account-opening-log/${id}`, { OpeningStatus: 'Completed' })).status).toBe(204);
      expect(await stored('account-opening', id)).toMatchObject({ status: 'Completed', statusDetails: {}, version: 3 });
    });

    it.each([
      ['an unknown status', { OpeningStatus: 'Funded' }, /OpeningStatus must be one of/],
      ['no status', {}, /OpeningStatus must be one of/],
      ['a QuoteStatus', { QuoteStatus: 'Completed', OpeningStatus: 'Completed' }, /QuoteStatus should not exist/],
    ])('refuses %s with 400, changing nothing', async (_, body, message) => {
      const id = await seed('account-opening');
      const res = await patch(`/account-opening-log/${id}`, body);
      expect(res.status).toBe(400);
      expect(res.json()).toEqual({ errorCode: expect.any(String), errorMessage: expect.stringMatching(message) });
      expect((await stored('account-opening', id)).version).toBe(1);
    });

    it('refuses a return to Pending and any move out of Completed or Rejected with 400', async () => {
      const id = await seed('account-opening', { status: 'AwaitingLFIProcesses' });
      const back = await patch(`/account-opening-log/${id}`, { OpeningStatus: 'Pending' });
      expect(back.status).toBe(400);
      expect(back.json()).toEqual({ errorCode: 'Consent.BusinessRuleViolation', errorMessage: 'OpeningStatus cannot return to Pending from AwaitingLFIProcesses' });
      const rejected = await seed('account-opening', { status: 'Rejected' });
      const out = await patch(`/account-opening-log/${rejected}`, { OpeningStatus: 'Completed' });
      expect(out.status).toBe(400);
      expect(out.json().errorMessage).toBe('OpeningStatus is Rejected, a final status: it cannot become Completed');
      const completed = await seed('account-opening', { status: 'Completed' });
      const reopen = await patch(`/account-opening-log/${completed}`, { OpeningStatus: 'AwaitingUserInput' });
      expect(reopen.status).toBe(400);
      expect(reopen.json().errorMessage).toBe('OpeningStatus is Completed, a final status: it cannot become AwaitingUserInput');
      expect((await stored('account-opening', completed)).status).toBe('Completed');
      expect((await stored('account-opening', id)).status).toBe('AwaitingLFIProcesses');
      expect((await stored('account-opening', rejected)).status).toBe('Rejected');
    });

    it('answers 404 for an unknown opening and for an FX quote id', async () => {
      expect((await patch(`/account-opening-log/acc-${randomUUID()}`, { OpeningStatus: 'Completed' })).status).toBe(404);
      const quoteId = await seed('fx-quote');
      expect((await patch(`/account-opening-log/${quoteId}`, { OpeningStatus: 'Completed' })).status).toBe(404);
    });

    it('refuses another LFI’s certificate and a TPP certificate', async () => {
      const id = await seed('account-opening');
      expect((await patch(`/account-opening-log/${id}`, { OpeningStatus: 'Rejected' }, 'falcon-bank', lfi('oasis-bank'))).status).toBe(403);
      expect((await patch(`/account-opening-log/${id}`, { OpeningStatus: 'Rejected' }, 'oasis-bank')).status).toBe(404);
      expect((await patch(`/account-opening-log/${id}`, { OpeningStatus: 'Rejected' }, 'falcon-bank', tppApp())).status).toBe(403);
      expect((await stored('account-opening', id)).status).toBe('Pending');
    });

    it('answers on the release-tagged path too', async () => {
      const id = await seed('account-opening');
      expect((await patchAt(`${base}/falcon-bank/cm/v2025.47/account-opening-log/${id}`, { OpeningStatus: 'Rejected' }, lfi('falcon-bank'))).status).toBe(204);
      expect((await stored('account-opening', id)).status).toBe('Rejected');
    });
  });

  describe('PATCH /{tenant}/cm/insurance-quote-log/{logId}', () => {
    const amount = (a: string) => ({ Currency: 'AED', Amount: a });
    const PREMIUM = { OneYearPremiumExcludingVAT: amount('1000.00'), VATAmount: amount('50.00'), TotalOneYearPremium: amount('1050.00') };
    const DOCUMENT = { Type: 'PolicySchedule', FileName: 'schedule.pdf', ContentType: 'application/pdf', Content: 'JVBERi0=', HashType: 'SHA256', Hash: 'ab'.repeat(32) };
    const COMPLETED = { QuoteStatus: 'Completed', PolicyTerm: 'P1Y', Premium: PREMIUM, CustomerPaidInFull: true, PolicyCountrySubDivision: 'Dubai', Commission: { PaymentMethod: 'ThroughAPIHub', CommissionAmount: amount('100.00') } };

    it('records the steps to Completed: pending statuses with broker instructions and documents, then the completed policy', async () => {
      const id = await seed('insurance-quote', { status: 'ApplicationPending' });
      expect((await patch(`/insurance-quote-log/${id}`, { QuoteStatus: 'ApplicationApproved' })).status).toBe(204);
      const issued = { QuoteStatus: 'PolicyIssued', BrokerInstructions: [{ ActionRequired: 'Give the schedule to the customer' }], Documents: [DOCUMENT] };
      expect((await patch(`/insurance-quote-log/${id}`, issued)).status).toBe(204);
      expect((await stored('insurance-quote', id)).statusDetails).toEqual({ BrokerInstructions: issued.BrokerInstructions, Documents: [DOCUMENT] });
      expect((await patch(`/insurance-quote-log/${id}`, COMPLETED)).status).toBe(204);
      expect(await stored('insurance-quote', id)).toMatchObject({ status: 'Completed', version: 4 });
    });

    it.each([
      ['Completed without its policy facts', { QuoteStatus: 'Completed', PolicyTerm: 'P1Y' }, 'Premium'],
      ['a policy term on a pending status', { QuoteStatus: 'PaymentRequired', PolicyTerm: 'P1Y' }, 'PolicyTerm'],
      ['a reason on a pending status', { QuoteStatus: 'PaymentRequired', Reason: 'why' }, 'Reason'],
      ['documents on a final refusal', { QuoteStatus: 'Rejected', Documents: [DOCUMENT] }, 'Documents'],
      ['broker instructions as an object', { QuoteStatus: 'PaymentRequired', BrokerInstructions: { ActionRequired: 'pay' } }, 'BrokerInstructions'],
      ['an unknown status', { QuoteStatus: 'Accepted' }, 'QuoteStatus'],
    ])('refuses %s with 400 naming it, changing nothing', async (_, body, member) => {
      const id = await seed('insurance-quote', { status: 'ApplicationPending' });
      const res = await patch(`/insurance-quote-log/${id}`, body);
      expect(res.status).toBe(400);
      expect(res.json().errorMessage).toContain(member);
      expect((await stored('insurance-quote', id)).version).toBe(1);
    });

    it('takes a final refusal with its reason, then nothing more', async () => {
      const id = await seed('insurance-quote');
      expect((await patch(`/insurance-quote-log/${id}`, { QuoteStatus: 'LFICancelled', Reason: 'Vehicle not insurable' })).status).toBe(204);
      expect((await patch(`/insurance-quote-log/${id}`, COMPLETED)).status).toBe(400);
    });

    it('answers 404 for an FX quote id on the insurance log', async () => {
      expect((await patch(`/insurance-quote-log/${await seed('fx-quote')}`, { QuoteStatus: 'ApplicationApproved' })).status).toBe(404);
    });

    it('takes the bodies the document describes', () => {
      const doc = readOfficialSpec('api-hub/v2.1.x/uae-api-hub-consent-manager-openapi.yaml');
      const withRequest = structuredClone(doc);
      withRequest.components.schemas.TestPatchRequest = withRequest.paths['/insurance-quote-log/{logId}'].patch.requestBody.content['application/json'].schema;
      for (const body of [COMPLETED, { QuoteStatus: 'PolicyIssued', BrokerInstructions: [{ ActionRequired: 'x' }], Documents: [DOCUMENT] }, { QuoteStatus: 'Rejected', Reason: 'r' }]) {
        expect(validateAgainstComponent(withRequest, 'TestPatchRequest', body).errors).toBe('No errors');
      }
    });
  });

  describe('conformance with the official Consent Manager document (api-hub v2.1.x)', () => {
    let doc: any;
    beforeAll(() => {
      doc = readOfficialSpec('api-hub/v2.1.x/uae-api-hub-consent-manager-openapi.yaml');
    });
    /** The document's request body schema of `PATCH {path}`, checked as a component of a copy of the document. */
    const requestErrors = (path: string, body: unknown) => {
      const withRequest = structuredClone(doc);
      withRequest.components.schemas.TestPatchRequest = withRequest.paths[path].patch.requestBody.content['application/json'].schema;
      return validateAgainstComponent(withRequest, 'TestPatchRequest', body).errors;
    };

    it.each([
      ['Funded with information', 'Available', { QuoteStatus: 'Funded', AdditionalStatusInformation: 'Funds received' }],
      ['Completed with Trade and Commission', 'Actioned', { QuoteStatus: 'Completed', Trade: TRADE, Commission: COMMISSION }],
      ['Rejected', 'Accepted', { QuoteStatus: 'Rejected' }],
    ])('takes the document’s FX quote log body (%s) with 204 and no body', async (_, from, body) => {
      expect(requestErrors('/fx-quote-log/{logId}', body)).toBe('No errors');
      const id = await seed('fx-quote', { status: from });
      const res = await patch(`/fx-quote-log/${id}`, body);
      expect(res.status).toBe(204);
      expect(res.text).toBe('');
    });

    it.each([
      ['AwaitingUserInput with information', { OpeningStatus: 'AwaitingUserInput', AdditionalStatusInformation: 'Upload your passport' }],
      ['Completed', { OpeningStatus: 'Completed' }],
    ])('takes the document’s account opening log body (%s) with 204 and no body', async (_, body) => {
      expect(requestErrors('/account-opening-log/{logId}', body)).toBe('No errors');
      const res = await patch(`/account-opening-log/${await seed('account-opening')}`, body);
      expect(res.status).toBe(204);
      expect(res.text).toBe('');
    });

    it('answers every refusal with a valid error400Response', async () => {
      const quote = await seed('fx-quote', { status: 'Completed' });
      const opening = await seed('account-opening');
      const refusals = [
        await patch(`/fx-quote-log/${quote}`, { QuoteStatus: 'Done' }),
        await patch(`/fx-quote-log/${quote}`, { QuoteStatus: 'Funded', Trade: TRADE }),
        await patch(`/fx-quote-log/${quote}`, { QuoteStatus: 'Completed' }),
        await patch(`/fx-quote-log/${quote}`, { QuoteStatus: 'Funded' }),
        await patch(`/account-opening-log/${opening}`, { OpeningStatus: 'Funded' }),
        await patch(`/account-opening-log/${opening}`, { OpeningStatus: 'AwaitingUserInput', Extra: 1 }),
      ];
      for (const res of refusals) {
        expect(res.status).toBe(400);
        expect(validateAgainstComponent(doc, 'error400Response', res.json()).errors).toBe('No errors');
      }
      // The document itself refuses what the hub refuses for want of Trade and Commission.
      expect(requestErrors('/fx-quote-log/{logId}', { QuoteStatus: 'Completed' })).not.toBe('No errors');
      expect(requestErrors('/account-opening-log/{logId}', { OpeningStatus: 'Funded' })).not.toBe('No errors');
    });
  });
});
