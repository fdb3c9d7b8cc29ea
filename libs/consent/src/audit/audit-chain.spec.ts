import { auditHash, checkChain, GENESIS_HASH, type AuditRowFields } from './audit-chain';
import { canonicalJson } from '../domain/canonical-json';

describe('canonicalJson', () => {
  it('sorts keys at every depth, drops undefined members and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: undefined }], c: null }, e: undefined })).toBe('{"a":{"c":null,"d":[3,{"z":1}]},"b":1}');
  });

  it('does not depend on key insertion order', () => {
    expect(canonicalJson({ x: 1, y: 'é' })).toBe(canonicalJson({ y: 'é', x: 1 }));
  });
});

function chain(length: number): (AuditRowFields & { hash: string })[] {
  const rows: (AuditRowFields & { hash: string })[] = [];
  for (let seq = 1; seq <= length; seq += 1) {
    const row = {
      id: `row-${seq}`,
      tenantId: 'bank',
      consentId: 'c-1',
      seq,
      operation: seq === 1 ? 'create' : 'patch',
      timestamp: 1_770_000_000_000 + seq,
      providerId: 'bank',
      ozoneInteractionId: `i-${seq}`,
      callerActor: 'LFI',
      callerOrgId: 'org',
      callerClientId: 'client',
      callerSoftwareStatementId: null,
      patchFilter: '{"id":"c-1"}',
      patch: `{"$set":{"n":${seq}}}`,
      prevHash: rows[seq - 2]?.hash ?? GENESIS_HASH,
    };
    rows.push({ ...row, hash: auditHash(row) });
  }
  return rows;
}

const anchorOf = (rows: { hash: string }[]) => ({ auditHeadHash: rows[rows.length - 1].hash, auditLength: rows.length });

describe('checkChain', () => {
  it('accepts an untouched chain', () => {
    const rows = chain(4);
    expect(checkChain(anchorOf(rows), rows)).toEqual([]);
  });

  it('finds an edited row', () => {
    const rows = chain(3);
    const anchor = anchorOf(rows);
    rows[1] = { ...rows[1], patch: '{"$set":{"n":99}}' };
    expect(checkChain(anchor, rows)).toEqual([{ seq: 2, problem: expect.stringMatching(/edited/) }]);
  });

  it('finds a removed middle row', () => {
    const rows = chain(3);
    const anchor = anchorOf(rows);
    const problems = checkChain(anchor, [rows[0], rows[2]]);
    expect(problems.map((p) => p.problem).join(' | ')).toMatch(/stands where row 2 belongs.*prevHash.*2 rows but the consent recorded 3/);
  });

  it('finds a removed last row through the anchor alone', () => {
    const rows = chain(3);
    expect(checkChain(anchorOf(rows), rows.slice(0, 2))).toEqual([
      { problem: 'the trail has 2 rows but the consent recorded 3: rows were removed or added' },
      { problem: 'the last row is not the head recorded on the consent' },
    ]);
  });

  it('finds two rows whose places were swapped', () => {
    const rows = chain(3);
    const swapped = [rows[0], { ...rows[2], seq: 2 }, { ...rows[1], seq: 3 }];
    const problems = checkChain(anchorOf(rows), swapped);
    expect(problems.filter((p) => p.seq === 2).length).toBeGreaterThan(0);
    expect(problems.some((p) => /edited/.test(p.problem))).toBe(true);
  });

  it('reports rows of a consent that is not stored', () => {
    expect(checkChain(undefined, chain(1))).toEqual([{ problem: 'audit rows exist for a consent that is not stored' }]);
  });
});
