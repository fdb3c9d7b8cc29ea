import { instantTableColumn, jsonTableColumn, varcharTableColumn } from '@hub/persistence';
import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

const FX_QUOTES = 'mock_lfi_fx_quotes';

/** The FX desk's quotes and their pending lifecycle step (see FxQuoteEntity). */
export class CreateMockLfiFxQuotes1767657600000 implements MigrationInterface {
  name = 'CreateMockLfiFxQuotes1767657600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: FX_QUOTES,
        columns: [
          varcharTableColumn('fxQuoteId', 36, { primary: true }),
          varcharTableColumn('tenantId', 64),
          varcharTableColumn('callerOrgId', 128),
          varcharTableColumn('callerClientId', 128),
          varcharTableColumn('quoteReference', 37),
          varcharTableColumn('status', 16),
          jsonTableColumn('terms'),
          instantTableColumn('expirationDateTime'),
          instantTableColumn('creationDateTime'),
          instantTableColumn('statusUpdateDateTime'),
          varcharTableColumn('nextStatus', 16, { nullable: true }),
          instantTableColumn('nextStepAt', { nullable: true }),
          { name: 'stepAttempts', type: 'integer', default: 0 },
          varcharTableColumn('interactionId', 64),
        ],
        indices: [new TableIndex({ name: 'IDX_mock_lfi_fx_quotes_next_step', columnNames: ['nextStepAt'] })],
      }),
      true,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable(FX_QUOTES, true);
  }
}
