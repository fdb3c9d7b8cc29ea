import { Caller, ClientCertificateGuard, RequireCaller, type CallerIdentity } from '@hub/trust-framework';
import { Controller, Get, HttpCode, Param, Post, Query, UseGuards } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBadRequestResponse, ApiConflictResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { DeliveriesAdmin } from './deliveries-admin.service';
import { DeliveryListQueryDto, TenantFilterDto } from './dto/delivery-query.dto';
import { DeadLettersReplayedDto, ReplayAcceptedDto, WebhookDeliveryDetailDto, WebhookDeliveryDto } from './dto/delivery.dto';

/**
 * TPP self-service over its own webhook deliveries, with its transport certificate (mTLS):
 * list, inspect with every attempt, and replay dead letters. Errors are `Errors[]`.
 */
@ApiTags('webhook deliveries (TPP self-service)')
@ApiUnauthorizedResponse({ description: 'No client certificate, or one the trust framework does not know' })
@ApiForbiddenResponse({ description: 'The certificate is not a TPP transport certificate' })
@Controller('admin/webhooks')
@UseGuards(ClientCertificateGuard)
@RequireCaller({ kinds: ['tpp'] })
export class DeliveriesAdminController {
  constructor(private readonly admin: DeliveriesAdmin) {}

  @Get('deliveries')
  @ApiOperation({ summary: "The calling TPP's webhook deliveries, newest first" })
  @ApiOkResponse({ type: [WebhookDeliveryDto] })
  @ApiBadRequestResponse({ description: 'Bad status, tenantId or limit' })
  list(@Query() query: DeliveryListQueryDto, @Caller() caller: CallerIdentity): Promise<WebhookDeliveryDto[]> {
    return this.admin.list(caller.clientId, query);
  }

  @Get('deliveries/:id')
  @ApiOperation({ summary: 'One delivery of the calling TPP with its attempts (oldest first)' })
  @ApiOkResponse({ type: WebhookDeliveryDetailDto })
  @ApiNotFoundResponse({ description: 'No such delivery of this TPP' })
  detail(@Param('id') id: string, @Caller() caller: CallerIdentity): Promise<WebhookDeliveryDetailDto> {
    return this.admin.detail(caller.clientId, id);
  }

  @Post('deliveries/:id/replay')
  @HttpCode(202)
  @ApiOperation({ summary: 'Send a dead delivery again (same jti), starting a new round of attempts' })
  @ApiAcceptedResponse({ type: ReplayAcceptedDto })
  @ApiNotFoundResponse({ description: 'No such delivery of this TPP' })
  @ApiConflictResponse({ description: 'The delivery is not dead' })
  replay(@Param('id') id: string, @Caller() caller: CallerIdentity): Promise<ReplayAcceptedDto> {
    return this.admin.replay(caller.clientId, id);
  }

  @Post('dead-letters/replay')
  @HttpCode(202)
  @ApiOperation({ summary: 'Replay every dead delivery of the calling TPP (optionally of one tenant)' })
  @ApiAcceptedResponse({ type: DeadLettersReplayedDto })
  async replayDeadLetters(@Query() query: TenantFilterDto, @Caller() caller: CallerIdentity): Promise<DeadLettersReplayedDto> {
    return { replayed: await this.admin.replayDeadLetters(caller.clientId, query.tenantId) };
  }
}
