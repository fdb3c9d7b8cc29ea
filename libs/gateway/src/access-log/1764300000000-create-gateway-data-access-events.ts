import { instantTableColumn, varcharTableColumn } from '@hub/persistence';
import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';

export class CreateGatewayDataAccessEvents1764300000000 implements MigrationInterface {
  name = 'CreateGatewayDataAccessEvents1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'gateway_data_access_events',
        columns: [
          varcharTableColumn('id', 36, { primary: true }),
          varcharTableColumn('tenantId', 40),
          varcharTableColumn('consentId', 128),
          varcharTableColumn('clientId', 64),
          varcharTableColumn('method', 8),
          varcharTableColumn('apiUri', 256),
          { name: 'status', type: 'integer' },
          varcharTableColumn('interactionId', 64),
          instantTableColumn('at'),
        ],
      }),
      true,
    );
    await q.createIndex('gateway_data_access_events', new TableIndex({ name: 'gateway_data_access_consent', columnNames: ['tenantId', 'consentId', 'at'] }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('gateway_data_access_events');
  }
}
