import { instantTableColumn, jsonTableColumn, varcharTableColumn } from '@hub/persistence';
import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';

export class CreateWebhookTables1767571200000 implements MigrationInterface {
  name = 'CreateWebhookTables1767571200000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'webhook_deliveries',
        columns: [
          varcharTableColumn('id', 36, { primary: true }),
          varcharTableColumn('tenantId', 40),
          varcharTableColumn('clientId', 64),
          varcharTableColumn('resourceId', 128),
          { name: 'sequence', type: 'integer' },
          varcharTableColumn('eventType', 32),
          varcharTableColumn('url', 2048),
          jsonTableColumn('claims'),
          varcharTableColumn('status', 16),
          { name: 'generation', type: 'integer' },
          { name: 'attempts', type: 'integer' },
          instantTableColumn('createdAt'),
          instantTableColumn('queuedAt', { nullable: true }),
          instantTableColumn('deliveredAt', { nullable: true }),
          instantTableColumn('deadAt', { nullable: true }),
          { name: 'lastStatusCode', type: 'integer', isNullable: true },
          varcharTableColumn('lastError', 1024, { nullable: true }),
        ],
      }),
      true,
    );
    await q.createIndex('webhook_deliveries', new TableIndex({ name: 'webhook_deliveries_resource', columnNames: ['tenantId', 'clientId', 'resourceId', 'sequence'] }));
    await q.createIndex('webhook_deliveries', new TableIndex({ name: 'webhook_deliveries_status', columnNames: ['status', 'createdAt'] }));
    await q.createTable(
      new Table({
        name: 'webhook_attempts',
        columns: [
          varcharTableColumn('id', 36, { primary: true }),
          varcharTableColumn('deliveryId', 36),
          { name: 'generation', type: 'integer' },
          { name: 'attempt', type: 'integer' },
          instantTableColumn('at'),
          { name: 'statusCode', type: 'integer', isNullable: true },
          { name: 'latencyMs', type: 'integer' },
          varcharTableColumn('error', 1024, { nullable: true }),
          varcharTableColumn('worker', 64),
        ],
      }),
      true,
    );
    await q.createIndex('webhook_attempts', new TableIndex({ name: 'webhook_attempts_delivery', columnNames: ['deliveryId', 'at'] }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('webhook_attempts');
    await q.dropTable('webhook_deliveries');
  }
}
