import { instantTableColumn, jsonTableColumn, varcharTableColumn } from '@hub/persistence';
import { MigrationInterface, QueryRunner, Table } from 'typeorm';

const varchar = varcharTableColumn;

/** The oidc-provider adapter's table (Table API, so one migration serves SQLite and PostgreSQL). */
export class CreateOidcModels1764200000000 implements MigrationInterface {
  name = 'CreateOidcModels1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'oidc_models',
        columns: [
          varchar('tenantId', 40, { primary: true }),
          varchar('model', 64, { primary: true }),
          varchar('id', 512, { primary: true }),
          jsonTableColumn('payload'),
          varchar('grantId', 255, { nullable: true }),
          varchar('uid', 255, { nullable: true }),
          varchar('userCode', 255, { nullable: true }),
          instantTableColumn('expiresAt', { nullable: true }),
          instantTableColumn('consumedAt', { nullable: true }),
        ],
        indices: [
          { name: 'oidc_models_grant', columnNames: ['tenantId', 'grantId'] },
          { name: 'oidc_models_uid', columnNames: ['tenantId', 'model', 'uid'] },
          { name: 'oidc_models_user_code', columnNames: ['tenantId', 'model', 'userCode'] },
          { name: 'oidc_models_expires', columnNames: ['expiresAt'] },
        ],
      }),
      true,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('oidc_models');
  }
}
