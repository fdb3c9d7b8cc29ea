import { DynamicModule, Module } from '@nestjs/common';
import { ClientCertificateGuard } from '../caller/client-certificate.guard';
import { TrustDirectory, TrustDirectoryOptions } from '../caller/trust-directory';
import { KeystoreController } from './keystore.controller';

export interface TrustFrameworkModuleOptions extends TrustDirectoryOptions {
  certsDir: string;
  /** Serve the keystore (the hub does); apps that only identify callers (the mock LFI) turn it off. */
  keystore?: boolean;
}

@Module({})
export class TrustFrameworkModule {
  static forRoot(options: TrustFrameworkModuleOptions): DynamicModule {
    return {
      module: TrustFrameworkModule,
      global: true,
      providers: [{ provide: TrustDirectory, useFactory: () => new TrustDirectory(options.certsDir, { trustedProxy: options.trustedProxy }) }, ClientCertificateGuard],
      controllers: options.keystore === false ? [] : [KeystoreController],
      exports: [TrustDirectory, ClientCertificateGuard],
    };
  }
}
