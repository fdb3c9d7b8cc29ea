/**
 * GENERATED FILE: do not edit. Regenerate with `npm run wire-types` (tools/generate-wire-types.js,
 * openapi-typescript 7.13.0).
 * Source: ozone-connect/v2.1.x/uae-ozone-connect-consent-events-actions-openapi.yaml
 * from the UAE Open Finance OpenAPI documents (MIT licence, Nebras Open Finance).
 */

export interface paths {
    "/consent/event/{operation}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Called to inform a financial institution that a consent has been created or modified
         * @description Used by financial institution to get a notification for updated consent.
         */
        post: operations["consentEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/consent/action/augment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Account action augmentation
         * @description The API is called by Ozone to allow a Financial Institution to augment additional information that may apply to the account consent
         *
         *     The request body contains the entire consent record as stored in the Consent Manager.
         */
        post: operations["augmentAccountConsent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/consent/action/validate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Provides an opportunity for a financial institution to validate a consent before it is created
         * @description The API is called by Ozone to allow a financial institution to carry out additional validations before a consent is created.
         *
         *     The request body contains the entire consent along with contextual information.
         *
         *     Typically this could be used for situations like:
         *     - soft validation of the debtor account (e.g. to ensure that it is a debtor account managed by the financial institution)
         *     - populating charges and exchange rate information
         *
         *     Note that a financial institution only need to implement this API where it needs to correlate information in the consent payload
         *     with data held in its systems. If this is not the case, "local" validations can be configured in Ozone that do not require a remote call.
         *
         *     The financial institution must return a response that includes a status. If the status is set to `valid`, the consent is saved and processing continues.
         *
         *     If the status is set to `invalid` the processing fails and an error response is sent to the TPP.
         */
        post: operations["validateConsent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description Fields to be added to the consent */
        augmentConsentResponse: {
            Charges?: components["schemas"]["AECharges"];
            ExchangeRate?: components["schemas"]["AEExchangeRateInformation"];
            OpenFinanceBilling?: components["schemas"]["ConsentManager.AEOpenFinanceBillingUpdateProperties"];
        };
        /** @description The TPP record as held by Ozone. If Ozone TPP Connect has been integrated into a directory, the `directoryRecord` provides the TPP's directory record as held by Ozone in base 64 encoded format. */
        tpp: {
            /** @description The client identifier for the TPP as issued by the Trust Framework */
            clientId: string;
            /** @description The identifier used by the API Hub to uniquely identify the TPP */
            tppId: string;
            /** @description The TPP name recorded in the Trust Framework */
            tppName: string;
            /**
             * @deprecated
             * @description The UK market TPP identifier. This property is not used for CBUAE and is therefore marked as deprecated.
             */
            obieTppId?: string;
            /** @description The software statement identifier for the Client. */
            softwareStatementId: string;
            /**
             * @deprecated
             * @description The UK market software statement identifier. This property is not used for CBUAE and is therefore marked as deprecated.
             */
            obieSoftwareStatementId?: string;
            /**
             * @deprecated
             * @description The UK market software statement name. This property is not used for CBUAE and is therefore marked as deprecated.
             */
            obieSoftwareStatementName?: string;
            /**
             * Format: base64
             * @description The latest copy of the TPP directory record retrieve from the CBUAE Trust Framework directory, encoded as a Base 64 string
             */
            directoryRecord?: string;
            /**
             * @deprecated
             * @description The encoded Software Statement Assertion. This property is not used for CBUAE and is therefore marked as deprecated.
             */
            ssa?: string;
            decodedSsa: components["schemas"]["softwareStatementProperties"];
            /** @description The organization identifier for the TPP */
            orgId: string;
        };
        /**
         * @description The decoded software statement retrieved from the Trust Framework that provides
         *     the properties of the Client.
         *
         *     Please note:
         *
         *       - The JSON payload will contain other properties in addition to those listed
         *         here. The properties listed here are considered most relevant for activities
         *         such as TPP logo retrieval and JWS verification.
         *       - The content reflects elements of discovery metadata, which in generally
         *         defined as a file rather than an API. Providing constraints such as
         *         `minLength` and `maxLength` is impractical in this context
         *
         *     The full software statement record is also available in the Trust Framework.
         *     Please also refer the Registration Framework page in the CBUAE standards for
         *     additional guidance on these properties.
         */
        softwareStatementProperties: {
            /** @description The redirect URIs registered by the TPP at the Trust Framework */
            redirect_uris?: string[];
            /** @description Name of the Client to be presented to the End-User. */
            client_name?: string;
            /** @description URL of the home page of the Client. */
            client_uri?: string;
            /** @description URL of the Client logo. */
            logo_uri?: string;
            /** @description URL of the Client JSON Web Key Set (JWKS) at the Trust Framework. */
            jwks_uri?: string;
            /** @description Unique Client Identifier. */
            client_id?: string;
            /** @description The roles under which the organization is registered at the Trust Framework. */
            roles?: string[];
            /** @description URL using the https scheme to be used in calculating Pseudonymous Identifiers by the OP. Allows redirect URI values to be grouped, easing registration management. */
            sector_identifier_uri?: string;
            /** @description Client application type. */
            application_type?: string;
            /** @description Organization identifier for organization that owns the Client. */
            organisation_id?: string;
        };
        /**
         * @description The PSU that is associated with this consent.
         *
         *     The `PSUIdentifiers` object may have artitrary custom fields that an financial institution may use to
         *     identify the PSU.
         *
         *     However, all `PSUIdentifiers` must have a mandatory `userId` field that provides a unique
         *     user id for the PSU.
         *
         *     The consent is initially created without a PSU identified.
         *
         *     The value must be specified once the consent is authorised.
         */
        psuIdentifiers: {
            userId: string;
        };
        /**
         * @description An array of Account Identifier values associated with the Consent, which must be populated once consent has  been authorised.
         *     For Bank Service Initiation, the array must always have one element, which is the debtor account from which the  payment will be made
         *     For Bank Data Sharing requests, the array may contain multiple values, representing each of the payment accounts for which an data will be provide.
         *     Insurance Data Sharing does not require `accountIds` to be patched, and will instead use `insurancePolicyIds`.  `accountIds` will, however, be populated with the value of `insurancePolicyIds` by a trigger in the Consent  Manager, which ensures a consistent set of identifiers are available across different consent types.
         */
        "ConsentManager.AccountIdentifiers": string[];
        /** @description Contains additional information at the discretion of the financial institution. */
        "ConsentManager.SupplementaryInformation": Record<string, never>;
        /** @description List of insurance policy identifiers that have been selected and authorized by the User when consenting to insurance policy access. The LFI **MUST** patch these values onto the consent after the User has selected them, to ensure the policies are correctly retrieved based on the consent in operations such as `get /life-insurance-policies`. */
        insurancePolicyIds: string[];
        /** @description Contains information about the last time the consent was used. */
        AEConsentUsage: {
            /**
             * Format: date-time
             * @description The last time the data was shared with the TPP. This is updated by the CM when the data is shared with the TPP.
             */
            lastDataShared?: string;
            /**
             * Format: date-time
             * @description The last time the payment was initiated by TPP. This is updated by the CM when payment is initiated by TPP.
             */
            lastServiceInitiationAttempt?: string;
        };
        newConsent: {
            /** @description A unique identifier for the consent in uuid-v4 format. */
            id: string;
            /**
             * @description A unique identifier for the PAR request that created this consent.
             *     The value matches the value of the request_uri returned by the post call to the PAR endpoint.
             */
            parId?: string;
            /**
             * @description The authorization detail type of the RAR request that resulted in this consent.
             *     This value matches the Type of the authorization_details element of the RAR request.
             *     Its value will be one of the authorization_details_types_supported on the well-known endpoint.
             */
            rarType?: string;
            /** @description The standardVersion field specifies the standardized version of an API set. An API set refers to a group of APIs designed to deliver a specific functionality (e.g., accounts, payments, insurance). Example values: 'v1.0', 'v2.1', or 'insurance:v1.1'." */
            standardVersion?: string;
            /**
             * @description A unique identifier for the consent group in uuid-v4 format.
             *     The consent group id is used to group together consents that are related to each other.
             */
            consentGroupId?: string;
            /**
             * Format: uri
             * @description The request url of Http request that was received by Ozone from the TPP
             */
            requestUrl?: string;
            /**
             * @description The type of the consent that is being created.
             *
             *     Each financial institution's instance may support a different set of consent types
             *     The Consent Manager supports the creation of consents of different consent types depending on the standards supported.
             *
             *     - cbuae-account-access-consents
             *     - cbuae-service-initiation-consents
             *     - cbuae-insurance-consents
             */
            consentType: string;
            status?: components["schemas"]["AEConsentStatus"];
            request: components["schemas"]["AuthorizationDetails"];
            /** @description The entire set of Http request headers that was received by Ozone from the TPP */
            requestHeaders: Record<string, never>;
            consentBody: components["schemas"]["cbuaeConsentBody"];
            /** @description The Heimdall `interactionId` that this consent is associated with. */
            interactionId?: string;
            tpp: components["schemas"]["tpp"];
            ozoneSupplementaryInformation?: Record<string, never>;
            /** @description When the consent was last updated, as an epoch-based date/time */
            updatedAt?: number;
        };
        /**
         * @description An object representing the current state of the consent.
         *     This includes the entire request, augmented by additional computed properties
         *     (e.g. ids, charges etc)
         */
        cbuaeConsentBody: components["schemas"]["AEAccountAccessConsentBody"] | components["schemas"]["AEInsuranceConsentBody"] | components["schemas"]["AEPaymentConsentResponse"];
        "ConsentManager.AEUpdatedConsentProperties": {
            psuIdentifiers?: components["schemas"]["psuIdentifiers"];
            accountIds?: components["schemas"]["ConsentManager.AccountIdentifiers"];
            insurancePolicyIds?: components["schemas"]["insurancePolicyIds"];
            supplementaryInformation?: components["schemas"]["ConsentManager.SupplementaryInformation"];
            paymentContext?: Record<string, never>;
            /** @description A bearer token that will be sent as the `Authorization` header for calls to Ozone Connect made under this consent. */
            ConnectToken?: string;
            consentUsage?: components["schemas"]["AEConsentUsage"];
        };
        /** @description Billing parameters specified by the LFI */
        AEServiceInitiationOpenFinanceBilling: {
            /** @description Customer has more than 100 million AED turnover */
            IsLargeCorporate?: boolean;
        };
        /** @description Billing parameters specified by the LFI */
        "ConsentManager.AEOpenFinanceBillingUpdateProperties": {
            /** @description Customer has more than 100 million AED turnover */
            IsLargeCorporate: boolean;
        };
        AEInsuranceConsentBody: {
            Data: {
                ConsentId: components["schemas"]["AEConsentId"];
                Permissions: components["schemas"]["AEInsuranceConsentPermissions"][];
                OpenFinanceBilling: components["schemas"]["AEInsuranceOpenFinanceBilling"];
            } & WithRequired<components["schemas"]["AEInsuranceAuthorizationDetailProperties"], "ExpirationDateTime">;
            Meta?: {
                MultipleAuthorizers?: components["schemas"]["AEMetaMultiAuthorization"];
            };
            Subscription?: {
                Webhook: components["schemas"]["Webhook"];
            };
        };
        /** @description Billing parameters specified by the TPP */
        AEInsuranceOpenFinanceBillingPost: {
            /**
             * @description Purpose of data sharing request
             * @enum {string}
             */
            Purpose: "AccountAggregation" | "RiskAssessment" | "PremiumHistory" | "ClaimHistory" | "Onboarding" | "Verification" | "QuoteComparison" | "FinancialAdvice";
        };
        /** @description Billing parameters specified by the TPP */
        AEInsuranceOpenFinanceBilling: {
            /** @description Customer has more than 100 million AED turnover */
            IsLargeCorporate?: boolean;
            /**
             * @description Purpose of data sharing request
             * @enum {string}
             */
            Purpose: "AccountAggregation" | "RiskAssessment" | "PremiumHistory" | "ClaimHistory" | "Onboarding" | "Verification" | "QuoteComparison" | "FinancialAdvice";
        };
        /**
         * Format: date
         * @description Specified start date for the transaction or statement query period.
         *
         *     If this is not populated, the start date will be open ended, and data will be returned from the earliest available transaction or statement.
         *
         *     All dates in the JSON payloads are represented in ISO 8601 date format.  For example: 2025-01-01
         */
        "AEBankDataSharingRichAuthorizationRequests.AEBankDataSharingFromDate": string;
        /**
         * Format: date
         * @description Specified end date for the transaction or statement query period.
         *
         *     If this is not populated, the end date will be open ended, and data will be returned to the latest available transaction or the last statement generated.
         *
         *     All dates in the JSON payloads are represented in ISO 8601 date format.  For example: 2025-12-31
         */
        "AEBankDataSharingRichAuthorizationRequests.AEBankDataSharingToDate": string;
        AEAccountAccessConsentBody: {
            Data: {
                ConsentId: components["schemas"]["AEConsentId"];
                Permissions: components["schemas"]["AEAccountAccessConsentPermissionCodes"][];
                OpenFinanceBilling: components["schemas"]["AEAccountAccessOpenFinanceBilling"];
            } & WithRequired<components["schemas"]["AEAccountAccessAuthorizationDetailProperties"], "ExpirationDateTime">;
            Meta?: {
                MultipleAuthorizers?: components["schemas"]["AEMetaMultiAuthorization"];
            };
            Subscription?: {
                Webhook: components["schemas"]["Webhook"];
            };
        };
        /** @description Billing parameters specified by the TPP */
        AEAccountAccessOpenFinanceBilling: {
            /** @description Customer has more than 100 million AED turnover */
            IsLargeCorporate?: boolean;
            /**
             * @description Type of Customer
             * @enum {string}
             */
            UserType: "Retail" | "SME" | "Corporate";
            /**
             * @description Purpose of data sharing request
             * @enum {string}
             */
            Purpose: "AccountAggregation" | "RiskAssessment" | "TaxFiling" | "Onboarding" | "Verification" | "QuoteComparison" | "BudgetingAnalysis" | "FinancialAdvice" | "AuditReconciliation";
        };
        /** @description Billing parameters specified by the TPP */
        AEAccountAccessOpenFinanceBillingPost: {
            /**
             * @description Type of Customer
             * @enum {string}
             */
            UserType: "Retail" | "SME" | "Corporate";
            /**
             * @description Purpose of data sharing request
             * @enum {string}
             */
            Purpose: "AccountAggregation" | "RiskAssessment" | "TaxFiling" | "Onboarding" | "Verification" | "QuoteComparison" | "BudgetingAnalysis" | "FinancialAdvice" | "AuditReconciliation";
        };
        AEAccountAccessAuthorizationDetailProperties: {
            BaseConsentId?: components["schemas"]["AEBaseConsentId"];
            /**
             * Format: date-time
             * @description Specified date and time the permissions will expire.
             *     All date-time fields in responses must include the timezone. An example is below:
             *     2017-04-05T10:43:07+00:00
             */
            ExpirationDateTime?: string;
            /**
             * Format: date-time
             * @deprecated
             * @description Specified start date and time for the transaction query period.
             *
             *         If this is not populated, the start date will be open ended, and
             *         data will be returned from the earliest available
             *         transaction.All dates in the JSON payloads are represented in
             *         ISO 8601 date-time format.
             *
             *         All date-time fields in responses must include the timezone. An
             *         example is below:
             *
             *         2017-04-05T10:43:07+00:00
             *
             *         **DEPRECATED AT V2.1, REPLACED BY `FromDate`**
             */
            TransactionFromDateTime?: string;
            /**
             * Format: date-time
             * @deprecated
             * @description Specified end date and time for the transaction query period.
             *
             *         If this is not populated, the end date will be open ended, and
             *         data will be returned to the latest available transaction.All
             *         dates in the JSON payloads are represented in ISO 8601 date-time
             *         format.
             *
             *         All date-time fields in responses must include the timezone. An
             *         example is below:
             *
             *         2017-04-05T10:43:07+00:00
             *
             *         **DEPRECATED AT V2.1, REPLACED BY `ToDate`**
             */
            TransactionToDateTime?: string;
            FromDate?: components["schemas"]["AEBankDataSharingRichAuthorizationRequests.AEBankDataSharingFromDate"];
            ToDate?: components["schemas"]["AEBankDataSharingRichAuthorizationRequests.AEBankDataSharingToDate"];
            AccountType?: components["schemas"]["AEAccountTypeCode"][];
            AccountSubType?: components["schemas"]["AEAccountSubTypeCode"][];
            OnBehalfOf?: components["schemas"]["AEOnBehalfOf"];
            Status?: components["schemas"]["AEAccountAccessConsentStatus"];
            RevokedBy?: components["schemas"]["AERevokedBy"];
            CreationDateTime?: components["schemas"]["AECreationDateTime"];
        };
        AEInsuranceAuthorizationDetailProperties: {
            BaseConsentId?: components["schemas"]["AEBaseConsentId"];
            /**
             * Format: date-time
             * @description Specified date and time the permissions will expire.
             *     All date-time fields in responses must include the timezone. An example is below:
             *     2017-04-05T10:43:07+00:00
             */
            ExpirationDateTime: string;
            OnBehalfOf?: components["schemas"]["AEOnBehalfOf"];
            Status?: components["schemas"]["AEAccountAccessConsentStatus"];
            RevokedBy?: components["schemas"]["AERevokedBy"];
            CreationDateTime?: components["schemas"]["AECreationDateTime"];
        };
        /**
         * @description Consent Status is set to either Authorized ,Revoked ,Rejected or AwaitingAuthorization
         * @enum {string}
         */
        AEAccountAccessConsentStatus: "Authorized" | "AwaitingAuthorization" | "Rejected" | "Revoked" | "Expired" | "Suspended";
        /**
         * @description Specifies the permitted account access policy data types.
         *     This is a list of the data groups being consented by the User, and requested for authorization with the LFI.
         * @enum {string}
         */
        AEAccountAccessConsentPermissionCodes: "ReadAccountsBasic" | "ReadAccountsDetail" | "ReadBalances" | "ReadBeneficiariesBasic" | "ReadBeneficiariesDetail" | "ReadFXTransactionsBasic" | "ReadFXTransactionsDetail" | "ReadTransactionsBasic" | "ReadTransactionsDetail" | "ReadProduct" | "ReadScheduledPaymentsBasic" | "ReadScheduledPaymentsDetail" | "ReadDirectDebits" | "ReadStandingOrdersBasic" | "ReadStandingOrdersDetail" | "ReadConsents" | "ReadPartyUser" | "ReadPartyUserIdentity" | "ReadParty";
        /**
         * @description Specifies the sub type of account (product family group)
         * @enum {string}
         */
        AEAccountSubTypeCode: "CurrentAccount" | "Savings" | "CreditCard" | "Mortgage" | "Finance";
        /**
         * @description Specifies the type of account (Retail, SME or Corporate).
         * @enum {string}
         */
        AEAccountTypeCode: "Retail" | "SME" | "Corporate";
        /** @description The original ConsentId assigned by the TPP */
        AEBaseConsentId: string;
        /** @description Unique identification assigned by the TPP to identify the consent resource. */
        AEConsentId: string;
        AEOnBehalfOf: {
            /** @description Trading Name */
            TradingName?: string;
            /** @description Legal Name */
            LegalName?: string;
            /** @description Identifier Type */
            IdentifierType?: components["schemas"]["AEOnBehalfOfIdentifierType"];
            /** @description Identifier */
            Identifier?: string;
        };
        /** @enum {string} */
        AEOnBehalfOfIdentifierType: "Other";
        /** @description A Webhook Subscription Schema */
        Webhook: {
            /**
             * @description The TPP Callback URL being registered with the LFI
             * @example https://api.tpp.com/webhook/callbackUrl
             */
            Url: string;
            /**
             * @description The TPP specifying whether the LFI should send (IsActive true) or not send (IsActive false) Webhook Notifications to the TPP's Webhook URL
             * @example false
             */
            IsActive: boolean;
        };
        /** @description The permissions codes available to TPPs. Codes are qualified by insurance type which allows multiple sets of permissions to be selected in each consent. */
        AEInsuranceConsentPermissions: {
            /**
             * @description The insurance sector to which the permissions relate.
             * @enum {string}
             */
            InsuranceType: "Employment" | "Health" | "Home" | "Life" | "Motor" | "Renters" | "Travel";
            /** @description The data clusters requested by the TPP, based on agreement with the User. Data will be returned based on the selected permissions. */
            Permissions: components["schemas"]["AEInsuranceConsentPermissionCodes"][];
        };
        /** @enum {string} */
        AEInsuranceConsentPermissionCodes: "ReadInsurancePolicies" | "ReadCustomerBasic" | "ReadCustomerDetail" | "ReadCustomerPaymentDetails" | "ReadInsuranceProduct" | "ReadCustomerClaims" | "ReadInsurancePremium";
        /**
         * @description Denotes the Identifier of the revocation.
         *
         *     | Identifier| Description|
         *     |-----------|------------|
         *     | LFI | Revoked by LFI without User initiation|
         *     | TPP | Revoked by TPP without User initiation|
         *     | LFI.InitiatedByUser | Initiated by User via the LFI|
         *     | TPP.InitiatedByUser | Initiated by User via the TPP|
         * @enum {string}
         */
        AERevokedBy: "LFI" | "TPP" | "LFI.InitiatedByUser" | "TPP.InitiatedByUser";
        /**
         * @description Meta Data with Multi-Authorization relevant to the payload.
         *     For a payment, it represents any Authorizers within the financial institution domain that are involved in approving the payment request.
         */
        AEMetaMultiAuthorization: {
            /** @description The total number of Authorizers required to process the request */
            TotalRequired?: number;
            Authorizations?: {
                /** @description The Authorizer's Identifier */
                AuthorizerId?: string;
                /** @description The Type of Authorizer. For example, Financial, Management, etc. */
                AuthorizerType?: string;
                /**
                 * Format: date-time
                 * @description The DateTime of when the Authorization occurred. All dates in the JSON payloads are represented in ISO 8601 date-time format. \nAll date-time fields in responses must include the timezone. An example is below:\n2023-04-05T10:43:07+00:00
                 */
                AuthorizationDate?: string;
                /**
                 * @description The Status reflecting the Authorizer's final decision regarding the request
                 * @enum {string}
                 */
                AuthorizationStatus?: "Pending" | "Approved" | "Rejected";
            }[];
        };
        /** @description Payment Consent Response Schema */
        AEPaymentConsentResponse: {
            Data: {
                ConsentId: components["schemas"]["AEConsentId"];
                BaseConsentId?: components["schemas"]["AEBaseConsentId"];
                /**
                 * @description Specifies to the LFI that the consent authorization must be completed in a single authorization Step
                 *     with the LFI
                 */
                IsSingleAuthorization?: boolean;
                AuthorizationExpirationDateTime?: components["schemas"]["AEAuthorizationExpirationDateTime"];
                Permissions?: components["schemas"]["AEConsentPermissions"];
                AcceptedAuthorizationType?: components["schemas"]["AEAcceptedAuthorizationType"];
                ExpirationDateTime: components["schemas"]["AEConsentExpirationDateTime"];
                Status: components["schemas"]["AEConsentStatus"];
                RevokedBy?: components["schemas"]["AERevokedBy"];
                CreationDateTime?: components["schemas"]["AECreationDateTime"];
                StatusUpdateDateTime?: components["schemas"]["AEStatusUpdateDateTime"];
                Charges?: components["schemas"]["AECharges"];
                ExchangeRate?: components["schemas"]["AEExchangeRateInformation"];
                CurrencyRequest?: components["schemas"]["AECurrencyRequest"];
                ControlParameters?: components["schemas"]["AEServiceInitiationConsentControlParameters"];
                DebtorReference?: components["schemas"]["AEServiceInitiationDebtorReference"];
                CreditorReference?: components["schemas"]["AEServiceInitiationCreditorReference"];
                PaymentPurposeCode?: components["schemas"]["AEPaymentPurposeCode"];
                SponsoredTPPInformation?: components["schemas"]["AESponsoredTPPInformation"];
                PaymentConsumption?: components["schemas"]["AEPaymentConsumption"];
                OpenFinanceBilling?: components["schemas"]["AEServiceInitiationOpenFinanceBilling"];
            };
            Subscription?: components["schemas"]["AEEventNotification"];
            Meta?: components["schemas"]["AEMetaMultiAuthorization"];
        };
        /** @description A Webhook Subscription Schema */
        AEEventNotification: {
            /** @description A Webhook Schema */
            Webhook: {
                /**
                 * @description The TPP Callback URL being registered with the LFI
                 * @example https://api.tpp.com/webhook/callbackUrl
                 */
                Url: string;
                /**
                 * @description The TPP specifying whether the LFI should send (IsActive true) or not send (IsActive false) Webhook Notifications to the TPP's Webhook URL
                 * @example false
                 */
                IsActive: boolean;
            };
        };
        /**
         * @description Specifies to the LFI the type of consent authorization accepted by the TPP when staging the consent
         *     * Single - The consent should incur a single authorization Step with the LFI
         *     * Multi - The consent should incur a multi-authorization Step with the LFI
         * @enum {string}
         */
        AEAcceptedAuthorizationType: "Single" | "Multi";
        /**
         * Format: date-time
         * @description The date and time by which a Consent (in AwaitingAuthorization status) must be Authorized by the User.
         */
        AEAuthorizationExpirationDateTime: string;
        /**
         * @description Specifies the permitted Account Access data types.
         *     This is a list of the data groups being consented by the User, and requested for authorization with the LFI.
         *
         *     This allows a TPP to request a balance check permission.
         */
        AEConsentPermissions: ("ReadAccountsBasic" | "ReadAccountsDetail" | "ReadBalances" | "ReadRefundAccount")[];
        /**
         * Format: date-time
         * @description Specified date and time the consent will expire.
         *
         *         All dates in the JSON payloads are represented in ISO 8601 date-time format.
         *         All date-time fields in responses must include the timezone. An example is :2023-04-05T10:43:07+00:00
         */
        AEConsentExpirationDateTime: string;
        /**
         * @description Specifies the status of a payment consent.
         *
         *     | Consent Status| State Type| Description|
         *     |---------------|-----------|------|
         *     | AwaitingAuthorization | Pending | The consent is awaiting authorization.|
         *     | Authorized | In Use | The consent has been successfully authorized.|
         *     | Rejected | Terminal | The unauthorized consent has been rejected at the LFI.|
         *     | Revoked | Terminal | The consent has been revoked at the TPP or LFI.|
         *     | Expired | Terminal | The consent is now expired.|
         *     | Consumed | Terminal | The consented action(s) have either been completed successfully.|
         *     | Suspended | In Use | The consent has been suspended, pending further enquiries.|
         * @enum {string}
         */
        AEConsentStatus: "AwaitingAuthorization" | "Authorized" | "Rejected" | "Revoked" | "Expired" | "Consumed" | "Suspended";
        /**
         * Format: date-time
         * @description Date and time at which the message was created. All dates in the JSON payloads are represented in ISO 8601 date-time format.
         *     All date-time fields in responses must include the timezone. An example is below:
         *     2023-04-05T10:43:07+00:00
         */
        AECreationDateTime: string;
        /**
         * Format: date-time
         * @description Date and time at which the resource status was updated.All dates in the JSON payloads are represented in ISO 8601 date-time format.
         *     All date-time fields in responses must include the timezone. An example is below:
         *     2023-04-05T10:43:07+00:00
         */
        AEStatusUpdateDateTime: string;
        AECharges: {
            ChargeBearer: components["schemas"]["AEChargeBearerType1Code"];
            Type: components["schemas"]["AEExternalPaymentChargeTypeCode"];
            Amount: components["schemas"]["AEActiveCurrencyAmount"];
        }[];
        /** @description Further detailed information on the exchange rate that has been used in the payment transaction. */
        AEExchangeRateInformation: {
            /** @description Currency in which the rate of exchange is expressed in a currency exchange. In the example 1GBP = xxxCUR, the unit currency is GBP. */
            UnitCurrency: string;
            /** @description The factor used for conversion of an amount from one currency to another. This reflects the price at which one currency was bought with another currency. */
            ExchangeRate: number;
            /**
             * @description Specifies the type used to complete the currency exchange.
             * @enum {string}
             */
            RateType: "Actual" | "Agreed" | "Indicative";
            /** @description Unique and unambiguous reference to the foreign exchange contract agreed between the initiating party/creditor and the debtor agent. */
            ContractIdentification?: string;
            /**
             * Format: date-time
             * @description Specified date and time the exchange rate agreement will expire.All dates in the JSON payloads are represented in ISO 8601 date-time format.
             *     All date-time fields in responses must include the timezone. An example is below:
             *     2017-04-05T10:43:07+00:00
             */
            ExpirationDateTime?: string;
        };
        /**
         * @description The details of the non-local currency or FX request that has been agreed between the User and the TPP.
         *     The requested ChargeBearer and ExchangeRateInformation are included in this object may be overwritten by the LFI in the returned Consent object.
         */
        AECurrencyRequest: {
            /**
             * @description Indicator of the urgency or order of importance that the instructing party would like the instructed party to apply to the processing of the instruction.
             * @enum {string}
             */
            InstructionPriority?: "Normal" | "Urgent";
            /** @description Specifies the purpose of an international payment. */
            ExtendedPurpose?: string;
            ChargeBearer?: components["schemas"]["AEChargeBearerType1Code"];
            /** @description Specifies the currency of the to be transferred amount, which is different from the currency of the debtor's account. */
            CurrencyOfTransfer: string;
            /** @description Country in which Credit Account is domiciled. Code to identify a country, a dependency, or another area of particular geopolitical interest, on the basis of country names obtained from the United Nations (ISO 3166, Alpha-2 code). */
            DestinationCountryCode?: string;
            /** @description Provides details on the currency exchange rate and contract. */
            ExchangeRateInformation?: {
                /** @description Currency in which the rate of exchange is expressed in a currency exchange. In the example 1GBP = xxxCUR, the unit currency is GBP. */
                UnitCurrency: string;
                /** @description The factor used for conversion of an amount from one currency to another. This reflects the price at which one currency was bought with another currency. */
                ExchangeRate?: number;
                /**
                 * @description Specifies the type used to complete the currency exchange.
                 * @enum {string}
                 */
                RateType: "Actual" | "Agreed" | "Indicative";
                /** @description Unique and unambiguous reference to the foreign exchange contract agreed between the initiating party/creditor and the debtor agent. */
                ContractIdentification?: string;
            };
            /** @description Required where the consent or payment initiation request relates to a previously quoted FX trade. The TPP must provide the `QuoteId` value where a long-lived consent exists, meaning that each payment initiation request will relate to a different `QuoteId` value. */
            FxQuoteId?: string;
        };
        /** @description A category code that relates to the type of services or goods that corresponds to the underlying purpose of the payment. The code must conform to the published AANI payment purpose code list. */
        AEPaymentPurposeCode: string;
        /**
         * @description The Sponsored TPP is:
         *     * A TPP that itself has no direct Open Banking API integrations.
         *     * A TPP that is using the integration of another TPP that does have direct Open Banking API integrations.
         */
        AESponsoredTPPInformation: {
            /** @description The Sponsored TPP Name */
            Name?: string;
            /** @description The Sponsored TPP Identification */
            Identification?: string;
        };
        /** @description Data to track the consumption of Payments in relation to an authorized Consent Schedule */
        AEPaymentConsumption: {
            /**
             * @description The cumulative number of payment instructions initiated under the consent schedule, excluding instructions in a Rejected state.
             * @example 4
             */
            CumulativeNumberOfPayments: number;
            /**
             * @description The cumulative value of payment instructions initiated under the consent schedule, excluding instructions in a Rejected state.
             *     A number of monetary units specified in an active currency where the unit of currency is explicit and compliant with ISO 4217."
             */
            CumulativeValueOfPayments: {
                Amount: components["schemas"]["AEActiveOrHistoricAmount"];
                Currency: components["schemas"]["AEActiveOrHistoricCurrencyCode"];
            };
            /**
             * @description The cumulative number of payment instructions in the current period initiated under the consent schedule, excluding instructions in a Rejected state.
             * @example 1
             */
            CumulativeNumberOfPaymentsInCurrentPeriod?: number;
            /**
             * @description The cumulative value of payment instructions in the current period initiated under the consent schedule, excluding instructions in a Rejected state.
             *     A number of monetary units specified in an active currency where the unit of currency is explicit and compliant with ISO 4217."
             */
            CumulativeValueOfPaymentsInCurrentPeriod?: {
                Amount: components["schemas"]["AEActiveOrHistoricAmount"];
                Currency: components["schemas"]["AEActiveOrHistoricCurrencyCode"];
            };
        };
        /**
         * @description A number of monetary units specified in an active currency where the unit of currency is explicit and compliant with ISO 4217.
         * @example 100.00
         */
        AEActiveOrHistoricAmount: string;
        /**
         * @description A 3 character alphabetic code allocated to a currency under an international currency identification scheme, as described in the latest edition of the international standard ISO 4217 'Codes for the representation of currencies and funds'.
         * @example AED
         */
        AEActiveOrHistoricCurrencyCode: string;
        /**
         * Format: date
         * @description The date when the TPP expects the LFI to execute the payment.
         *     The date must be in the future and cannot be on the same day or a day in the past.
         *     The maximum date in the future that can be specified is 1 year from the day of the consent of the User to the TPP.
         *     All dates in the JSON payloads are represented in ISO 8601 date format.
         */
        AERequestedExecutionDate: string;
        /**
         * @description Charge type, in a coded form.
         * @enum {string}
         */
        AEExternalPaymentChargeTypeCode: "VAT" | "Fees";
        /**
         * @description Specifies which party/parties will bear the charges associated with the processing of the payment transaction.
         * @enum {string}
         */
        AEChargeBearerType1Code: "BorneByCreditor" | "BorneByDebtor" | "Shared";
        /** @description The Currency and Amount relating to the Payment */
        AEActiveCurrencyAmount: {
            Amount: components["schemas"]["AEActiveOrHistoricAmount"];
            Currency: components["schemas"]["AEActiveOrHistoricCurrencyCode"];
        };
        /**
         * @description A Period may begin from the Consent CreationDateTime if a PeriodStartDate is not provided.
         *
         *     |Period Type|Description|
         *     |-----------|-----------|
         *     |Day|A continuous period of time, consisting of 24 consecutive hours, starting from midnight (00:00:00) and finishing at 23:59:59 of the same day. |
         *     |Week|A continuous period of time, consisting of seven consecutive days, starting from midnight (00:00:00) and finishing at 23:59:59 of the 7th day. |
         *     |Month|A continuous period of time starting from midnight (00:00:00) of the first day of a month and finishing at 23:59:59 of the last day of that month.|
         *     |Year|A continuous period of time, consisting of 12 months.|
         * @enum {string}
         */
        AEPeriodType: "Day" | "Week" | "Month" | "Year";
        /**
         * Format: date
         * @description * Payments: Specifies the start date of when a payment schedule begins.
         */
        AEPeriodStartDate: string;
        /**
         * @description A consent in its current state.
         *
         *     If the consent has been authorised, then it can be expected that the financial institution would have patched in `accountIds` and `psuIdentifier` fields.
         *
         *     Additionally, the financial institution may also patch in an arbitrary set of fields along with consent in the `supplementaryInformation` field.
         */
        consent: components["schemas"]["newConsent"] & components["schemas"]["ConsentManager.AEUpdatedConsentProperties"] & {
            /** @enum {string} */
            authorizationChannel?: "App" | "Web";
        };
        /**
         * @description The request body for creating a new consent.
         *
         *     The body consists of the RAR request that is sent by the TPP to the authorization server.
         */
        AuthorizationDetails: components["schemas"]["DataSharingAuthorizationDetails"] | components["schemas"]["InsuranceAuthorizationDetails"] | components["schemas"]["ServiceInitiationAuthorizationDetails"];
        DataSharingAuthorizationDetails: {
            /**
             * @description The Rich Authorization Request (RAR) type
             * @example urn:openfinanceuae:account-access-consent:v2.1
             */
            type?: string;
            consent?: components["schemas"]["AuthorizationDetailsDataSharingConsent"];
            subscription?: components["schemas"]["EventNotification"];
        };
        InsuranceAuthorizationDetails: {
            /**
             * @description The Rich Authorization Request (RAR) type
             * @example urn:openfinanceuae:insurance-consent:v2.1
             */
            type?: string;
            consent?: components["schemas"]["AuthorizationDetailsInsuranceConsent"];
            subscription?: components["schemas"]["EventNotification"];
        };
        ServiceInitiationAuthorizationDetails: {
            /**
             * @description The Rich Authorization Request (RAR) type
             * @example urn:openfinanceuae:service-initiation-consent:v2.1
             */
            type?: string;
            consent?: components["schemas"]["AEServiceInitiationAuthorizationDetailProperties"];
            subscription?: components["schemas"]["EventNotification"];
        };
        AEServiceInitiationAuthorizationDetailProperties: {
            ConsentId: components["schemas"]["AEConsentId"];
            BaseConsentId?: components["schemas"]["AEBaseConsentId"];
            IsSingleAuthorization?: components["schemas"]["IsSingleAuthorization"];
            /**
             * Format: date-time
             * @description A time by which a Consent (in AwaitingAuthorization status) must be Authorized by the User.
             *         The time window starts from the actual CreationDateTime (when the Consent is staged with the LFI).
             *         If the current time window exceeds the Authorization Expiration Time Window (and the Consent status is AwaitingAuthorization) then the Consent Status must be set to Rejected.
             *         The time window is based on a custom time format hhh:mm:ss. e.g. 720:00:00 represents a time window of 720 hours, 00 minutes, 00 seconds (30 days) after the CreationDateTime to Authorize the Consent.
             */
            AuthorizationExpirationDateTime?: string;
            /**
             * @description Specified date and time the consent will expire.
             *
             *         All dates in the JSON payloads are represented in ISO 8601 date-time format.
             *         All date-time fields in responses must include the timezone. An example is :2023-04-05T10:43:07+00:00
             */
            ExpirationDateTime: components["schemas"]["ARConsentExpirationDateTime"];
            /**
             * @description Specifies the permitted Account Access data types.
             *     This is a list of the data groups being consented by the User, and requested for authorization with the LFI.
             *
             *     This allows a TPP to request a balance check permission.
             */
            Permissions?: components["schemas"]["AEServiceInitiationConsentPermissionCodes"][];
            CurrencyRequest?: components["schemas"]["AECurrencyRequest"];
            /**
             * @description Personal Identifiable Information, represented in both encoded and decoded form using a `oneOf`, to help implementers readily understand both the structure and serialized form of the property.
             *     **Implementations MUST reflect the AEJWEPaymentPII Schema Object** **structure and the notes provided on implementing a JWS and JWE** **The decoded form AEPaymentConsentPII is for guidance on content only**
             */
            PersonalIdentifiableInformation: components["schemas"]["AEPaymentConsentPII"] | components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEDomesticPaymentPII"] | components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEInternationalPaymentPII"] | components["schemas"]["AEJWEPaymentPII"];
            ControlParameters: components["schemas"]["AEServiceInitiationConsentControlParameters"];
            DebtorReference?: components["schemas"]["AEServiceInitiationDebtorReference"];
            CreditorReference?: components["schemas"]["AEServiceInitiationCreditorReference"];
            PaymentPurposeCode: components["schemas"]["AEServiceInitiationPaymentPurposeCode"];
            SponsoredTPPInformation?: components["schemas"]["AEServiceInitiationSponsoredTPPInformation"];
        };
        /** Format: date-time */
        ARConsentExpirationDateTime: string;
        /**
         * @description The Sponsored TPP is:
         *         * A TPP that itself has no direct Open Banking API integrations.
         *         * A TPP that is using the integration of another TPP that does have direct Open Banking API integrations.
         */
        AEServiceInitiationSponsoredTPPInformation: {
            /** @description The Sponsored TPP Name */
            Name: string;
            /** @description The Sponsored TPP Identification */
            Identification: string;
        };
        /** @description A category code that relates to the type of services or goods that corresponds to the underlying purpose of the payment. The code must conform to the published Aani payment purpose code list. */
        AEServiceInitiationPaymentPurposeCode: string;
        AEServiceInitiationCreditorReference: string;
        AEServiceInitiationDebtorReference: string;
        /** @description Control Parameters set the overall rules for the Payment Schedule */
        AEServiceInitiationConsentControlParameters: {
            /** @description Indicates whether the all payment controls will be defined and managed by the TPP under the Payment with Delegated Authentication capability */
            IsDelegatedAuthentication?: boolean;
            ConsentSchedule?: components["schemas"]["AEServiceInitiationConsentSchedule"];
        };
        /**
         * @description The various payment types that can be initiated:
         *         * A Single Payment
         *         * A Multi-Payment
         *         * A Combined Payment (one SinglePayment and one MultiPayment)
         */
        AEServiceInitiationConsentSchedule: {
            SinglePayment?: components["schemas"]["AEServiceInitiationSinglePayment"];
            MultiPayment?: components["schemas"]["AEServiceInitiationLongLivedPaymentConsent"];
            FilePayment?: components["schemas"]["AEServiceInitiationFilePaymentConsent"];
        };
        /** @description A Consent definition for defining Bulk/Batch Payments */
        AEServiceInitiationFilePaymentConsent: {
            /** @description Specifies the payment file type */
            FileType: string;
            /** @description A base64 encoding of a SHA256 hash of the file to be uploaded. */
            FileHash: string;
            FileReference?: components["schemas"]["AEServiceInitiationReference"];
            /** @description Number of individual transactions contained in the payment information group. */
            NumberOfTransactions: number;
            /** @description Total of all individual amounts included in the group, irrespective of currencies. */
            ControlSum: string;
            RequestedExecutionDate?: components["schemas"]["AERequestedExecutionDate"];
        };
        AEServiceInitiationReference: string;
        /** @description A Consent definition for defining Multi Payments */
        AEServiceInitiationLongLivedPaymentConsent: {
            /**
             * @description The maximum cumulative value of all successful payment rails executions under the Consent.
             *         Each successful payment rails execution amount (related to the Consent) is added to the total cumulative value of the Consent which cannot exceed the maximum value agreed with the User at the point of consent.
             */
            MaximumCumulativeValueOfPayments?: components["schemas"]["AEAmountAndCurrency"];
            /**
             * @description The maximum cumulative number of all successful payment rails executions under the Consent.
             *         Each successful payment rails execution (related to the Consent) is added to the total cumulative number of payments for the Consent which cannot exceed the maximum value agreed with the User at the point of consent.
             */
            MaximumCumulativeNumberOfPayments?: number;
            PeriodicSchedule: components["schemas"]["AEServiceInitiationLongLivedPaymentConsentPeriodicSchedule"];
        };
        /** @description The definition for a schedule */
        AEServiceInitiationLongLivedPaymentConsentPeriodicSchedule: components["schemas"]["AEServiceInitiationFixedDefinedSchedule"] | components["schemas"]["AEServiceInitiationVariableDefinedSchedule"] | components["schemas"]["AEServiceInitiationFixedPeriodicSchedule"] | components["schemas"]["AEServiceInitiationVariablePeriodicSchedule"] | components["schemas"]["AEServiceInitiationFixedOnDemand"] | components["schemas"]["AEServiceInitiationVariableOnDemand"];
        /** @description Payment Controls that apply to all payment instructions in a given period under this payment consent. The payments for this consent must be executed only on the PeriodStartDate, and dates recurring based on the PeriodType. */
        AEServiceInitiationVariablePeriodicSchedule: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            Type: "AEServiceInitiationVariablePeriodicSchedule";
            PeriodType: components["schemas"]["AEPeriodType"];
            PeriodStartDate: components["schemas"]["AEPeriodStartDate"];
            /** @description This is the Maximum amount a variable payment can take per period. */
            MaximumIndividualAmount: components["schemas"]["AEAmountAndCurrency"];
        };
        /** @description Payment Schedule denoting a list of pre-defined future dated payments all with fixed amounts and dates. */
        AEServiceInitiationFixedDefinedSchedule: {
            /**
             * @description The Periodic Schedule Type (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            Type: "AEServiceInitiationFixedDefinedSchedule";
            Schedule: components["schemas"]["AEServiceInitiationFixedSchedule"][];
        };
        /** @description Payment Schedule denoting a list of pre-defined future dated payments all with variable amounts and dates. */
        AEServiceInitiationVariableDefinedSchedule: {
            /**
             * @description The Periodic Schedule Type (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            Type: "AEServiceInitiationVariableDefinedSchedule";
            Schedule: components["schemas"]["AEServiceInitiationVariableSchedule"][];
        };
        /** @description Payment Controls that apply to all payment instructions in a given period under this payment consent. The payments for this consent must be executed only on the PeriodStartDate, and dates recurring based on the PeriodType. */
        AEServiceInitiationFixedPeriodicSchedule: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            Type: "AEServiceInitiationFixedPeriodicSchedule";
            PeriodType: components["schemas"]["AEPeriodType"];
            PeriodStartDate: components["schemas"]["AEPeriodStartDate"];
            Amount: components["schemas"]["AEAmountAndCurrency"];
        };
        /** @description Payment Controls that apply to all payment instructions in a given period under this payment consent. The payments for this consent may be executed on any date, as long as they are within the Controls for a PeriodType */
        AEServiceInitiationFixedOnDemand: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            Type: "AEServiceInitiationFixedOnDemand";
            PeriodType: components["schemas"]["AEPeriodType"];
            PeriodStartDate: components["schemas"]["AEPeriodStartDate"];
            Amount: components["schemas"]["AEAmountAndCurrency"];
            Controls: {
                /** @description The maximum cumulative payment value of all payment initiations per Period Type. */
                MaximumCumulativeValueOfPaymentsPerPeriod?: components["schemas"]["AEAmountAndCurrency"];
                /** @description The maximum frequency of payment initiations per Period Type. */
                MaximumCumulativeNumberOfPaymentsPerPeriod?: number;
            };
        };
        /** @description Payment Controls that apply to all payment instructions in a given period under this payment consent. The payments for this consent may be executed on any date, as long as they are within the Controls for a PeriodType */
        AEServiceInitiationVariableOnDemand: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            Type: "AEServiceInitiationVariableOnDemand";
            PeriodType: components["schemas"]["AEPeriodType"];
            PeriodStartDate: components["schemas"]["AEPeriodStartDate"];
            Controls: {
                /** @description This is the Maximum amount a variable payment can take per period. */
                MaximumIndividualAmount?: components["schemas"]["AEAmountAndCurrency"];
                /** @description The maximum cumulative payment value of all payment initiations per Period Type. */
                MaximumCumulativeValueOfPaymentsPerPeriod?: components["schemas"]["AEAmountAndCurrency"];
                /** @description The maximum frequency of payment initiations per Period Type. */
                MaximumCumulativeNumberOfPaymentsPerPeriod?: number;
            };
        };
        AEServiceInitiationFixedSchedule: {
            /**
             * Format: date
             * @description Used to specify the expected payment execution date/time.
             *     All dates in the JSON payloads are represented in ISO 8601 date format.
             *     An example is: 2023-04-05
             */
            PaymentExecutionDate: string;
            Amount: components["schemas"]["AEAmountAndCurrency"];
        };
        AEServiceInitiationVariableSchedule: {
            /**
             * Format: date
             * @description Used to specify the expected payment execution date/time. All dates in the JSON payloads are represented in ISO 8601 date format. An example is: 2023-04-05
             */
            PaymentExecutionDate: string;
            /** @description This is the Maximum amount a variable payment can take per period. */
            MaximumIndividualAmount: components["schemas"]["AEAmountAndCurrency"];
        };
        /** @description A Consent definition for defining Single Payments */
        AEServiceInitiationSinglePayment: components["schemas"]["AEServiceInitiationSingleInstantPayment"] | components["schemas"]["AEServiceInitiationFutureDatedPayment"];
        /**
         * @deprecated
         * @description A single payment consent that MUST be used for a single payment executed by the LFI on a future date. This payment consent will be authorized by the User during the payment journey, and the payment will be executed by the TPP immediately.
         *     **Support for Single Future-Dated Payments warehoused at the LFI is removed from v2.1 of the standards.** **This property is therefore deprecated, and the Schema Object is retained to provide compatibility with** **existing consent resources.**
         */
        AEServiceInitiationFutureDatedPayment: {
            /** @enum {string} */
            Type: "SingleFutureDatedPayment";
            Amount: components["schemas"]["AEAmountAndCurrency"];
            RequestedExecutionDate: components["schemas"]["AERequestedExecutionDate"];
        };
        /** @description A single immediate payment consent that MUST be used for a single payment which will be initiated immediately after User authorization at the LFI. */
        AEServiceInitiationSingleInstantPayment: {
            /**
             * @description The Payment Type
             * @enum {string}
             */
            Type: "SingleInstantPayment";
            Amount: components["schemas"]["AEAmountAndCurrency"];
        };
        /** @description The Currency and Amount relating to the Payment */
        AEAmountAndCurrency: {
            Currency: components["schemas"]["CurrencyCode"];
            Amount: components["schemas"]["Amount"];
        };
        /** @description A number of monetary units specified in an active currency where the unit of currency is explicit and compliant with ISO 4217. */
        Amount: string;
        /** @description A 3 character alphabetic code allocated to a currency under an international currency identification scheme, as described in the latest edition of the international standard ISO 4217 'Codes for the representation of currencies and funds'. */
        CurrencyCode: string;
        /**
         * @description Specifies to the LFI that the consent authorization must be completed in a single authorization Step
         *     with the LFI
         */
        IsSingleAuthorization: boolean;
        /** @enum {string} */
        AEServiceInitiationConsentPermissionCodes: "ReadAccountsBasic" | "ReadAccountsDetail" | "ReadBalances" | "ReadRefundAccount";
        /**
         * @description A JSON Web Encryption (JWE) object, which encapsulates a JWS. The value is a
         *     compact serialization of a JWE, which is a string consisting of five
         *     base64url-encoded parts joined by dots. It encapsulates encrypted content
         *     using JSON data structures.
         *
         *     The decrypted JWS content has the structure of the AEPaymentPII schema.
         * @example eyJhbGciOiJSU0EtT0FFUCIsImVuYyI6IkEyNTZHQ00ifQ....
         */
        AEJWEPaymentPII: string;
        /**
         * Payment Initiation PII, to v2.0
         * @deprecated
         * @description Elements of Personal Identifiable Information data.
         *     **PII up to v2.0. Deprecated at v2.1 for description split by Domestic and International payments.**
         */
        AEPaymentConsentPII: {
            /** @description The Initiation payload is sent by the initiating party to the LFI. It is used to request movement of funds from the debtor account to a creditor. */
            Initiation?: {
                /** @description Unambiguous identification of the account of the debtor to which a debit entry will be made as a result of the transaction. */
                DebtorAccount?: {
                    /**
                     * @description Name of the identification scheme, in a coded form as published in an external list.
                     * @enum {string}
                     */
                    SchemeName: "IBAN";
                    /**
                     * @description Identification for the account assigned by the LFI based on the Account Scheme Name.
                     *     This identification is known by the User account owner.
                     */
                    Identification: string;
                    /** @description The Account Holder Name is the name or names of the Account owner(s) represented at the account level */
                    Name?: {
                        /** @description English value of the string */
                        en?: string;
                        /** @description Arabic value of the string */
                        ar?: string;
                    };
                };
                /** @description (Array) Identification elements for a Creditor associated with the consent */
                Creditor?: components["schemas"]["AECreditor"][];
            };
            Risk?: components["schemas"]["AERisk"];
        };
        /** @description Identification elements for a Creditor. */
        AECreditor: {
            /** @description Refers to the Financial Institution. */
            CreditorAgent?: {
                /**
                 * @description The identification scheme for uniquely identifying the Agent.
                 *
                 *      * BICFI: The BIC/SWIFT Code
                 *      * Other: Identifier based on non-SWIFT payment system or local market scheme.
                 * @enum {string}
                 */
                SchemeName: "BICFI" | "Other";
                /** @description Identifier that can be the BIC/SWIFT code or target payment scheme identifier. */
                Identification: string;
                /** @description Name by which an agent is known and which is usually used to identify that agent. */
                Name?: string;
                PostalAddress?: components["schemas"]["AEAddress"];
            };
            /** @description Party to which an amount of money is due. */
            Creditor?: {
                /**
                 * @description Name by which a party is known and which is usually used to identify that party.
                 *     This may be used to identify the Creditor for international payments.
                 */
                Name?: string;
                PostalAddress?: components["schemas"]["AEAddress"];
            };
            /** @description Unambiguous identification of the account of the creditor to which a credit entry will be posted. */
            CreditorAccount?: {
                SchemeName: components["schemas"]["AECreditorExternalAccountIdentificationCode"];
                Identification: components["schemas"]["AEIdentification"];
                Name: components["schemas"]["AEName"];
                TradingName?: components["schemas"]["AETradingName"];
                /**
                 * @description The Creditor (Payee) Type, based on an allowed list.
                 * @enum {string}
                 */
                Type: "Individual" | "Merchant" | "Business" | "Charity" | "GovernmentBody" | "Other";
            };
            ConfirmationOfPayeeResponse?: components["schemas"]["AEConfirmationOfPayeeResponse"];
        };
        /** @description The Risk section is sent by the TPP to the LFI. It is used to specify additional details for risk/fraud scoring regarding Payments. */
        AERisk: {
            DebtorIndicators?: components["schemas"]["AEDebtorIndicators"];
            /** @description Destination Delivery Address */
            DestinationDeliveryAddress?: {
                /**
                 * @description The recipient of the goods whether an individual or a corporation.
                 * @enum {string}
                 */
                RecipientType?: "Individual" | "Corporate";
                /** @description The name of the recipient of the goods, whether an individual or a corporation. */
                RecipientName?: {
                    /** @description English value of the string */
                    en?: string;
                    /** @description Arabic value of the string */
                    ar?: string;
                };
                NationalAddress?: components["schemas"]["AEAddress"];
            };
            TransactionIndicators?: components["schemas"]["AETransactionIndicators"];
            CreditorIndicators?: components["schemas"]["AECreditorIndicators"];
        };
        /** @description Debtor (User) Indicators */
        AEDebtorIndicators: {
            /** @description The authentication method used by the User to access their account with the TPP */
            Authentication?: {
                /**
                 * @description Channel on which the User was authenticated
                 * @enum {string}
                 */
                AuthenticationChannel?: "App" | "Web";
                /** @description The User's possession, that only the User possesses */
                PossessionFactor?: {
                    IsUsed?: boolean;
                    /** @enum {string} */
                    Type?: "FIDO2SecurityKey" | "Passkey" | "OTPDevice" | "OTPApp" | "SMSOTP" | "EmailOTP" | "PushNotification" | "WebauthnToken" | "SecureEnclaveKey" | "HardwareOTPKey" | "TrustedDevice" | "Other";
                };
                /** @description The User's knowledge, that only the User knows */
                KnowledgeFactor?: {
                    IsUsed?: boolean;
                    /** @enum {string} */
                    Type?: "PIN" | "Password" | "SecurityQuestion" | "SMSOTP" | "EmailOTP" | "OTPPush" | "Other";
                };
                /** @description The User's inherance, that is unique to the User's physical characteristics */
                InherenceFactor?: {
                    IsUsed?: boolean;
                    /** @enum {string} */
                    Type?: "Biometric" | "Fingerprint" | "FaceRecognition" | "IrisScan" | "VoiceRecognition" | "FIDOBiometric" | "DeviceBiometrics" | "Other";
                };
                /**
                 * @description The result of multi-factor authentication performed by the TPP, with NotPerformed indication the User was not required to authenticate before consenting to the requested payment
                 * @enum {string}
                 */
                ChallengeOutcome?: "Pass" | "Fail" | "NotPerformed";
                /** @enum {string} */
                AuthenticationFlow?: "MFA" | "Other";
                /** @description Cryptographic proof of authentication where supported by the device and protocol. */
                AuthenticationValue?: string;
                /** Format: date-time */
                ChallengeDateTime?: string;
            };
            /** @description The Name of the User initiating the Payment */
            UserName?: {
                /** @description English value of the string */
                en?: string;
                /** @description Arabic value of the string */
                ar?: string;
            };
            /** @description GPS to identify and track the whereabouts of the connected electronic device. */
            GeoLocation?: {
                /** @description latitude */
                Latitude: string;
                /** @description longitude */
                Longitude: string;
            };
            /** @description Detailed device information */
            DeviceInformation?: {
                /** @description IMEISV number of the connected electronic device */
                DeviceId?: string;
                /** @description Alternative identifier for the connected electronic device */
                AlternativeDeviceId?: string;
                /** @description Device operating system */
                DeviceOperatingSystem?: string;
                /** @description Device operating system version */
                DeviceOperatingSystemVersion?: string;
                /** @description An identifier that associates a device uniquely with a specific application */
                DeviceBindingId?: string;
                /**
                 * Format: date-time
                 * @description Date and time when the device was last bound to the application
                 */
                LastBindingDateTime?: string;
                /**
                 * Format: duration
                 * @description ISO 8601 duration since device was last bound (e.g., P30D for 30 days)
                 */
                BindingDuration?: string;
                /**
                 * @description Current status of the device binding
                 * @enum {string}
                 */
                BindingStatus?: "Active" | "Expired" | "Revoked" | "Suspended";
                /**
                 * @description Type of device used
                 * @enum {string}
                 */
                DeviceType?: "Mobile" | "Desktop" | "Tablet" | "Wearable" | "Other";
                DeviceManufacturer?: {
                    /** @description Device model name */
                    Model?: string;
                    /** @description Device manufacturer */
                    Manufacturer?: string;
                };
                /** @description Device language */
                DeviceLanguage?: string;
                /** @description Device local time */
                DeviceLocalDateTime?: string;
                /**
                 * @description Type of connection to the internet
                 * @enum {string}
                 */
                ConnectionType?: "WiFi" | "Cellular" | "Other";
                ScreenInformation?: {
                    /** @description Screen pixel density */
                    PixelDensity?: number;
                    /** @enum {string} */
                    Orientation?: "Portrait" | "Landscape";
                };
                BatteryStatus?: {
                    Level?: number;
                    IsCharging?: boolean;
                };
                TouchSupport?: {
                    Supported?: boolean;
                    MaxTouchPoints?: number;
                };
                MotionSensors?: {
                    /** @enum {string} */
                    Status?: "InMotion" | "Stationary";
                    Accelerometer?: boolean;
                    Gyroscope?: boolean;
                };
                /** @description List of device environment context */
                DeviceEnvironmentContext?: ("VPNDetected" | "EmulatorDetected")[];
            };
            /** @description Device biometric capabilities */
            BiometricCapabilities?: {
                /** @description Whether device supports biometric authentication */
                SupportsBiometric?: boolean;
                /** @description Types of biometric authentication supported */
                BiometricTypes?: ("Fingerprint" | "FacialRecognition" | "Iris" | "VoicePrint" | "Other")[];
            };
            /** @description Mobile application specific information */
            AppInformation?: {
                /** @description Version of the mobile application */
                AppVersion?: string;
                /** @description Application package identifier */
                PackageName?: string;
                /** @description Application build number */
                BuildNumber?: string;
            };
            /** @description Browser-specific information */
            BrowserInformation?: {
                /** @description Complete browser user agent string */
                UserAgent?: string;
                /** @description Whether cookies are enabled in the browser */
                IsCookiesEnabled?: boolean;
                /** @description List of available fonts */
                AvailableFonts?: string[];
                /** @description List of installed browser plugins */
                Plugins?: string[];
                /** @description Device pixel ratio for scaling */
                PixelRatio?: number;
            };
            /** @description User behavior indicators */
            UserBehavior?: {
                ScrollBehavior?: {
                    /** @enum {string} */
                    Direction?: "Up" | "Down" | "Both";
                    /** @description Average scroll speed in pixels per second */
                    Speed?: number;
                    /** @description Number of scroll events per minute */
                    Frequency?: number;
                };
            };
            /** @description Risk indicators related to the account */
            AccountRiskIndicators?: {
                /**
                 * Format: date-time
                 * @description The exact date and time when the User account was activated with the TPP.
                 */
                UserOnboardingDateTime?: string;
                /**
                 * Format: date
                 * @description Date that the User's account was last changed
                 */
                LastAccountChangeDate?: string;
                /**
                 * Format: date
                 * @description Date of the last password change by the User
                 */
                LastPasswordChangeDate?: string;
                /**
                 * @description Indicates any suspicious activity associated with the account
                 * @enum {string}
                 */
                SuspiciousActivity?: "NoSuspiciousActivity" | "SuspiciousActivityDetected";
                TransactionHistory?: {
                    /** @description Total transactions made by the account in the last 24 hours */
                    LastDay?: number;
                    /** @description Total transactions made by the account in the past year */
                    LastYear?: number;
                };
            };
            /**
             * @description Additional information that cannot be captured in the structured fields and/or any other specific block
             *     This may include information that is not available in the structured fields, such as a user's behavioural data
             *     like their typing speed and typing patterns.
             */
            SupplementaryData?: Record<string, never>;
        };
        /** @description Transaction Indicators */
        AETransactionIndicators: {
            /** @description This field differentiates between automatic and manual payment initiation. */
            IsCustomerPresent?: boolean;
            /** @description Indicates if the Creditor has a contractual relationship with the TPP. */
            IsContractPresent?: boolean;
            /**
             * @description Where the payment has been initiated from.
             * @enum {string}
             */
            Channel?: "Web" | "Mobile";
            /**
             * @description The channel through which the transaction is being conducted
             * @enum {string}
             */
            ChannelType?: "ECommerce" | "InStore" | "InApp" | "Telephone" | "Mail" | "RecurringPayment" | "Other";
            /**
             * @description More specific classification of the transaction channel
             * @enum {string}
             */
            SubChannelType?: "WebBrowser" | "MobileApp" | "SmartTV" | "WearableDevice" | "POSTerminal" | "ATM" | "KioskTerminal" | "Other";
            /** @description Metrics related to the payment process duration and attempts */
            PaymentProcess?: {
                /** @description Total time in seconds from payment initiation to completion */
                TotalDuration?: number;
                /** @description Number of payment attempts in the current session */
                CurrentSessionAttempts?: number;
                /** @description Number of failed payment attempts in the current session */
                CurrentSessionFailedAttempts?: number;
                /** @description Number of payment attempts in the last 24 hours */
                Last24HourAttempts?: number;
                /** @description Number of failed payment attempts in the last 24 hours */
                Last24HourFailedAttempts?: number;
            };
            /** @description Risk indicator details provided by the merchant */
            MerchantRisk?: {
                /**
                 * @description Timeframe for the delivery of purchased items
                 * @enum {string}
                 */
                DeliveryTimeframe?: "ElectronicDelivery" | "SameDayShipping" | "OvernightShipping" | "MoreThan1DayShipping";
                /**
                 * @description Indicates if the transaction is a reorder
                 * @enum {string}
                 */
                ReorderItemsIndicator?: "FirstTimeOrder" | "Reorder";
                /**
                 * @description Indicates if this is a pre-ordered item
                 * @enum {string}
                 */
                PreOrderPurchaseIndicator?: "MerchandiseAvailable" | "FutureAvailability";
                /** @description Indicates if the transaction includes a gift card */
                IsGiftCardPurchase?: boolean;
                /** @description Indicates if delivery address matches billing address */
                IsDeliveryAddressMatchesBilling?: boolean;
                /**
                 * @description Level of match between delivery and billing addresses
                 * @enum {string}
                 */
                AddressMatchLevel?: "FullMatch" | "PartialMatch" | "NoMatch" | "NotApplicable";
            };
            /** @description Additional information that cannot be captured in the structured fields and/or any other specific block */
            SupplementaryData?: Record<string, never>;
        };
        /** @description Creditor Indicators */
        AECreditorIndicators: {
            AccountType?: components["schemas"]["AEAccountTypeCode"];
            IsCreditorPrePopulated?: components["schemas"]["AEIsCreditorPrePopulated"];
            TradingName?: components["schemas"]["AETradingName"];
            IsVerifiedByTPP?: components["schemas"]["AEIsVerifiedbyTPP"];
            AdditionalAccountHolderIdentifiers?: components["schemas"]["AEAdditionalAccountHolderIdentifiers"];
            /**
             * @description Details of the Merchant involved in the transaction.
             *     Merchant Details are specified only for those merchant categories that are generally expected to originate retail financial transactions
             */
            MerchantDetails?: {
                /** @description MerchantId */
                MerchantId?: string;
                /** @description Name by which the merchant is known. */
                MerchantName?: string;
                /**
                 * @description SIC code stands for standard industrial classification (SIC) code.
                 *     This four digit-number identifies a very specific short descriptor of the type of business a company is engaged in.
                 *     SIC can be obtained from the Chamber of Commerce.
                 */
                MerchantSICCode?: string;
                /**
                 * @description Category code values are used to enable the classification of merchants into specific categories based on the type of business, trade or services supplied.
                 *     Category code conforms to ISO 18245, related to the type of services or goods the merchant provides for the transaction."
                 */
                MerchantCategoryCode?: string;
            };
            /** @description Creditor account details have been confirmed successfully using Confirmation of Payee */
            IsCreditorConfirmed?: boolean;
            ConfirmationOfPayeeResponse?: components["schemas"]["AEConfirmationOfPayeeResponse"];
            /** @description Additional information that cannot be captured in the structured fields and/or any other specific block */
            SupplementaryData?: Record<string, never>;
        };
        /** @description Is Creditor populated */
        AEIsCreditorPrePopulated: boolean;
        /** @description The TPP has onboarded the Creditor */
        AEIsVerifiedbyTPP: boolean;
        AEAdditionalAccountHolderIdentifiers: {
            SchemeName: components["schemas"]["AERiskExternalAccountIdentificationCode"];
            Identification: components["schemas"]["AEIdentification"];
            Name?: components["schemas"]["AEName"];
        }[];
        /**
         * @description Name of the identification scheme, in a coded form as published in an external list.
         * @enum {string}
         */
        AERiskExternalAccountIdentificationCode: "EmiratesID" | "TradeLicenceNumber";
        /** @description The JSON Web Signature returned by the Payee Confirmation operation at the Confirmation of Payee API. The value must be the full JWS string, including the header and signature, without decoding to an object. If Confirmation of Payee is not performed this property can be omitted */
        AEConfirmationOfPayeeResponse: string;
        AEAddress: {
            AddressType: components["schemas"]["AEAddressTypeCode"];
            ShortAddress?: components["schemas"]["AEShortAddress"];
            UnitNumber?: components["schemas"]["AEUnitNumber"];
            FloorNumber?: components["schemas"]["AEFloorNumber"];
            BuildingNumber?: components["schemas"]["AEBuildingNumber"];
            StreetName?: components["schemas"]["AEStreetName"];
            SecondaryNumber?: components["schemas"]["AESecondaryNumber"];
            District?: components["schemas"]["AEDistrict"];
            PostalCode?: components["schemas"]["AEPostalCode"];
            POBox?: components["schemas"]["AEPOBox"];
            ZipCode?: components["schemas"]["AEZipCode"];
            City?: components["schemas"]["AECity"];
            Region?: components["schemas"]["AERegion"];
            Country: components["schemas"]["AECountryCode"];
        }[] | {
            /** @enum {string} */
            AddressType: "Billing" | "Business" | "Correspondence" | "DeliveryTo" | "MailTo" | "POBox" | "Postal" | "Permanent" | "Residential" | "Statement" | "Other";
            AddressLine: string[];
            BuildingNumber?: string;
            BuildingName?: string;
            Floor?: string;
            StreetName?: string;
            DistrictName?: string;
            PostBox?: string;
            TownName?: string;
            CountrySubDivision?: ("AbuDhabi" | "Ajman" | "Dubai" | "Fujairah" | "RasAlKhaimah" | "Sharjah" | "UmmAlQuwain") | string;
            Country: string;
        }[];
        /**
         * @description Name of the identification scheme, in a coded form as published in an external list.
         * @enum {string}
         */
        AECreditorExternalAccountIdentificationCode: "IBAN" | "AccountNumber";
        /**
         * @description Identification for the account assigned by the LFI based on the Account Scheme Name.
         *     This identification is known by the User account owner.
         */
        AEIdentification: string;
        /** @description The Account Holder Name is the name or names of the Account owner(s) represented at the account level */
        AEName: {
            /** @description English value of the string */
            en?: string;
            /** @description Arabic value of the string */
            ar?: string;
        };
        /**
         * @description The Trading Brand Name (if applicable) for the Creditor.
         *     Applicable to Payments.
         */
        AETradingName: {
            /** @description English value of the string */
            en?: string;
            /** @description Arabic value of the string */
            ar?: string;
        };
        AuthorizationDetailsDataSharingConsent: {
            ConsentId: components["schemas"]["AEConsentId"];
            Permissions: components["schemas"]["AEAccountAccessConsentPermissionCodes"][];
            OpenFinanceBilling: components["schemas"]["AEAccountAccessOpenFinanceBillingPost"];
        } & WithRequired<components["schemas"]["AEAccountAccessAuthorizationDetailsProperties"], "ExpirationDateTime">;
        AuthorizationDetailsInsuranceConsent: {
            /** @description The original ConsentId assigned by the TPP */
            BaseConsentId?: string;
            /**
             * Format: date-time
             * @description Specified date and time the permissions will expire. All date-time fields in responses must include the timezone. An example is below: 2017-04-05T10:43:07+00:00
             */
            ExpirationDateTime: string;
            OnBehalfOf?: components["schemas"]["OnBehalfOf"];
            ConsentId: components["schemas"]["AEConsentId"];
            Permissions: components["schemas"]["AEInsuranceConsentPermissions"][];
            OpenFinanceBilling: components["schemas"]["AEInsuranceOpenFinanceBillingPost"];
        };
        AEAccountAccessAuthorizationDetailsProperties: {
            BaseConsentId?: components["schemas"]["AEBaseConsentId"];
            /**
             * Format: date-time
             * @description Specified date and time the permissions will expire.
             *     All date-time fields in responses must include the timezone. An example is below:
             *     2017-04-05T10:43:07+00:00
             */
            ExpirationDateTime?: string;
            /**
             * Format: date-time
             * @description Specified start date and time for the transaction query period.
             *
             *         If this is not populated, the start date will be open ended, and
             *         data will be returned from the earliest available
             *         transaction.All dates in the JSON payloads are represented in
             *         ISO 8601 date-time format.
             *
             *         All date-time fields in responses must include the timezone. An
             *         example is below:
             *
             *         2017-04-05T10:43:07+00:00
             *         **DEPRECATED AT V2.1, REPLACED BY `FromDate`**
             */
            TransactionFromDateTime?: string;
            /**
             * Format: date-time
             * @description Specified end date and time for the transaction query period.
             *
             *         If this is not populated, the end date will be open ended, and
             *         data will be returned to the latest available transaction.All
             *         dates in the JSON payloads are represented in ISO 8601 date-time
             *         format.
             *
             *         All date-time fields in responses must include the timezone. An
             *         example is below:
             *
             *         2017-04-05T10:43:07+00:00
             *         **DEPRECATED AT V2.1, REPLACED BY `ToDate`**
             */
            TransactionToDateTime?: string;
            FromDate?: components["schemas"]["AEBankDataSharingRichAuthorizationRequests.AEBankDataSharingFromDate"];
            ToDate?: components["schemas"]["AEBankDataSharingRichAuthorizationRequests.AEBankDataSharingToDate"];
            AccountType?: components["schemas"]["AEExternalAccountTypeCode"][];
            AccountSubType?: components["schemas"]["AEAccountSubTypeCode"][];
            OnBehalfOf?: components["schemas"]["AEOnBehalfOf"];
        };
        /**
         * @description Specifies the type of account (Retail, SME or Corporate).
         * @enum {string}
         */
        AEExternalAccountTypeCode: "Retail" | "SME" | "Corporate";
        /** @description On Behalf Of */
        OnBehalfOf: {
            /**
             * @description Trading Name
             * @example Acme Accounting Trading Name
             */
            TradingName?: string;
            /**
             * @description Legal Name
             * @example Acme Accounting Legal Name
             */
            LegalName?: string;
            /**
             * @description Identifier Type
             * @enum {string}
             */
            IdentifierType?: "Other";
            /**
             * @description Identifier
             * @example abcd1234
             */
            Identifier?: string;
        };
        /** @description A Webhook Subscription Schema */
        EventNotification: {
            /** @description A Webhook Schema */
            Webhook: {
                /**
                 * @description The TPP Callback URL being registered with the LFI
                 * @example https://api.tpp.com/webhook/callbackUrl
                 */
                Url: string;
                /**
                 * @description The TPP specifying whether the LFI should send (IsActive true) or not send (IsActive false) Webhook Notifications to the TPP's Webhook URL
                 * @example false
                 */
                IsActive: boolean;
            };
        };
        /** @enum {string} */
        ValidateResponseStatusEnum: "valid" | "invalid";
        consentValidateResponse: {
            data?: {
                status?: components["schemas"]["ValidateResponseStatusEnum"];
                code?: string;
                description?: string;
            };
            meta?: components["schemas"]["Meta"];
        };
        Meta: Record<string, never>;
        /** @description Default error response payload structure for Ozone Connect */
        Error: {
            /** @description Error code identifying the problem that occurred */
            errorCode?: string;
            /** @description Message describing what problem has occurred */
            errorMessage?: string;
        };
        /**
         * @description Specifies the nature of the Address.
         * @example Residential
         * @enum {string}
         */
        AEAddressTypeCode: "Business" | "Correspondence" | "Residential";
        /**
         * @description A short address consists of four letters: region code, branch code, division code, unique code and a four-digit number for the building.
         * @example ABCD1234
         */
        AEShortAddress: string;
        /**
         * @description Identifies the unit or apartment number.
         * @example 6
         */
        AEUnitNumber: string;
        /**
         * @description Identifies the building floor number.
         * @example 2
         */
        AEFloorNumber: string;
        /**
         * @description Identifies the building number.
         * @example 34
         */
        AEBuildingNumber: string;
        /**
         * @description Identifies the street name or road.
         * @example Omar Bin Hassan Street
         */
        AEStreetName: string;
        /**
         * @description 4 numbers representing the accurate location coordinates of the address
         * @example 1233
         */
        AESecondaryNumber: string;
        /**
         * @description Identifies the district of a city.
         * @example Olaya Dist.
         */
        AEDistrict: string;
        /**
         * @description Identifies the postal code; a unique code assigned to a specific geographic area for efficient mail sorting and delivery purposes.
         * @example 12345
         */
        AEPostalCode: string;
        /**
         * @description Identifies the POBox.
         * @example 11562
         */
        AEPOBox: string;
        /**
         * @description Identifies the ZIP code; a unique code assigned to a specific geographic area for efficient mail sorting and delivery purposes.
         * @example 12366
         */
        AEZipCode: string;
        /**
         * @description Identifies the name of the city or town where the address is situated.
         * @example Riyadh
         */
        AECity: string;
        /**
         * @description Identifies the region.
         * @example North
         */
        AERegion: string;
        /**
         * @description Indicates the country code in which the address is located (References ISO 3166-1 alpha-2).
         * @example SA
         */
        AECountryCode: string;
        /**
         * Domestic Payment PII Schema Object
         * @description Elements of Personal Identifiable Information for a Domestic Payment.
         */
        "AEBankServiceInitiationRichAuthorizationRequests.AEDomesticPaymentPII": {
            /** @description The Initiation payload is sent by the initiating party to the LFI. It is used to request movement of funds from the Debtor Account to a Creditor for one-or-more domestic payments. */
            Initiation?: {
                DebtorAccount?: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEBankServiceInitiationDebtorAccountProperties"];
                /** @description List of Creditors for a domestic payment consent. */
                Creditor?: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEDomesticCreditor"][];
            };
            Risk?: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AERisk"];
        };
        /** @description Details of the Debtor Account when provided at the TPP. Omitted if not available at the TPP or the User chooses to select the Debtor Account at the LFI. */
        "AEBankServiceInitiationRichAuthorizationRequests.AEBankServiceInitiationDebtorAccountProperties": {
            /**
             * @description Scheme name for the Debtor Account. The Debtor Account must be an IBAN.
             * @enum {string}
             */
            SchemeName: "IBAN";
            /** @description The Identification of the Debtor Account. */
            Identification: string;
            /** @description The Debtor Account, which can be provided in both English and Arabic. Omitted if not held by the TPP. */
            Name?: {
                en?: string;
                ar?: string;
            };
        };
        /** @description Identification elements for a Creditor for a domestic payment instruction. */
        "AEBankServiceInitiationRichAuthorizationRequests.AEDomesticCreditor": {
            CreditorAgent?: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AECreditorAgentProperties"];
            Creditor?: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AECreditorProperties"];
            CreditorAccount: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEDomesticCreditorAccountProperties"];
            /**
             * @description Response from Confirmation of Payee operation, when executed for the Creditor Account.
             *
             *     This is JSON Web Signature returned by the Payee Confirmation operation at the Confirmation of Payee API.
             *
             *     The value must be the full JWS string, including the header and signature, without decoding to an object.
             *
             *     If Confirmation of Payee is not performed this property can be omitted
             */
            ConfirmationOfPayeeResponse?: string;
        };
        /** @description Properties of the Creditor Agent, which provides information on the Financial Institution that holds the Creditor Account. */
        "AEBankServiceInitiationRichAuthorizationRequests.AECreditorAgentProperties": {
            /** @enum {string} */
            SchemeName: "BICFI" | "Other";
            Identification: string;
            Name?: string;
            PostalAddress?: components["schemas"]["AEAddress"];
        };
        /** @description Party to which an amount of money is due. */
        "AEBankServiceInitiationRichAuthorizationRequests.AECreditorProperties": {
            Name?: string;
            PostalAddress?: components["schemas"]["AEAddress"];
        };
        /** @description Unambiguous identification of the account of the creditor to which a credit entry will be posted. */
        "AEBankServiceInitiationRichAuthorizationRequests.AEDomesticCreditorAccountProperties": {
            /**
             * @description Domestic payment scheme, restricted to `IBAN`
             * @enum {string}
             */
            SchemeName: "IBAN";
            Identification: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEIdentification"];
            Name: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEName"];
            TradingName?: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AETradingName"];
            Type?: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AECreditorAccountTypeCodes"];
        };
        /**
         * @description Identification for the account assigned by the LFI based on the Account Scheme Name.
         *     This identification is known by the User account owner.
         */
        "AEBankServiceInitiationRichAuthorizationRequests.AEIdentification": string;
        /** @description The Account Holder Name is the name or names of the Account owner(s) represented at the account level */
        "AEBankServiceInitiationRichAuthorizationRequests.AEName": {
            /** @description English value of the string */
            en?: string;
            /** @description Arabic value of the string */
            ar?: string;
        };
        /**
         * @description The Trading Brand Name (if applicable) for the Creditor.
         *     Applicable to Payments.
         */
        "AEBankServiceInitiationRichAuthorizationRequests.AETradingName": {
            /** @description English value of the string */
            en?: string;
            /** @description Arabic value of the string */
            ar?: string;
        };
        /**
         * @description The Creditor (Payee) Type, based on an allowed list. This value is populated by TPPs to inform the User of the type of Creditor being authorized, which facilitates providing information during the Consent journey.
         * @enum {string}
         */
        "AEBankServiceInitiationRichAuthorizationRequests.AECreditorAccountTypeCodes": "Individual" | "Merchant" | "Business" | "Charity" | "GovernmentBody" | "Other";
        /** @description The Risk section is sent by the TPP to the LFI. It is used to specify additional details for risk/fraud scoring regarding Payments. */
        "AEBankServiceInitiationRichAuthorizationRequests.AERisk": {
            DebtorIndicators?: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEDebtorIndicators"];
            /** @description Destination Delivery Address */
            DestinationDeliveryAddress?: {
                /** @enum {string} */
                RecipientType?: "Individual" | "Corporate";
                RecipientName?: {
                    en?: string;
                    ar?: string;
                };
                NationalAddress?: components["schemas"]["AEAddress"];
            };
            TransactionIndicators?: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AETransactionIndicators"];
            CreditorIndicators?: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AECreditorIndicators"];
        };
        /** @description Debtor (User) Indicators */
        "AEBankServiceInitiationRichAuthorizationRequests.AEDebtorIndicators": {
            /** @description The authentication method used by the User to access their account with the TPP */
            Authentication?: {
                /** @enum {string} */
                AuthenticationChannel?: "App" | "Web";
                PossessionFactor?: {
                    IsUsed?: boolean;
                    /** @enum {string} */
                    Type?: "FIDO2SecurityKey" | "Passkey" | "OTPDevice" | "OTPApp" | "SMSOTP" | "EmailOTP" | "PushNotification" | "WebauthnToken" | "SecureEnclaveKey" | "HardwareOTPKey" | "TrustedDevice" | "Other";
                };
                KnowledgeFactor?: {
                    IsUsed?: boolean;
                    /** @enum {string} */
                    Type?: "PIN" | "Password" | "SecurityQuestion" | "SMSOTP" | "EmailOTP" | "OTPPush" | "Other";
                };
                InherenceFactor?: {
                    IsUsed?: boolean;
                    /** @enum {string} */
                    Type?: "Biometric" | "Fingerprint" | "FaceRecognition" | "IrisScan" | "VoiceRecognition" | "FIDOBiometric" | "DeviceBiometrics" | "Other";
                };
                /** @enum {string} */
                ChallengeOutcome?: "Pass" | "Fail" | "NotPerformed";
                /** @enum {string} */
                AuthenticationFlow?: "MFA" | "Other";
                AuthenticationValue?: string;
                /** Format: date-time */
                ChallengeDateTime?: string;
            };
            /** @description The Name of the User initiating the Payment */
            UserName?: {
                en?: string;
                ar?: string;
            };
            /** @description GPS to identify and track the whereabouts of the connected electronic device. */
            GeoLocation?: {
                Latitude: string;
                Longitude: string;
            };
            /** @description Detailed device information */
            DeviceInformation?: {
                DeviceId?: string;
                AlternativeDeviceId?: string;
                DeviceOperatingSystem?: string;
                DeviceOperatingSystemVersion?: string;
                DeviceBindingId?: string;
                /** Format: date-time */
                LastBindingDateTime?: string;
                /** Format: duration */
                BindingDuration?: string;
                /** @enum {string} */
                BindingStatus?: "Active" | "Expired" | "Revoked" | "Suspended";
                /** @enum {string} */
                DeviceType?: "Mobile" | "Desktop" | "Tablet" | "Wearable" | "Other";
                DeviceManufacturer?: {
                    Model?: string;
                    Manufacturer?: string;
                };
                DeviceLanguage?: string;
                DeviceLocalDateTime?: string;
                /** @enum {string} */
                ConnectionType?: "WiFi" | "Cellular" | "Other";
                ScreenInformation?: {
                    PixelDensity?: number;
                    /** @enum {string} */
                    Orientation?: "Portrait" | "Landscape";
                };
                BatteryStatus?: {
                    Level?: number;
                    IsCharging?: boolean;
                };
                TouchSupport?: {
                    Supported?: boolean;
                    MaxTouchPoints?: number;
                };
                MotionSensors?: {
                    /** @enum {string} */
                    Status?: "InMotion" | "Stationary";
                    Accelerometer?: boolean;
                    Gyroscope?: boolean;
                };
                DeviceEnvironmentContext?: ("VPNDetected" | "EmulatorDetected")[];
            };
            /** @description Device biometric capabilities */
            BiometricCapabilities?: {
                SupportsBiometric?: boolean;
                BiometricTypes?: ("Fingerprint" | "FacialRecognition" | "Iris" | "VoicePrint" | "Other")[];
            };
            /** @description Mobile application specific information */
            AppInformation?: {
                AppVersion?: string;
                PackageName?: string;
                BuildNumber?: string;
            };
            /** @description Browser-specific information */
            BrowserInformation?: {
                UserAgent?: string;
                IsCookiesEnabled?: boolean;
                AvailableFonts?: string[];
                Plugins?: string[];
                PixelRatio?: number;
            };
            /** @description User behavior indicators */
            UserBehavior?: {
                ScrollBehavior?: {
                    /** @enum {string} */
                    Direction?: "Up" | "Down" | "Both";
                    Speed?: number;
                    Frequency?: number;
                };
            };
            /** @description Risk indicators related to the account */
            AccountRiskIndicators?: {
                /** Format: date-time */
                UserOnboardingDateTime?: string;
                /** Format: date */
                LastAccountChangeDate?: string;
                /** Format: date */
                LastPasswordChangeDate?: string;
                /** @enum {string} */
                SuspiciousActivity?: "NoSuspiciousActivity" | "SuspiciousActivityDetected";
                TransactionHistory?: {
                    LastDay?: number;
                    LastYear?: number;
                };
            };
            /**
             * @description Additional information that cannot be captured in the structured fields and/or any other specific block This
             *     may include information that is not available in the structured fields, such as a user's behavioural data
             *     like their typing speed and typing patterns.
             */
            SupplementaryData?: Record<string, never>;
        };
        /** @description Transaction Indicators */
        "AEBankServiceInitiationRichAuthorizationRequests.AETransactionIndicators": {
            /** @description This field differentiates between automatic and manual payment initiation. */
            IsCustomerPresent?: boolean;
            /** @description Indicates if the Creditor has a contractual relationship with the TPP. */
            IsContractPresent?: boolean;
            /**
             * @description Where the payment has been initiated from.
             * @enum {string}
             */
            Channel?: "Web" | "Mobile";
            /**
             * @description The channel through which the transaction is being conducted
             * @enum {string}
             */
            ChannelType?: "ECommerce" | "InStore" | "InApp" | "Telephone" | "Mail" | "RecurringPayment" | "Other";
            /**
             * @description More specific classification of the transaction channel
             * @enum {string}
             */
            SubChannelType?: "WebBrowser" | "MobileApp" | "SmartTV" | "WearableDevice" | "POSTerminal" | "ATM" | "KioskTerminal" | "Other";
            /** @description Metrics related to the payment process duration and attempts */
            PaymentProcess?: {
                TotalDuration?: number;
                CurrentSessionAttempts?: number;
                CurrentSessionFailedAttempts?: number;
                Last24HourAttempts?: number;
                Last24HourFailedAttempts?: number;
            };
            /** @description Risk indicator details provided by the merchant */
            MerchantRisk?: {
                /** @enum {string} */
                DeliveryTimeframe?: "ElectronicDelivery" | "SameDayShipping" | "OvernightShipping" | "MoreThan1DayShipping";
                /** @enum {string} */
                ReorderItemsIndicator?: "FirstTimeOrder" | "Reorder";
                /** @enum {string} */
                PreOrderPurchaseIndicator?: "MerchandiseAvailable" | "FutureAvailability";
                IsGiftCardPurchase?: boolean;
                IsDeliveryAddressMatchesBilling?: boolean;
                /** @enum {string} */
                AddressMatchLevel?: "FullMatch" | "PartialMatch" | "NoMatch" | "NotApplicable";
            };
            /** @description Additional information that cannot be captured in the structured fields and/or any other specific block */
            SupplementaryData?: Record<string, never>;
        };
        /** @description Creditor Indicators */
        "AEBankServiceInitiationRichAuthorizationRequests.AECreditorIndicators": {
            /**
             * @description Specifies the type of account (Retail, SME or Corporate).
             * @enum {string}
             */
            AccountType?: "Retail" | "SME" | "Corporate";
            IsCreditorPrePopulated?: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEIsCreditorPrePopulated"];
            TradingName?: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AETradingName"];
            IsVerifiedByTPP?: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEIsVerifiedbyTPP"];
            AdditionalAccountHolderIdentifiers?: components["schemas"]["AEAdditionalAccountHolderIdentifiers"];
            /**
             * @description Details of the Merchant involved in the transaction.
             *     Merchant Details are specified only for those merchant categories that are generally expected to originate retail financial transactions
             */
            MerchantDetails?: {
                MerchantId?: string;
                MerchantName?: string;
                MerchantSICCode?: string;
                MerchantCategoryCode?: string;
            };
            /** @description Creditor account details have been confirmed successfully using Confirmation of Payee */
            IsCreditorConfirmed?: boolean;
            /** @description Additional information that cannot be captured in the structured fields and/or any other specific block */
            SupplementaryData?: Record<string, never>;
        };
        /** @description Is Creditor populated */
        "AEBankServiceInitiationRichAuthorizationRequests.AEIsCreditorPrePopulated": boolean;
        /** @description The TPP has onboarded the Creditor */
        "AEBankServiceInitiationRichAuthorizationRequests.AEIsVerifiedbyTPP": boolean;
        /**
         * International Payment PII Schema Object
         * @description Elements of Personal Identifiable Information for an International Payment.
         */
        "AEBankServiceInitiationRichAuthorizationRequests.AEInternationalPaymentPII": {
            /** @description The Initiation payload is sent by the initiating party to the LFI. It is used to request movement of funds from the Debtor Account to a Creditor for one-or-more international payments. */
            Initiation?: {
                DebtorAccount?: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEBankServiceInitiationDebtorAccountProperties"];
                /** @description List of Creditors for an international payment consent. Please note that the `ConfirmationOfPayee` property is **excluded** from this object as Confirmation of Payee is not expected for international payments. */
                Creditor?: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEInternationalCreditor"][];
            };
            Risk?: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AERisk"];
        };
        /** @description Identification elements for a Creditor for an international payment instruction. Please note that Confirmation of Payee is **NOT** required or expected for International Payments, as non-domestic Creditor accounts are not supported. */
        "AEBankServiceInitiationRichAuthorizationRequests.AEInternationalCreditor": {
            CreditorAgent?: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEInternationalCreditorAgentProperties"];
            Creditor?: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEInternationalCreditorParty"];
            CreditorAccount: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEInternationalCreditorAccountProperties"];
        };
        /** @description Party to which an amount of money is due, for an international payment. The Creditor is either an Individual (natural person) or an Organization, selected by the `IdentityType` discriminator. */
        "AEBankServiceInitiationRichAuthorizationRequests.AEInternationalCreditorParty": components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEInternationalIndividualCreditor"] | components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEInternationalOrganisationCreditor"];
        /** @description The Creditor name, represented in English (`en`), Arabic (`ar`) and/or local script (`ls`). */
        "AEBankServiceInitiationRichAuthorizationRequests.AEInternationalCreditorName": {
            /** @description English value of the Creditor name. */
            en?: string;
            /** @description Arabic value of the Creditor name. */
            ar?: string;
            /** @description Local script value of the Creditor name. */
            ls?: string;
        };
        /** @description A component of the Creditor's name (e.g. first, middle or last name), represented in English (`en`), Arabic (`ar`) and/or local script (`ls`). */
        "AEBankServiceInitiationRichAuthorizationRequests.AEInternationalCreditorNameComponent": {
            /** @description English value of the name component. */
            en?: string;
            /** @description Arabic value of the name component. */
            ar?: string;
            /** @description Local script value of the name component. */
            ls?: string;
        };
        /** @description Identification elements for an individual (natural person) international Creditor. */
        "AEBankServiceInitiationRichAuthorizationRequests.AEInternationalIndividualCreditor": {
            /**
             * @description Discriminator indicating the Creditor is an individual (natural person). (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            IdentityType: "Individual";
            Name?: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEInternationalCreditorName"];
            FirstName?: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEInternationalCreditorNameComponent"];
            MiddleName?: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEInternationalCreditorNameComponent"];
            LastName?: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEInternationalCreditorNameComponent"];
            /**
             * @description The Creditor's relationship to the sender (Debtor).
             * @enum {string}
             */
            RelationshipToSender?: "Self" | "Spouse" | "Parent" | "Child" | "Sibling" | "Relative" | "Friend" | "Dependent" | "Employer" | "Employee" | "Business" | "Other";
            /**
             * Format: date
             * @description The Creditor's date of birth, in YYYY-MM-DD format.
             */
            DateOfBirth?: string;
            /** @description The Creditor's occupation. Free-text, as values are driven by varying regulator requirements. */
            Occupation?: string;
            /** @description The Creditor's nationality, as an ISO 3166-1 alpha-2 country code. */
            Nationality?: string;
            /**
             * @description The Creditor's gender.
             * @enum {string}
             */
            Gender?: "Male" | "Female" | "Other";
            /** @description The Creditor's country of birth, as an ISO 3166-1 alpha-2 country code. */
            CountryOfBirth?: string;
            /** @description The Creditor's source of income. */
            SourceOfIncome?: string;
            /** @description The Creditor's source of funds. Free-text; populated where Enhanced Due Diligence (e.g. by a correspondent bank) requires further information about the transaction. */
            SourceOfFunds?: string;
            /** @description The Creditor's mobile number, in E.164 format. */
            MobileNumber?: string;
            /** @description The Creditor's email address. */
            Email?: string;
            PostalAddress?: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEInternationalAddress"];
            Evidence?: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEInternationalCreditorEvidence"];
        };
        /** @description Identification elements for an organisation international Creditor. */
        "AEBankServiceInitiationRichAuthorizationRequests.AEInternationalOrganisationCreditor": {
            /**
             * @description Discriminator indicating the Creditor is an organisation. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            IdentityType: "Organization";
            Name?: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEInternationalCreditorName"];
            /** @description The organisation's Business Identifier Code (BIC), per ISO 9362. */
            AnyBIC?: string;
            /** @description The organisation's Legal Entity Identifier (LEI), per ISO 17442. */
            LEI?: string;
            /** @description Other organisation identifier, used in the edge cases where neither `AnyBIC` nor `LEI` is available. The identification scheme is given in `SchemeName`. */
            Identification?: string;
            /** @description Name of the identification scheme used for `Identification` (e.g. TradeLicence, TaxID, DUNS). Free-text, as there is no definitive scheme list for these edge cases. */
            SchemeName?: string;
            /** @description The Creditor's mobile number, in E.164 format. */
            MobileNumber?: string;
            /** @description The Creditor's email address. */
            Email?: string;
            PostalAddress?: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEInternationalAddress"];
        };
        /** @description Identity documents evidencing the Creditor's identity. Applicable to individual Creditors. */
        "AEBankServiceInitiationRichAuthorizationRequests.AEInternationalCreditorEvidence": {
            /**
             * @description The type of identity document.
             * @enum {string}
             */
            Type?: "Passport" | "DrivingPermit" | "IdCard" | "ResidencePermit";
            /** @description The document number. */
            DocumentNumber?: string;
            /** @description A personal number contained in the document. */
            PersonalNumber?: string;
            /** @description A serial number contained in the document. */
            SerialNumber?: string;
            /**
             * @description The calendar used for the document's issuance and expiry dates.
             * @enum {string}
             */
            CalendarType?: "IslamicCalendar" | "GregorianCalendar";
            /**
             * Format: date
             * @description The date the document was issued, in YYYY-MM-DD format.
             */
            DateOfIssuance?: string;
            /**
             * Format: date
             * @description The date the document expires, in YYYY-MM-DD format.
             */
            DateOfExpiry?: string;
            /** @description The authority that issued the document. When the `Issuer` object is present, `Name`, `CountryCode` and `Jurisdiction` are mandatory. */
            Issuer?: {
                /** @description Name of the authority that issued the document. */
                Name: string;
                /** @description Country that issued the document, as an ISO 3166-1 alpha-2 country code. */
                CountryCode: string;
                /** @description The jurisdiction under which the document was issued. */
                Jurisdiction: string;
            };
        }[];
        /** @description Properties of the Creditor Agent for an international payment, which provides information on the Financial Institution that holds the Creditor Account. */
        "AEBankServiceInitiationRichAuthorizationRequests.AEInternationalCreditorAgentProperties": {
            /**
             * @description The identification scheme for uniquely identifying the Agent.
             *     * BICFI: The BIC/SWIFT Code
             *     * Other: Identifier based on non-SWIFT payment system or local market scheme.
             * @enum {string}
             */
            SchemeName: "BICFI" | "Other";
            /** @description Identifier that can be the BIC/SWIFT code or target payment scheme identifier. */
            Identification: string;
            /** @description Name by which an agent is known and which is usually used to identify that agent. */
            Name?: string;
            PostalAddress?: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEInternationalAddress"];
            /** @description The specific branch of the financial institution that holds the Creditor Account. When the `Branch` object is present, `Identification` is mandatory. */
            Branch?: {
                /** @description Identification of the specific branch of the financial institution. */
                Identification: string;
                /** @description Name of the specific branch of the financial institution. */
                Name?: string;
            };
        };
        /** @description One-or-more addresses related to an international Creditor or Creditor Agent, based on the ISO 20022 `PostalAddress27` definition and extended for SWIFT SR2026. */
        "AEBankServiceInitiationRichAuthorizationRequests.AEInternationalAddress": {
            /**
             * @description The type of address.
             * @enum {string}
             */
            AddressType: "Billing" | "Business" | "Correspondence" | "DeliveryTo" | "MailTo" | "POBox" | "Postal" | "Permanent" | "Residential" | "Statement" | "Other";
            /** @description Identification of a division of a large organisation or building. */
            Department?: string;
            /** @description Identification of a sub-division of a large organisation or building. */
            SubDepartment?: string;
            /** @description Information that locates and identifies a specific address for a transaction entry, that is presented in free format text. */
            AddressLine: string[];
            /** @description The unit, apartment, or villa number within a building or community */
            BuildingNumber?: string;
            /** @description Building room number. */
            Room?: string;
            /** @description Name of the building or house. */
            BuildingName?: string;
            /** @description Floor or storey within a building. */
            Floor?: string;
            /** @description The P.O. Box number assigned to the recipient for mail delivery. */
            PostBox?: string;
            /** @description Identifier consisting of a group of letters and/or numbers added to a postal address. */
            PostCode?: string;
            /** @description The name of the street or road where the property is located. */
            StreetName?: string;
            /** @description Specific location name within the town. */
            TownLocationName?: string;
            /** @description Name of a built-up area, such as a town or city. */
            TownName: string;
            /** @description The district, community, or neighbourhood where the property is located. */
            DistrictName?: string;
            /** @description Country subdivision, such as state or province. Where the address is in the UAE this is the Emirate where the address is registered. */
            CountrySubDivision?: ("AbuDhabi" | "Ajman" | "Dubai" | "Fujairah" | "RasAlKhaimah" | "Sharjah" | "UmmAlQuwain") | string;
            /** @description The country associated with the address, represented using the ISO 3166-1 alpha-2 country code. */
            Country: string;
        }[];
        /** @description Unambiguous identification of the account of the creditor to which a credit entry will be posted. */
        "AEBankServiceInitiationRichAuthorizationRequests.AEInternationalCreditorAccountProperties": {
            SchemeName: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AECreditorExternalAccountIdentificationCode"];
            Identification: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEIdentification"];
            Name: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEName"];
            TradingName?: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AETradingName"];
            Type?: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AECreditorAccountTypeCodes"];
            /**
             * @description The type of the Creditor account. This is distinct from `Type`, which classifies the payee segment (e.g. Individual, Merchant).
             * @enum {string}
             */
            AccountType?: "Savings" | "Current" | "Checking" | "Prepaid";
        };
        /**
         * @description Name of the identification scheme, in a coded form as published in an external list. For international payments TPP may use `IBAN`, but must use `AccountNumber` where a local scheme is used to identify the Creditor Account.
         * @enum {string}
         */
        "AEBankServiceInitiationRichAuthorizationRequests.AECreditorExternalAccountIdentificationCode": "IBAN" | "AccountNumber";
    };
    responses: {
        /** @description Default error response */
        Error: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /**
         * @deprecated
         * @description Identifier for the financial institution that the request is targetted to. This header is deprecated and will be removed in a future version of Ozone Connect. Use `o3-provider-id` instead.
         */
        aspspId: string;
        /** @description Identifier for the financial institution that the request is targetted to */
        providerId: string;
        /** @description An identifier for the organization calling the API */
        callerOrgId: string;
        /** @description An identifier for the OIDC clientId calling the API */
        callerClientId: string;
        /** @description An identifier for the software statement calling the API */
        callerSoftwareStatementId: string;
        /** @description The parameterised URL of the API being called by the caller */
        apiUri: string;
        /** @description The API operation carried out by the caller (e.g. GET, POST, PUT, DELETE, PATCH) */
        apiOperation: string;
        /** @description The consentId for which this call is being made */
        consentId: string;
        /** @description The interaction ID passed in by the caller, if any */
        callerInteractionId: string;
        /** @description An interaction ID generated by Ozone if the caller did not send in one. If the callerInteractionId is specified, this takes the same value. */
        ozoneInteractionId: string;
        /** @description A Base64 encoded representation of the psuIdentifier JSON object. */
        psuIdentifier: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    consentEvent: {
        parameters: {
            query?: never;
            header: {
                /** @description Identifier for the financial institution that the request is targetted to */
                "o3-provider-id": components["parameters"]["providerId"];
                /**
                 * @deprecated
                 * @description Identifier for the financial institution that the request is targetted to. This header is deprecated and will be removed in a future version of Ozone Connect. Use `o3-provider-id` instead.
                 */
                "o3-aspsp-id": components["parameters"]["aspspId"];
                /** @description An identifier for the organization calling the API */
                "o3-caller-org-id": components["parameters"]["callerOrgId"];
                /** @description An identifier for the OIDC clientId calling the API */
                "o3-caller-client-id": components["parameters"]["callerClientId"];
                /** @description An identifier for the software statement calling the API */
                "o3-caller-software-statement-id": components["parameters"]["callerSoftwareStatementId"];
                /** @description The parameterised URL of the API being called by the caller */
                "o3-api-uri": components["parameters"]["apiUri"];
                /** @description The API operation carried out by the caller (e.g. GET, POST, PUT, DELETE, PATCH) */
                "o3-api-operation": components["parameters"]["apiOperation"];
                /** @description The consentId for which this call is being made */
                "o3-consent-id": components["parameters"]["consentId"];
                /** @description The interaction ID passed in by the caller, if any */
                "o3-caller-interaction-id"?: components["parameters"]["callerInteractionId"];
                /** @description An interaction ID generated by Ozone if the caller did not send in one. If the callerInteractionId is specified, this takes the same value. */
                "o3-ozone-interaction-id": components["parameters"]["ozoneInteractionId"];
                /** @description A Base64 encoded representation of the psuIdentifier JSON object. */
                "o3-psu-identifier"?: components["parameters"]["psuIdentifier"];
            };
            path: {
                /** @description specifies whether this is a POST or PATCH operation */
                operation: "post" | "patch";
            };
            cookie?: never;
        };
        /**
         * @description Sends an event indicating the created or updated consent to an financial institution.
         *     This consists of the entire consent as stored in the consent Manager.
         */
        requestBody: {
            content: {
                "application/json": components["schemas"]["consent"];
            };
        };
        responses: {
            /**
             * @description Indicates the successful notification response.
             *     The response does not have a body
             */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description Indicates that the financial institution could not process the event.
             *
             *     Ozone will ignore these errors.
             *     The notification *will not* be retried.
             *
             *     The change to the consent *will not* be rolled back.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    augmentAccountConsent: {
        parameters: {
            query?: never;
            header: {
                /** @description Identifier for the financial institution that the request is targetted to */
                "o3-provider-id": components["parameters"]["providerId"];
                /**
                 * @deprecated
                 * @description Identifier for the financial institution that the request is targetted to. This header is deprecated and will be removed in a future version of Ozone Connect. Use `o3-provider-id` instead.
                 */
                "o3-aspsp-id": components["parameters"]["aspspId"];
                /** @description An identifier for the organization calling the API */
                "o3-caller-org-id": components["parameters"]["callerOrgId"];
                /** @description An identifier for the OIDC clientId calling the API */
                "o3-caller-client-id": components["parameters"]["callerClientId"];
                /** @description An identifier for the software statement calling the API */
                "o3-caller-software-statement-id": components["parameters"]["callerSoftwareStatementId"];
                /** @description The parameterised URL of the API being called by the caller */
                "o3-api-uri": components["parameters"]["apiUri"];
                /** @description The API operation carried out by the caller (e.g. GET, POST, PUT, DELETE, PATCH) */
                "o3-api-operation": components["parameters"]["apiOperation"];
                /** @description The consentId for which this call is being made */
                "o3-consent-id": components["parameters"]["consentId"];
                /** @description The interaction ID passed in by the caller, if any */
                "o3-caller-interaction-id"?: components["parameters"]["callerInteractionId"];
                /** @description An interaction ID generated by Ozone if the caller did not send in one. If the callerInteractionId is specified, this takes the same value. */
                "o3-ozone-interaction-id": components["parameters"]["ozoneInteractionId"];
                /** @description A Base64 encoded representation of the psuIdentifier JSON object. */
                "o3-psu-identifier"?: components["parameters"]["psuIdentifier"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["consent"];
            };
        };
        responses: {
            /**
             * @description Indicates a successful operation
             *
             *     The response consists of fields that must be augmented into the consent.
             *
             *     These fields will be different for each consent type.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["augmentConsentResponse"];
                };
            };
            /** @description failed operation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    validateConsent: {
        parameters: {
            query?: never;
            header: {
                /** @description Identifier for the financial institution that the request is targetted to */
                "o3-provider-id": components["parameters"]["providerId"];
                /**
                 * @deprecated
                 * @description Identifier for the financial institution that the request is targetted to. This header is deprecated and will be removed in a future version of Ozone Connect. Use `o3-provider-id` instead.
                 */
                "o3-aspsp-id": components["parameters"]["aspspId"];
                /** @description An identifier for the organization calling the API */
                "o3-caller-org-id": components["parameters"]["callerOrgId"];
                /** @description An identifier for the OIDC clientId calling the API */
                "o3-caller-client-id": components["parameters"]["callerClientId"];
                /** @description An identifier for the software statement calling the API */
                "o3-caller-software-statement-id": components["parameters"]["callerSoftwareStatementId"];
                /** @description The parameterised URL of the API being called by the caller */
                "o3-api-uri": components["parameters"]["apiUri"];
                /** @description The API operation carried out by the caller (e.g. GET, POST, PUT, DELETE, PATCH) */
                "o3-api-operation": components["parameters"]["apiOperation"];
                /** @description The consentId for which this call is being made */
                "o3-consent-id": components["parameters"]["consentId"];
                /** @description The interaction ID passed in by the caller, if any */
                "o3-caller-interaction-id"?: components["parameters"]["callerInteractionId"];
                /** @description An interaction ID generated by Ozone if the caller did not send in one. If the callerInteractionId is specified, this takes the same value. */
                "o3-ozone-interaction-id": components["parameters"]["ozoneInteractionId"];
                /** @description A Base64 encoded representation of the psuIdentifier JSON object. */
                "o3-psu-identifier"?: components["parameters"]["psuIdentifier"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["consent"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["consentValidateResponse"];
                };
            };
            /** @description failed operation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
}
type WithRequired<T, K extends keyof T> = T & {
    [P in K]-?: T[P];
};
