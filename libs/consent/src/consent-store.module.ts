import { Global, Module, type DynamicModule, type ModuleMetadata } from '@nestjs/common';
import type { PortBinding } from '@hub/kernel';
import { ConsentOutbox } from './outbox/consent-outbox';
import { CONSENT_LFI_ACTIONS } from './service/consent-lfi-actions';
import { ConsentRevocationHooks } from './service/consent-revocation-hooks';
import { ConsentService } from './service/consent.service';

export type ConsentLfiActionsProvider = PortBinding;

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
