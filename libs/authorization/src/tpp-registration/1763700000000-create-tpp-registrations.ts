import { instantTableColumn } from '@hub/persistence';
import { MigrationInterface, QueryRunner, Table } from 'typeorm';

export class CreateTppRegistrations1763700000000 implements MigrationInterface {
  name = 'CreateTppRegistrations1763700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'tpp_registrations',
        columns: [
          { name: 'tenantId', type: 'varchar', length: '40', isPrimary: true },
          { name: 'clientId', type: 'varchar', length: '64', isPrimary: true },
          { name: 'organisationId', type: 'varchar', length: '64' },
          { name: 'softwareStatementId', type: 'varchar', length: '128' },
          instantTableColumn('registeredAt'),
          instantTableColumn('lastRegisteredAt'),
        ],
      }),
      true,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('tpp_registrations');
  }
}
