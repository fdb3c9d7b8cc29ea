import { instantTableColumn, varcharTableColumn } from '@hub/persistence';
import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';

export class CreateGatewayApiCalls1768262400000 implements MigrationInterface {
  name = 'CreateGatewayApiCalls1768262400000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'gateway_api_calls',
        columns: [
          varcharTableColumn('id', 36, { primary: true }),
          varcharTableColumn('tenantId', 40),
          varcharTableColumn('clientId', 64),
          varcharTableColumn('organisationId', 64),
          varcharTableColumn('method', 8),
          varcharTableColumn('apiFamily', 40),
          varcharTableColumn('apiUri', 256),
          { name: 'status', type: 'integer' },
          { name: 'latencyMicros', type: 'integer' },
          { name: 'lfiLatencyMicros', type: 'integer', isNullable: true },
          { name: 'lfiFailed', type: 'boolean' },
          varcharTableColumn('interactionId', 64),
          varcharTableColumn('consentId', 128, { nullable: true }),
          instantTableColumn('at'),
        ],
      }),
      true,
    );
    await q.createIndex('gateway_api_calls', new TableIndex({ name: 'gateway_api_calls_client', columnNames: ['tenantId', 'clientId', 'at'] }));
    await q.createIndex('gateway_api_calls', new TableIndex({ name: 'gateway_api_calls_tenant', columnNames: ['tenantId', 'at'] }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('gateway_api_calls');
  }
}
