import { instantTableColumn } from '@hub/persistence';
import { Table, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm';

const PSUS = 'mock_lfi_psus';
const ACCOUNTS = 'mock_lfi_accounts';
const POLICIES = 'mock_lfi_insurance_policies';

function varchar(name: string, length: number, isPrimary = false): TableColumnOptions {
  return { name, type: 'varchar', length: String(length), isPrimary };
}

/** Both tables of holdings point at their owner through the tenant and the user together. */
function ownerForeignKey(name: string): TableForeignKey {
  return new TableForeignKey({
    name,
    columnNames: ['tenantId', 'userId'],
    referencedTableName: PSUS,
    referencedColumnNames: ['tenantId', 'userId'],
    onDelete: 'CASCADE',
  });
}

/**
 * The mock LFI's tables. Written with the Table API and portable types only (varchar, boolean,
 * ISO strings for dates and instants) so the same migration runs on SQLite and PostgreSQL.
 */
export class CreateMockLfiTables1767225600000 implements MigrationInterface {
  name = 'CreateMockLfiTables1767225600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(psusTable(), true);
    await queryRunner.createTable(accountsTable(), true);
    await queryRunner.createTable(policiesTable(), true);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable(POLICIES, true);
    await queryRunner.dropTable(ACCOUNTS, true);
    await queryRunner.dropTable(PSUS, true);
  }
}

function psusTable(): Table {
  return new Table({
    name: PSUS,
    columns: [
      varchar('tenantId', 64, true),
      varchar('userId', 40, true),
      varchar('username', 64),
      varchar('passwordHash', 255),
      varchar('otp', 16),
      varchar('fullName', 128),
      varchar('emiratesId', 18),
      instantTableColumn('createdAt'),
    ],
    indices: [new TableIndex({ name: 'UQ_mock_lfi_psus_username', columnNames: ['tenantId', 'username'], isUnique: true })],
  });
}

function accountsTable(): Table {
  return new Table({
    name: ACCOUNTS,
    columns: [
      varchar('tenantId', 64, true),
      varchar('accountId', 40, true),
      varchar('userId', 40),
      varchar('accountType', 16),
      varchar('accountSubType', 20),
      varchar('currency', 3),
      varchar('iban', 34),
      varchar('accountHolderName', 140),
      varchar('nickname', 70),
      varchar('openingDate', 10),
      varchar('status', 16),
      { name: 'isShariaCompliant', type: 'boolean' },
      instantTableColumn('createdAt'),
    ],
    indices: [
      new TableIndex({ name: 'IDX_mock_lfi_accounts_owner', columnNames: ['tenantId', 'userId'] }),
      new TableIndex({ name: 'UQ_mock_lfi_accounts_iban', columnNames: ['tenantId', 'iban'], isUnique: true }),
    ],
    foreignKeys: [ownerForeignKey('FK_mock_lfi_accounts_psu')],
  });
}

function policiesTable(): Table {
  return new Table({
    name: POLICIES,
    columns: [
      varchar('tenantId', 64, true),
      varchar('insurancePolicyId', 40, true),
      varchar('userId', 40),
      varchar('line', 16),
      varchar('status', 16),
      varchar('startDate', 10),
      varchar('endDate', 10),
      varchar('premiumAmount', 20),
      varchar('currency', 3),
      instantTableColumn('createdAt'),
    ],
    indices: [new TableIndex({ name: 'IDX_mock_lfi_insurance_policies_owner', columnNames: ['tenantId', 'userId'] })],
    foreignKeys: [ownerForeignKey('FK_mock_lfi_insurance_policies_psu')],
  });
}
