import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

const PSUS = 'mock_lfi_psus';
const ACCOUNTS = 'mock_lfi_accounts';

/**
 * PSU profiles: a customer category (SME customers carry business KYC claims), a profile name,
 * and per-account history length. Defaults describe every row stored before, so an existing
 * database keeps its data unchanged.
 */
export class AddPsuProfiles1767398400000 implements MigrationInterface {
  name = 'AddPsuProfiles1767398400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn(PSUS, new TableColumn({ name: 'customerCategory', type: 'varchar', length: '16', default: "'Retail'" }));
    await queryRunner.addColumn(PSUS, new TableColumn({ name: 'profile', type: 'varchar', length: '32', default: "'everyday'" }));
    await queryRunner.addColumn(ACCOUNTS, new TableColumn({ name: 'historyMonths', type: 'integer', default: 12 }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn(ACCOUNTS, 'historyMonths');
    await queryRunner.dropColumn(PSUS, 'profile');
    await queryRunner.dropColumn(PSUS, 'customerCategory');
  }
}
