import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { testDatabases } from '@hub/testing';
import { dropDatabase, openDatabase } from '@hub/persistence';
import type { DataSource } from 'typeorm';
import { listLeads, recordLead, type NewLead } from './lead-store';
import { mockLfiPersistenceParts as parts } from './persistence-parts';

const lead = (email: string, at: string, tenantId = 'falcon-bank'): NewLead => ({
  tenantId,
  callerOrgId: 'org-1',
  callerClientId: 'tpp-1',
  details: {
    Email: email,
    Name: { GivenName: 'Aisha', LastName: 'Al Mansoori' },
    EmiratesId: '784-1990-1234567-1',
    MarketingOptOut: false,
    ProductCategories: ['Mortgage', 'CreditCard'],
    ResidentialAddress: { AddressLine: ['Villa 12, Street 4'], CountrySubDivision: 'Dubai', Country: 'AE' },
  },
  customerIpAddress: '10.1.2.3',
  interactionId: 'i-1',
  createdAt: new Date(at),
});

describe.each(testDatabases('mock_lfi_leads'))('mock LFI leads on $engine', ({ settings }) => {
  let ds: DataSource;

  beforeAll(async () => {
    ds = await openDatabase(settings, parts);
  });

  afterAll(async () => {
    if (ds?.isInitialized) await ds.destroy();
    await dropDatabase(settings);
    rmSync(dirname(settings.sqliteFile), { recursive: true, force: true });
  });

  it('keeps each lead with its TPP, unchanged, and lists a bank\'s leads oldest first', async () => {
    const second = await recordLead(ds, lead('b@example.ae', '2026-03-01T10:00:01.000Z'));
    const first = await recordLead(ds, lead('a@example.ae', '2026-03-01T10:00:00.000Z'));
    await recordLead(ds, lead('other@example.ae', '2026-03-01T09:00:00.000Z', 'oasis-bank'));
    const leads = await listLeads(ds, 'falcon-bank');
    expect(leads.map((l) => l.leadId)).toEqual([first.leadId, second.leadId]);
    expect(leads[0]).toMatchObject({ callerOrgId: 'org-1', callerClientId: 'tpp-1', customerIpAddress: '10.1.2.3', createdAt: '2026-03-01T10:00:00.000Z' });
    expect(leads[0].details).toEqual(lead('a@example.ae', '2026-03-01T10:00:00.000Z').details);
    expect(first.leadId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect((await listLeads(ds, 'oasis-bank')).map((l) => l.details.Email)).toEqual(['other@example.ae']);
    expect(await listLeads(ds, 'falcon-bank', 1)).toHaveLength(1);
  });
});
