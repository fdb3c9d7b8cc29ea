import { Global, Module, type DynamicModule, type ModuleMetadata } from '@nestjs/common';
import type { PortBinding } from '@hub/kernel';
import { ResourceChangeOutbox } from './resource-change-outbox';
import { ResourceLogStore } from './resource-log-store';

export type ResourceChangeOutboxProvider = PortBinding;

export interface ResourceLogsOptions {
  /** Binds the ResourceChangeOutbox port (the hub's transactional outbox). */
  outbox: ResourceChangeOutboxProvider;
  /** Modules the outbox provider needs. */
  imports?: ModuleMetadata['imports'];
}

/**
 * The resource logs of the hub process. Global and single: the gateway opens entries and the
 * Consent Manager API records the LFI's status changes on the same store. Needs the hub's
 * DataSource (with `resourceLogsPersistence`) and the global Clock provider.
 */
@Global()
@Module({})
export class ResourceLogsModule {
  static forRoot(options: ResourceLogsOptions): DynamicModule {
    return {
      module: ResourceLogsModule,
      imports: options.imports ?? [],
      providers: [ResourceLogStore, { provide: ResourceChangeOutbox, ...options.outbox }],
      exports: [ResourceLogStore],
    };
  }
}
