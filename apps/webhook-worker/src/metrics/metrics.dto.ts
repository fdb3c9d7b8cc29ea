import { ApiProperty } from '@nestjs/swagger';

export class LatencyDto {
  @ApiProperty({ description: 'Delivered deliveries measured (the last 1000)' }) sample: number;
  @ApiProperty({ nullable: true, type: Number }) p50: number | null;
  @ApiProperty({ nullable: true, type: Number }) p99: number | null;
  @ApiProperty({ nullable: true, type: Number }) max: number | null;
}

/** The worker's figures, over every tenant and TPP (counts only, no consent data). */
export class WebhookMetricsDto {
  @ApiProperty({ description: 'This worker process (host:pid), as recorded on its attempts' }) worker: string;
  @ApiProperty({ description: 'Deliveries not yet attempted: waiting + queued' }) queued: number;
  @ApiProperty({ description: 'Deliveries whose last attempt failed and that will be tried again' }) retrying: number;
  @ApiProperty() delivered: number;
  @ApiProperty({ description: 'Dead letters: every attempt failed (replayable)' }) deadLettered: number;
  @ApiProperty({ description: 'Attempts beyond the first of their delivery' }) retried: number;
  @ApiProperty({ description: 'Attempts made in total' }) attempts: number;
  @ApiProperty({ type: LatencyDto, description: 'createdAt → deliveredAt in ms over the last 1000 delivered' }) latencyMs: LatencyDto;
  @ApiProperty({ enum: ['none', 'up', 'down'] }) redis: 'none' | 'up' | 'down';
  @ApiProperty({ nullable: true, description: 'BullMQ job counts (waiting, delayed, active); null without Redis', type: 'object', additionalProperties: { type: 'number' } })
  queue: Record<string, number> | null;
}
