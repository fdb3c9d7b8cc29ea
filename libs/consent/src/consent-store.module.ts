import {
  Global,
  Module,
  type ClassProvider,
  type DynamicModule,
  type ExistingProvider,
  type FactoryProvider,
  type ModuleMetadata,
  type ValueProvider,
} from '@nestjs/common';
import { ConsentOutbox } from './outbox/consent-outbox';
import { CONSENT_LFI_ACTIONS } from './service/consent-lfi-actions';
import { ConsentRevocationHooks } from './service/consent-revocation-hooks';
import { ConsentService } from './service/consent.service';

export type ConsentLfiActionsProvider =
  | Omit<ClassProvider, 'provide'>
  | Omit<FactoryProvider, 'provide'>
  | Omit<ExistingProvider, 'provide'>
  | Omit<ValueProvider, 'provide'>;

export interface ConsentStoreOptions {
  /** Binds the ConsentLfiActions port (Ozone Connect validate/augment); without it, no LFI call is made. */
  lfiActions?: ConsentLfiActionsProvider;
  /** Modules the lfiActions provider needs. */
  imports?: ModuleMetadata['imports'];
}

const SHARED = [ConsentService, ConsentOutbox, ConsentRevocationHooks];

/**
 * The consent store of the hub process. Global and single: the authorization server, the gateway
 * and the Consent Manager API must share one ConsentService and one set of revocation hooks.
 * Needs the hub's DataSource (PersistenceModule.forRoot with `consentPersistence`) and the global
 * Clock provider.
 */
@Global()
@Module({ providers: SHARED, exports: SHARED })
export class ConsentStoreModule {
  static forRoot(options: ConsentStoreOptions = {}): DynamicModule {
    const providers = options.lfiActions ? [...SHARED, { provide: CONSENT_LFI_ACTIONS, ...options.lfiActions }] : SHARED;
    return { module: ConsentStoreModule, imports: options.imports ?? [], providers, exports: SHARED };
  }
}
