import type { MigrationInterface } from 'typeorm';
import { hubPersistence } from './hub-persistence';

/**
 * The upgrade path of the hub's database: TypeORM records each migration by its name, so a
 * renamed or reordered migration would run again (or not at all) on an existing database.
 */
describe('the hub database', () => {
  it('registers every table once, in the order the hub has always registered them', () => {
    expect(hubPersistence.entities.map((e) => e.name)).toEqual([
      'TppRegistrationEntity',
      'OidcModelEntity',
      'ConsentRecordEntity',
      'ConsentAccountIdEntity',
      'ConsentAuditEntity',
      'ConsentOutboxEntity',
      'ResourceLogEntity',
      'DataAccessEventEntity',
      'PaymentFileUploadEntity',
      'ApiCallEntity',
      'WebhookDeliveryEntity',
      'WebhookAttemptEntity',
      'PaymentLogEntity',
      'PaymentConsentUsageEntity',
    ]);
  });

  it('runs the migrations existing databases already recorded, under the same names', () => {
    const names = hubPersistence.migrations.map((m) => [m.name, new (m as new () => MigrationInterface)().name]);
    expect(names).toEqual(
      [
        'CreateTppRegistrations1763700000000',
        'CreateOidcModels1764200000000',
        'CreateConsentStore1764000000000',
        'CreateResourceLogs1767830400000',
        'CreateGatewayDataAccessEvents1764300000000',
        'CreatePaymentFileUploads1768089600000',
        'CreateGatewayApiCalls1768262400000',
        'CreateWebhookTables1767571200000',
        'CreatePaymentLogs1768003200000',
      ].map((name) => [name, name]),
    );
  });
});
