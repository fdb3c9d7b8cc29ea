import { BadRequestException, DynamicModule, INestApplication, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import type { SandboxConfig } from '../config/sandbox-config';
import { SandboxConfigModule } from '../config/config.module';
import { ApiErrorFilter, ErrorFormatSelector } from '../errors/api-error.filter';
import { validationProblems } from '../errors/validation-problems';
import { HealthModule } from '../health/health.module';
import { LoggingModule } from '../logging/logging.module';
import { httpsServerOptions, TlsFiles } from '../tls/https-options';

/** What every sandbox app imports: its validated config, its logger and its health endpoints. */
export function foundationImports(config: SandboxConfig, service: string): DynamicModule[] {
  return [SandboxConfigModule.forRoot(config), LoggingModule.forRoot(config, service), HealthModule.forRoot(service)];
}

/**
 * One way to create every sandbox app: HTTPS with the trust framework's certificates (client
 * certificate requested), pino as the logger, errors in the surface's wire format, and DTO
 * validation that refuses unknown fields.
 */
export async function createSandboxApp(module: DynamicModule, tls: TlsFiles, errorFormat: ErrorFormatSelector): Promise<INestApplication> {
  const app = await NestFactory.create(module, { httpsOptions: httpsServerOptions(tls), bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.useGlobalFilters(new ApiErrorFilter(errorFormat));
  app.useGlobalPipes(
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      exceptionFactory: (errors) => new BadRequestException(validationProblems(errors).map((p) => p.message)),
    }),
  );
  return app;
}
