import { DynamicModule, Global, Inject, Injectable, Module, PipeTransform } from '@nestjs/common';
import { ApiError } from '../errors/api-error';
import { SandboxConfig, TenantConfig } from './sandbox-config';

export const SANDBOX_CONFIG = Symbol('SANDBOX_CONFIG');

/** Injects the validated configuration: `@InjectConfig() config: SandboxConfig`. */
export const InjectConfig = () => Inject(SANDBOX_CONFIG);

/**
 * A tenant as route handlers receive it. A mapped type on purpose: its decorator metadata is
 * `Object`, so the global ValidationPipe does not try to validate the path string as a TenantConfig.
 */
export type Tenant = Readonly<TenantConfig>;

/** Turns the `:tenant` path segment into its TenantConfig, or answers 404 for an unknown tenant. */
@Injectable()
export class TenantPipe implements PipeTransform<string, Tenant> {
  constructor(@InjectConfig() private readonly config: SandboxConfig) {}

  transform(id: string): Tenant {
    const tenant = this.config.tenants.find((t) => t.id === id);
    if (!tenant) throw ApiError.notFound(`No LFI tenant '${id}' in this sandbox`);
    return tenant;
  }
}

@Global()
@Module({})
export class SandboxConfigModule {
  static forRoot(config: SandboxConfig): DynamicModule {
    return {
      module: SandboxConfigModule,
      providers: [{ provide: SANDBOX_CONFIG, useValue: config }, TenantPipe],
      exports: [SANDBOX_CONFIG, TenantPipe],
    };
  }
}
