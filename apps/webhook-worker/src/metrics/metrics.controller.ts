import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { WebhookMetricsDto } from './metrics.dto';
import { WebhookMetrics } from './webhook-metrics';

/** Public like health: counts only, no TPP or consent data. */
@ApiTags('metrics')
@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: WebhookMetrics) {}

  @Get()
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'Webhook delivery figures: deliveries by status, retries, attempts, latency, the BullMQ queue' })
  @ApiOkResponse({ type: WebhookMetricsDto })
  snapshot(): Promise<WebhookMetricsDto> {
    return this.metrics.snapshot();
  }
}
