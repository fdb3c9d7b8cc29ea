/**
 * GENERATED FILE: do not edit. Regenerate with `npm run wire-types` (tools/generate-wire-types.js,
 * openapi-typescript 7.13.0).
 * Source: standards/v2.1/uae-account-opening-service-initiation-openapi.yaml
 * from the UAE Open Finance OpenAPI documents (MIT licence, Nebras Open Finance).
 */

export interface paths {
    "/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Initiate account opening
         * @description Create an Account based on data shared from the LFI. The response provides an account identifier that can be used
         *     to retrieve the account opening status when the provisioning process is complete.
         *
         *     Invoking this operation is driven by the User sharing with the TPP whether they already hold an account with a
         *     given LFI. There is no expectation that the TPP will automatically discover whether an account at this stage in the
         *     design as this could compromise data being provided by LFI with the quote.
         *
         *     Please note that only **signed** request payloads are supported for this operation and TPPs **MUST** sign the
         *     payload as a JSON Web Signature, using the relevant signing key.
         */
        post: operations["CreateAccount_signedRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{AccountId}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve the status of an account opening request
         * @description Retrieve the status of a account opening request based on a given account identifier. The response provides the
         *     status of the account and, when opened, the account details so the TPP can stage a payment for a given FX
         *     transaction to be executed.
         *
         *     A TPP will require the explicit consent of the User to see all account details, as implemented in Bank Data Sharing.
         *     An Access Token granted for account opening operation does not have the relevant scope to retrieve the full account
         *     details.
         */
        get: operations["Account_read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{AccountId}/subscription": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update the subscription for Event Notifications for a given Account Opening request
         * @description Allows a TPP to update their subscription to status changes for Account Opening.
         *
         *     No other changes to the Account Opening request are permitted. The `subscription` sub-resource is implemented to ensure a separation of concerns between the subscription and the main account data.
         */
        patch: operations["UpdateWebhookSubscription_update"];
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description The account status object, which includes the account properties and the status of the account opening process. The
         *     properties of the account share the same structure as the Bank Data Sharing API description, in an effort to maintain
         *     consistency with other open finance APIs, but are reduced to ensure only the data required to execute an FX
         *     transaction are provided.
         *
         *     A TPP must request access through Bank Data Sharing to be provided with all details of the account.
         */
        AEAccount: {
            AccountId: components["schemas"]["AEAccountIdType"];
            OpeningStatusUpdateDateTime: components["schemas"]["AEAccountOpeningStatusUpdateDateTime"];
            /**
             * @description The status of the opening of the account, based on progress at the LFI, prior to the account being created
             *
             *     The values are defined as follows:
             *
             *     * Pending: This is the initial state for the resource. The account is pending opening, based on LFI processes being completed.
             *     * AwaitingUserInput: The account opening process has started and input is required from the User to progress the application.
             *     * AwaitingLFIProcesses: The account opening process has started and is awaiting the completion of LFI processes.
             *     * Rejected: The account opening has been rejected by the LFI due to insufficient data or failure to validate the User data.
             */
            OpeningStatus: components["schemas"]["AEAccountOpeningStatusCodes"];
            /** @description Additional information provided to the TPP by the LFI that qualifies the status, including next steps such as where further information is required, or reasons for rejection. */
            AdditionalStatusInformation?: string;
        } | {
            AccountId: components["schemas"]["AEAccountIdType"];
            /** @description Currency of the account. */
            Currency: components["schemas"]["UAEAccountInformationAPI.ActiveOrHistoricCurrencyCode_0"];
            /** @description Identification of the account at the LFI, which must be an IBAN in the Open Finance Framework. */
            AccountIdentifiers: {
                /**
                 * @description Name of the identification scheme for the account. Encoded with allowable values published in an external list.
                 * @enum {string}
                 */
                SchemeName: "IBAN";
                Identification: components["schemas"]["UAEAccountInformationAPI.Identification_0"];
                Name?: components["schemas"]["UAEAccountInformationAPI.Name_0"];
            }[];
            /** @description Account-holding LFI identification, provided where this cannot be deterministically correlated using the IBAN. */
            Servicer?: {
                /** @description The scheme name that identifies the LFI, which can be `BICFI` (SWIFT code) or `Other` */
                SchemeName: components["schemas"]["UAEAccountInformationAPI.AEExternalFinancialInstitutionIdentificationCode"];
                /** @description The LFI identification value. */
                Identification: components["schemas"]["UAEAccountInformationAPI.Identification_1"];
            };
            OpeningStatusUpdateDateTime: components["schemas"]["AEAccountOpeningStatusUpdateDateTime"];
            /** @description The account has been created, and the values for executing the FX transaction are now available. */
            OpeningStatus: components["schemas"]["AEAccountOpeningCompletedStatusCode"];
            CreationDateTime: components["schemas"]["CreationDateTime"];
        };
        /** @description A unique and immutable identifier produced by the LFI to identify the account resource. This identifier has no meaning to the account owner. */
        AEAccountIdType: string;
        /** @enum {string} */
        AEAccountOpeningCompletedStatusCode: "Completed";
        /**
         * @description Provides an audit trail of changes made by a User to the data shared from the LFI through Bank Data Sharing.
         *
         *     Each element in the array is a JSONPath expression that points to the data that has been changed and the original value supplied through data sharing.
         *
         *     TPP must adhere to [RFC 9535](https://datatracker.ietf.org/doc/html/rfc9535) when constructing JSON Path expressions. This value can be omitted when no changes are made by the User.
         */
        AEAccountOpeningDataSharingAudit: {
            /**
             * @description The JSONPath expression pointing to the data that has been changed in the original shared data payload.
             * @example $.Data.Party.EmiratesId
             */
            JSONPath: string;
            /**
             * @description The action that was taken by the User
             * @enum {string}
             */
            Action: "Added" | "Updated" | "Removed";
            /** @description The original value that was shared through Bank Data Sharing. Only applies if the Action is Updated or Removed. */
            OriginalValue?: string;
        };
        AEAccountOpeningLinks1: {
            Self: components["schemas"]["Self"];
            /**
             * Format: uri
             * @description A redirect URL provided by the LFI to complete the FX trade. The TPP must redirect the User to this URL.
             *     The URL is optional as the LFI may have all required information through party data to complete account creation.
             */
            AccountOpeningRedirectUrl?: string;
        };
        /**
         * @description Request body for creating a new account based on a quote and shared user data.
         *
         *     PartyData is optional as LFI can support manual data entry by the User when they
         *     use the LFI user interface.
         */
        AEAccountOpeningRequest: {
            /**
             * @description Operations that are linked to the account opening request, such as an accepted FX quote where no settlement account is available at the LFI for the deposit of a funding payment.
             *
             *     At least one property must be supplied, or the property omitted.
             */
            LinkedOperations?: {
                /** @description The quote identifier returned by the LFI in the FX Quote. Required where the operation is part of the FX Quote journey. */
                FxQuoteId: components["schemas"]["FxServiceInitiation.FxQuoteIdType"];
            };
            /** @description Details of the bank account details required for deposits and withdrawals. */
            Account: components["schemas"]["UAEAccountInformationAPI.AECashAccount6_1"];
            /** @description Number of expected transactions annually */
            AnnualTransactionVolume?: number;
            /** @description Party information retrieved by the TPP from an LFI with whom the TPP holds a Bank Data Sharing consent. */
            Party: components["schemas"]["AEIdentityAssurance"];
            /**
             * @description List of changes to account data shared with TPP made by User. Omitted when the data is unchanged by the User during review at the TPP.
             * @example [
             *       {
             *         "JSONPath": "$.Data.Party.GivenName",
             *         "Action": "Updated",
             *         "OriginalValue": "Harold"
             *       },
             *       {
             *         "JSONPath": "$.Data.Party.FamilyName",
             *         "Action": "Updated",
             *         "OriginalValue": "Smith"
             *       }
             *     ]
             */
            DataSharingAudit?: components["schemas"]["AEAccountOpeningDataSharingAudit"][];
        };
        /** @enum {string} */
        AEAccountOpeningStatusCodes: "Pending" | "AwaitingUserInput" | "AwaitingLFIProcesses" | "Rejected";
        /**
         * Format: date-time
         * @description The date and time the opening status was last updated.
         */
        AEAccountOpeningStatusUpdateDateTime: string;
        AECreateAccountRequestBody1: {
            /** @description Properties of the account opening request, including data collected by TPP. */
            Data: components["schemas"]["AEAccountOpeningRequest"];
            /** @description Allows a TPP to subscription to Event Notifications through a Webhook. Omitted where the TPP does not want to subscribe to notifications. */
            Subscription?: components["schemas"]["EventNotification"];
        };
        AECreateAccountResponseBody1: {
            Data: components["schemas"]["AEAccount"];
            Links: components["schemas"]["AEAccountOpeningLinks1"];
            Meta: components["schemas"]["Meta"];
        };
        AECustomErrorCode: string;
        AEError400: components["schemas"]["AEError400Codes"] | components["schemas"]["AECustomErrorCode"];
        /** @enum {string} */
        AEError400Codes: "Consent.Invalid" | "Consent.BusinessRuleViolation" | "Consent.FailsControlParameters" | "Consent.InvalidUserIdentifier" | "JWS.InvalidSignature" | "JWS.Malformed" | "JWS.InvalidClaim" | "JWS.InvalidHeader" | "JWS.InvalidPayload" | "JWE.DecryptionError" | "JWE.InvalidHeader" | "GenericRecoverableError" | "GenericError" | "Event.UnexpectedEvent" | "Body.InvalidFormat" | "Resource.InvalidFormat";
        /** @description An array of detail error codes, and messages, and URLs to documentation to help remediation. */
        AEError400ResponseBody: {
            Errors: {
                Code: components["schemas"]["AEError400"];
                /**
                 * @description A description of the error that occurred. e.g., 'A mandatory field isn't supplied' or 'RequestedExecutionDateTime must be in future'
                 *     UAEOF doesn't standardise this field
                 */
                Message: string;
                /** @description Recommended but optional reference to the JSON Path of the field with error, e.g., $.Data.Initiation.InstructedAmount.Currency */
                Path?: string;
                /** @description URL to help remediate the problem, or provide more information, or to API Reference, or help etc */
                Url?: string;
            }[];
        };
        AEError400ResponseBodySigned: {
            /** @description [https://www.rfc-editor.org/rfc/rfc7519#section-4.1.1](https://www.rfc-editor.org/rfc/rfc7519#section-4.1.1) */
            iss: string;
            /** @description [https://www.rfc-editor.org/rfc/rfc7519#section-4.1.4](https://www.rfc-editor.org/rfc/rfc7519#section-4.1.4) */
            exp: number;
            /** @description [https://www.rfc-editor.org/rfc/rfc7519#section-4.1.5](https://www.rfc-editor.org/rfc/rfc7519#section-4.1.5) */
            nbf: number;
            /** @description [https://www.rfc-editor.org/rfc/rfc7519#section-4.1.3](https://www.rfc-editor.org/rfc/rfc7519#section-4.1.3) */
            aud?: string[];
            /** @description [https://www.rfc-editor.org/rfc/rfc7519#section-4.1.6](https://www.rfc-editor.org/rfc/rfc7519#section-4.1.6) */
            iat?: number;
            message: components["schemas"]["AEError400ResponseBody"];
        };
        AEError403: components["schemas"]["AEError403Codes"] | components["schemas"]["AECustomErrorCode"];
        /** @enum {string} */
        AEError403Codes: "AccessToken.InvalidScope" | "Consent.TransientAccountAccessFailure" | "Consent.AccountTemporarilyBlocked" | "Consent.PermanentAccountAccessFailure" | "GenericRecoverableError" | "GenericError";
        /** @description An array of detail error codes, and messages, and URLs to documentation to help remediation. */
        AEError403ResponseBody: {
            Errors: {
                Code: components["schemas"]["AEError403"];
                /**
                 * @description A description of the error that occurred. e.g., 'A mandatory field isn't supplied' or 'RequestedExecutionDateTime must be in future'
                 *     UAEOF doesn't standardise this field
                 */
                Message: string;
                /** @description Recommended but optional reference to the JSON Path of the field with error, e.g., $.Data.Initiation.InstructedAmount.Currency */
                Path?: string;
                /** @description URL to help remediate the problem, or provide more information, or to API Reference, or help etc */
                Url?: string;
            }[];
        };
        AEError403ResponseBodySigned: {
            /** @description [https://www.rfc-editor.org/rfc/rfc7519#section-4.1.1](https://www.rfc-editor.org/rfc/rfc7519#section-4.1.1) */
            iss: string;
            /** @description [https://www.rfc-editor.org/rfc/rfc7519#section-4.1.4](https://www.rfc-editor.org/rfc/rfc7519#section-4.1.4) */
            exp: number;
            /** @description [https://www.rfc-editor.org/rfc/rfc7519#section-4.1.5](https://www.rfc-editor.org/rfc/rfc7519#section-4.1.5) */
            nbf: number;
            /** @description [https://www.rfc-editor.org/rfc/rfc7519#section-4.1.3](https://www.rfc-editor.org/rfc/rfc7519#section-4.1.3) */
            aud?: string[];
            /** @description [https://www.rfc-editor.org/rfc/rfc7519#section-4.1.6](https://www.rfc-editor.org/rfc/rfc7519#section-4.1.6) */
            iat?: number;
            message: components["schemas"]["AEError403ResponseBody"];
        };
        AEError500: components["schemas"]["AEErrorGenericCodes"] | components["schemas"]["AECustomErrorCode"];
        /** @description An array of detail error codes, and messages, and URLs to documentation to help remediation. */
        AEError500ResponseBody: {
            Errors: {
                Code: components["schemas"]["AEError500"];
                /**
                 * @description A description of the error that occurred. e.g., 'A mandatory field isn't supplied' or 'RequestedExecutionDateTime must be in future'
                 *     UAEOF doesn't standardise this field
                 */
                Message: string;
                /** @description Recommended but optional reference to the JSON Path of the field with error, e.g., $.Data.Initiation.InstructedAmount.Currency */
                Path?: string;
                /** @description URL to help remediate the problem, or provide more information, or to API Reference, or help etc */
                Url?: string;
            }[];
        };
        AEError500ResponseBodySigned: {
            /** @description [https://www.rfc-editor.org/rfc/rfc7519#section-4.1.1](https://www.rfc-editor.org/rfc/rfc7519#section-4.1.1) */
            iss: string;
            /** @description [https://www.rfc-editor.org/rfc/rfc7519#section-4.1.4](https://www.rfc-editor.org/rfc/rfc7519#section-4.1.4) */
            exp: number;
            /** @description [https://www.rfc-editor.org/rfc/rfc7519#section-4.1.5](https://www.rfc-editor.org/rfc/rfc7519#section-4.1.5) */
            nbf: number;
            /** @description [https://www.rfc-editor.org/rfc/rfc7519#section-4.1.3](https://www.rfc-editor.org/rfc/rfc7519#section-4.1.3) */
            aud?: string[];
            /** @description [https://www.rfc-editor.org/rfc/rfc7519#section-4.1.6](https://www.rfc-editor.org/rfc/rfc7519#section-4.1.6) */
            iat?: number;
            message: components["schemas"]["AEError500ResponseBody"];
        };
        /** @enum {string} */
        AEErrorGenericCodes: "GenericRecoverableError" | "GenericError";
        /** @description Verified identity assurance data and claims. Data can collected from LFIs under Data Sharing consent or provided manually by the TPP using data collected from the User. */
        AEIdentityAssurance: {
            Verification?: components["schemas"]["UAEAccountInformationAPI.VerifiedClaimVerification"];
            /**
             * @description Standard Claims:
             *     [https://openid.net/specs/openid-connect-core-1_0.html#StandardClaims](https://openid.net/specs/openid-connect-core-1_0.html#StandardClaims)
             *     IdentityAssurance Claims:
             *     [https://openid.net/specs/openid-connect-4-identity-assurance-1_0.html#name-claims](https://openid.net/specs/openid-connect-4-identity-assurance-1_0.html#name-claims)
             */
            Claims: components["schemas"]["UAEAccountInformationAPI.Claims"] | components["schemas"]["UAEAccountInformationAPI.CorporateClaims"];
        };
        AEReadAccountResponseBody1: {
            Data: components["schemas"]["AEAccount"];
            Links: components["schemas"]["AEAccountOpeningLinks1"];
            Meta: components["schemas"]["Meta"];
        };
        AEUpdateEventSubscriptionRequestBody1: {
            /** @description Updated subscription data. `Subscription` is omitted as the patch can only be made to the sub-resource. */
            Data: {
                /** @description Properties of the Webhook registered to receive event notifications related to entity status. */
                Webhook: components["schemas"]["AEWebhook"];
            };
        };
        /** @description A Webhook Subscription Schema */
        AEWebhook: {
            /** @description The registered Webhook URL at which event notifications will be received. Required on first registration of the Webhook. */
            Url?: string;
            /** @description Indicator for whether event notifications should be sent to the TPP. When true event notifications will be sent to the registered URL. */
            IsActive: boolean;
        };
        /**
         * Format: date-time
         * @description The resource creation date and time.
         */
        CreationDateTime: string;
        EventNotification: {
            /** @description Properties of the Webhook registered to receive event notifications related to entity status. */
            Webhook: components["schemas"]["AEWebhook"];
        };
        /**
         * Format: uuid
         * @description Unique identifier for the quote, generated based on LFI implementation. `format: uuid` is provided as a hint to OpenAPI parsers, but LFIs can implement a unique identification mechanism of their choosing.
         */
        "FxServiceInitiation.FxQuoteIdType": string;
        /** @description Metadata relevant to the resource */
        Meta: Record<string, never>;
        /**
         * Format: uri
         * @description A link to the current resource
         */
        Self: string;
        /**
         * @description Account details of the Debtor in case the transaction is a Credit transaction.
         *
         *     These are optional because there are situations where this cannot be populated for the following Credit transactions
         *     - cash deposits (no creditor account/agent)
         *     - cheques and DDs may not have this information at least during the process of clearing and sometimes (e.g. for agency banks) may not be reconciled ever
         *     - some corner situations with international payments
         *     - for refunds with card payments  (instead merchant information fields should be populated)
         */
        "UAEAccountInformationAPI.AECashAccount6_1": {
            SchemeName?: components["schemas"]["UAEAccountInformationAPI.AEExternalAccountIdentificationCode"];
            Identification?: components["schemas"]["UAEAccountInformationAPI.Identification_0"];
            Name?: components["schemas"]["UAEAccountInformationAPI.Name_0"];
        };
        /**
         * @description Name of the identification scheme for the account. Encoded with allowable values published in an external list.
         * @enum {string}
         */
        "UAEAccountInformationAPI.AEExternalAccountIdentificationCode": "IBAN" | "AccountNumber" | "MaskedPAN" | "MortgageReference" | "FinanceReference";
        /**
         * @description * /accounts resource
         *     The name of the identification scheme for the LFI as the account services provider. Encoded with allowable value as published in an external list.
         *
         *     * /beneficiaries resource
         *     Refers to the Financial Institution that manages the account on behalf of the Beneficiary party, managing registration, booking of entries on the account, calculating balances on the account and providing information about the account. This is the servicing Financial Institution of the Beneficiary account.
         *
         *     * /scheduled-payments resource
         *     Refers to the identification scheme for uniquely identifying the Creditor Agent.
         *
         *     * /standing-orders resource
         *     Refers to the identification scheme for uniquely identifying the Creditor Agent.
         *
         *     * /transactions resource
         *     Refers to the identification scheme for uniquely identifying the Creditor Agent.
         * @enum {string}
         */
        "UAEAccountInformationAPI.AEExternalFinancialInstitutionIdentificationCode": "BICFI" | "Other";
        /**
         * @description The type of calendar used for the date of issuance and date of expiry in the document evidence
         *     Allowable values:
         *     "Islamic Calendar"
         *     "Gregorian Calendar"
         *     Both calendars must follow YYYY-MM-DD
         * @enum {string}
         */
        "UAEAccountInformationAPI.AEPartyCalendarType": "IslamicCalendar" | "GregorianCalendar";
        /**
         * @description Identifes the method used by PASP for checking the evidence for verification.
         *     Representing the checks done in relation to the evidence
         *     OpenID Connect for Identity Assurance 1.0: [https://openid.net/specs/openid-connect-4-identity-assurance-1_0.html#name-evidence-element](https://openid.net/specs/openid-connect-4-identity-assurance-1_0.html#name-evidence-element)
         */
        "UAEAccountInformationAPI.AEPartyIdentityCheckDetail": {
            /**
             * @description Identifes the method used by PASP for checking the evidence for verification
             *     String representing the check done, this includes processes such as checking the authenticity of the document, or verifying the user's biometric against an identity document.
             */
            CheckMethod?: string;
            /** @description String denoting the legal entity that performed the check. This SHOULD be included if the OP did not perform the check itself */
            Organization?: string;
            /** @description Identifier referring to the identity verification transaction. The OP MUST ensure that this is present when EvidenceRef element is used. The OP MUST ensure that the transaction identifier can be resolved into transaction details during an audit */
            Txn?: string;
            Time?: components["schemas"]["UAEAccountInformationAPI.ISODateTime"];
        };
        "UAEAccountInformationAPI.AEPartyIdentityEvidenceAttachment": {
            /** @description Description of the document. This can be the filename or just an explanation of the content. */
            Desc: string;
            /** @description Content (MIME) type of the document */
            ContentType: string;
            /** @description Base64 encoded representation of the document content */
            Content: string;
            /** @description Identifier referring to the transaction */
            Txn: string;
        };
        "UAEAccountInformationAPI.AEPartyIdentityEvidenceAttachments": {
            /**
             * @description Attachments
             *     [https://openid.net/specs/openid-connect-4-identity-assurance-1_0.html#name-attachments](https://openid.net/specs/openid-connect-4-identity-assurance-1_0.html#name-attachments)
             */
            AEPartyIdentityEvidenceAttachments: components["schemas"]["UAEAccountInformationAPI.AEPartyIdentityEvidenceAttachment"][];
        };
        /**
         * @description Document Evidence
         *     [https://openid.net/specs/openid-connect-4-identity-assurance-1_0.html#name-evidence-type-document](https://openid.net/specs/openid-connect-4-identity-assurance-1_0.html#name-evidence-type-document)
         */
        "UAEAccountInformationAPI.AEPartyIdentityEvidenceTypeDocument": {
            /** @description The type of evidence allowed for providing verification. */
            Type?: components["schemas"]["UAEAccountInformationAPI.DocumentEvidenceType"];
            CheckDetails?: components["schemas"]["UAEAccountInformationAPI.AEPartyIdentityCheckDetail"][];
            Verifier?: components["schemas"]["UAEAccountInformationAPI.DocumentEvidenceVerifier"];
            Time?: components["schemas"]["UAEAccountInformationAPI.ISODateTime"];
            DocumentDetails?: components["schemas"]["UAEAccountInformationAPI.DocumentEvidenceDetails"];
            Attachments?: components["schemas"]["UAEAccountInformationAPI.AEPartyIdentityEvidenceAttachments"];
        };
        /**
         * @description Electronic Record Evidence
         *     [https://openid.net/specs/openid-connect-4-identity-assurance-1_0.html#name-evidence-type-electronic_re](https://openid.net/specs/openid-connect-4-identity-assurance-1_0.html#name-evidence-type-electronic_re)
         */
        "UAEAccountInformationAPI.AEPartyIdentityEvidenceTypeElectronicRecord": {
            /** @description The type of evidence allowed for providing verification. */
            Type?: components["schemas"]["UAEAccountInformationAPI.ElectronicRecordEvidenceType"];
            CheckDetails?: components["schemas"]["UAEAccountInformationAPI.AEPartyIdentityCheckDetail"][];
            Time?: components["schemas"]["UAEAccountInformationAPI.ISODateTime"];
            Record?: components["schemas"]["UAEAccountInformationAPI.ElectronicRecordProperties"];
            Attachments?: components["schemas"]["UAEAccountInformationAPI.AEPartyIdentityEvidenceAttachments"];
        };
        "UAEAccountInformationAPI.AEPartyPostalAddress": {
            /**
             * @description The type of address. Omitted if type not held.
             * @enum {string}
             */
            AddressType?: "Billing" | "Business" | "Correspondence" | "DeliveryTo" | "MailTo" | "POBox" | "Postal" | "Permanent" | "Residential" | "Statement" | "Other";
            /** @description Information that locates and identifies a specific address for a transaction entry, that is presented in free format text. */
            AddressLine: string[];
            /** @description The unit, apartment, or villa number within a building or community */
            BuildingNumber?: string;
            /** @description Name of the building or house. */
            BuildingName?: string;
            /** @description Floor or storey within a building. */
            Floor?: string;
            /** @description The name of the street or road where the property is located. */
            StreetName?: string;
            /** @description The district, community, or neighbourhood where the property is located. */
            DistrictName?: string;
            /** @description The P.O. Box number assigned to the recipient for mail delivery. */
            PostBox?: string;
            /** @description Name of a built-up area, such as a town or city. */
            TownName?: string;
            /**
             * @description Country subdivision, such as state or province. This is the Emirate where the address is registered.
             * @enum {string}
             */
            CountrySubDivision?: "AbuDhabi" | "Ajman" | "Dubai" | "Fujairah" | "RasAlKhaimah" | "Sharjah" | "UmmAlQuwain";
            /** @description The country associated with the address, represented using the ISO 3166-1 alpha-2 country code. */
            Country: string;
        };
        /** @description Address properties based on ISO 20022 `PostalAddress27` definition */
        "UAEAccountInformationAPI.AEPostalAddress": {
            /**
             * @description The type of address. Omitted if type not held.
             * @enum {string}
             */
            AddressType?: "Billing" | "Business" | "Correspondence" | "DeliveryTo" | "MailTo" | "POBox" | "Postal" | "Permanent" | "Residential" | "Statement" | "Other";
            /** @description Information that locates and identifies a specific address for a transaction entry, that is presented in free format text. */
            AddressLine: string[];
            /** @description The unit, apartment, or villa number within a building or community */
            BuildingNumber?: string;
            /** @description Name of the building or house. */
            BuildingName?: string;
            /** @description Floor or storey within a building. */
            Floor?: string;
            /** @description The name of the street or road where the property is located. */
            StreetName?: string;
            /** @description The district, community, or neighbourhood where the property is located. */
            DistrictName?: string;
            /** @description The P.O. Box number assigned to the recipient for mail delivery. */
            PostBox?: string;
            /** @description Name of a built-up area, such as a town or city. */
            TownName?: string;
            /**
             * @description Country subdivision, such as state or province. This is the Emirate where the address is registered.
             * @enum {string}
             */
            CountrySubDivision?: "AbuDhabi" | "Ajman" | "Dubai" | "Fujairah" | "RasAlKhaimah" | "Sharjah" | "UmmAlQuwain";
            /** @description The country associated with the address, represented using the ISO 3166-1 alpha-2 country code. */
            Country: string;
        };
        /** @description Identification of the currency in which the account is held. A code allocated to a currency under an international currency identification scheme, as described in the latest edition of the international standard ISO 4217 'Codes for the representation of currencies and funds'. */
        "UAEAccountInformationAPI.ActiveOrHistoricCurrencyCode_0": string;
        /** @description Denoting the details about how the evidence complies with the policy */
        "UAEAccountInformationAPI.AssuranceDetails": {
            /** @description String denoting which part of the assurance_process the evidence fulfils */
            AssuranceType: string;
            /** @description String reflecting how the evidence has been classified or measured as required by the TrustFramework */
            AssuranceClassification: string;
            EvidenceRef: components["schemas"]["UAEAccountInformationAPI.EvidenceRef"][];
        };
        /**
         * @description Determines the assurance process that was followed. This reflects how the evidence meets the requirements of the TrustFramework and AssuranceLevel. The factual record of the evidence and the procedures followed are recorded in the evidence element, this element is used to cross reference the evidence to the AssuranceLevel followed
         *     OpenID Connect for Identity Assurance 1.0: [https://openid.net/specs/openid-connect-4-identity-assurance-1_0.html#name-verification-element](https://openid.net/specs/openid-connect-4-identity-assurance-1_0.html#name-verification-element)
         */
        "UAEAccountInformationAPI.AssuranceProcess": {
            /** @description Representing the standard or policy that was followed. */
            Policy: string;
            /** @description Representing a specific procedure from the policy that was followed. */
            Procedure: string;
            AssuranceDetails: components["schemas"]["UAEAccountInformationAPI.AssuranceDetails"][];
        };
        /**
         * @description Standard Claims:
         *     [https://openid.net/specs/openid-connect-core-1_0.html#StandardClaims](https://openid.net/specs/openid-connect-core-1_0.html#StandardClaims)
         *     IdentityAssurance Claims:
         *     [https://openid.net/specs/openid-connect-4-identity-assurance-1_0.html#name-claims](https://openid.net/specs/openid-connect-4-identity-assurance-1_0.html#name-claims)
         *     An LFI MUST provide both GivenName and Surname for a Retail customer
         */
        "UAEAccountInformationAPI.Claims": {
            /** @enum {string} */
            IdentityType: "Person";
            /** @description The full name of the account holder, as it appears on the account, as a single string. Used where LFIs hold the account name as a single value. */
            FullName: string;
            /** @description Given name of the Party. Given name (also called forename) is used to differentiate from the surname or family name. */
            GivenName: string;
            /** @description Surname of the Party */
            Surname: string;
            /** @description Middle name of the Party */
            MiddleName?: string;
            /** @description Nickname of the Party */
            Nickname?: string;
            /** @description Emirates ID number of the Party */
            EmiratesId: string;
            /**
             * Format: date
             * @description Emirates ID card expiry date
             */
            EmiratesIdExpiryDate: string;
            /**
             * Format: date
             * @description Date of birth of the Party
             */
            DateOfBirth?: string;
            SourceOfIncome?: string;
            Salary?: number;
            Nationality?: string;
            ResidentialAddress: components["schemas"]["UAEAccountInformationAPI.AEPartyPostalAddress"];
            MobileNumber?: string;
            Email?: string;
            MaritalStatus?: string;
            Salutation?: string;
            Language?: string;
            EmployerName?: string;
            /** Format: date */
            EmploymentSinceDate?: string;
            PowerofAttorney?: boolean;
            SalaryTransfer?: boolean;
            Profession?: string;
            /**
             * Format: date-time
             * @description The date and time at which the claims were last updated, in ISO 8601 format
             */
            UpdatedAt?: string;
        };
        /** @description Standard claims for corporate or SME entities. */
        "UAEAccountInformationAPI.CorporateClaims": {
            /** @enum {string} */
            IdentityType: "Business";
            /** @description The name of the business */
            BusinessName?: string;
            /** @description Trade License Number of the business. */
            TradeLicenceNumber?: string;
            /** @description The tax identification number or VAT number for the company. */
            TaxIdentificationNumber?: string;
            /**
             * Format: date
             * @description The date the company was legally incorporated.
             */
            DateOfIncorporation?: string;
            /** @description The country where the company is incorporated. */
            CountryOfIncorporation?: string;
            CorporateAddress?: components["schemas"]["UAEAccountInformationAPI.AEPostalAddress"];
            /**
             * Format: email
             * @description The primary email address for corporate communications.
             */
            CorporateContactEmail?: string;
            /** @description The primary phone number for corporate communications. */
            CorporateContactPhoneNumber?: string;
            /** @description The industry or sector in which the company operates. */
            Industry?: string;
            /**
             * Format: uri
             * @description The official website of the company.
             */
            CompanyWebsite?: string;
        };
        "UAEAccountInformationAPI.CountryCode": {
            /** @description String denoting the country or supranational organization that issued the document as ISO 3166 */
            CountryCode: string;
        };
        /** @description Representing the document used to perform the identity verification. */
        "UAEAccountInformationAPI.DocumentEvidenceDetails": {
            Type?: components["schemas"]["UAEAccountInformationAPI.DocumentEvidenceDetailsType"];
            /** @description The unique id number in the evidence used for verification checking */
            DocumentNumber?: string;
            /** @description An identifier that is assigned to the End-User and is not limited to being used in one document, for example a national identification number, personal identity number, citizen number, social security number, driver number, account number, customer number, licensee number, etc */
            PersonalNumber?: string;
            /** @description An identifier/number that identifies the document irrespective of any personalization information (this usually only applies to physical artifacts and is present before personalization). */
            SerialNumber?: string;
            CalendarType?: components["schemas"]["UAEAccountInformationAPI.AEPartyCalendarType"];
            DateOfIssuance?: components["schemas"]["UAEAccountInformationAPI.ISODateTime"];
            DateOfExpiry?: components["schemas"]["UAEAccountInformationAPI.ISODateTime"];
            Issuer?: components["schemas"]["UAEAccountInformationAPI.DocumentEvidenceDetailsIssuer"];
        };
        /** @description Containing information about the issuer of this document. */
        "UAEAccountInformationAPI.DocumentEvidenceDetailsIssuer": {
            /** @description Designation of the issuer of the document. */
            Name: string;
            Address: components["schemas"]["UAEAccountInformationAPI.AEPostalAddress"];
            CountryCode: components["schemas"]["UAEAccountInformationAPI.CountryCode"];
            /** @description String containing the name of the region(s)/state(s)/province(s)/municipality(ies) that issuer has jurisdiction over (if this information is not common knowledge or derivable from the address) */
            Jurisdiction: string;
        };
        /**
         * @description The type of document used for evidence checking
         *     [https://bitbucket.org/openid/ekyc-ida/wiki/identifiers](https://bitbucket.org/openid/ekyc-ida/wiki/identifiers)"
         * @enum {string}
         */
        "UAEAccountInformationAPI.DocumentEvidenceDetailsType": "passport" | "driving_permit" | "idcard" | "residence_permit" | "emirates_id";
        /** @enum {string} */
        "UAEAccountInformationAPI.DocumentEvidenceType": "document";
        /** @description Denoting the legal entity that performed the identity verification. This object SHOULD be included if the OP did not perform the identity verification itself. This object is retained for backward compatibility, implementers are recommended to use CheckDetails & Organization instead */
        "UAEAccountInformationAPI.DocumentEvidenceVerifier": {
            /** @description String denoting the organization which performed the verification on behalf of the OP. */
            Organization: string;
            /** @description Identifier referring to the identity verification transaction. The OP MUST ensure that the transaction identifier can be resolved into transaction details during an audit. */
            Txn?: string;
        };
        /** @enum {string} */
        "UAEAccountInformationAPI.ElectronicRecordEvidenceType": "electronic_record";
        /** @description Representing the record used to perform the identity verification. */
        "UAEAccountInformationAPI.ElectronicRecordProperties": {
            Type: components["schemas"]["UAEAccountInformationAPI.ElectronicRecordType"];
            /** @description String representing an identifier that is assigned to the User and is not limited to being used in one record, for example a national identification number, personal identity number, citizen number, social security number, driver number, account number, customer number, licensee number, etc. */
            PersonalNumber: string;
            CalendarType: components["schemas"]["UAEAccountInformationAPI.AEPartyCalendarType"];
            CreatedAt: components["schemas"]["UAEAccountInformationAPI.ISODateTime"];
            DateOfExpiry: components["schemas"]["UAEAccountInformationAPI.ISODateTime"];
            Source: components["schemas"]["UAEAccountInformationAPI.ElectronicRecordSourceProperties"];
        };
        /** @description Information about the source of this record */
        "UAEAccountInformationAPI.ElectronicRecordSourceProperties": {
            /** @description Designation of the source of the electronic_record */
            Name: string;
            Address: components["schemas"]["UAEAccountInformationAPI.AEPostalAddress"];
            CountryCode: components["schemas"]["UAEAccountInformationAPI.CountryCode"];
            /** @description String containing the name of the region(s) / state(s) / province(s) / municipality(ies) that source has jurisdiction over (if it's not common knowledge or derivable from the address) */
            Jurisdiction: string;
        };
        /**
         * @description String denoting the type of electronic record
         * @enum {string}
         */
        "UAEAccountInformationAPI.ElectronicRecordType": "bank_account" | "mortgage_account" | "finance_account";
        /** @description Object indicating any meta data about the evidence that is required by the AssuranceProcess in order to demonstrate compliance with the TrustFramework. It has the following sub-elements */
        "UAEAccountInformationAPI.EvidenceMetadata": {
            EvidenceClassification: string;
        };
        /** @description Evidence being referred to */
        "UAEAccountInformationAPI.EvidenceRef": {
            /** @description Identifier referring to the txn used in the CheckDetails. */
            Txn: string;
            EvidenceMetadata: components["schemas"]["UAEAccountInformationAPI.EvidenceMetadata"];
        };
        /**
         * Format: date-time
         * @description All dates in the JSON payloads are represented in ISO 8601 date-time format.
         *     All date-time fields in responses must include the timezone. An example is below:
         *     2017-04-05T10:43:07+00:00
         */
        "UAEAccountInformationAPI.ISODateTime": string;
        /** @description Identification for the account assigned by the LFI based on the Account Scheme Name. This identification is known by the User 1 account owner. For IBAN, refer to the ISO Standard 13616. */
        "UAEAccountInformationAPI.Identification_0": string;
        /**
         * @description * /accounts resource
         *     Unique and unambiguous identification of the LFI as the account servicing institution for the Open Banking Services.
         *
         *     * /beneficiaries resource
         *     Unique and unambiguous identification of the Creditor Agency as the servicing institution of the Beneficiary.
         *
         *     * /scheduled-payments resource
         *     Unique and unambiguous identification of the LFI as the account servicing institution for the Open Banking Services.
         *
         *     * /standing-orders resource
         *     Unique and unambiguous identification of the LFI as the account servicing institution for the Open Banking Services.
         *
         *     * /transactions resource
         *     Unique and unambiguous identification of the LFI as the account servicing institution for the Open Banking Services.
         *
         *     *  Notes:
         *     Based on the value of the field **SchemeName**, this entry may be :
         *     * BICFI: The BIC/SWIFT Code
         *     * Other: Identifier based on non-SWIFT payment system or local market scheme.
         */
        "UAEAccountInformationAPI.Identification_1": string;
        /** @description The account name is the name or names of the User 1 account owner(s) represented at an account level, as displayed by the LFI's online channels. Note: The account name is not the product name or the nickname of the account. */
        "UAEAccountInformationAPI.Name_0": string;
        /**
         * @description Identifies the trust framework used for verification. This consists of a set of rules and standards and sets out requirements so that organisations know what ‘good’ identity verification looks like.
         *     Trust Frameworks: [https://bitbucket.org/openid/ekyc-ida/wiki/identifiers](https://bitbucket.org/openid/ekyc-ida/wiki/identifiers)
         * @enum {string}
         */
        "UAEAccountInformationAPI.TrustFrameworkCode": "Undefined";
        /**
         * @description Verification
         *     [https://openid.net/specs/openid-connect-4-identity-assurance-1_0.html#name-verification-element](https://openid.net/specs/openid-connect-4-identity-assurance-1_0.html#name-verification-element)
         */
        "UAEAccountInformationAPI.VerifiedClaimVerification": {
            TrustFramework: components["schemas"]["UAEAccountInformationAPI.TrustFrameworkCode"];
            /**
             * @description Determines the assurance level associated with the User in the respective VerifiedClaims. The value range depends on the respective TrustFramework value.
             *     Assurance Level: [https://bitbucket.org/openid/ekyc-ida/wiki/identifiers](https://bitbucket.org/openid/ekyc-ida/wiki/identifiers)
             */
            AssuranceLevel?: string;
            AssuranceProcess?: components["schemas"]["UAEAccountInformationAPI.AssuranceProcess"];
            /** @description Representing the date and time when the identity verification process took place. All dates in the JSON payloads are represented in ISO 8601 date-time format. All date-time fields in responses must include the timezone. An example is below: 2017-04-05T10:43:07+00:00 */
            Time?: components["schemas"]["UAEAccountInformationAPI.ISODateTime"];
            /** @description Unique reference to the identity verification process as performed by the OP. Used for identifying and retrieving details in case of disputes or audits. Presence of this element might be required for certain trust frameworks. */
            VerificationProcess?: string;
            /**
             * @description The type of evidence allowed for providing verification.
             *     OpenID Connect for Identity Assurance 1.0: [https://openid.net/specs/openid-connect-4-identity-assurance-1_0.html#name-evidence-element](https://openid.net/specs/openid-connect-4-identity-assurance-1_0.html#name-evidence-element)
             */
            Evidence?: components["schemas"]["UAEAccountInformationAPI.AEPartyIdentityEvidenceTypeDocument"] | components["schemas"]["UAEAccountInformationAPI.AEPartyIdentityEvidenceTypeElectronicRecord"];
        };
    };
    responses: {
        /** @description Bad request */
        "400Error": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content: {
                "application/jwt": components["schemas"]["AEError400ResponseBodySigned"];
                "application/json; charset=utf-8": components["schemas"]["AEError400ResponseBody"];
                "application/json": components["schemas"]["AEError400ResponseBody"];
            };
        };
        /** @description Unauthorized */
        "401Error": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Forbidden */
        "403Error": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content: {
                "application/jwt": components["schemas"]["AEError403ResponseBodySigned"];
                "application/json; charset=utf-8": components["schemas"]["AEError403ResponseBody"];
                "application/json": components["schemas"]["AEError403ResponseBody"];
            };
        };
        /** @description Not found */
        "404Error": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Method Not Allowed */
        "405Error": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Not Acceptable */
        "406Error": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Unsupported Media Type */
        "415Error": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Too Many Requests */
        "429Error": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                /** @description Number in seconds to wait */
                "retry-after": number;
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Internal Server Error */
        "500Error": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content: {
                "application/jwt": components["schemas"]["AEError500ResponseBodySigned"];
                "application/json; charset=utf-8": components["schemas"]["AEError500ResponseBody"];
                "application/json": components["schemas"]["AEError500ResponseBodySigned"];
            };
        };
    };
    parameters: {
        /** @description Unique identifier for a given account opening instance */
        AccountId: components["schemas"]["AEAccountIdType"];
        /** @description An Access Token as per https://tools.ietf.org/html/rfc6750 */
        Authorization: string;
        /** @description Indicates the user-agent that the User is using. */
        "x-customer-user-agent": string;
        /**
         * @description The time when the User last logged in with the TPP.
         *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
         *     Sun, 10 Sep 2017 19:43:31 UTC
         */
        "x-fapi-auth-date": string;
        /** @description The User's IP address if the User is currently logged in with the TPP. */
        "x-fapi-customer-ip-address": string;
        /** @description An RFC4122 UID used as a correlation ID. */
        "x-fapi-interaction-id": string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    CreateAccount_signedRequest: {
        parameters: {
            query?: never;
            header: {
                /** @description An Access Token as per https://tools.ietf.org/html/rfc6750 */
                authorization: components["parameters"]["Authorization"];
                /** @description Indicates the user-agent that the User is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
                /**
                 * @description The time when the User last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The User's IP address if the User is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation ID. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description Signed request body for creating a new account */
        requestBody: {
            content: {
                "application/jwt": {
                    /** @description [https://www.rfc-editor.org/rfc/rfc7519#section-4.1.1](https://www.rfc-editor.org/rfc/rfc7519#section-4.1.1) */
                    iss: string;
                    /** @description [https://www.rfc-editor.org/rfc/rfc7519#section-4.1.4](https://www.rfc-editor.org/rfc/rfc7519#section-4.1.4) */
                    exp: number;
                    /** @description [https://www.rfc-editor.org/rfc/rfc7519#section-4.1.5](https://www.rfc-editor.org/rfc/rfc7519#section-4.1.5) */
                    nbf: number;
                    /** @description [https://www.rfc-editor.org/rfc/rfc7519#section-4.1.3](https://www.rfc-editor.org/rfc/rfc7519#section-4.1.3) */
                    aud?: string[];
                    /** @description [https://www.rfc-editor.org/rfc/rfc7519#section-4.1.6](https://www.rfc-editor.org/rfc/rfc7519#section-4.1.6) */
                    iat?: number;
                    message: components["schemas"]["AECreateAccountRequestBody1"];
                };
            };
        };
        responses: {
            /** @description The request has succeeded and a new resource has been created as a result. */
            201: {
                headers: {
                    /** @description An RFC4122 UID used as a correlation ID. */
                    "x-fapi-interaction-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/jwt": {
                        /** @description [https://www.rfc-editor.org/rfc/rfc7519#section-4.1.1](https://www.rfc-editor.org/rfc/rfc7519#section-4.1.1) */
                        iss: string;
                        /** @description [https://www.rfc-editor.org/rfc/rfc7519#section-4.1.4](https://www.rfc-editor.org/rfc/rfc7519#section-4.1.4) */
                        exp: number;
                        /** @description [https://www.rfc-editor.org/rfc/rfc7519#section-4.1.5](https://www.rfc-editor.org/rfc/rfc7519#section-4.1.5) */
                        nbf: number;
                        /** @description [https://www.rfc-editor.org/rfc/rfc7519#section-4.1.3](https://www.rfc-editor.org/rfc/rfc7519#section-4.1.3) */
                        aud?: string[];
                        /** @description [https://www.rfc-editor.org/rfc/rfc7519#section-4.1.6](https://www.rfc-editor.org/rfc/rfc7519#section-4.1.6) */
                        iat?: number;
                        message: components["schemas"]["AECreateAccountResponseBody1"];
                    };
                };
            };
            400: components["responses"]["400Error"];
            401: components["responses"]["401Error"];
            403: components["responses"]["403Error"];
            404: components["responses"]["404Error"];
            405: components["responses"]["405Error"];
            406: components["responses"]["406Error"];
            415: components["responses"]["415Error"];
            429: components["responses"]["429Error"];
            500: components["responses"]["500Error"];
        };
    };
    Account_read: {
        parameters: {
            query?: never;
            header: {
                /** @description An Access Token as per https://tools.ietf.org/html/rfc6750 */
                authorization: components["parameters"]["Authorization"];
                /** @description Indicates the user-agent that the User is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
                /**
                 * @description The time when the User last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The User's IP address if the User is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation ID. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
            };
            path: {
                /** @description Unique identifier for a given account opening instance */
                AccountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    /** @description An RFC4122 UID used as a correlation ID. */
                    "x-fapi-interaction-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["AEReadAccountResponseBody1"];
                    "application/json": components["schemas"]["AEReadAccountResponseBody1"];
                    "application/jwt": {
                        /** @description [https://www.rfc-editor.org/rfc/rfc7519#section-4.1.1](https://www.rfc-editor.org/rfc/rfc7519#section-4.1.1) */
                        iss: string;
                        /** @description [https://www.rfc-editor.org/rfc/rfc7519#section-4.1.4](https://www.rfc-editor.org/rfc/rfc7519#section-4.1.4) */
                        exp: number;
                        /** @description [https://www.rfc-editor.org/rfc/rfc7519#section-4.1.5](https://www.rfc-editor.org/rfc/rfc7519#section-4.1.5) */
                        nbf: number;
                        /** @description [https://www.rfc-editor.org/rfc/rfc7519#section-4.1.3](https://www.rfc-editor.org/rfc/rfc7519#section-4.1.3) */
                        aud?: string[];
                        /** @description [https://www.rfc-editor.org/rfc/rfc7519#section-4.1.6](https://www.rfc-editor.org/rfc/rfc7519#section-4.1.6) */
                        iat?: number;
                        message: components["schemas"]["AEReadAccountResponseBody1"];
                    };
                };
            };
            400: components["responses"]["400Error"];
            401: components["responses"]["401Error"];
            403: components["responses"]["403Error"];
            404: components["responses"]["404Error"];
            405: components["responses"]["405Error"];
            406: components["responses"]["406Error"];
            415: components["responses"]["415Error"];
            429: components["responses"]["429Error"];
            500: components["responses"]["500Error"];
        };
    };
    UpdateWebhookSubscription_update: {
        parameters: {
            query?: never;
            header: {
                /** @description An Access Token as per https://tools.ietf.org/html/rfc6750 */
                authorization: components["parameters"]["Authorization"];
                /** @description Indicates the user-agent that the User is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
                /**
                 * @description The time when the User last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The User's IP address if the User is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation ID. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
            };
            path: {
                /** @description Unique identifier for a given account opening instance */
                AccountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AEUpdateEventSubscriptionRequestBody1"];
            };
        };
        responses: {
            /** @description No content */
            204: {
                headers: {
                    /** @description An RFC4122 UID used as a correlation ID. */
                    "x-fapi-interaction-id"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["400Error"];
            401: components["responses"]["401Error"];
            403: components["responses"]["403Error"];
            404: components["responses"]["404Error"];
            405: components["responses"]["405Error"];
            406: components["responses"]["406Error"];
            415: components["responses"]["415Error"];
            429: components["responses"]["429Error"];
            500: components["responses"]["500Error"];
        };
    };
}
