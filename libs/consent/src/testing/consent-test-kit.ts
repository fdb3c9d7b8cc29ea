import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { SystemClock } from '@hub/kernel';
import type { AuthorizationDetail, TppRecord } from '@hub/ozone-connect';
import { dropDatabase, openDatabase, type DatabaseSettings } from '@hub/persistence';
import type { DataSource } from 'typeorm';
import type { ConsentCaller, CreateConsentCommand } from '../domain/consent-commands';
import { ConsentOutbox } from '../outbox/consent-outbox';
import type { ConsentLfiActions } from '../service/consent-lfi-actions';
import { ConsentRevocationHooks } from '../service/consent-revocation-hooks';
import { ConsentService } from '../service/consent.service';
import { consentPersistence } from '../store/consent-persistence';

/**
 * Fixtures for the consent store's integration tests (and for anyone driving ConsentService
 * directly): RAR bodies of the three v2.1 consent families, TPPs, callers, and a service on a
 * migrated database with a clock the test can advance.
 */
export const DAY_MS = 24 * 60 * 60 * 1000;

export function tppRecord(clientId = `client-${randomUUID()}`): TppRecord {
  return {
    clientId,
    tppId: `tpp-${clientId}`,
    tppName: 'Test TPP',
    softwareStatementId: `ss-${clientId}`,
    orgId: randomUUID(),
    decodedSsa: { client_name: 'Test TPP', roles: ['BDSP', 'BSIP', 'ISP'] },
  };
}

export function accountAccessDetail(consentId: string, expires: Date, extra: Record<string, unknown> = {}): AuthorizationDetail {
  return {
    type: 'urn:openfinanceuae:account-access-consent:v2.1',
    consent: {
      ConsentId: consentId,
      Permissions: ['ReadAccountsBasic', 'ReadBalances'],
      ExpirationDateTime: expires.toISOString(),
      OpenFinanceBilling: { UserType: 'Retail', Purpose: 'AccountAggregation' },
      ...extra,
    },
    subscription: { Webhook: { Url: 'https://tpp.example/webhook', IsActive: true } },
  };
}

export function serviceInitiationDetail(consentId: string, expires: Date, extra: Record<string, unknown> = {}): AuthorizationDetail {
  return {
    type: 'urn:openfinanceuae:service-initiation-consent:v2.1',
    consent: {
      ConsentId: consentId,
      ExpirationDateTime: expires.toISOString(),
      ControlParameters: {
        IsDelegatedAuthentication: false,
        ConsentSchedule: { SinglePayment: { Type: 'SingleInstantPayment', Amount: { Amount: '100.00', Currency: 'AED' } } },
      },
      PersonalIdentifiableInformation: 'eyJhbGciOiJSU0EtT0FFUC0yNTYiLCJlbmMiOiJBMjU2R0NNIn0.secret.pii.jwe.parts',
      PaymentPurposeCode: 'ACM',
      ...extra,
    },
  };
}

export function insuranceDetail(consentId: string, expires: Date): AuthorizationDetail {
  return {
    type: 'urn:openfinanceuae:insurance-consent:v2.1',
    consent: {
      ConsentId: consentId,
      Permissions: ['ReadInsurancePolicies'],
      ExpirationDateTime: expires.toISOString(),
      OpenFinanceBilling: { Purpose: 'QuoteComparison' },
    },
  };
}

export function createCommand(tenantId: string, authorizationDetail: AuthorizationDetail, tpp: TppRecord): CreateConsentCommand {
  return {
    tenantId,
    authorizationDetail,
    tpp,
    parId: `urn:ietf:params:oauth:request_uri:${randomUUID()}`,
    interactionId: randomUUID(),
    requestUrl: 'https://localhost:8443/bank/as/par',
    requestHeaders: { 'x-fapi-interaction-id': randomUUID() },
  };
}

export function lfiCaller(orgId = 'lfi-org'): ConsentCaller {
  return { actor: 'LFI', interactionId: randomUUID(), orgId, clientId: 'lfi-client', softwareStatementId: 'lfi-ss' };
}

export function tppCaller(tpp: TppRecord): ConsentCaller {
  return { actor: 'TPP', interactionId: randomUUID(), orgId: tpp.orgId, clientId: tpp.clientId, softwareStatementId: tpp.softwareStatementId };
}

export function hubCaller(): ConsentCaller {
  return { actor: 'Hub', interactionId: randomUUID() };
}

export interface ConsentStoreUnderTest {
  service: ConsentService;
  clock: SystemClock;
  outbox: ConsentOutbox;
  hooks: ConsentRevocationHooks;
}

/** A fresh service (and clock) on an already migrated database. */
export function consentStoreOn(ds: DataSource, lfi?: ConsentLfiActions): ConsentStoreUnderTest {
  const clock = new SystemClock();
  const outbox = new ConsentOutbox(ds, clock);
  const hooks = new ConsentRevocationHooks();
  return { service: new ConsentService(ds, clock, outbox, hooks, lfi), clock, outbox, hooks };
}

export function openConsentDatabase(settings: DatabaseSettings): Promise<DataSource> {
  return openDatabase(settings, { ...consentPersistence, migrationsTableName: 'consent_test_migrations' });
}

export async function closeConsentDatabase(ds: DataSource | undefined, settings: DatabaseSettings): Promise<void> {
  if (ds?.isInitialized) await ds.destroy();
  await dropDatabase(settings);
  rmSync(dirname(settings.sqliteFile), { recursive: true, force: true });
}

/** Unique per call, so tests sharing one database never see each other's consents. */
export function uniqueTenant(label: string): string {
  return `${label}-${randomUUID().slice(0, 8)}`;
}
