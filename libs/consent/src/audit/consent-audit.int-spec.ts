import { testDatabases } from '@hub/testing';
import { ConsentStatus } from '../domain/consent-status';
import { consentTestBed } from '../testing/consent-test-bed';
import {
  accountAccessDetail,
  createCommand,
  DAY_MS,
  lfiCaller,
  serviceInitiationDetail,
  tppCaller,
  tppRecord,
} from '../testing/consent-test-kit';
import { runAuditVerification, verifyAuditTrail } from './verify-audit-trail';

describe.each(testDatabases('consent-audit'))('the consent audit trail on $engine', ({ engine, settings }) => {
  const s = consentTestBed(settings);

  /** Raw SQL, as someone with database access would tamper: `?` placeholders for both engines. */
  function sql(text: string, ...params: unknown[]): Promise<unknown> {
    let n = 0;
    return s.ds.query(engine === 'postgres' ? text.replace(/\?/g, () => `$${++n}`) : text, params);
  }

  /** A consent with a four-row trail: create, authorize, usage, suspend. */
  async function consentWithTrail(id: string): Promise<void> {
    const tpp = tppRecord();
    await s.service.create(createCommand(s.tenant, accountAccessDetail(id, new Date(s.clock.now().getTime() + DAY_MS)), tpp), tppCaller(tpp));
    await s.service.patch(s.tenant, id, { status: ConsentStatus.Authorized, psuIdentifiers: { userId: 'u1' }, accountIds: ['acc-1'], raw: { status: 'Authorized', accountIds: ['acc-1'] } }, lfiCaller());
    await s.service.patch(s.tenant, id, { consentUsage: { lastDataShared: '2026-03-01T10:00:00Z' } }, lfiCaller());
    await s.service.patch(s.tenant, id, { status: ConsentStatus.Suspended }, lfiCaller());
  }

  /** Tampered consents are removed again, so every test sees an otherwise intact store. */
  async function forget(id: string): Promise<void> {
    await sql('DELETE FROM consent_audit WHERE "tenantId" = ? AND "consentId" = ?', s.tenant, id);
    await sql('DELETE FROM consent_records WHERE "tenantId" = ? AND "consentId" = ?', s.tenant, id);
  }

  async function problemsOf(id: string) {
    const result = await verifyAuditTrail(s.ds);
    return { ok: result.ok, problems: result.problems.filter((p) => p.consentId === id && p.tenantId === s.tenant) };
  }

  it('returns the rows in the shape of GET /consents/{consentId}/audit', async () => {
    await consentWithTrail('a1');
    const caller = lfiCaller('org-of-the-lfi');
    // The row's timestamp is the injected clock's "now" at the change, to the millisecond.
    const changedAt = new Date(s.clock.now().getTime() + 60_000);
    jest.spyOn(s.clock, 'now').mockReturnValue(changedAt);
    await s.service.patch(s.tenant, 'a1', { status: ConsentStatus.Authorized, raw: { 'consentBody.Data.Status': 'Authorized', ConnectToken: 'never-logged' } }, caller);
    const entries = await s.service.audit(s.tenant, 'a1');
    expect(entries.map((e) => [e.operation, e.providerId, e.fkId])).toEqual([
      ['create', s.tenant, 'a1'],
      ['patch', s.tenant, 'a1'],
      ['patch', s.tenant, 'a1'],
      ['patch', s.tenant, 'a1'],
      ['patch', s.tenant, 'a1'],
    ]);
    const last = entries[4];
    expect(last).toEqual({
      providerId: s.tenant,
      operation: 'patch',
      timestamp: expect.any(Number),
      fkMongoId: last.id,
      fkId: 'a1',
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      ozoneInteractionId: caller.interactionId,
      callerDetails: { callerOrgId: 'org-of-the-lfi', callerClientId: 'lfi-client', callerSoftwareStatementId: 'lfi-ss' },
      patchFilter: '{"id":"a1"}',
      patch: expect.any(String),
    });
    expect(last.timestamp).toBe(changedAt.getTime());
    expect(JSON.parse(last.patch)).toEqual({
      $set: { status: 'Authorized', 'consentBody.Data.Status': 'Authorized', 'ozoneSupplementaryInformation.statusUpdateDateTime': expect.any(String) },
      requestBody: { 'consentBody.Data.Status': 'Authorized', ConnectToken: '[redacted]' },
    });
    expect(entries.map((e) => e.timestamp)).toEqual([...entries.map((e) => e.timestamp)].sort((x, y) => x - y));
  });

  it('never writes a ConnectToken into the audit', async () => {
    const tpp = tppRecord();
    await s.service.create(createCommand(s.tenant, serviceInitiationDetail('a2', new Date(s.clock.now().getTime() + DAY_MS)), tpp), tppCaller(tpp));
    await s.service.patch(s.tenant, 'a2', { connectToken: 'bearer-secret' }, lfiCaller());
    expect(await s.service.get(s.tenant, 'a2')).toMatchObject({ ConnectToken: 'bearer-secret' });
    expect((await s.service.audit(s.tenant, 'a2')).map((e) => e.patch).join()).not.toContain('bearer-secret');
  });

  it('passes an untouched trail', async () => {
    await consentWithTrail('ok1');
    await consentWithTrail('ok2');
    const result = await verifyAuditTrail(s.ds);
    expect(result).toEqual({ ok: true, checked: expect.any(Number), problems: [] });
    expect(result.checked).toBeGreaterThanOrEqual(2);
    const lines: string[] = [];
    await expect(runAuditVerification(s.ds, (line) => lines.push(line))).resolves.toBe(true);
    expect(lines).toEqual([`Consent audit trail intact: ${result.checked} consents checked`]);
  });

  it('detects an edited row', async () => {
    await consentWithTrail('t-edit');
    await sql(`UPDATE consent_audit SET patch = ? WHERE "tenantId" = ? AND "consentId" = ? AND seq = 2`, '{"$set":{"accountIds":["someone-elses"]}}', s.tenant, 't-edit');
    expect(await problemsOf('t-edit')).toEqual({ ok: false, problems: [{ tenantId: s.tenant, consentId: 't-edit', seq: 2, problem: expect.stringMatching(/edited/) }] });
    await forget('t-edit');
  });

  it('detects a deleted middle row', async () => {
    await consentWithTrail('t-middle');
    await sql('DELETE FROM consent_audit WHERE "tenantId" = ? AND "consentId" = ? AND seq = 2', s.tenant, 't-middle');
    const { ok, problems } = await problemsOf('t-middle');
    expect(ok).toBe(false);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ seq: 3, problem: expect.stringMatching(/row 3 stands where row 2 belongs/) }),
        expect.objectContaining({ seq: 3, problem: expect.stringMatching(/prevHash/) }),
        expect.objectContaining({ problem: expect.stringMatching(/3 rows but the consent recorded 4/) }),
      ]),
    );
    await forget('t-middle');
  });

  it('detects a deleted last row', async () => {
    await consentWithTrail('t-last');
    await sql('DELETE FROM consent_audit WHERE "tenantId" = ? AND "consentId" = ? AND seq = 4', s.tenant, 't-last');
    expect((await problemsOf('t-last')).problems).toEqual([
      { tenantId: s.tenant, consentId: 't-last', problem: 'the trail has 3 rows but the consent recorded 4: rows were removed or added' },
      { tenantId: s.tenant, consentId: 't-last', problem: 'the last row is not the head recorded on the consent' },
    ]);
    await forget('t-last');
  });

  it('detects two swapped rows', async () => {
    await consentWithTrail('t-swap');
    const swap = (from: number, to: number) => sql('UPDATE consent_audit SET seq = ? WHERE "tenantId" = ? AND "consentId" = ? AND seq = ?', to, s.tenant, 't-swap', from);
    await swap(2, -1);
    await swap(3, 2);
    await swap(-1, 3);
    const { ok, problems } = await problemsOf('t-swap');
    expect(ok).toBe(false);
    expect(problems.map((p) => p.seq)).toEqual(expect.arrayContaining([2, 3]));
    expect(problems.some((p) => /edited/.test(p.problem))).toBe(true);
    await forget('t-swap');
  });

  it('detects a trail whose consent row was deleted, and prints one line per problem', async () => {
    await consentWithTrail('t-orphan');
    await sql('DELETE FROM consent_records WHERE "tenantId" = ? AND "consentId" = ?', s.tenant, 't-orphan');
    const lines: string[] = [];
    await expect(runAuditVerification(s.ds, (line) => lines.push(line))).resolves.toBe(false);
    expect(lines).toEqual([
      `TAMPERED ${s.tenant}/t-orphan: audit rows exist for a consent that is not stored`,
      expect.stringMatching(/^Consent audit trail BROKEN: 1 of \d+ consents have problems \(1 findings\)$/),
    ]);
    await forget('t-orphan');
    expect((await verifyAuditTrail(s.ds)).ok).toBe(true);
  });
});
