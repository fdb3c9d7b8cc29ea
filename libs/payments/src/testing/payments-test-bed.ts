import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { ConsentOutbox, ConsentOutboxChanges, ConsentRevocationHooks, ConsentService, ConsentStatus, consentPersistence, isTerminal, type CarriedMessageKey } from '@hub/consent';
import { Clock } from '@hub/kernel';
import type { ConsentRecord, TppRecord } from '@hub/ozone-connect';
import { dropDatabase, openDatabase, type DatabaseSettings } from '@hub/persistence';
import type { DataSource } from 'typeorm';
import type { PaymentChangeOutbox } from '../payment-change-outbox';
import { PaymentConsents } from '../payment-consents';
import type { PaymentChanged } from '../payment-log-entry';
import { PaymentLog } from '../payment-log';
import { paymentsPersistence } from '../payments-persistence';

/** The outbox topic the hub gives payment changes (the consent outbox carries it opaquely). */
export const PAYMENT_TOPIC = 'tpp.payment-changed' as const;

/** Time stands still unless the test moves it, so every instant a change records is known. */
export class TestClock extends Clock {
  constructor(private ms: number) {
    super();
  }
  now(): Date {
    return new Date(this.ms);
  }
  set(at: Date): void {
    this.ms = at.getTime();
  }
  advance(ms: number): void {
    this.ms += ms;
  }
}

/**
 * The ports bound as the hub binds them, on the real consent store: the payment changes on the
 * consent outbox (messages keyed by the payment's id, or its reservation while the LFI has given
 * none, ordered by the entry's version), and the consents read and consumed through ConsentService.
 */
export class ConsentOutboxPaymentChanges extends ConsentOutboxChanges<PaymentChanged> implements PaymentChangeOutbox {
  protected readonly topic = PAYMENT_TOPIC;
  protected keyOf({ entry }: PaymentChanged): CarriedMessageKey {
    return { tenantId: entry.tenantId, key: entry.paymentId ?? entry.reservationId, sequence: entry.version };
  }
}

export class ConsentServicePayments extends PaymentConsents {
  constructor(private readonly consents: ConsentService) {
    super();
  }
  get(tenantId: string, consentId: string): Promise<ConsentRecord> {
    return this.consents.get(tenantId, consentId);
  }
  async markConsumed(tenantId: string, consentId: string): Promise<void> {
    const consent = await this.consents.get(tenantId, consentId);
    if (isTerminal(consent.status as ConsentStatus)) return;
    await this.consents.patch(tenantId, consentId, { status: ConsentStatus.Consumed }, { actor: 'Hub', interactionId: randomUUID() });
  }
}

export interface PaymentsTestBed {
  ds: DataSource;
  clock: TestClock;
  outbox: ConsentOutbox;
  consents: ConsentService;
  log: PaymentLog;
}

/** The hub's tables of both stores, as the hub registers them (consents, then payments). */
export function openPaymentsDatabase(settings: DatabaseSettings): Promise<DataSource> {
  return openDatabase(settings, {
    entities: [...consentPersistence.entities, ...paymentsPersistence.entities],
    migrations: [...consentPersistence.migrations, ...paymentsPersistence.migrations],
    migrationsTableName: 'payments_test_migrations',
  });
}

export async function closePaymentsDatabase(ds: DataSource | undefined, settings: DatabaseSettings): Promise<void> {
  if (ds?.isInitialized) await ds.destroy();
  await dropDatabase(settings);
  rmSync(dirname(settings.sqliteFile), { recursive: true, force: true });
}

/** A payment log (and the consent store under it) on a migrated database, at `now`. */
export function paymentsTestBed(ds: DataSource, now: Date): PaymentsTestBed {
  const clock = new TestClock(now.getTime());
  const outbox = new ConsentOutbox(ds, clock);
  const consents = new ConsentService(ds, clock, outbox, new ConsentRevocationHooks());
  const log = new PaymentLog(new ConsentOutboxPaymentChanges(outbox), new ConsentServicePayments(consents), clock);
  return { ds, clock, outbox, consents, log };
}

export function tppRecord(clientId = `client-${randomUUID()}`): TppRecord {
  return { clientId, tppId: `tpp-${clientId}`, tppName: 'Test TPP', softwareStatementId: `ss-${clientId}`, orgId: randomUUID(), decodedSsa: { roles: ['BSIP'] } };
}

/** Pushes and authorizes a payment consent with these ControlParameters, as the TPP and the LFI would. */
export async function authorizedPaymentConsent(
  bed: PaymentsTestBed,
  tenantId: string,
  tpp: TppRecord,
  controlParameters: unknown,
  opts: { expires?: Date; authorize?: boolean } = {},
): Promise<string> {
  const consentId = randomUUID();
  const expires = opts.expires ?? new Date(bed.clock.now().getTime() + 180 * 86_400_000);
  await bed.consents.create(
    {
      tenantId,
      authorizationDetail: {
        type: 'urn:openfinanceuae:service-initiation-consent:v2.1',
        consent: {
          ConsentId: consentId,
          ExpirationDateTime: expires.toISOString(),
          ControlParameters: controlParameters,
          PersonalIdentifiableInformation: 'eyJhbGciOiJSU0EtT0FFUC0yNTYiLCJlbmMiOiJBMjU2R0NNIn0.a.b.c.d',
          PaymentPurposeCode: 'ACM',
        },
        subscription: { Webhook: { Url: 'https://tpp.example/webhook', IsActive: true } },
      },
      tpp,
      parId: `urn:ietf:params:oauth:request_uri:${randomUUID()}`,
      interactionId: randomUUID(),
      requestUrl: 'https://localhost:8443/bank/as/par',
      requestHeaders: {},
    },
    { actor: 'TPP', interactionId: randomUUID() },
  );
  if (opts.authorize !== false) {
    await bed.consents.patch(
      tenantId,
      consentId,
      { status: ConsentStatus.Authorized, psuIdentifiers: { userId: 'psu-1' }, accountIds: ['acc-1'], authorizationChannel: 'Web' },
      { actor: 'LFI', interactionId: randomUUID() },
    );
  }
  return consentId;
}
