import type { SandboxConfig } from '@hub/kernel';
import { DynamicModule, Module } from '@nestjs/common';
import { O3UtilitiesController } from './o3-utilities.controller';
import { PostmanEnvironmentController } from './postman-environment.controller';
import { SandboxJwks } from './sandbox-jwks';

/** On unless the deployment says `sandbox.o3Utilities: false`. */
export function o3UtilitiesEnabled(config: SandboxConfig): boolean {
  return config.sandbox?.o3Utilities !== false;
}

/**
 * The `{rs}/o3/v1.0/message-signature`, `message-encryption` and `postman/environment` helpers
 * of the official Postman collections. Switched off, the routes are not mounted at all: they
 * answer 404 like any unknown path and leave the OpenAPI documents. Needs the global config and
 * TrustDirectory providers.
 */
@Module({})
export class O3UtilitiesModule {
  static forRoot(config: SandboxConfig): DynamicModule {
    const enabled = o3UtilitiesEnabled(config);
    return { module: O3UtilitiesModule, controllers: enabled ? [O3UtilitiesController, PostmanEnvironmentController] : [], providers: enabled ? [SandboxJwks] : [] };
  }
}
