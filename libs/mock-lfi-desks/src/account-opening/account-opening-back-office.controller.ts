import { ApiError } from '@hub/kernel';
import { canOperatorReject, findAccountOpening } from '@hub/mock-lfi-store';
import { LFI_PROFILE, type LfiProfile } from '@hub/mock-lfi-data';
import { Body, Controller, HttpCode, Inject, Param, Post, UseGuards } from '@nestjs/common';
import { ApiAcceptedResponse, ApiConflictResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOperation, ApiParam, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { LfiOperatorGuard } from '@hub/mock-lfi-ozone-connect';
import { AccountOpeningDesk } from './account-opening-desk';
import { RejectOpeningBody } from './reject-opening-body';

const AUTH = "Requires this tenant's own LFI client certificate (mTLS; OU/CN = the tenant's organisationId/clientId).";

/** What the back office answers: the status the hub knows now, and the move on its way to it. */
export interface RejectionAccepted {
  AccountId: string;
  OpeningStatus: string;
  NextStatus: 'Rejected';
  AdditionalStatusInformation: string;
}

/**
 * The bank's back office: it may turn an opening down (KYC failed, documents missing …) until the
 * opening is final. The rejection is reported to the hub by the desk like every other move.
 */
@ApiTags('lfi back office (sandbox only)')
@ApiParam({ name: 'tenant', description: 'LFI tenant id (a bank)' })
@ApiUnauthorizedResponse({ description: 'No client certificate, or one not from the sandbox CA' })
@ApiForbiddenResponse({ description: "A certificate other than this tenant's LFI application" })
@UseGuards(LfiOperatorGuard)
@Controller(':tenant/back-office/account-openings')
export class AccountOpeningBackOfficeController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(LFI_PROFILE) private readonly profile: LfiProfile,
    private readonly desk: AccountOpeningDesk,
  ) {}

  @Post(':accountId/reject')
  @HttpCode(202)
  @ApiOperation({ summary: 'Reject an account opening with a reason for the TPP (→ Rejected once the hub has it)', description: AUTH })
  @ApiAcceptedResponse({ description: '{AccountId, OpeningStatus (now), NextStatus: Rejected, AdditionalStatusInformation}' })
  @ApiNotFoundResponse({ description: 'No such opening at this bank' })
  @ApiConflictResponse({ description: 'The opening is Completed or Rejected, or is about to be' })
  async reject(@Param('tenant') tenantId: string, @Param('accountId') accountId: string, @Body() body: RejectOpeningBody): Promise<RejectionAccepted> {
    if (this.profile.tenants.find((t) => t.id === tenantId)?.sector !== 'banking') throw ApiError.notFound(`No account opening at '${tenantId}'`);
    const key = { tenantId, accountId };
    const opening = await findAccountOpening(this.db, key);
    if (!opening) throw ApiError.notFound(`No account opening '${accountId}'`);
    // The rule is checked again inside the update: this answer is only for a clear message.
    if (!canOperatorReject(opening) || !(await this.desk.reject(key, body.reason))) {
      throw new ApiError(409, 'GenericError', `Account opening '${accountId}' is ${opening.nextStatus ?? opening.openingStatus}: it can no longer be rejected`);
    }
    return { AccountId: accountId, OpeningStatus: opening.openingStatus, NextStatus: 'Rejected', AdditionalStatusInformation: body.reason };
  }
}
