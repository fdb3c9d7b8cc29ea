import 'reflect-metadata';
import { mountAuthorizationServers, TppRegistrationService } from '@hub/authorization';
import { consentManagerReleaseAlias } from '@hub/consent-manager';
import { paymentFileUploadBody } from '@hub/gateway';
import { createSandboxApp, hubBaseUrl, HealthRegistry, SandboxConfig } from '@hub/kernel';
import { OzoneConnectClients } from '@hub/ozone-connect';
import { readDirectory, TrustDirectory } from '@hub/trust-framework';
import { INestApplication } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { hubErrorFormat } from './error-format';
import { registerHubHealth } from './hub-health';
import { HubModule } from './hub.module';
import { publishHubDocs } from './swagger';
import { tenantHostRouting } from './tenant-host-routing';

export interface RunningHub {
  app: INestApplication;
  url: string;
  docs: Record<string, string>;
}

/** Builds and starts the hub; `main.ts` and the tests share it so both see the same middleware order. */
export async function startHub(config: SandboxConfig, bindAddress = '127.0.0.1'): Promise<RunningHub> {
  const directory = readDirectory(config.certsDir);
  const tls = { ...directory.servers.hub, caFile: directory.caBundleFile };
  const app = await createSandboxApp(HubModule.forRoot(config, directory), tls, hubErrorFormat);
  if (config.tenantRouting === 'host') app.use(tenantHostRouting(config));
  app.use(consentManagerReleaseAlias);
  // A payment file is hashed byte for byte: read it raw before Nest's JSON and form parsers do.
  app.use(paymentFileUploadBody);
  mountAuthorizationServers(app);
  await app.get(TppRegistrationService).registerSeeds(config, app.get(TrustDirectory));
  registerHubHealth(app.get(HealthRegistry), config, app.get<DataSource>(getDataSourceToken()), app.get(OzoneConnectClients));
  const docs = publishHubDocs(app);
  await app.listen(config.ports.hub, bindAddress);
  return { app, url: hubBaseUrl(config), docs };
}
