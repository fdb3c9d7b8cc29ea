import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';

// The HTML forms of the LFI pages, documented in the mock LFI's OpenAPI for clients that post
// them without a browser. Every field is optional here: a missing or wrong value gets the page
// again with a message, as a person expects, never a JSON error.

export class CsrfForm {
  @ApiPropertyOptional({ description: 'The hidden anti-forgery token of the page the form came from' })
  @IsOptional()
  @IsString()
  csrf?: string;
}

export class SignInForm extends CsrfForm {
  @ApiPropertyOptional({ example: 'demo' }) @IsOptional() @IsString() username?: string;
  @ApiPropertyOptional({ example: 'Sandbox-Demo-01' }) @IsOptional() @IsString() password?: string;
}

export class OtpForm extends CsrfForm {
  @ApiPropertyOptional({ example: '123456', description: "The user's one-time code (the manifest's `psus[].otp`)" })
  @IsOptional()
  @IsString()
  otp?: string;
}

/** Dashboard sign-in posts either step to its own path; one class documents both. */
export class DashboardSignInForm extends SignInForm {
  @ApiPropertyOptional({ example: '123456' }) @IsOptional() @IsString() otp?: string;
}

export class DecisionForm extends CsrfForm {
  @ApiPropertyOptional({ enum: ['approve', 'reject'] }) @IsOptional() @IsString() decision?: string;

  @ApiPropertyOptional({ type: [String], description: 'Account or policy ids to share (repeat the field); exactly one account for a payment' })
  @IsOptional()
  @IsString({ each: true })
  selected?: string | string[];
}
