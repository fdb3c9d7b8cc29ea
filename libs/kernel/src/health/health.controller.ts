import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { HealthRegistry, ReadinessReport } from './health-registry';

@ApiTags('health')
@Controller('health')
export class HealthController {
  private readonly startedAt = Date.now();

  constructor(private readonly registry: HealthRegistry) {}

  @Get('live')
  @ApiOperation({ summary: 'Liveness: the process answers.' })
  @ApiOkResponse({ description: '{status: "ok", service, uptimeSeconds}' })
  live(): { status: 'ok'; service: string; uptimeSeconds: number } {
    return { status: 'ok', service: this.registry.service, uptimeSeconds: Math.round((Date.now() - this.startedAt) / 1000) };
  }

  @Get('ready')
  @ApiOperation({ summary: 'Readiness: database, Redis and upstream checks. 503 when a critical one is down; "degraded" when only an optional one is.' })
  @ApiOkResponse({ description: 'ok or degraded' })
  @ApiServiceUnavailableResponse({ description: 'a critical dependency is down' })
  async ready(@Res({ passthrough: true }) res: Response): Promise<ReadinessReport> {
    const report = await this.registry.readiness();
    if (report.status === 'down') res.status(HttpStatus.SERVICE_UNAVAILABLE);
    return report;
  }
}
