import 'reflect-metadata';
import { createSandboxApp, HealthRegistry, mockLfiBaseUrl, publishOpenApi, SandboxConfig } from '@hub/kernel';
import type { LfiProfile } from '@hub/mock-lfi-data';
import { MOCK_LFI_DESK_SETTINGS } from '@hub/mock-lfi-desks';
import { seedMockLfi } from '@hub/mock-lfi-store';
import { pingDatabase } from '@hub/persistence';
import { INestApplication } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
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
  MOCK_LFI_DESK_SETTINGS.of(config); // a bad desk setting stops the start, not the first quote
  const tls = { ...profile.server, caFile: profile.caFile };
  const app = await createSandboxApp(MockLfiModule.forRoot(config, profile), tls, () => 'ozone');
  const db = app.get<DataSource>(getDataSourceToken());
  const seeded = await seedMockLfi(db, profile.tenants, profile.seed);
  const registry = app.get(HealthRegistry);
  registry.register({ name: 'database', critical: true, check: () => pingDatabase(db).then(() => undefined) });
  for (const check of hubReachabilityChecks(profile)) registry.register(check);
  publishOpenApi(app, 'Mock LFI: Ozone Connect and LFI pages');
  await app.listen(config.ports.mockLfi, bindAddress);
  return { app, url: mockLfiBaseUrl(config), seeded };
}
