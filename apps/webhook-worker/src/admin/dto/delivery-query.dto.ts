import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import type { WebhookDeliveryStatus } from '@hub/webhooks';

export const DELIVERY_STATUSES: WebhookDeliveryStatus[] = ['waiting', 'queued', 'retrying', 'delivered', 'dead'];
const TENANT_ID = /^[a-z0-9][a-z0-9-]{0,39}$/;

/** `?tenantId=`: only the deliveries of one LFI. */
export class TenantFilterDto {
  @ApiPropertyOptional({ description: 'Only the deliveries of this LFI tenant', example: 'falcon-bank' })
  @IsOptional()
  @Matches(TENANT_ID, { message: 'tenantId must be a tenant id (lower case letters, digits and dashes)' })
  tenantId?: string;
}

/** `GET /admin/webhooks/deliveries?status=&tenantId=&limit=`. */
export class DeliveryListQueryDto extends TenantFilterDto {
  @ApiPropertyOptional({ enum: DELIVERY_STATUSES })
  @IsOptional()
  @IsIn(DELIVERY_STATUSES, { message: `status must be one of ${DELIVERY_STATUSES.join(', ')}` })
  status?: WebhookDeliveryStatus;

  @ApiPropertyOptional({ minimum: 1, maximum: 500, default: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit must be an integer' })
  @Min(1)
  @Max(500)
  limit?: number;
}
