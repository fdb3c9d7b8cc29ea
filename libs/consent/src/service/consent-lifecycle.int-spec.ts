import { testDatabases } from '@hub/testing';
import { Logger } from '@nestjs/common';
import { ConsentStatus } from '../domain/consent-status';
import { ConsentAuditEntity } from '../store/consent-audit.entity';
import { ConsentRecordEntity } from '../store/consent-record.entity';
import { consentTestBed } from '../testing/consent-test-bed';
import {
  accountAccessDetail,
  createCommand,
  DAY_MS,
  hubCaller,
  lfiCaller,
  serviceInitiationDetail,
  tppCaller,
  tppRecord,
} from '../testing/consent-test-kit';

const { Authorized, Revoked, Suspended, AwaitingAuthorization, Expired, Rejected } = ConsentStatus;
const HOUR = 60 * 60_000;
const psu = { userId: 'psu-7' };

describe.each(testDatabases('consent-lifecycle'))('expiring and revoking consents on $engine', ({ settings }) => {
  const s = consentTestBed(settings);

  const at = (ms: number) => new Date(s.clock.now().getTime() + ms);
  const create = (id: string, expiresInMs: number, extra: Record<string, unknown> = {}) =>
    s.service.create(createCommand(s.tenant, accountAccessDetail(id, at(expiresInMs), extra), s.tpp), hubCaller());
  const authorize = (id: string) => s.service.patch(s.tenant, id, { status: Authorized, psuIdentifiers: psu, accountIds: ['acc-1'] }, lfiCaller());
  const storedStatus = async (id: string) => (await s.ds.getRepository(ConsentRecordEntity).findOneByOrFail({ tenantId: s.tenant, consentId: id })).status;

  describe('expiry', () => {
    it('expires authorized, suspended and unauthorized consents past their ExpirationDateTime in the sweep', async () => {
      await create('e-auth', HOUR);
      await authorize('e-auth');
      await create('e-susp', HOUR);
      await authorize('e-susp');
      await s.service.patch(s.tenant, 'e-susp', { status: Suspended }, lfiCaller());
      await create('e-await', HOUR);
      await create('e-later', 3 * HOUR);
      await authorize('e-later');
      const hooks = jest.fn(async () => undefined);
      s.hooks.register(hooks);

      s.clock.advance(HOUR + 1_000);
      expect(await s.service.expireDue()).toBeGreaterThanOrEqual(3);

      for (const id of ['e-auth', 'e-susp', 'e-await']) expect(await storedStatus(id)).toBe(Expired);
      expect(await storedStatus('e-later')).toBe(Authorized);
      const expired = await s.service.get(s.tenant, 'e-auth');
      expect(expired.consentBody.Data).toMatchObject({ Status: Expired });
      expect(expired.ozoneSupplementaryInformation).toEqual({ statusUpdateDateTime: expect.any(String) });
      expect(hooks).toHaveBeenCalledWith(s.tenant, 'e-auth', Expired);
      const audit = await s.service.audit(s.tenant, 'e-auth');
      expect(audit[audit.length - 1]).toMatchObject({ operation: 'patch', callerDetails: {} });
      expect(await s.service.expireDue()).toBe(0);
    });

    it('expires a consent awaiting authorization when its AuthorizationExpirationDateTime passes', async () => {
      await s.service.create(
        createCommand(s.tenant, serviceInitiationDetail('w1', at(10 * DAY_MS), { AuthorizationExpirationDateTime: at(HOUR).toISOString() }), s.tpp),
        hubCaller(),
      );
      // The sweep covers every tenant of the shared test database, hence the status checks.
      await s.service.expireDue(at(HOUR - 1_000));
      expect(await storedStatus('w1')).toBe(AwaitingAuthorization);
      expect(await s.service.expireDue(at(HOUR))).toBeGreaterThanOrEqual(1);
      expect(await storedStatus('w1')).toBe(Expired);
    });

    it('expires lazily on get, so a stale Authorized is never served', async () => {
      await create('lazy-get', HOUR);
      await authorize('lazy-get');
      s.clock.advance(HOUR);
      expect(await storedStatus('lazy-get')).toBe(Authorized);
      await expect(s.service.get(s.tenant, 'lazy-get')).resolves.toMatchObject({ status: Expired, consentBody: { Data: { Status: Expired } } });
      expect(await storedStatus('lazy-get')).toBe(Expired);
    });

    it('expires lazily on list, for the listed tenant', async () => {
      await create('lazy-list', HOUR);
      await authorize('lazy-list');
      s.clock.advance(2 * HOUR);
      const { records } = await s.service.list(s.tenant, { page: 1, pageSize: 10 });
      expect(records.map((r) => [r.id, r.status])).toEqual([['lazy-list', Expired]]);
    });
  });

  describe('revocation', () => {
    it('calls the hooks with (tenant, consent, Revoked) after the revocation has committed', async () => {
      await create('rv1', DAY_MS);
      await authorize('rv1');
      const seen: string[] = [];
      s.hooks.register(async (tenantId, consentId, status) => {
        // Read through the DataSource, outside the service's transaction: the change is already committed.
        seen.push(`${tenantId}/${consentId}/${status}/${await storedStatus(consentId)}`);
      });
      const revoked = await s.service.revoke(s.tenant, 'rv1', { revokedBy: 'LFI.InitiatedByUser', revokedByPsu: { userId: psu.userId } }, lfiCaller());
      expect(revoked).toMatchObject({ status: Revoked, consentBody: { Data: { RevokedBy: 'LFI.InitiatedByUser' } } });
      expect(seen).toEqual([`${s.tenant}/rv1/Revoked/Revoked`]);
      const audit = await s.service.audit(s.tenant, 'rv1');
      expect(JSON.parse(audit[audit.length - 1].patch).requestBody).toEqual({ revokedBy: 'LFI.InitiatedByUser', revokedByPsu: { userId: psu.userId } });
    });

    it('keeps the revocation when a hook fails, logs it, and still runs the other hooks', async () => {
      await create('rv2', DAY_MS);
      const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
      const after = jest.fn(async () => undefined);
      s.hooks.register(async () => {
        throw new Error('token store unreachable');
      });
      s.hooks.register(after);
      await expect(s.service.revoke(s.tenant, 'rv2', { revokedBy: 'TPP' }, tppCaller(s.tpp))).resolves.toMatchObject({ status: Revoked });
      expect(await storedStatus('rv2')).toBe(Revoked);
      expect(after).toHaveBeenCalledWith(s.tenant, 'rv2', Revoked);
      expect(logged).toHaveBeenCalledWith(expect.stringContaining('token store unreachable'), expect.any(String));
    });

    it('calls the hooks for a rejection too, and not for a non-final change', async () => {
      await create('rv3', DAY_MS);
      const hook = jest.fn(async () => undefined);
      s.hooks.register(hook);
      await s.service.patch(s.tenant, 'rv3', { psuIdentifiers: psu }, lfiCaller());
      expect(hook).not.toHaveBeenCalled();
      await s.service.patch(s.tenant, 'rv3', { status: Rejected }, lfiCaller());
      expect(hook).toHaveBeenCalledWith(s.tenant, 'rv3', Rejected);
    });

    it('refuses to revoke twice, and refuses a TPP revoking a suspended consent', async () => {
      await create('rv4', DAY_MS);
      await s.service.revoke(s.tenant, 'rv4', { revokedBy: 'LFI' }, lfiCaller());
      await expect(s.service.revoke(s.tenant, 'rv4', { revokedBy: 'LFI' }, lfiCaller())).rejects.toMatchObject({ kind: 'transition' });
      await create('rv5', DAY_MS);
      await authorize('rv5');
      await s.service.patch(s.tenant, 'rv5', { status: Suspended }, lfiCaller());
      await expect(s.service.revoke(s.tenant, 'rv5', { revokedBy: 'TPP' }, tppCaller(s.tpp))).rejects.toMatchObject({
        kind: 'transition',
        message: 'The TPP may not change a consent from Suspended to Revoked',
      });
    });

    it("refuses a TPP revoking another TPP's consent as not found", async () => {
      await create('rv6', DAY_MS);
      await expect(s.service.revoke(s.tenant, 'rv6', { revokedBy: 'TPP' }, tppCaller(tppRecord()))).rejects.toMatchObject({ kind: 'not-found', code: 'Resource.NotFound' });
      expect(await storedStatus('rv6')).toBe(AwaitingAuthorization);
    });

    it('revokes every non-final consent of a group, and leaves final ones alone', async () => {
      await create('g-root', DAY_MS);
      await authorize('g-root');
      await create('g-renewal', DAY_MS, { BaseConsentId: 'g-root' });
      await create('g-rejected', DAY_MS, { BaseConsentId: 'g-root' });
      await s.service.patch(s.tenant, 'g-rejected', { status: Rejected }, lfiCaller());
      await create('g-other', DAY_MS);
      const hook = jest.fn(async () => undefined);
      s.hooks.register(hook);

      const revoked = await s.service.revokeGroup(s.tenant, 'g-root', { revokedBy: 'LFI' }, lfiCaller());
      expect(revoked.map((r) => [r.id, r.status, r.consentBody.Data.RevokedBy])).toEqual([
        ['g-root', Revoked, 'LFI'],
        ['g-renewal', Revoked, 'LFI'],
      ]);
      expect(await storedStatus('g-rejected')).toBe(Rejected);
      expect(await storedStatus('g-other')).toBe(AwaitingAuthorization);
      expect(hook.mock.calls).toEqual([
        [s.tenant, 'g-root', Revoked],
        [s.tenant, 'g-renewal', Revoked],
      ]);
      await expect(s.service.revokeGroup(s.tenant, 'g-root', { revokedBy: 'LFI' }, lfiCaller())).resolves.toEqual([]);
      await expect(s.service.revokeGroup(s.tenant, 'no-group', { revokedBy: 'LFI' }, lfiCaller())).rejects.toMatchObject({ kind: 'not-found' });
    });

    it('revokes a group all or nothing', async () => {
      await create('a-root', DAY_MS);
      await authorize('a-root');
      await s.service.patch(s.tenant, 'a-root', { status: Suspended }, lfiCaller());
      await create('a-renewal', DAY_MS, { BaseConsentId: 'a-root' });
      const auditRows = () => s.ds.getRepository(ConsentAuditEntity).countBy({ tenantId: s.tenant });
      const before = await auditRows();
      // The TPP may not revoke the suspended root, so the renewal is not revoked either.
      await expect(s.service.revokeGroup(s.tenant, 'a-root', { revokedBy: 'TPP' }, tppCaller(s.tpp))).rejects.toMatchObject({ kind: 'transition' });
      expect(await storedStatus('a-renewal')).toBe(AwaitingAuthorization);
      expect(await auditRows()).toBe(before);
    });
  });
});
