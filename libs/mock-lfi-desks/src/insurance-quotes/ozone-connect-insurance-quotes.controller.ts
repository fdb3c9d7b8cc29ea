import { Body, Controller, Get, HttpCode, Param, Patch, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { HubClientGuard } from '@hub/mock-lfi-ozone-connect';
import { HubJwtAuthGuard } from '@hub/mock-lfi-ozone-connect';
import { INSURANCE_LINES } from '@hub/standards';
import { headerOf, O3ServiceHeadersGuard } from '@hub/mock-lfi-ozone-connect';
import { ApiInsuranceQuoteDesk, QUOTE_DESK_DESCRIPTION } from './api-docs';
import { InsuranceQuoteDesk, type InsuranceQuoteCaller } from './insurance-quote-desk';
import { acceptedQuoteBody, createdPolicyBody, createdQuotesBody, readQuoteBody } from './quote-views';

// One path per line, so unknown lines fall through to Nest's 404 like any unknown path. POST on
// the policies path is this controller's; GET on it stays OzoneConnectInsuranceController's.
const QUOTES = INSURANCE_LINES.map((line) => `${line}-insurance-quotes`);
const QUOTE = QUOTES.map((path) => `${path}/:QuoteId`);
const POLICIES = INSURANCE_LINES.map((line) => `${line}-insurance-policies`);

/** The o3 headers name the TPP the quote is for; the guard has checked they are present. */
function callerOf(req: Request): InsuranceQuoteCaller {
  return {
    tenantId: String(req.params.tenant),
    callerOrgId: headerOf(req, 'o3-caller-org-id')!,
    callerClientId: headerOf(req, 'o3-caller-client-id')!,
    interactionId: headerOf(req, 'o3-ozone-interaction-id')!,
  };
}

/**
 * Ozone Connect insurance quotes (v2.1) for the seven lines: the hub forwards a TPP's quote
 * request, read, acceptance and policy request to the insurer's quote desk. Bodies keep the
 * document's lower-case `data`/`links` envelopes around PascalCase members; errors are
 * `{errorCode, errorMessage}`.
 */
@ApiTags('ozone-connect insurance quotes')
@ApiInsuranceQuoteDesk()
@UseGuards(HubClientGuard, HubJwtAuthGuard, O3ServiceHeadersGuard)
@Controller(':tenant/ozone-connect')
export class OzoneConnectInsuranceQuotesController {
  constructor(private readonly desk: InsuranceQuoteDesk) {}

  @Post(QUOTES)
  @HttpCode(201)
  @ApiOperation({ summary: 'Price a quote of the line (Create{Line}InsuranceQuoteOperation)', description: `${QUOTE_DESK_DESCRIPTION} Deterministic premium from the request; an Essential and a Plus plan.` })
  @ApiBody({ description: '{data: AE{Line}InsuranceQuoteRequestProperties}: CustomerId, QuoteReference, QuoteType, PolicyIssuanceRequest, Policy and the line\'s members', schema: { type: 'object' } })
  @ApiCreatedResponse({ description: '{data: [AEInsuranceQuoteResponseAvailableProperties, …]}' })
  @ApiNoContentResponse({ description: 'The insurer does not write this risk' })
  async create(@Body() body: unknown, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    const caller = callerOf(req);
    const quotes = await this.desk.quote(caller, this.desk.lineOf(caller.tenantId, req.path), body);
    if (!quotes) {
      res.status(204);
      return;
    }
    return createdQuotesBody(quotes);
  }

  @Get(QUOTE)
  @ApiOperation({ summary: 'The quote with its current status ({Line}InsuranceReadInsuranceQuoteByQuoteIdOperation)', description: QUOTE_DESK_DESCRIPTION })
  @ApiOkResponse({ description: '{data: AEInsuranceQuoteReadResponseProperties} (one branch per QuoteStatus)' })
  async read(@Param('QuoteId') quoteId: string, @Req() req: Request) {
    const caller = callerOf(req);
    return readQuoteBody(await this.desk.read(caller, this.desk.lineOf(caller.tenantId, req.path), quoteId));
  }

  @Patch(QUOTE)
  @ApiOperation({ summary: 'Accept the quote: QuoteStatus ApplicationPending or KYCCaptured, with its Premium and QuoteReference replayed ({Line}InsuranceUpdateInsuranceQuoteByQuoteIdOperation)', description: QUOTE_DESK_DESCRIPTION })
  @ApiBody({ description: '{data: AE{Line}InsuranceQuoteAcceptQuoteRequestProperties}: QuoteStatus, QuoteReference, InsuranceSubType, Premium, Commission, QuoteCreationDateTime (+ CustomerSalary for health)', schema: { type: 'object' } })
  @ApiOkResponse({ description: '{data: {PolicyIssuanceAllowed}}: the issuance steps the broker may handle' })
  @ApiNoContentResponse({ description: 'Accepted; the broker handles no issuance step' })
  async accept(@Param('QuoteId') quoteId: string, @Body() body: unknown, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    const caller = callerOf(req);
    const answer = acceptedQuoteBody(await this.desk.accept(caller, this.desk.lineOf(caller.tenantId, req.path), quoteId, body));
    res.status(answer ? 200 : 204);
    return answer;
  }

  @Post(POLICIES)
  @HttpCode(201)
  @ApiOperation({ summary: 'Issue the policy of an accepted quote ({Line}InsuranceCreateInsurancePolicyOperation)', description: `${QUOTE_DESK_DESCRIPTION} The quote's CustomerId must be a customer (user) of the insurer.` })
  @ApiBody({ description: '{data: AEInsuranceCreatePolicyData1}: QuoteId, PaymentReferenceId?, PaymentDetails?, PostIssuanceRequest?', schema: { type: 'object' } })
  @ApiCreatedResponse({ description: 'AEInsuranceCreatePolicyResponse1: {data: {InsurancePolicyId, PostIssuanceResponse?}}' })
  async requestPolicy(@Body() body: unknown, @Req() req: Request) {
    const caller = callerOf(req);
    const issued = await this.desk.requestPolicy(caller, this.desk.lineOf(caller.tenantId, req.path), body);
    return createdPolicyBody(issued.insurancePolicyId, issued.postIssuance);
  }
}
