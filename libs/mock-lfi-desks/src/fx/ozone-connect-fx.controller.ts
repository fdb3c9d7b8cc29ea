import { applyDecorators, Body, Controller, Get, HttpCode, Param, Patch, Post, Req, Res, UseGuards } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AUTH } from '@hub/mock-lfi-ozone-connect';
import { HubClientGuard } from '@hub/mock-lfi-ozone-connect';
import { HubJwtAuthGuard } from '@hub/mock-lfi-ozone-connect';
import { headerOf, O3ServiceHeadersGuard, REQUIRED_SERVICE_O3_HEADERS } from '@hub/mock-lfi-ozone-connect';
import { FxDesk, type FxCaller } from './fx-desk';
import { fxQuoteAcceptanceOf, fxQuoteRequestOf } from './fx-quote-request';
import { createdFxQuoteBody, fxQuoteBody } from './fx-quote-views';

/** Swagger entries shared by the FX operations: consent-less o3 headers and the common refusals. */
function ApiFxDesk(): ClassDecorator & MethodDecorator {
  return applyDecorators(
    ApiParam({ name: 'tenant', description: 'LFI tenant id (a bank: insurers have no FX desk)' }),
    ...REQUIRED_SERVICE_O3_HEADERS.map((name) => ApiHeader({ name, required: true })),
    ApiHeader({ name: 'o3-caller-interaction-id', required: false }),
    ApiUnauthorizedResponse({ description: 'No hub client certificate, or JWT auth missing or invalid' }),
    ApiForbiddenResponse({ description: 'A client certificate other than the hub client of this tenant' }),
    ApiNotFoundResponse({ description: 'The tenant has no FX desk, or the quote is not one of the calling TPP (o3-caller-client-id)' }),
  );
}

/** The o3 headers name the TPP the quote is for; the guard has checked they are present. */
function callerOf(req: Request): FxCaller {
  return {
    tenantId: String(req.params.tenant),
    callerOrgId: headerOf(req, 'o3-caller-org-id')!,
    callerClientId: headerOf(req, 'o3-caller-client-id')!,
    interactionId: headerOf(req, 'o3-ozone-interaction-id')!,
  };
}

/**
 * Ozone Connect FX quotes (bank service initiation v2.1): the hub forwards a TPP's quote request,
 * read and acceptance to the LFI's FX desk. Bodies keep the document's lower-case `data`/`links`
 * envelopes around PascalCase members; errors are `{errorCode, errorMessage}`.
 */
@ApiTags('ozone-connect fx')
@ApiFxDesk()
@UseGuards(HubClientGuard, HubJwtAuthGuard, O3ServiceHeadersGuard)
@Controller(':tenant/ozone-connect/fx-quotes')
export class OzoneConnectFxController {
  constructor(private readonly desk: FxDesk) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Price an FX quote for a currency pair (CreateFxQuote_create)', description: `${AUTH} Trades worth more than mockLfi.fx.declineAboveAed are declined with 204.` })
  @ApiBody({ description: 'AECreateFxQuoteRequestBody1: {data: {QuoteReference, TransactionType, UnitCurrency, QuotedCurrency, TradeAmount, ...}}', schema: { type: 'object' } })
  @ApiCreatedResponse({ description: 'AECreateFxQuoteResponseBody1: {data: quote, links: {LiabilityPolicy, RefundCancellationPolicy}}' })
  @ApiNoContentResponse({ description: 'The desk does not quote this trade' })
  @ApiBadRequestResponse({ description: 'Malformed body (Body.InvalidFormat), or a currency the desk does not trade, the same currency twice, a TradeAmount in neither currency (Consent.BusinessRuleViolation)' })
  async create(@Body() body: unknown, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    const caller = callerOf(req);
    this.desk.requireDesk(caller.tenantId);
    const quote = await this.desk.quote(caller, fxQuoteRequestOf(body));
    if (!quote) {
      res.status(204);
      return;
    }
    return createdFxQuoteBody(quote);
  }

  @Get(':FxQuoteId')
  @ApiOperation({ summary: 'The quote with its status (FxQuote_read)', description: AUTH })
  @ApiOkResponse({ description: 'AEReadFxQuoteResponseBody1: {data: quote with QuoteStatus, CreationDateTime, StatusUpdateDateTime}' })
  async read(@Param('FxQuoteId') fxQuoteId: string, @Req() req: Request) {
    const caller = callerOf(req);
    this.desk.requireDesk(caller.tenantId);
    return fxQuoteBody(await this.desk.read(caller, fxQuoteId));
  }

  @Patch(':FxQuoteId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Accept the quote (FxQuote_patch): QuoteStatus Accepted with Trade and Commission replayed exactly', description: AUTH })
  @ApiBody({ description: 'AEUpdateFxQuoteRequestBody1: {data: {QuoteReference, QuoteStatus: "Accepted", Trade: {SellAmount, BuyAmount, Charges?}, Commission: {CommissionAmount, PaymentMethod}}}', schema: { type: 'object' } })
  @ApiNoContentResponse({ description: 'Accepted; the LFI then moves it to Funded, Actioned and Completed through the Consent Manager fx-quote-log' })
  @ApiBadRequestResponse({ description: 'Malformed body, or the quote is not Available, has expired, or the replayed figures differ (Consent.BusinessRuleViolation)' })
  async accept(@Param('FxQuoteId') fxQuoteId: string, @Body() body: unknown, @Req() req: Request): Promise<void> {
    const caller = callerOf(req);
    this.desk.requireDesk(caller.tenantId);
    await this.desk.accept(caller, fxQuoteId, fxQuoteAcceptanceOf(body));
  }
}
