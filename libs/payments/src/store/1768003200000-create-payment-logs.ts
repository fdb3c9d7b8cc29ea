import { instantTableColumn, jsonTableColumn, varcharTableColumn } from '@hub/persistence';
import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';

/** The hub's payment log and the per-consent usage rows that serialize a consent's payments. */
export class CreatePaymentLogs1768003200000 implements MigrationInterface {
  name = 'CreatePaymentLogs1768003200000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'payment_logs',
        columns: [
          varcharTableColumn('tenantId', 40, { primary: true }),
          varcharTableColumn('reservationId', 36, { primary: true }),
          varcharTableColumn('paymentId', 128, { nullable: true }),
          varcharTableColumn('consentId', 128),
          varcharTableColumn('paymentType', 24),
          varcharTableColumn('clientId', 255),
          varcharTableColumn('organisationId', 64),
          varcharTableColumn('softwareStatementId', 255),
          varcharTableColumn('idempotencyKey', 128),
          varcharTableColumn('requestHash', 128),
          varcharTableColumn('state', 16),
          varcharTableColumn('amount', 32),
          varcharTableColumn('currency', 3),
          varcharTableColumn('status', 40, { nullable: true }),
          varcharTableColumn('paymentTransactionId', 128, { nullable: true }),
          jsonTableColumn('rejectReasonCode', { nullable: true }),
          { name: 'numberOfSuccessfulTransactions', type: 'integer', isNullable: true },
          jsonTableColumn('request'),
          jsonTableColumn('response', { nullable: true }),
          jsonTableColumn('refusal', { nullable: true }),
          varcharTableColumn('accountId', 128, { nullable: true }),
          jsonTableColumn('psuIdentifiers', { nullable: true }),
          varcharTableColumn('interactionId', 64, { nullable: true }),
          instantTableColumn('createdAt'),
          instantTableColumn('statusUpdatedAt'),
          { name: 'version', type: 'integer' },
        ],
      }),
      true,
    );
    await q.createIndex(
      'payment_logs',
      new TableIndex({ name: 'payment_logs_idempotency', columnNames: ['tenantId', 'clientId', 'paymentType', 'idempotencyKey'], isUnique: true }),
    );
    await q.createIndex('payment_logs', new TableIndex({ name: 'payment_logs_payment_id', columnNames: ['tenantId', 'paymentId'], isUnique: true }));
    await q.createIndex('payment_logs', new TableIndex({ name: 'payment_logs_consent', columnNames: ['tenantId', 'consentId'] }));
    await q.createTable(
      new Table({
        name: 'payment_consent_usage',
        columns: [
          varcharTableColumn('tenantId', 40, { primary: true }),
          varcharTableColumn('consentId', 128, { primary: true }),
          { name: 'version', type: 'integer' },
          instantTableColumn('updatedAt'),
        ],
      }),
      true,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('payment_consent_usage');
    await q.dropTable('payment_logs');
  }
}
