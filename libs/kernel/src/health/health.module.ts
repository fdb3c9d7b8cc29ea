import { DynamicModule, Global, Module } from '@nestjs/common';
import { HealthController } from './health.controller';
import { HealthRegistry } from './health-registry';

/** `/health/live` and `/health/ready` for every app; modules register their checks in the registry. */
@Global()
@Module({})
export class HealthModule {
  static forRoot(service: string): DynamicModule {
    return {
      module: HealthModule,
      controllers: [HealthController],
      providers: [{ provide: HealthRegistry, useFactory: () => Object.assign(new HealthRegistry(), { service }) }],
      exports: [HealthRegistry],
    };
  }
}
