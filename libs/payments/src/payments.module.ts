import type { PortBinding } from '@hub/kernel';
import { Global, Module, type DynamicModule, type ModuleMetadata } from '@nestjs/common';
import { PaymentChangeOutbox } from './payment-change-outbox';
import { PaymentConsents } from './payment-consents';
import { PaymentLog } from './payment-log';

export interface PaymentsOptions {
  /** Binds the PaymentChangeOutbox port (the hub's transactional outbox). */
  outbox: PortBinding;
  /** Binds the PaymentConsents port (the hub's consent store). */
  consents: PortBinding;
  /** Modules the providers need. */
  imports?: ModuleMetadata['imports'];
}

/**
 * The payment log of the hub process. Global and single: the gateway begins and finishes
 * payments and the Consent Manager API records the LFI's status changes on the same log. Needs
 * the hub's DataSource (with `paymentsPersistence`) and the global Clock provider.
 */
@Global()
@Module({})
export class PaymentsModule {
  static forRoot(options: PaymentsOptions): DynamicModule {
    return {
      module: PaymentsModule,
      imports: options.imports ?? [],
      providers: [PaymentLog, { provide: PaymentChangeOutbox, ...options.outbox }, { provide: PaymentConsents, ...options.consents }],
      exports: [PaymentLog],
    };
  }
}
