import { type Convert, decimal, isObject, listOf, mapObject } from './field-map';
import { toPostalAddress } from './common-members';

/**
 * CbuaeVerifiedClaim → VerifiedClaim (OpenID Connect for Identity Assurance, PascalCase in the
 * standard). Renames that are not capitalisation: `familyName` → `Surname`, `birthDate` →
 * `DateOfBirth`; `salary` is a string in Ozone Connect and a number in the standard.
 */
const toCheckDetails = listOf(mapObject({ checkMethod: 'CheckMethod', organization: 'Organization', txn: 'Txn', time: 'Time' }));
const toIssuingSource = mapObject({
  name: 'Name',
  address: ['Address', toPostalAddress],
  countryCode: ['CountryCode', mapObject({ CountryCode: 'CountryCode' })],
  jurisdiction: 'Jurisdiction',
});
const toAttachments = mapObject({
  AEPartyIdentityEvidenceAttachments: [
    'AEPartyIdentityEvidenceAttachments',
    listOf(mapObject({ desc: 'Desc', contentType: 'ContentType', content: 'Content', txn: 'Txn' })),
  ],
});

/** AEPartyIdentityEvidenceTypeDocument. */
const toDocumentEvidence = mapObject({
  type: 'Type',
  checkDetails: ['CheckDetails', toCheckDetails],
  verifier: ['Verifier', mapObject({ organization: 'Organization', txn: 'Txn' })],
  time: 'Time',
  documentDetails: [
    'DocumentDetails',
    mapObject({
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
const toElectronicRecordEvidence = mapObject({
  type: 'Type',
  checkDetails: ['CheckDetails', toCheckDetails],
  time: 'Time',
  record: [
    'Record',
    mapObject({
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

const toVerification = mapObject({
  trustFramework: 'TrustFramework',
  assuranceLevel: 'AssuranceLevel',
  assuranceProcess: [
    'AssuranceProcess',
    mapObject({
      policy: 'Policy',
      procedure: 'Procedure',
      assuranceDetails: [
        'AssuranceDetails',
        listOf(
          mapObject({
            assuranceType: 'AssuranceType',
            assuranceClassification: 'AssuranceClassification',
            evidenceRef: ['EvidenceRef', listOf(mapObject({ txn: 'Txn', evidenceMetadata: ['EvidenceMetadata', mapObject({ evidenceClassification: 'EvidenceClassification' })] }))],
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
const toPersonClaims = mapObject({
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
const toCorporateClaims = mapObject({
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

export const toVerifiedClaims = listOf(mapObject({ verification: ['Verification', toVerification], claims: ['Claims', toClaims] }));
