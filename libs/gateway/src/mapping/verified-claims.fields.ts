import { type Convert, decimal, isObject, listOf, mapObject, type OzoneConnectBankDataSchemas as Oc, type Shape } from '@hub/ozone-connect';
import type { AccountInformationSchemas as Std } from '@hub/standards';
import { toPostalAddress } from './common-members';

type OcVerification = Shape<Oc['CbuaeVerifiedClaim']['verification']>;
type OcAssuranceProcess = Shape<OcVerification['assuranceProcess']>;
type OcAssuranceDetail = Shape<OcAssuranceProcess['assuranceDetails']>;
type OcDocument = Oc['AEPartyIdentityEvidenceTypeDocument'];
type OcRecord = Oc['AEPartyIdentityEvidenceTypeElectronicRecord'];
type StdDocument = Std['AEPartyIdentityEvidenceTypeDocument'];
type StdRecord = Std['AEPartyIdentityEvidenceTypeElectronicRecord'];

/**
 * CbuaeVerifiedClaim → VerifiedClaim (OpenID Connect for Identity Assurance, PascalCase in the
 * standard). Renames that are not capitalisation: `familyName` → `Surname`, `birthDate` →
 * `DateOfBirth`; `salary` is a string in Ozone Connect and a number in the standard.
 */
const toCheckDetails = listOf(mapObject<Oc['AEPartyIdentityCheckDetail'], Std['AEPartyIdentityCheckDetail']>({ checkMethod: 'CheckMethod', organization: 'Organization', txn: 'Txn', time: 'Time' }));
const toIssuingSource = mapObject<Oc['DocumentEvidenceDetailsIssuer'], Std['DocumentEvidenceDetailsIssuer']>({
  name: 'Name',
  address: ['Address', toPostalAddress],
  countryCode: ['CountryCode', mapObject<Shape<Oc['DocumentEvidenceDetailsIssuer']['countryCode']>, Shape<Std['DocumentEvidenceDetailsIssuer']['CountryCode']>>({ CountryCode: 'CountryCode' })],
  jurisdiction: 'Jurisdiction',
});
const toAttachments = mapObject<Shape<OcDocument['attachments']>, Shape<StdDocument['Attachments']>>({
  AEPartyIdentityEvidenceAttachments: [
    'AEPartyIdentityEvidenceAttachments',
    listOf(mapObject<Oc['AEPartyIdentityEvidenceAttachment'], Std['AEPartyIdentityEvidenceAttachment']>({ desc: 'Desc', contentType: 'ContentType', content: 'Content', txn: 'Txn' })),
  ],
});

/** AEPartyIdentityEvidenceTypeDocument. */
const toDocumentEvidence = mapObject<OcDocument, StdDocument>({
  type: 'Type',
  checkDetails: ['CheckDetails', toCheckDetails],
  verifier: ['Verifier', mapObject<Oc['DocumentEvidenceVerifier'], Std['DocumentEvidenceVerifier']>({ organization: 'Organization', txn: 'Txn' })],
  time: 'Time',
  documentDetails: [
    'DocumentDetails',
    mapObject<Oc['DocumentEvidenceDetails'], Std['DocumentEvidenceDetails']>({
      type: 'Type',
      documentNumber: 'DocumentNumber',
      personalNumber: 'PersonalNumber',
      serialNumber: 'SerialNumber',
      calendarType: 'CalendarType',
      dateOfIssuance: 'DateOfIssuance',
      dateOfExpiry: 'DateOfExpiry',
      issuer: ['Issuer', toIssuingSource],
    }),
  ],
  attachments: ['Attachments', toAttachments],
});

/** AEPartyIdentityEvidenceTypeElectronicRecord. */
const toElectronicRecordEvidence = mapObject<OcRecord, StdRecord>({
  type: 'Type',
  checkDetails: ['CheckDetails', toCheckDetails],
  time: 'Time',
  record: [
    'Record',
    mapObject<Oc['ElectronicRecordProperties'], Std['ElectronicRecordProperties']>({
      type: 'Type',
      personalNumber: 'PersonalNumber',
      calendarType: 'CalendarType',
      createdAt: 'CreatedAt',
      dateOfExpiry: 'DateOfExpiry',
      source: ['Source', toIssuingSource],
    }),
  ],
  attachments: ['Attachments', toAttachments],
});

/** Both evidence shapes are closed in the standard, so only the members of the one sent are kept. */
const toEvidence: Convert = (v) => (isObject(v) && v.type === 'electronic_record' ? toElectronicRecordEvidence(v) : toDocumentEvidence(v));

const toVerification = mapObject<OcVerification, Std['VerifiedClaimVerification']>({
  trustFramework: 'TrustFramework',
  assuranceLevel: 'AssuranceLevel',
  assuranceProcess: [
    'AssuranceProcess',
    mapObject<OcAssuranceProcess, Std['AssuranceProcess']>({
      policy: 'Policy',
      procedure: 'Procedure',
      assuranceDetails: [
        'AssuranceDetails',
        listOf(
          mapObject<OcAssuranceDetail, Std['AssuranceDetails']>({
            assuranceType: 'AssuranceType',
            assuranceClassification: 'AssuranceClassification',
            evidenceRef: ['EvidenceRef', listOf(mapObject<Shape<OcAssuranceDetail['evidenceRef']>, Std['EvidenceRef']>({ txn: 'Txn', evidenceMetadata: ['EvidenceMetadata', mapObject<Shape<Shape<OcAssuranceDetail['evidenceRef']>['evidenceMetadata']>, Std['EvidenceMetadata']>({ evidenceClassification: 'EvidenceClassification' })] }))],
          }),
        ),
      ],
    }),
  ],
  time: 'Time',
  verificationProcess: 'VerificationProcess',
  evidence: ['Evidence', toEvidence],
});

/** Claims (a person). */
const toPersonClaims = mapObject<Oc['CustomerPersonClaims'], Std['Claims']>({
  identityType: 'IdentityType',
  fullName: 'FullName',
  givenName: 'GivenName',
  familyName: 'Surname',
  middleName: 'MiddleName',
  nickname: 'Nickname',
  emiratesId: 'EmiratesId',
  emiratesIdExpiryDate: 'EmiratesIdExpiryDate',
  birthDate: 'DateOfBirth',
  sourceOfIncome: 'SourceOfIncome',
  salary: ['Salary', decimal],
  nationality: 'Nationality',
  residentialAddress: ['ResidentialAddress', toPostalAddress],
  mobileNumber: 'MobileNumber',
  email: 'Email',
  maritalStatus: 'MaritalStatus',
  salutation: 'Salutation',
  language: 'Language',
  employerName: 'EmployerName',
  employmentSinceDate: 'EmploymentSinceDate',
  powerofAttorney: 'PowerofAttorney',
  salaryTransfer: 'SalaryTransfer',
  profession: 'Profession',
  updatedAt: 'UpdatedAt',
});

/** CorporateClaims (a business). */
const toCorporateClaims = mapObject<Oc['CustomerCorporateClaims'], Std['CorporateClaims']>({
  identityType: 'IdentityType',
  businessName: 'BusinessName',
  tradeLicenceNumber: 'TradeLicenceNumber',
  taxIdentificationNumber: 'TaxIdentificationNumber',
  dateOfIncorporation: 'DateOfIncorporation',
  countryOfIncorporation: 'CountryOfIncorporation',
  corporateAddress: ['CorporateAddress', toPostalAddress],
  corporateContactEmail: 'CorporateContactEmail',
  corporateContactPhoneNumber: 'CorporateContactPhoneNumber',
  industry: 'Industry',
  companyWebsite: 'CompanyWebsite',
});

const toClaims: Convert = (v) => (isObject(v) && v.identityType === 'Business' ? toCorporateClaims(v) : toPersonClaims(v));

export const toVerifiedClaims = listOf(mapObject<Oc['CbuaeVerifiedClaim'], Std['VerifiedClaim']>({ verification: ['Verification', toVerification], claims: ['Claims', toClaims] }));
