import { Module, type DynamicModule, type FactoryProvider, type ModuleMetadata } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { DataSourceOptions } from 'typeorm';
import { dataSourceOptions } from './data-source-options';
import type { DatabaseSettings, PersistenceParts } from './database-settings';
import { openDataSource, type OpenOptions } from './open-database';

/** A Nest factory of the settings, given the providers `inject` names (Nest's own factory type). */
export type DatabaseSettingsFactory = FactoryProvider<DatabaseSettings>['useFactory'];

export interface PersistenceModuleDeps {
  /** Modules providing what `inject` names (e.g. the config module). */
  imports?: ModuleMetadata['imports'];
  /** Providers passed to a settings factory, in order. */
  inject?: FactoryProvider['inject'];
}

/**
 * The app's database as a Nest module: the DataSource is opened (and migrated) while the app
 * boots, and TypeOrmModule is re-exported so feature modules can call `TypeOrmModule.forFeature`.
 */
@Module({})
export class PersistenceModule {
  static forRoot(
    settings: DatabaseSettings | DatabaseSettingsFactory,
    parts: PersistenceParts,
    deps: PersistenceModuleDeps = {},
    open: OpenOptions = {},
  ): DynamicModule {
    const resolve: DatabaseSettingsFactory = typeof settings === 'function' ? settings : () => settings;
    const root = TypeOrmModule.forRootAsync({
      imports: deps.imports,
      inject: deps.inject,
      useFactory: async (...args: unknown[]) => ({
        ...dataSourceOptions(await resolve(...args), parts),
        // A failed migration or a wrong URL is not transient: fail the boot at once and let
        // the launcher report it instead of retrying for half a minute.
        toRetry: () => false,
      }),
      dataSourceFactory: (options) => openDataSource(options as DataSourceOptions, open),
    });
    return { module: PersistenceModule, imports: [root], exports: [TypeOrmModule] };
  }
}
