import { ApiProperty } from '@nestjs/swagger';
import type { WebhookAttemptEntity, WebhookDeliveryEntity, WebhookDeliveryStatus } from '@hub/webhooks';
import { DELIVERY_STATUSES } from './delivery-query.dto';

/** One webhook delivery as its TPP sees it (never the claims: those are the consent's data). */
export class WebhookDeliveryDto {
  @ApiProperty({ description: 'Delivery id = the notification jti' }) id: string;
  @ApiProperty({ example: 'falcon-bank' }) tenantId: string;
  @ApiProperty({ description: 'ConsentId the event is about' }) resourceId: string;
  @ApiProperty({ example: 'Resource.Updated' }) eventType: string;
  @ApiProperty() url: string;
  @ApiProperty({ enum: DELIVERY_STATUSES }) status: WebhookDeliveryStatus;
  @ApiProperty({ description: 'Incremented by each replay' }) generation: number;
  @ApiProperty({ description: 'Attempts of the current round (a replay starts a new round; earlier attempts stay in the log)' }) attempts: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) deliveredAt: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) deadAt: string | null;
  @ApiProperty({ nullable: true, type: Number }) lastStatusCode: number | null;
  @ApiProperty({ nullable: true, type: String }) lastError: string | null;
}

export class WebhookAttemptDto {
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ description: 'The delivery generation the attempt belongs to (0, then +1 per replay)' }) generation: number;
  @ApiProperty({ description: '1-based number within its generation' }) attempt: number;
  @ApiProperty({ nullable: true, type: Number, description: 'null when the receiver did not answer' }) statusCode: number | null;
  @ApiProperty() latencyMs: number;
  @ApiProperty({ nullable: true, type: String }) error: string | null;
  @ApiProperty({ description: 'The worker process that made the attempt (host:pid)' }) worker: string;
}

/** The delivery and every attempt made for it, oldest first. */
export class WebhookDeliveryDetailDto {
  @ApiProperty({ type: WebhookDeliveryDto }) delivery: WebhookDeliveryDto;
  @ApiProperty({ type: [WebhookAttemptDto] }) attempts: WebhookAttemptDto[];
}

export class ReplayAcceptedDto {
  @ApiProperty() id: string;
  @ApiProperty({ enum: ['waiting'] }) status: 'waiting';
  @ApiProperty() generation: number;
}

export class DeadLettersReplayedDto {
  @ApiProperty({ description: 'How many dead deliveries went back to waiting' }) replayed: number;
}

export function toDeliveryDto(d: WebhookDeliveryEntity): WebhookDeliveryDto {
  const { id, tenantId, resourceId, eventType, url, status, generation, attempts, createdAt, deliveredAt, deadAt, lastStatusCode, lastError } = d;
  return { id, tenantId, resourceId, eventType, url, status, generation, attempts, createdAt, deliveredAt, deadAt, lastStatusCode, lastError };
}

export function toAttemptDto(a: WebhookAttemptEntity): WebhookAttemptDto {
  const { at, generation, attempt, statusCode, latencyMs, error, worker } = a;
  return { at, generation, attempt, statusCode, latencyMs, error, worker };
}
