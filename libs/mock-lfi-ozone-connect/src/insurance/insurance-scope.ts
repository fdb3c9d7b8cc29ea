import { ApiError } from '@hub/kernel';
import { INSURANCE_LINES } from '@hub/standards';
import { findInsurancePolicy, type InsurancePolicyEntity, type PsuEntity } from '@hub/mock-lfi-store';
import { type InsuranceLine, LFI_PROFILE, type LfiProfile } from '@hub/mock-lfi-data';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request } from 'express';
import type { DataSource } from 'typeorm';
import { PsuScope } from '../bank-data/psu-scope';


/**
 * Which insurer, line and PSU a call is about. As on the bank side the LFI answers only for the
 * PSU in `o3-psu-identifier`, and only about policies of the line in the path: a motor consent's
 * call can never read a health policy, whatever the hub sends.
 */
@Injectable()
export class InsuranceScope {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(LFI_PROFILE) private readonly profile: LfiProfile,
    private readonly psus: PsuScope,
  ) {}

  /** The line of the path; banks have no insurance endpoints, so they answer 404 like an unknown path. */
  lineOf(req: Request): InsuranceLine {
    const tenant = this.profile.tenants.find((t) => t.id === String(req.params.tenant));
    const line = /\/([a-z]+)-insurance-policies(?:\/|$)/.exec(req.path)?.[1] as InsuranceLine | undefined;
    if (tenant?.sector !== 'insurance' || !line || !INSURANCE_LINES.includes(line)) {
      throw ApiError.notFound(`No insurance policies at '${req.params.tenant}'`);
    }
    return line;
  }

  psuOf(req: Request): Promise<PsuEntity> {
    return this.psus.psuOf(req);
  }

  /** A policy of the PSU on the path's line; unknown, foreign and other-line policies look the same. */
  async ownedPolicy(req: Request, policyId: string): Promise<{ psu: PsuEntity; policy: InsurancePolicyEntity; line: InsuranceLine }> {
    const line = this.lineOf(req);
    const psu = await this.psuOf(req);
    const policy = await findInsurancePolicy(this.db, psu.tenantId, policyId);
    if (!policy || policy.userId !== psu.userId || policy.line !== line) {
      throw ApiError.badRequest(`Insurance policy '${policyId}' is not a ${line} policy of this customer`, 'InsurancePolicyId', 'Consent.Invalid');
    }
    return { psu, policy, line };
  }
}
