import 'reflect-metadata';
import { ApiErrorFilter, HealthRegistry, httpsServerOptions, mockLfiBaseUrl, publishOpenApi, SandboxConfig } from '@hub/kernel';
import { LfiProfile, seedMockLfi } from '@hub/mock-lfi-data';
import { pingDatabase } from '@hub/persistence';
import { INestApplication, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import { Logger } from 'nestjs-pino';
import type { DataSource } from 'typeorm';
import { hubReachabilityChecks } from './mock-lfi-health';
import { MockLfiModule } from './mock-lfi.module';

export interface RunningMockLfi {
  app: INestApplication;
  url: string;
  seeded: { inserted: number; existing: number };
}

/** Ozone Connect errors are `{errorCode, errorMessage}`, like the Consent Manager's. */
export async function startMockLfi(config: SandboxConfig, profile: LfiProfile, bindAddress = '127.0.0.1'): Promise<RunningMockLfi> {
  const tls = { ...profile.server, caFile: profile.caFile };
  const app = await NestFactory.create(MockLfiModule.forRoot(config, profile), { httpsOptions: httpsServerOptions(tls), bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.useGlobalFilters(new ApiErrorFilter(() => 'ozone'));
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }));
  const db = app.get<DataSource>(getDataSourceToken());
  const seeded = await seedMockLfi(db, profile.tenants, profile.seed);
  const registry = app.get(HealthRegistry);
  registry.register({ name: 'database', critical: true, check: () => pingDatabase(db).then(() => undefined) });
  for (const check of hubReachabilityChecks(profile)) registry.register(check);
  publishOpenApi(app, 'Mock LFI: Ozone Connect and LFI pages');
  await app.listen(config.ports.mockLfi, bindAddress);
  return { app, url: mockLfiBaseUrl(config), seeded };
}
