import type { TppRecord } from '@hub/ozone-connect';
import { testDatabases } from '@hub/testing';
import { ConsentStatus, ConsentType } from '../domain/consent-status';
import { consentTestBed } from '../testing/consent-test-bed';
import {
  accountAccessDetail,
  createCommand,
  DAY_MS,
  hubCaller,
  insuranceDetail,
  lfiCaller,
  serviceInitiationDetail,
  tppCaller,
  tppRecord,
  uniqueTenant,
} from '../testing/consent-test-kit';

const { Authorized } = ConsentStatus;

describe.each(testDatabases('consent-queries'))('reading consents on $engine', ({ settings }) => {
  const s = consentTestBed(settings);

  const expires = () => new Date(s.clock.now().getTime() + 30 * DAY_MS);

  describe('tenant isolation', () => {
    it("gives tenant B no way to read, list, patch, revoke or audit tenant A's consent", async () => {
      const a = uniqueTenant('bank-a');
      const b = uniqueTenant('bank-b');
      await s.service.create(createCommand(a, accountAccessDetail('shared-id', expires()), tppRecord()), hubCaller());
      const notFound = { kind: 'not-found', code: 'Resource.NotFound' };
      await expect(s.service.get(b, 'shared-id')).rejects.toMatchObject(notFound);
      await expect(s.service.list(b, { page: 1, pageSize: 25 })).resolves.toEqual({ records: [], totalRecords: 0 });
      await expect(s.service.patch(b, 'shared-id', { status: Authorized, psuIdentifiers: { userId: 'u' }, accountIds: ['x'] }, lfiCaller())).rejects.toMatchObject(notFound);
      await expect(s.service.revoke(b, 'shared-id', { revokedBy: 'LFI' }, lfiCaller())).rejects.toMatchObject(notFound);
      await expect(s.service.revokeGroup(b, 'shared-id', { revokedBy: 'LFI' }, lfiCaller())).rejects.toMatchObject(notFound);
      await expect(s.service.audit(b, 'shared-id')).rejects.toMatchObject(notFound);
      await expect(s.service.get(a, 'shared-id')).resolves.toMatchObject({ status: 'AwaitingAuthorization' });
    });
  });

  describe('TPP isolation', () => {
    it("answers a TPP asking for another TPP's consent as if it did not exist", async () => {
      const tenant = uniqueTenant('bank');
      const owner = tppRecord();
      const other = tppRecord();
      await s.service.create(createCommand(tenant, accountAccessDetail('mine', expires()), owner), hubCaller());
      await expect(s.service.get(tenant, 'mine', { tppClientId: owner.clientId })).resolves.toMatchObject({ id: 'mine' });
      await expect(s.service.get(tenant, 'mine', { tppClientId: other.clientId })).rejects.toMatchObject({ kind: 'not-found' });
      await expect(s.service.patch(tenant, 'mine', { consentUsage: { lastDataShared: '2026-01-01T00:00:00Z' } }, tppCaller(other))).rejects.toMatchObject({ kind: 'not-found' });
      expect((await s.service.list(tenant, { tppClientId: other.clientId, page: 1, pageSize: 25 })).totalRecords).toBe(0);
    });
  });

  describe('find', () => {
    it('reads a consent as stored, without applying a due expiry, and finds nothing of another tenant', async () => {
      const tenant = uniqueTenant('bank');
      const created = await s.service.create(createCommand(tenant, accountAccessDetail('stored', expires()), tppRecord()), hubCaller());
      await expect(s.service.find(tenant, 'stored')).resolves.toEqual(created);
      await expect(s.service.find(uniqueTenant('other'), 'stored')).resolves.toBeUndefined();
      await expect(s.service.find(tenant, 'no-such-consent')).resolves.toBeUndefined();

      // Past its expiry: find leaves it as it was (a reader must not write), get expires it.
      s.clock.advance(31 * DAY_MS);
      expect((await s.service.find(tenant, 'stored'))?.status).toBe('AwaitingAuthorization');
      expect((await s.service.get(tenant, 'stored')).status).toBe('Expired');
      expect((await s.service.find(tenant, 'stored'))?.status).toBe('Expired');
    });
  });

  describe('list', () => {
    let tenant: string;
    let tppA: TppRecord;
    let tppB: TppRecord;
    let marks: number[];

    /** Six consents created one second apart: three families, two TPPs, two groups, two PSUs. */
    beforeEach(async () => {
      tenant = uniqueTenant('bank');
      tppA = tppRecord();
      tppB = tppRecord();
      marks = [];
      const step = async (work: () => Promise<unknown>) => {
        s.clock.advance(1_000);
        await work();
        marks.push(s.clock.now().getTime());
      };
      const create = (detail: ReturnType<typeof accountAccessDetail>, tpp: TppRecord) => s.service.create(createCommand(tenant, detail, tpp), hubCaller());
      await step(() => create(accountAccessDetail('l1', expires()), tppA));
      await step(() => create(accountAccessDetail('l2', expires(), { BaseConsentId: 'l1' }), tppA));
      await step(() => create(serviceInitiationDetail('l3', expires()), tppB));
      await step(() => create(insuranceDetail('l4', expires()), tppB));
      await step(() => s.service.patch(tenant, 'l1', { status: Authorized, psuIdentifiers: { userId: 'alice' }, accountIds: ['acc-A', 'acc-B'] }, lfiCaller()));
      await step(() => s.service.patch(tenant, 'l3', { status: Authorized, psuIdentifiers: { userId: 'bob' }, accountIds: ['acc-B'] }, lfiCaller()));
    });

    const ids = async (q: Record<string, unknown>) => (await s.service.list(tenant, { page: 1, pageSize: 25, ...q })).records.map((r) => r.id);

    it('orders by updatedAt, then consentId', async () => {
      expect(await ids({})).toEqual(['l2', 'l4', 'l1', 'l3']);
    });

    it('streams what changed after updatedAt (exclusive)', async () => {
      expect(await ids({ updatedAfter: marks[3] })).toEqual(['l1', 'l3']);
      expect(await ids({ updatedAfter: marks[4] })).toEqual(['l3']);
      expect(await ids({ updatedAfter: marks[5] })).toEqual([]);
    });

    it('filters by consentType, status, group, PSU, account and TPP', async () => {
      expect(await ids({ consentType: ConsentType.ServiceInitiation })).toEqual(['l3']);
      expect(await ids({ status: Authorized })).toEqual(['l1', 'l3']);
      expect(await ids({ status: 'AwaitingAuthorization', consentType: ConsentType.AccountAccess })).toEqual(['l2']);
      expect(await ids({ consentGroupId: 'l1' })).toEqual(['l2', 'l1']);
      expect(await ids({ psuUserId: 'alice' })).toEqual(['l1']);
      expect(await ids({ accountId: 'acc-B' })).toEqual(['l1', 'l3']);
      expect(await ids({ accountId: 'acc-A', psuUserId: 'bob' })).toEqual([]);
      expect(await ids({ tppClientId: tppB.clientId })).toEqual(['l4', 'l3']);
    });

    it('pages with the total of all pages', async () => {
      const page = (n: number) => s.service.list(tenant, { page: n, pageSize: 3 });
      expect(await page(1)).toMatchObject({ totalRecords: 4, records: [{ id: 'l2' }, { id: 'l4' }, { id: 'l1' }] });
      expect(await page(2)).toMatchObject({ totalRecords: 4, records: [{ id: 'l3' }] });
      expect(await page(3)).toEqual({ totalRecords: 4, records: [] });
      expect((await s.service.list(tenant, { page: 1, pageSize: 1, accountId: 'acc-B' })).totalRecords).toBe(2);
    });

    it('refuses a page size outside 1..100 and a page below 1', async () => {
      await expect(s.service.list(tenant, { page: 1, pageSize: 101 })).rejects.toMatchObject({ kind: 'invalid' });
      await expect(s.service.list(tenant, { page: 0, pageSize: 10 })).rejects.toMatchObject({ kind: 'invalid' });
      await expect(s.service.list(tenant, { page: 1, pageSize: 100 })).resolves.toMatchObject({ totalRecords: 4 });
    });
  });
});
