import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export const EMITTED_EVENT_STATUSES = ['Waiting', 'Queued', 'Retrying', 'Delivered', 'Dead'] as const;
export type EmittedEventStatus = (typeof EMITTED_EVENT_STATUSES)[number];

export class EmittedEventAttemptDto {
  @ApiProperty({ format: 'date-time' }) At: string;
  @ApiPropertyOptional({ type: 'integer', description: 'HTTP status the receiver answered; absent when it did not answer' }) StatusCode?: number;
  @ApiProperty({ type: 'integer' }) LatencyMs: number;
  @ApiPropertyOptional() Error?: string;
}

/** What the TPP reads after decrypting the JWE and verifying the hub's signature. */
export class EmittedEventMessageDto {
  @ApiProperty({ description: 'iss: the issuer of the LFI tenant' }) Iss: string;
  @ApiProperty({ type: [String], description: 'aud: the TPP client id' }) Aud: string[];
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'message.Data: the resource as the TPP would GET it' }) Data: Record<string, unknown>;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'message.Meta: EventDateTime, EventResource, EventType, ConsentId…' }) Meta: Record<string, unknown>;
}

export class EmittedEventDto {
  @ApiProperty({ format: 'uuid' }) DeliveryId: string;
  @ApiProperty({ description: 'jti of the signed notification (the same at every attempt)' }) Jti: string;
  @ApiProperty({ enum: EMITTED_EVENT_STATUSES }) Status: EmittedEventStatus;
  @ApiProperty({ description: 'The subscription Url it was sent to' }) Url: string;
  @ApiProperty({ example: 'Resource.Updated' }) EventType: string;
  @ApiProperty({ description: 'ConsentId (or the id of the resource the event is about)' }) ResourceId: string;
  @ApiProperty({ format: 'date-time' }) CreatedAt: string;
  @ApiPropertyOptional({ format: 'date-time' }) DeliveredAt?: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'When the last attempt failed and the hub gave up' }) DeadAt?: string;
  @ApiProperty({ type: 'integer', description: 'Number of POSTs so far' }) Attempts: number;
  @ApiPropertyOptional({ type: 'integer' }) LastStatusCode?: number;
  @ApiPropertyOptional() LastError?: string;
  @ApiProperty({ type: EmittedEventMessageDto }) Message: EmittedEventMessageDto;
  @ApiProperty({ type: [EmittedEventAttemptDto], description: 'Every POST, oldest first' }) DeliveryAttempts: EmittedEventAttemptDto[];
}

class EmittedEventsDataDto {
  @ApiProperty({ type: [EmittedEventDto], description: 'Newest first' }) Events: EmittedEventDto[];
}

class EmittedEventsLinksDto {
  @ApiProperty() Self: string;
}

class EmittedEventsMetaDto {
  @ApiProperty({ type: 'integer' }) MinutesInPast: number;
  @ApiProperty({ type: 'integer' }) TotalRecords: number;
}

export class EmittedEventsResponseDto {
  @ApiProperty({ type: EmittedEventsDataDto }) Data: EmittedEventsDataDto;
  @ApiProperty({ type: EmittedEventsLinksDto }) Links: EmittedEventsLinksDto;
  @ApiProperty({ type: EmittedEventsMetaDto }) Meta: EmittedEventsMetaDto;
}
