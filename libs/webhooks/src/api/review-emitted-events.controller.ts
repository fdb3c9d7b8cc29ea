import { Clock, InjectConfig, SandboxConfig, Tenant, TenantConfig, TenantPipe, tenantUrls } from '@hub/kernel';
import { Caller, CallerIdentity, ClientCertificateGuard, RequireCaller } from '@hub/trust-framework';
import { Controller, Get, Param, Query, UseGuards } from '@nestjs/common';
import { ApiBadRequestResponse, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiParam, ApiQuery, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { emittedEvent, emittedEventsResponse } from './emitted-events';
import { EmittedEventsResponseDto } from './emitted-events.dto';
import { EmittedEventsStore } from './emitted-events.store';
import { parseReviewQuery, ReviewEmittedEventsQueryDto } from './review-query.dto';

/**
 * What the hub emitted to the calling TPP at this LFI: every webhook delivery with its attempts
 * and the notification as the TPP decrypts it. Only the TPP's own deliveries at this tenant exist for it.
 */
@ApiTags('webhooks')
@ApiParam({ name: 'tenant', description: 'LFI tenant id' })
@Controller(':tenant/rs/review-emitted-events')
@UseGuards(ClientCertificateGuard)
export class ReviewEmittedEventsController {
  constructor(
    private readonly store: EmittedEventsStore,
    private readonly clock: Clock,
    @InjectConfig() private readonly config: SandboxConfig,
  ) {}

  @Get()
  @RequireCaller({ kinds: ['tpp'] })
  @ApiOperation({ summary: 'The webhook notifications the hub emitted to the calling TPP (mTLS) at this LFI in the last minutesInPast minutes, newest first, decrypted' })
  @ApiQuery({ type: ReviewEmittedEventsQueryDto })
  @ApiOkResponse({ type: EmittedEventsResponseDto })
  @ApiBadRequestResponse({ description: 'Resource.InvalidFormat: minutesInPast is not a whole number from 1 to 10080' })
  @ApiUnauthorizedResponse({ description: 'No client certificate, or one the trust framework did not issue' })
  @ApiForbiddenResponse({ description: 'The certificate is not a TPP application certificate' })
  async review(@Param('tenant', TenantPipe) tenant: Tenant, @Query() raw: Record<string, unknown>, @Caller() caller: CallerIdentity): Promise<EmittedEventsResponseDto> {
    const { minutesInPast } = parseReviewQuery(raw);
    const since = new Date(this.clock.now().getTime() - minutesInPast * 60_000);
    const rows = await this.store.since(tenant.id, caller.clientId, since);
    const self = `${tenantUrls(this.config, tenant as TenantConfig).resourceServerUrl}/review-emitted-events?minutesInPast=${minutesInPast}`;
    return emittedEventsResponse(rows.map((r) => emittedEvent(r.delivery, r.attempts)), { self, minutesInPast });
  }
}
