import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';
import { CsrfForm } from '../forms';

// The account opening page's form and the back office's rejection, documented in the mock LFI's
// OpenAPI. As with the other pages every form field is optional: a missing or wrong value gets the
// page again with a message, never a JSON error.

/** Open (with the kind of account and its currency) or cancel, from the account opening page. */
export class OpeningDecisionForm extends CsrfForm {
  @ApiPropertyOptional({ enum: ['open', 'cancel'] }) @IsOptional() @IsString() decision?: string;

  @ApiPropertyOptional({ enum: ['CurrentAccount', 'Savings'], description: 'The kind of account to open (for decision=open)' })
  @IsOptional()
  @IsString()
  accountSubType?: string;

  @ApiPropertyOptional({ enum: ['AED', 'USD', 'EUR', 'GBP'], description: 'Currency of the account (for decision=open)' })
  @IsOptional()
  @IsString()
  currency?: string;
}
