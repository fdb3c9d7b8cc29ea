import { instantColumn, jsonColumn } from '@hub/persistence';
import type { LeadRequest } from '@hub/standards';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** What the prospective customer gave the TPP: LeadRequest.Data of the products document. */
export type LeadDetails = LeadRequest['Data'];

/**
 * A lead a TPP handed to the bank (POST /leads of Ozone Connect bank products data): the
 * prospective customer's contact and the product categories they are interested in, kept with
 * the TPP that sent it (the o3 caller headers) so the bank's operator knows whom to pay or ask.
 */
@Entity('mock_lfi_leads')
@Index('IDX_mock_lfi_leads_tenant_created', ['tenantId', 'createdAt'])
export class LeadEntity {
  /** The LeadId the bank answered: a time-ordered UUID, so leads list in the order they came. */
  @PrimaryColumn({ type: 'varchar', length: 36 })
  leadId: string;

  @Column({ type: 'varchar', length: 64 })
  tenantId: string;

  @Column({ type: 'varchar', length: 128 })
  callerOrgId: string;

  @Column({ type: 'varchar', length: 128 })
  callerClientId: string;

  @Column(jsonColumn())
  details: LeadDetails;

  /** The User's IP address as the TPP gave it (x-fapi-customer-ip-address). */
  @Column({ type: 'varchar', length: 45 })
  customerIpAddress: string;

  @Column({ type: 'varchar', length: 64 })
  interactionId: string;

  @Column(instantColumn())
  createdAt: string;
}
