import { DynamicModule, Global, Injectable, Module, OnModuleDestroy } from '@nestjs/common';
import { OzoneConnectClient, OzoneConnectTarget } from '../client/ozone-connect-client';

/** One long-lived client (kept-alive connections) per LFI tenant. */
@Injectable()
export class OzoneConnectClients implements OnModuleDestroy {
  private readonly clients = new Map<string, OzoneConnectClient>();

  constructor(targets: OzoneConnectTarget[]) {
    for (const t of targets) this.clients.set(t.providerId, new OzoneConnectClient(t));
  }

  /** The client of a tenant; throws for a tenant the hub does not serve. */
  forTenant(tenantId: string): OzoneConnectClient {
    const client = this.clients.get(tenantId);
    if (!client) throw new Error(`no Ozone Connect client for tenant ${tenantId}`);
    return client;
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all([...this.clients.values()].map((c) => c.close()));
  }
}

@Global()
@Module({})
export class OzoneConnectModule {
  static forRoot(targets: OzoneConnectTarget[]): DynamicModule {
    return {
      module: OzoneConnectModule,
      providers: [{ provide: OzoneConnectClients, useFactory: () => new OzoneConnectClients(targets) }],
      exports: [OzoneConnectClients],
    };
  }
}
