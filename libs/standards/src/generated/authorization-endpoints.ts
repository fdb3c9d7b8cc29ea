/**
 * GENERATED FILE: do not edit. Regenerate with `npm run wire-types` (tools/generate-wire-types.js,
 * openapi-typescript 7.13.0).
 * Source: standards/v2.1-errata2/uae-authorization-endpoints-openapi.yaml
 * from the UAE Open Finance OpenAPI documents (MIT licence, Nebras Open Finance).
 */

export interface paths {
    "/par": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pushed Authorization Request endpoint
         * @description Submit a Rich Authorization Request (RAR) to the Pushed Authorization Request (PAR) Endpoint, as defined in [RFC 9126](https://datatracker.ietf.org/doc/html/rfc9126).
         *
         *     The `application/json` Content Type is included in the Request Body for tooling compatibility, but requests **MUST** be sent using the Content Type `application/x-www-form-urlencoded`.
         */
        post: operations["CreatePushedAuthorizationRequestV21"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Obtain an Access Token
         * @description Request an Access Token based on a given grant type, indicated by `grant_type` and request payload properties.
         *
         *     Response provides information on the original Rich Authorization Request (RAR) as described in [RFC 9396](https://datatracker.ietf.org/doc/html/rfc9396).
         *
         *     The `application/json` Content Type is included in the Request Body for tooling compatibility, but requests **MUST** be sent using the Content Type `application/x-www-form-urlencoded`.
         */
        post: operations["CreateAccessTokenRequestV21"];
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
        AEAdditionalAccountHolderIdentifiers: {
            SchemeName: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AERiskExternalAccountIdentificationCode"];
            Identification: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEIdentification"];
            Name?: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEName"];
        }[];
        /** @description One-or-more addresses related to a given subject. */
        AEAddress: {
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
        AEAuthorizationCodeGrantTokenResponseProperties: {
            /** @description [OAuth 2.0 Access Token](https://datatracker.ietf.org/doc/html/rfc6749#section-1.4) issued through Authorization Code grant. */
            access_token: string;
            /**
             * @description Access Token type.
             * @enum {string}
             */
            token_type: "Bearer";
            /** @description Validity period of Access Token in seconds. */
            expires_in: number;
            /** @description [Access Token Scope](https://datatracker.ietf.org/doc/html/rfc6749#section-3.3) as sent in Authorization Request and granted by the End User. */
            scope?: string;
            /** @description OAuth 2.0 `state` value, provided as a means to support integrity checking by the Client under FAPI 2.0. */
            state?: string;
            /** @description [OAuth 2.0 Refresh Token](https://datatracker.ietf.org/doc/html/rfc6749#section-1.5). Omitted from responses where not supported by a given consent type. */
            refresh_token?: string;
            /** @description OpenID Connect ID Token, returned where applicable to requested scope and supported flows. */
            id_token?: string;
            /** @description Authorization details are sent in the Pushed Authorization Request */
            authorization_details: components["schemas"]["AEAuthorizationEndpointsV21.AELodgedAuthorizationDetailsTypes"][];
        };
        AERefreshTokenGrantTokenResponseProperties: {
            /** @description [OAuth 2.0 Access Token](https://datatracker.ietf.org/doc/html/rfc6749#section-1.4) issued through Refresh Token grant. */
            access_token: string;
            /**
             * @description Access Token type.
             * @enum {string}
             */
            token_type: "Bearer";
            /** @description Validity period of Access Token in seconds. */
            expires_in: number;
            /** @description [Access Token Scope](https://datatracker.ietf.org/doc/html/rfc6749#section-3.3) as sent in Authorization Request and granted by the End User. */
            scope?: string;
            /** @description OAuth 2.0 `state` value, provided as a means to support integrity checking by the Client under FAPI 2.0. */
            state?: string;
            /** @description OpenID Connect ID Token, returned where applicable to requested scope and supported flows. */
            id_token?: string;
            /** @description Authorization details are sent in the Pushed Authorization Request */
            authorization_details: components["schemas"]["AEAuthorizationEndpointsV21.AELodgedAuthorizationDetailsTypes"][];
        };
        AEClientCredentialsGrantTokenResponseProperties: {
            /** @description [OAuth 2.0 Access Token](https://datatracker.ietf.org/doc/html/rfc6749#section-1.4) issued through Client Credentials grant. */
            access_token: string;
            /**
             * @description Access Token type.
             * @enum {string}
             */
            token_type: "Bearer";
            /** @description Validity period of Access Token in seconds. */
            expires_in: number;
            /** @description Access Token scope. */
            scope?: string;
        };
        /** @description Bank Data Sharing Consent */
        "AEAuthorizationEndpointsV21.AEBankDataSharingLodgedAuthorizationDetailsProperties": {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "urn:openfinanceuae:account-access-consent:v2.1";
            consent: components["schemas"]["AEConsentStatus.AEBankDataSharingConsentPropertiesV21"];
        };
        /** @description Bank Service Initiation Consent */
        "AEAuthorizationEndpointsV21.AEBankServiceInitiationLodgedAuthorizationDetailsProperties": {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "urn:openfinanceuae:service-initiation-consent:v2.1";
            consent: components["schemas"]["AEBankServiceInitiationConsentStatusV21.AEBankServiceInitiationConsentProperties"];
        };
        /** @description Insurance Data Sharing Consent */
        "AEAuthorizationEndpointsV21.AEInsuranceDataSharingLodgedAuthorizationDetailsProperties": {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "urn:openfinanceuae:insurance-consent:v2.1";
            consent: components["schemas"]["AEInsurance.AEReadInsuranceConsent1"];
        };
        "AEAuthorizationEndpointsV21.AELodgedAuthorizationDetailsTypes": components["schemas"]["AEAuthorizationEndpointsV21.AEBankDataSharingLodgedAuthorizationDetailsProperties"] | components["schemas"]["AEAuthorizationEndpointsV21.AEBankServiceInitiationLodgedAuthorizationDetailsProperties"] | components["schemas"]["AEAuthorizationEndpointsV21.AEInsuranceDataSharingLodgedAuthorizationDetailsProperties"];
        /**
         * @description Specifies the sub type of account (product family group). Supported values:
         *
         *     * CurrentAccount
         *
         *     * Savings
         *
         *     * CreditCard
         *
         *     * Mortgage
         *
         *     * Finance
         * @enum {string}
         */
        "AEBankDataSharing.AEExternalAccountSubTypeCode": "CurrentAccount" | "Savings" | "CreditCard" | "Mortgage" | "Finance";
        /**
         * @description Specifies the type of account (Retail, SME or Corporate).
         * @enum {string}
         */
        "AEBankDataSharing.AEExternalAccountTypeCode": "Retail" | "SME" | "Corporate";
        /**
         * @description The permission codes available to the TPP for Bank Data Sharing and agreed with the User.
         * @enum {string}
         */
        "AEBankDataSharingRichAuthorizationRequests.AEBankDataSharingConsentPermissionCodes": "ReadAccountsBasic" | "ReadAccountsDetail" | "ReadBalances" | "ReadBeneficiariesBasic" | "ReadBeneficiariesDetail" | "ReadFXTransactionsBasic" | "ReadFXTransactionsDetail" | "ReadFXRemittanceCharges" | "ReadTransactionsBasic" | "ReadTransactionsDetail" | "ReadProduct" | "ReadScheduledPaymentsBasic" | "ReadScheduledPaymentsDetail" | "ReadDirectDebits" | "ReadStandingOrdersBasic" | "ReadStandingOrdersDetail" | "ReadStatements" | "ReadPartyUser" | "ReadPartyUserIdentity" | "ReadParty" | "ReadProductFinanceRates";
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
        /** @description On Behalf Of */
        "AEBankDataSharingRichAuthorizationRequests.OnBehalfOf": {
            /** @description Trading Name */
            TradingName?: string;
            /** @description Legal Name */
            LegalName?: string;
            /**
             * @description Identifier Type
             * @enum {string}
             */
            IdentifierType?: "Other";
            /** @description Identifier */
            Identifier?: string;
        };
        /**
         * Bank Data Sharing Consent
         * @description Properties for creating a consent object for the first time a User consents to TPP access to account information data
         */
        "AEBankDataSharingRichAuthorizationRequestsV21.AEBankDataSharingAuthorizationDetailsProperties": {
            /**
             * @description The Rich Authorization Request type, as defined by [RFC 9396](https://datatracker.ietf.org/doc/html/rfc9396#section-2-2.2).
             * @enum {string}
             */
            type: "urn:openfinanceuae:account-access-consent:v2.1";
            /** @description Properties of the consent agreed by the User with the TPP. */
            consent: {
                ConsentId: components["schemas"]["AEConsentId"];
                BaseConsentId?: components["schemas"]["AEBaseConsentId"];
                Permissions: components["schemas"]["AEBankDataSharingRichAuthorizationRequests.AEBankDataSharingConsentPermissionCodes"][];
                ExpirationDateTime: components["schemas"]["AEPushedAuthorizationRequests.AEConsentExpirationDateTime"];
                FromDate?: components["schemas"]["AEBankDataSharingRichAuthorizationRequests.AEBankDataSharingFromDate"];
                ToDate?: components["schemas"]["AEBankDataSharingRichAuthorizationRequests.AEBankDataSharingToDate"];
                AccountType?: components["schemas"]["AEBankDataSharing.AEExternalAccountTypeCode"][];
                /** @description Account Sub Types permitted under the consent. */
                AccountSubType?: components["schemas"]["AEBankDataSharing.AEExternalAccountSubTypeCode"][];
                OnBehalfOf?: components["schemas"]["AEBankDataSharingRichAuthorizationRequests.OnBehalfOf"];
                OpenFinanceBilling: components["schemas"]["AEBankDataSharingRichAuthorizationRequestsV21.AEBankDataSharingOpenFinanceBilling"];
            };
            /** @description Optional subscription to Event Notifications, to be sent to the TPP Webhook registered at the API Hub. */
            subscription?: {
                /** @description Properties of the TPP Webhook and the state of the subscription. */
                Webhook: {
                    /** @description The TPP Callback URL being registered with the LFI */
                    Url: string;
                    /** @description The TPP specifying whether the LFI should send (IsActive true) or not send (IsActive false) Webhook Notifications to the TPP's Webhook URL */
                    IsActive: boolean;
                };
            };
        };
        /** @description Billing parameters specified by the TPP. */
        "AEBankDataSharingRichAuthorizationRequestsV21.AEBankDataSharingOpenFinanceBilling": {
            /**
             * @description Type of User.
             * @enum {string}
             */
            UserType: "Retail" | "SME" | "Corporate";
            /**
             * @description Purpose of data sharing request.
             * @enum {string}
             */
            Purpose: "AccountAggregation" | "RiskAssessment" | "TaxFiling" | "Onboarding" | "Verification" | "QuoteComparison" | "BudgetingAnalysis" | "FinancialAdvice" | "AuditReconciliation";
        };
        /**
         * @description Specifies which party/parties will bear the charges associated with the processing of the payment transaction.
         * @enum {string}
         */
        "AEBankServiceInitiation.AEChargeBearerType1Code": "BorneByCreditor" | "BorneByDebtor" | "Shared";
        /** @description Charges related to the consented payment instruction. */
        "AEBankServiceInitiation.AECharges": {
            ChargeBearer: components["schemas"]["AEBankServiceInitiation.AEChargeBearerType1Code"];
            Type: components["schemas"]["AEBankServiceInitiation.AEExternalPaymentChargeTypeCode"];
            Amount: components["schemas"]["AEStandardModels.AEActiveCurrencyAmount"];
        };
        /** @description A Creditor Reference is a note for a given Creditor or Creditor LFI that supports reconciliation of a given payment instruction. */
        "AEBankServiceInitiation.AECreditorReference": string;
        /** @description The details of the non-local currency or FX request that has been agreed between the User and the TPP. The requested ChargeBearer and ExchangeRateInformation included in this object may be superseded by updated information supplied by the LFI. */
        "AEBankServiceInitiation.AECurrencyRequest": {
            /** @description Indicator of the urgency or order of importance that the instructing party would like the instructed party to apply to the processing of the instruction. */
            InstructionPriority?: components["schemas"]["AEBankServiceInitiation.AEInstructionPriority"];
            /** @description Specifies the purpose of an international payment. */
            ExtendedPurpose: string;
            ChargeBearer?: components["schemas"]["AEBankServiceInitiation.AEChargeBearerType1Code"];
            /** @description Specifies the currency of the to be transferred amount, which is different from the currency of the debtor's account. */
            CurrencyOfTransfer: string;
            /** @description Country in which Credit Account is domiciled. Code to identify a country, a dependency, or another area of particular geopolitical interest, on the basis of country names obtained from the United Nations (ISO 3166, Alpha-2 code). */
            DestinationCountryCode?: string;
            ExchangeRateInformation?: components["schemas"]["AEBankServiceInitiation.AEExchangeRateInformation"];
            /** @description Required where the consent or payment initiation request relates to a previously quoted FX trade. The TPP must provide the `QuoteId` value where the payment type is a single instant payment, or omit and provide in the payment initiation request where a long-lived consent exists. */
            FxQuoteId?: string;
        };
        /** @description A Debtor Reference is a note is for the reference of a given User that may be available as additional information in relation to a given payment instruction. */
        "AEBankServiceInitiation.AEDebtorReference": string;
        /** @description Provides details on the currency exchange rate and contract. */
        "AEBankServiceInitiation.AEExchangeRateInformation": {
            /** @description Currency in which the rate of exchange is expressed in a currency exchange. In the example 1GBP = xxxCUR, the unit currency is GBP. */
            UnitCurrency: string;
            /** @description The factor used for conversion of an amount from one currency to another. This reflects the price at which one currency was bought with another currency. */
            ExchangeRate?: number;
            RateType: components["schemas"]["AEBankServiceInitiation.AERateType"];
            /** @description Unique and unambiguous reference to the foreign exchange contract agreed between the initiating party/creditor and the debtor agent. */
            ContractIdentification?: string;
        };
        /**
         * @description Charge type, in a coded form.
         * @enum {string}
         */
        "AEBankServiceInitiation.AEExternalPaymentChargeTypeCode": "VAT" | "Fees";
        /**
         * @description Indicator of the urgency or order of importance that the instructing party would like the instructed party to apply to the processing of the instruction.
         * @enum {string}
         */
        "AEBankServiceInitiation.AEInstructionPriority": "Normal" | "Urgent";
        /** @description A category code that relates to the type of services or goods that corresponds to the underlying purpose of the payment. The code must conform to the published AANI payment purpose code list. */
        "AEBankServiceInitiation.AEPaymentPurposeCode": string;
        /**
         * @description Specifies the type used to complete the currency exchange.
         * @enum {string}
         */
        "AEBankServiceInitiation.AERateType": "Actual" | "Agreed" | "Indicative";
        /** @description A reason or reference in relation to a payment. */
        "AEBankServiceInitiation.AEReference": string;
        /** @description Status of the Authorization Request, qualified with additional information held by the API Hub. */
        "AEBankServiceInitiationConsentStatusV21.AEBankServiceInitiationConsentProperties": {
            Data: {
                ConsentId: components["schemas"]["AEPushedAuthorizationRequests.AEConsentId"];
                BaseConsentId?: components["schemas"]["AEPushedAuthorizationRequests.AEBaseConsentId"];
                IsSingleAuthorization?: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.IsSingleAuthorization"];
                AuthorizationExpirationDateTime?: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AuthorizationExpirationDateTime"];
                /** @description Permission codes granted by the User to the TPP, allowing the TPP to check execute a balance check. */
                Permissions?: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEBankServiceInitiationConsentPermissionCodes"][];
                ExpirationDateTime: components["schemas"]["AEPushedAuthorizationRequests.AEConsentExpirationDateTime"];
                Status: components["schemas"]["AEConsentStatus.AEConsentStatusCodes"];
                RevokedBy?: components["schemas"]["AEConsentStatus.AERevokedByCodes"];
                CreationDateTime: components["schemas"]["AECreationDateTime"];
                StatusUpdateDateTime: components["schemas"]["AEStatusUpdateDateTime"];
                Charges?: components["schemas"]["AEBankServiceInitiation.AECharges"][];
                ExchangeRate?: components["schemas"]["AEConsentStatus.AEExchangeRateInformation"];
                CurrencyRequest?: components["schemas"]["AEBankServiceInitiation.AECurrencyRequest"];
                ControlParameters: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequestsV21.AEBankServiceInitiationControlParametersProperties"];
                DebtorReference?: components["schemas"]["AEBankServiceInitiation.AEDebtorReference"];
                CreditorReference?: components["schemas"]["AEBankServiceInitiation.AECreditorReference"];
                PaymentPurposeCode: components["schemas"]["AEBankServiceInitiation.AEPaymentPurposeCode"];
                SponsoredTPPInformation?: components["schemas"]["AEPushedAuthorizationRequests.AESponsoredTPPInformation"];
                PaymentConsumption?: components["schemas"]["AEConsentStatus.AEPaymentConsumption"];
                OpenFinanceBilling?: components["schemas"]["AEConsentStatus.AEBankServiceInitiationOpenFinanceBilling"];
            };
            Subscription?: components["schemas"]["AEStandardModels.AEEventNotification"];
            Links: components["schemas"]["AEConsentStatus.AELinksRelatedPayment"];
            Meta?: components["schemas"]["AEConsentStatus.AEMetaMultiAuthorization"];
        };
        /**
         * @description A number of monetary units specified in an active currency where the unit of currency is explicit and compliant with ISO 4217.
         * @example 100.00
         */
        "AEBankServiceInitiationRichAuthorizationRequests.AEActiveOrHistoricAmount": string;
        /** @description A 3 character alphabetic code allocated to a currency under an international currency identification scheme, as described in the latest edition of the international standard ISO 4217 'Codes for the representation of currencies and funds'. */
        "AEBankServiceInitiationRichAuthorizationRequests.AEActiveOrHistoricCurrencyCode": string;
        /** @enum {string} */
        "AEBankServiceInitiationRichAuthorizationRequests.AEBankServiceInitiationConsentPermissionCodes": "ReadAccountsBasic" | "ReadAccountsDetail" | "ReadBalances" | "ReadRefundAccount";
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
        /** @description Bulk/Batch Control Parameters. */
        "AEBankServiceInitiationRichAuthorizationRequests.AEBankServiceInitiationFilePaymentConsent": {
            /** @description Specifies the payment file type */
            FileType: string;
            /** @description A base64 encoding of a SHA256 hash of the file to be uploaded. */
            FileHash: string;
            FileReference?: components["schemas"]["AEBankServiceInitiation.AEReference"];
            /** @description Number of individual transactions contained in the payment information group. */
            NumberOfTransactions: number;
            /** @description Total of all individual amounts included in the group, irrespective of currencies. */
            ControlSum: string;
            RequestedExecutionDate?: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AERequestedExecutionDate"];
        };
        /** @description Payment Schedule denoting a list of pre-defined future dated payments all with fixed amounts and dates. */
        "AEBankServiceInitiationRichAuthorizationRequests.AEBankServiceInitiationFixedDefinedSchedule": {
            /**
             * @description The Periodic Schedule Type (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            Type: "FixedDefinedSchedule";
            Schedule: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEBankServiceInitiationFixedSchedule"][];
        };
        /** @description Payment Controls that apply to all payment instructions in a given period under this payment consent. The payments for this consent may be executed on any date, as long as they are within the Controls for a PeriodType */
        "AEBankServiceInitiationRichAuthorizationRequests.AEBankServiceInitiationFixedOnDemand": {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            Type: "FixedOnDemand";
            PeriodType: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEPeriodType"];
            PeriodStartDate: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEPeriodStartDate"];
            Amount: components["schemas"]["AEStandardModels.AEAmountAndCurrency"];
            /** @description Controls that apply to the payment schedule. */
            Controls: {
                MaximumCumulativeValueOfPaymentsPerPeriod?: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEPeriodTypeMaximumCumulativeValueOfPayments"];
                MaximumCumulativeNumberOfPaymentsPerPeriod?: number;
            };
        };
        /** @description Payment Controls that apply to all payment instructions in a given period under this payment consent. The payments for this consent must be executed only on the PeriodStartDate, and dates recurring based on the PeriodType. */
        "AEBankServiceInitiationRichAuthorizationRequests.AEBankServiceInitiationFixedPeriodicSchedule": {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            Type: "FixedPeriodicSchedule";
            PeriodType: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEPeriodType"];
            PeriodStartDate: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEPeriodStartDate"];
            Amount: components["schemas"]["AEStandardModels.AEAmountAndCurrency"];
        };
        "AEBankServiceInitiationRichAuthorizationRequests.AEBankServiceInitiationFixedSchedule": {
            /**
             * Format: date
             * @description Used to specify the expected payment execution date/time.
             *     All dates in the JSON payloads are represented in ISO 8601 date format, for example is: 2023-04-05
             */
            PaymentExecutionDate: string;
            Amount: components["schemas"]["AEStandardModels.AEAmountAndCurrency"];
        };
        /** @description A Consent definition for defining Multi Payments */
        "AEBankServiceInitiationRichAuthorizationRequests.AEBankServiceInitiationLongLivedPaymentConsent": {
            /**
             * @description The maximum cumulative value of all successful payment rails executions under the Consent.
             *     Each successful payment rails execution amount (related to the Consent) is added to the total cumulative value of the Consent which cannot exceed the maximum value agreed with the User at the point of consent.
             */
            MaximumCumulativeValueOfPayments?: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEPeriodTypeMaximumCumulativeValueOfPayments"];
            /**
             * @description The maximum cumulative number of all successful payment rails executions under the Consent.
             *     Each successful payment rails execution (related to the Consent) is added to the total cumulative number of payments for the Consent which cannot exceed the maximum value agreed with the User at the point of consent.
             */
            MaximumCumulativeNumberOfPayments?: number;
            PeriodicSchedule: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEBankServiceInitiationLongLivedPaymentConsentPeriodicSchedule"];
        };
        /** @description The definition for a schedule */
        "AEBankServiceInitiationRichAuthorizationRequests.AEBankServiceInitiationLongLivedPaymentConsentPeriodicSchedule": components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEBankServiceInitiationVariableOnDemand"] | components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEBankServiceInitiationFixedOnDemand"] | components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEBankServiceInitiationVariablePeriodicSchedule"] | components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEBankServiceInitiationFixedPeriodicSchedule"] | components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEBankServiceInitiationVariableDefinedSchedule"] | components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEBankServiceInitiationFixedDefinedSchedule"];
        /** @description A single immediate payment consent that MUST be used for a single payment which will be initiated immediately after User authorization at the LFI. */
        "AEBankServiceInitiationRichAuthorizationRequests.AEBankServiceInitiationSingleInstantPayment": {
            /**
             * @description The Payment Type
             * @enum {string}
             */
            Type: "SingleInstantPayment";
            Amount: components["schemas"]["AEStandardModels.AEAmountAndCurrency"];
        };
        /**
         * @description The Sponsored TPP is:
         *
         *     * A TPP that itself has no direct Open Banking API integrations.
         *
         *     * A TPP that is using the integration of another TPP that does have direct Open Banking API integrations.
         */
        "AEBankServiceInitiationRichAuthorizationRequests.AEBankServiceInitiationSponsoredTPPInformation": {
            /** @description The Sponsored TPP Name */
            Name: string;
            /** @description The Sponsored TPP Identification */
            Identification: string;
        };
        /** @description Payment Schedule denoting a list of pre-defined future dated payments all with variable amounts and dates. */
        "AEBankServiceInitiationRichAuthorizationRequests.AEBankServiceInitiationVariableDefinedSchedule": {
            /**
             * @description The Periodic Schedule Type (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            Type: "VariableDefinedSchedule";
            Schedule: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEBankServiceInitiationVariableSchedule"][];
        };
        /** @description Payment Controls that apply to all payment instructions in a given period under this payment consent. The payments for this consent may be executed on any date, as long as they are within the Controls for a PeriodType. */
        "AEBankServiceInitiationRichAuthorizationRequests.AEBankServiceInitiationVariableOnDemand": {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            Type: "VariableOnDemand";
            PeriodType: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEPeriodType"];
            PeriodStartDate: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEPeriodStartDate"];
            Controls: {
                MaximumIndividualAmount?: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEMaximumIndividualAmount"];
                MaximumCumulativeValueOfPaymentsPerPeriod?: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEPeriodTypeMaximumCumulativeValueOfPayments"];
                MaximumCumulativeNumberOfPaymentsPerPeriod?: number;
            };
        };
        /** @description Payment Controls that apply to all payment instructions in a given period under this payment consent. The payments for this consent must be executed only on the PeriodStartDate, and dates recurring based on the PeriodType. */
        "AEBankServiceInitiationRichAuthorizationRequests.AEBankServiceInitiationVariablePeriodicSchedule": {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            Type: "VariablePeriodicSchedule";
            PeriodType: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEPeriodType"];
            PeriodStartDate: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEPeriodStartDate"];
            /** @description This is the Maximum amount a variable payment can take per period. */
            MaximumIndividualAmount: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEMaximumIndividualAmount"];
        };
        "AEBankServiceInitiationRichAuthorizationRequests.AEBankServiceInitiationVariableSchedule": {
            /**
             * Format: date
             * @description Used to specify the expected payment execution date/time. All dates in the JSON payloads are represented in ISO 8601 date format. An example is: 2023-04-05
             */
            PaymentExecutionDate: string;
            /** @description This is the Maximum amount a variable payment can take per period. */
            MaximumIndividualAmount: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEMaximumIndividualAmount"];
        };
        /**
         * @description The Creditor (Payee) Type, based on an allowed list. This value is populated by TPPs to inform the User of the type of Creditor being authorized, which facilitates providing information during the Consent journey.
         * @enum {string}
         */
        "AEBankServiceInitiationRichAuthorizationRequests.AECreditorAccountTypeCodes": "Individual" | "Merchant" | "Business" | "Charity" | "GovernmentBody" | "Other";
        /** @description Properties of the Creditor Agent, which provides information on the Financial Institution that holds the Creditor Account. */
        "AEBankServiceInitiationRichAuthorizationRequests.AECreditorAgentProperties": {
            /** @enum {string} */
            SchemeName: "BICFI" | "Other";
            Identification: string;
            Name?: string;
            PostalAddress?: components["schemas"]["AEAddress"];
        };
        /**
         * @description Name of the identification scheme, in a coded form as published in an external list. For international payments TPP may use `IBAN`, but must use `AccountNumber` where a local scheme is used to identify the Creditor Account.
         * @enum {string}
         */
        "AEBankServiceInitiationRichAuthorizationRequests.AECreditorExternalAccountIdentificationCode": "IBAN" | "AccountNumber";
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
        /** @description Party to which an amount of money is due. */
        "AEBankServiceInitiationRichAuthorizationRequests.AECreditorProperties": {
            Name?: string;
            PostalAddress?: components["schemas"]["AEAddress"];
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
             * @description Additional information that cannot be captured in the structured fields and/or any other specific block
             *     This may include information that is not available in the structured fields, such as a user's behavioural data
             *     like their typing speed and typing patterns.
             */
            SupplementaryData?: Record<string, never>;
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
        /**
         * @description Identification for the account assigned by the LFI based on the Account Scheme Name.
         *     This identification is known by the User account owner.
         */
        "AEBankServiceInitiationRichAuthorizationRequests.AEIdentification": string;
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
        /** @description Is Creditor populated */
        "AEBankServiceInitiationRichAuthorizationRequests.AEIsCreditorPrePopulated": boolean;
        /** @description The TPP has onboarded the Creditor */
        "AEBankServiceInitiationRichAuthorizationRequests.AEIsVerifiedbyTPP": boolean;
        /**
         * Encrypted PII Object
         * @description A JSON Web Encryption (JWE) object, which encapsulates a JWS. The value is a compact serialization of a JWE, which is a string consisting of five base64url-encoded parts joined by dots. It encapsulates encrypted content using JSON data structures.
         *     The decrypted JWS content has the structure of the AEPaymentPII schema.
         */
        "AEBankServiceInitiationRichAuthorizationRequests.AEJWEPaymentPII": string;
        /** @description This is the Maximum amount a variable payment can take per period. */
        "AEBankServiceInitiationRichAuthorizationRequests.AEMaximumIndividualAmount": {
            Amount: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEActiveOrHistoricAmount"];
            Currency: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEActiveOrHistoricCurrencyCode"];
        };
        /** @description The Account Holder Name is the name or names of the Account owner(s) represented at the account level */
        "AEBankServiceInitiationRichAuthorizationRequests.AEName": {
            /** @description English value of the string */
            en?: string;
            /** @description Arabic value of the string */
            ar?: string;
        };
        /**
         * Format: date
         * @description Specifies the start date of when a payment schedule begins.
         */
        "AEBankServiceInitiationRichAuthorizationRequests.AEPeriodStartDate": string;
        /**
         * @description |Period Type|Description|
         *     |-----------|-----------|
         *     |Day|A continuous period of time, consisting of 24 consecutive hours, starting from midnight (00:00:00) and finishing at 23:59:59 of the same day. |
         *     |Week|A continuous period of time, consisting of seven consecutive days, starting from midnight (00:00:00) and finishing at 23:59:59 of the 7th day. |
         *     |Month|A continuous period of time starting from midnight (00:00:00) of the first day of a month and finishing at 23:59:59 of the last day of that month.|
         *     |Year|A continuous period of time, consisting of 12 months.|
         * @enum {string}
         */
        "AEBankServiceInitiationRichAuthorizationRequests.AEPeriodType": "Day" | "Week" | "Month" | "Year";
        /** @description The maximum cumulative payment value of all payment initiations per Period Type. */
        "AEBankServiceInitiationRichAuthorizationRequests.AEPeriodTypeMaximumCumulativeValueOfPayments": {
            Amount: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEActiveOrHistoricAmount"];
            Currency: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEActiveOrHistoricCurrencyCode"];
        };
        /**
         * Format: date
         * @description The date when the TPP expects the LFI to execute the payment.
         *     The date must be in the future and cannot be on the same day or a day in the past.
         *     The maximum date in the future that can be specified is 1 year from the day of the consent of the User to the TPP.
         *     All dates in the JSON payloads are represented in ISO 8601 date format.
         */
        "AEBankServiceInitiationRichAuthorizationRequests.AERequestedExecutionDate": string;
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
        /**
         * @description Name of the identification scheme, in a coded form as published in an external list.
         * @enum {string}
         */
        "AEBankServiceInitiationRichAuthorizationRequests.AERiskExternalAccountIdentificationCode": "EmiratesID" | "TradeLicenceNumber";
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
        /**
         * Format: date-time
         * @description The date and time by which a Consent (in AwaitingAuthorization status) must be Authorized by the User.
         */
        "AEBankServiceInitiationRichAuthorizationRequests.AuthorizationExpirationDateTime": string;
        /** @description Specifies to the LFI that the consent authorization must be completed by a single authorizer at the LFI. */
        "AEBankServiceInitiationRichAuthorizationRequests.IsSingleAuthorization": boolean;
        /**
         * Bank Service Initiation Consent
         * @description A Rich Authorization Request object for a Bank Service Initiation Consent.
         */
        "AEBankServiceInitiationRichAuthorizationRequestsV21.AEBankServiceInitiationAuthorizationDetailsProperties": {
            /**
             * @description The Rich Authorization Request type, as defined by [RFC 9396](https://datatracker.ietf.org/doc/html/rfc9396#section-2-2.2).
             * @enum {string}
             */
            type: "urn:openfinanceuae:service-initiation-consent:v2.1";
            /** @description Properties of the consent agreed by the User with the TPP. */
            consent: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequestsV21.AEBankServiceInitiationConsentProperties"];
            /** @description Optional subscription to Event Notifications, to be sent to the TPP Webhook registered at the API Hub. */
            subscription?: {
                /** @description Properties of the TPP Webhook and the state of the subscription. */
                Webhook: {
                    /** @description The TPP Callback URL being registered with the LFI */
                    Url: string;
                    /** @description The TPP specifying whether the LFI should send (IsActive true) or not send (IsActive false) Webhook Notifications to the TPP's Webhook URL */
                    IsActive: boolean;
                };
            };
        };
        "AEBankServiceInitiationRichAuthorizationRequestsV21.AEBankServiceInitiationConsentProperties": {
            /**
             * @description Personal Identifiable Information, represented in both encoded and decoded form using a `oneOf`.
             *
             *     Implementers **MUST** adhere to the Schema Object provided in `AEPaymentPII` when creating the object to be signed and encrypted through a JWS and JWE.
             *
             *     Debtor and Creditor information **MUST** be set according to the rules for the payment type being instructed.
             *
             *     The encrypted form of the object is provided by the `AEJWEPaymentPII` Schema Object, which **MUST** be used when invoking the PAR operation.
             */
            PersonalIdentifiableInformation: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEDomesticPaymentPII"] | components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEInternationalPaymentPII"] | components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEJWEPaymentPII"];
            /** @description Control Parameters set the overall rules for the Payment Schedule. */
            ControlParameters: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequestsV21.AEBankServiceInitiationControlParametersProperties"];
            ConsentId: components["schemas"]["AEConsentId"];
            BaseConsentId?: components["schemas"]["AEBaseConsentId"];
            IsSingleAuthorization?: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.IsSingleAuthorization"];
            AuthorizationExpirationDateTime?: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AuthorizationExpirationDateTime"];
            /**
             * Format: date-time
             * @description Specified date and time the consent will expire.
             *
             *     All dates in the JSON payloads are represented in ISO 8601 date-time format.
             *     All date-time fields in responses must include the timezone. An example is :2023-04-05T10:43:07+00:00
             */
            ExpirationDateTime: string;
            /** @description Specifies the permitted Bank Data Sharing permissions, which is the data clusters being consented by the User, and requested for authorization with the LFI. Allows TPPs to check the User balance at the payment account. */
            Permissions?: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEBankServiceInitiationConsentPermissionCodes"][];
            /** @description Currency request */
            CurrencyRequest?: components["schemas"]["AEBankServiceInitiation.AECurrencyRequest"];
            DebtorReference?: components["schemas"]["AEBankServiceInitiation.AEDebtorReference"];
            CreditorReference?: components["schemas"]["AEBankServiceInitiation.AECreditorReference"];
            PaymentPurposeCode: components["schemas"]["AEBankServiceInitiation.AEPaymentPurposeCode"];
            SponsoredTPPInformation?: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEBankServiceInitiationSponsoredTPPInformation"];
        };
        "AEBankServiceInitiationRichAuthorizationRequestsV21.AEBankServiceInitiationControlParametersProperties": {
            /** @description Indicates whether the all payment controls will be defined and managed by the TPP under the Payment with Delegated Authentication capability */
            IsDelegatedAuthentication?: boolean;
            /**
             * @description The various payment types that can be initiated:
             *
             *       * A Single Payment
             *
             *       * A Multi-Payment
             *
             *       * A Combined Payment (one SinglePayment and one MultiPayment)
             */
            ConsentSchedule?: {
                SinglePayment?: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEBankServiceInitiationSingleInstantPayment"];
                MultiPayment?: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEBankServiceInitiationLongLivedPaymentConsent"];
                FilePayment?: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEBankServiceInitiationFilePaymentConsent"];
            };
        };
        /**
         * Format: uuid
         * @description A base consent identifier that links to other consent resources
         */
        AEBaseConsentId: string;
        /**
         * Format: uuid
         * @description Unique identifier for a given consent resource
         */
        AEConsentId: string;
        "AEConsentStatus.AEBankDataSharingConsentPropertiesV21": {
            Data: {
                ConsentId: components["schemas"]["AEPushedAuthorizationRequests.AEConsentId"];
                BaseConsentId?: components["schemas"]["AEPushedAuthorizationRequests.AEBaseConsentId"];
                CreationDateTime: components["schemas"]["AEConsentStatus.AECreationDateTime"];
                Status: components["schemas"]["AEConsentStatus.AEConsentStatusCodes"];
                StatusUpdateDateTime: components["schemas"]["AEConsentStatus.AEStatusUpdateDateTime"];
                Permissions: components["schemas"]["AEBankDataSharingRichAuthorizationRequests.AEBankDataSharingConsentPermissionCodes"][];
                ExpirationDateTime: components["schemas"]["AEPushedAuthorizationRequests.AEConsentExpirationDateTime"];
                /**
                 * Format: date-time
                 * @deprecated
                 * @description **DEPRECATED AT V2.1, REPLACED BY `FromDate`**
                 */
                TransactionFromDateTime?: string;
                /**
                 * Format: date-time
                 * @deprecated
                 * @description **DEPRECATED AT V2.1, REPLACED BY `ToDate`**
                 */
                TransactionToDateTime?: string;
                FromDate?: components["schemas"]["AEBankDataSharingRichAuthorizationRequests.AEBankDataSharingFromDate"];
                ToDate?: components["schemas"]["AEBankDataSharingRichAuthorizationRequests.AEBankDataSharingToDate"];
                AccountType?: components["schemas"]["AEBankDataSharing.AEExternalAccountTypeCode"][];
                /** @description Account Sub Types permitted under the consent. */
                AccountSubType?: components["schemas"]["AEBankDataSharing.AEExternalAccountSubTypeCode"][];
                OnBehalfOf?: components["schemas"]["AEBankDataSharingRichAuthorizationRequests.OnBehalfOf"];
                OpenFinanceBilling: components["schemas"]["AEConsentStatus.AEBankDataSharingOpenFinanceBilling"];
                RevokedBy?: components["schemas"]["AEConsentStatus.AERevokedByCodes"];
            };
            Subscription?: components["schemas"]["AEStandardModels.AEEventNotification"];
            Links: components["schemas"]["AEStandardModels.AELinksSelf"];
            Meta?: components["schemas"]["AEStandardModels.AEMeta"];
        };
        /** @description Billing parameters specified by the TPP. */
        "AEConsentStatus.AEBankDataSharingOpenFinanceBilling": {
            /** @description Customer has more than 100 million AED turnover. */
            IsLargeCorporate?: boolean;
            /**
             * @description Type of Customer.
             * @enum {string}
             */
            UserType: "Retail" | "SME" | "Corporate";
            /**
             * @description Purpose of data sharing request.
             * @enum {string}
             */
            Purpose: "AccountAggregation" | "RiskAssessment" | "TaxFiling" | "Onboarding" | "Verification" | "QuoteComparison" | "BudgetingAnalysis" | "FinancialAdvice" | "AuditReconciliation";
        };
        /** @description Billing parameters specified by the LFI. */
        "AEConsentStatus.AEBankServiceInitiationOpenFinanceBilling": {
            /** @description Customer has more than 100 million AED turnover. */
            IsLargeCorporate?: boolean;
        };
        /**
         * @description Specifies the status of a consent.
         *
         *      | Consent Status| State Type| Description|
         *      |---------------|-----------|------|
         *      | AwaitingAuthorization | Pending | The consent is awaiting authorization.|
         *      | Authorized | In Use | The consent has been successfully authorized.|
         *      | Rejected | Terminal | The unauthorized consent has been rejected at the LFI.|
         *      | Revoked | Terminal | The consent has been revoked at the TPP or LFI.|
         *      | Expired | Terminal | The consent is now expired.|
         *      | Consumed | Terminal | The consented action(s) have either been completed successfully.|
         *      | Suspended | In Use | The consent has been suspended, pending further enquiries.|
         * @enum {string}
         */
        "AEConsentStatus.AEConsentStatusCodes": "AwaitingAuthorization" | "Authorized" | "Rejected" | "Revoked" | "Expired" | "Consumed" | "Suspended";
        /**
         * Format: date-time
         * @description Date and time at which the Consent was created. All dates in the JSON payloads are represented in ISO 8601 date-time format.
         *
         *     All date-time fields in responses must include the timezone, for example: 2023-04-05T10:43:07+00:00
         */
        "AEConsentStatus.AECreationDateTime": string;
        /** @description Further detailed information on the exchange rate that has been used in the payment transaction - returned by the LFI. */
        "AEConsentStatus.AEExchangeRateInformation": {
            /** @description Currency in which the rate of exchange is expressed in a currency exchange. In the example 1GBP = xxxCUR, the unit currency is GBP. */
            UnitCurrency: string;
            /** @description The factor used for conversion of an amount from one currency to another. This reflects the price at which one currency was bought with another currency. */
            ExchangeRate?: number;
            RateType: components["schemas"]["AEBankServiceInitiation.AERateType"];
            /** @description Unique and unambiguous reference to the foreign exchange contract agreed between the initiating party/creditor and the debtor agent. */
            ContractIdentification?: string;
            /**
             * Format: date-time
             * @description Specified date and time the exchange rate agreement will expire. All dates in the JSON payloads are represented in ISO 8601 date-time format.
             *
             *     All date-time fields in responses must include the timezone, for example: 2017-04-05T10:43:07+00:00
             */
            ExpirationDateTime?: string;
        };
        /** @description Links relevant to the consent. */
        "AEConsentStatus.AELinksRelatedPayment": {
            /** Format: url */
            Self: string;
            /**
             * @description A link to the related payments resource:
             *
             *     - For a Single Payment, this Array must have 1 entry, associated with the Single Payment resource created against this consent.
             *     - For Multi-Payment, this Array will have 1 or more entries of all the Payment resources created against this Consent.
             */
            Related: string[];
        };
        /**
         * @description Meta Data with Multi-Authorization relevant to the payload.
         *     For a payment, it represents any Authorizers within the LFI domain that are involved in approving the payment request.
         */
        "AEConsentStatus.AEMetaMultiAuthorization": {
            /** @description Multiple Authorizers Schema */
            MultipleAuthorizers?: {
                /** @description The total number of Authorizers required to process the request. */
                TotalRequired?: number;
                Authorizations?: {
                    /** @description Authorizer identifier, as assigned by the LFI. */
                    AuthorizerId?: string;
                    /** @description The Type of Authorizer. For example, Financial, Management, etc. */
                    AuthorizerType?: string;
                    /**
                     * Format: date-time
                     * @description The date and of when the Authorization occurred. All dates in the JSON payloads are represented in ISO 8601 date-time format.
                     *
                     *       All date-time fields in responses must include the timezone for example: 2023-04-05T10:43:07+00:00
                     */
                    AuthorizationDate?: string;
                    /**
                     * @description The Status reflecting the Authorizer's final decision regarding the request.
                     * @enum {string}
                     */
                    AuthorizationStatus?: "Pending" | "Approved" | "Rejected";
                }[];
            };
        };
        /** @description Data to track the consumption of Payments in relation to an authorized Consent Schedule */
        "AEConsentStatus.AEPaymentConsumption": {
            /** @description The cumulative number of payment instructions initiated under the consent schedule, excluding instructions in a Rejected state. */
            CumulativeNumberOfPayments: number;
            /** @description The cumulative value of payment instructions initiated under the consent schedule, excluding instructions in a Rejected state. A number of monetary units specified in an active currency where the unit of currency is explicit and compliant with ISO 4217. */
            CumulativeValueOfPayments: components["schemas"]["AEStandardModels.AEAmountAndCurrency"];
            /** @description The cumulative number of payment instructions in the current period initiated under the consent schedule, excluding instructions in a Rejected state. */
            CumulativeNumberOfPaymentsInCurrentPeriod?: number;
            /** @description The cumulative value of payment instructions in the current period initiated under the consent schedule, excluding instructions in a Rejected state. A number of monetary units specified in an active currency where the unit of currency is explicit and compliant with ISO 4217. */
            CumulativeValueOfPaymentsInCurrentPeriod?: components["schemas"]["AEStandardModels.AEAmountAndCurrency"];
        };
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
        "AEConsentStatus.AERevokedByCodes": "LFI" | "TPP" | "LFI.InitiatedByUser" | "TPP.InitiatedByUser";
        /**
         * Format: date-time
         * @description Date and time at which the resource status was updated. All dates in the JSON payloads are represented in ISO 8601 date-time format.
         *
         *     All date-time fields in responses must include the timezone, for example: 2023-04-05T10:43:07+00:00
         */
        "AEConsentStatus.AEStatusUpdateDateTime": string;
        /** @enum {string} */
        AEConsentStatusCode: "Authorized" | "AwaitingAuthorization" | "Rejected" | "Revoked" | "Expired" | "Suspended";
        AECreationDateTime: {
            /**
             * Format: date-time
             * @description Date and time at which the resource was created. All dates in the JSON payloads are represented in ISO 8601 date-time format.
             *     All date-time fields in responses must include the timezone, as shown in this example: 2017-04-05T10:43:07+00:00
             */
            CreationDateTime: string;
        };
        /** @enum {string} */
        "AEInsurance.AEConsentPermissionCodes": "ReadInsurancePolicies" | "ReadCustomerBasic" | "ReadCustomerDetail" | "ReadCustomerPaymentDetails" | "ReadInsuranceProduct" | "ReadCustomerClaims" | "ReadInsurancePremium";
        "AEInsurance.AEConsentPermissions": {
            /**
             * @description The insurance sector to which the permissions relate.
             * @enum {string}
             */
            InsuranceType: "Employment" | "Health" | "Home" | "Life" | "Motor" | "Renters" | "Travel";
            /** @description The data clusters requested by the TPP. */
            Permissions: components["schemas"]["AEInsurance.AEConsentPermissionCodes"][];
        };
        "AEInsurance.AEInsuranceOpenFinanceBillingPurposeProperties": {
            /**
             * @description Purpose of data sharing request.
             * @enum {string}
             */
            Purpose: "AccountAggregation" | "RiskAssessment" | "PremiumHistory" | "ClaimHistory" | "Onboarding" | "Verification" | "QuoteComparison" | "FinancialAdvice" | "Other";
        };
        "AEInsurance.AEReadInsuranceConsent1": {
            Data: components["schemas"]["AEInsurance.AEReadInsuranceConsent1Properties"];
            Subscription?: components["schemas"]["EventNotification"];
            Links: components["schemas"]["LinksSelf"];
            Meta: components["schemas"]["Meta"];
        };
        "AEInsurance.AEReadInsuranceConsent1Properties": {
            ConsentId: components["schemas"]["uuid"];
            BaseConsentId?: components["schemas"]["uuid"];
            /**
             * @description Specifies the permitted insurance policy data types.
             *     This is a list of the data groups being consented by the User, and requested for authorization with the LFI.
             */
            Permissions: components["schemas"]["AEInsurance.AEConsentPermissions"][];
            /**
             * Format: date-time
             * @description Specified date and time the permissions will expire.
             *     If this is not populated, the permissions will be open ended.All dates in the JSON payloads are represented in ISO 8601 date-time format.
             *     All date-time fields in responses must include the timezone. An example is below:
             *     2017-04-05T10:43:07+00:00
             */
            ExpirationDateTime: string;
            OnBehalfOf?: components["schemas"]["AEOnBehalfOf"];
            OpenFinanceBilling: {
                /** @description Customer has more than 100 million AED turnover */
                IsLargeCorporate?: boolean;
                /**
                 * @description Purpose of data sharing request.
                 * @enum {string}
                 */
                Purpose: "AccountAggregation" | "RiskAssessment" | "PremiumHistory" | "ClaimHistory" | "Onboarding" | "Verification" | "QuoteComparison" | "FinancialAdvice" | "Other";
            };
            /**
             * Format: date-time
             * @description Date and time at which the resource was created. All dates in the JSON payloads are represented in ISO 8601 date-time format.
             *     All date-time fields in responses must include the timezone, as shown in this example: 2017-04-05T10:43:07+00:00
             */
            CreationDateTime: string;
            /** @description Specifies the status of consent resource in code form. */
            Status: components["schemas"]["AEConsentStatusCode"];
            /**
             * Format: date-time
             * @description Date and time at which the account resource status was updated. All dates in the JSON payloads are represented in ISO 8601 date-time format.
             *     All date-time fields in responses must include the timezone, as shown in this example: 2017-04-05T10:43:07+00:00
             */
            StatusUpdateDateTime: string;
            /** @description Denotes the Identifier of the revocation. */
            RevokedBy?: components["schemas"]["AEInsurance.AERevokedByCode"];
        };
        /** @enum {string} */
        "AEInsurance.AERevokedByCode": "LFI" | "TPP" | "LFI.InitiatedByUser" | "TPP.InitiatedByUser";
        /**
         * Insurance Data Sharing Consent
         * @description Properties for creating a consent object for the first time a User consents to TPP access to insurance data or services
         */
        "AEInsuranceDataSharingRichAuthorizationRequestsV21.AEInsuranceDataSharingAuthorizationDetailsProperties": {
            /**
             * @description The Rich Authorization Request type, as defined by [RFC 9396](https://datatracker.ietf.org/doc/html/rfc9396#section-2-2.2).
             * @enum {string}
             */
            type: "urn:openfinanceuae:insurance-consent:v2.1";
            /** @description Properties of the consent agreed by the User with the TPP. */
            consent: {
                ConsentId: components["schemas"]["uuid"];
                BaseConsentId?: components["schemas"]["uuid"];
                /** @description The permissions codes available to TPPs. Codes are qualified by insurance type which allows multiple sets of permissions to be selected in each consent. */
                Permissions: components["schemas"]["AEInsurance.AEConsentPermissions"][];
                /** @description Billing parameters specified by the TPP. */
                OpenFinanceBilling: components["schemas"]["AEInsurance.AEInsuranceOpenFinanceBillingPurposeProperties"];
                /**
                 * Format: date-time
                 * @description Specified date and time the permissions will expire.
                 *     All date-time fields in responses must include the timezone. An example is below:
                 *     2017-04-05T10:43:07+00:00
                 */
                ExpirationDateTime: string;
                OnBehalfOf?: components["schemas"]["AEOnBehalfOf"];
            };
            /** @description Optional subscription to Event Notifications, to be sent to the TPP Webhook registered at the API Hub. */
            subscription?: {
                /** @description Properties of the TPP Webhook and the state of the subscription. */
                Webhook: {
                    /** @description The TPP Callback URL being registered with the LFI */
                    Url: string;
                    /** @description The TPP specifying whether the LFI should send (IsActive true) or not send (IsActive false) Webhook Notifications to the TPP's Webhook URL */
                    IsActive: boolean;
                };
            };
        };
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
        /**
         * @description The original ConsentId assigned by the TPP.
         *     It is used by the TPP for updating/renewing parameters associated with long-lived consents.
         *     It must be provided when long-lived consent parameters are updated/renewed for a current consent that has not yet finished.
         */
        "AEPushedAuthorizationRequests.AEBaseConsentId": string;
        /**
         * Format: date-time
         * @description Specified date and time the consent will expire.
         *
         *     All dates in the JSON payloads are represented in ISO 8601 date-time format.
         *
         *     All date-time fields in responses must include the timezone, for example: 2023-04-05T10:43:07+00:00
         */
        "AEPushedAuthorizationRequests.AEConsentExpirationDateTime": string;
        /** @description Unique identification assigned by the TPP to identify the Consent. */
        "AEPushedAuthorizationRequests.AEConsentId": string;
        "AEPushedAuthorizationRequests.AEPushedAuthorizationResponseBody": {
            /** @description The request URI corresponding to the authorization request posted */
            request_uri: string;
            /** @description A JSON number that represents the lifetime of the request URI in seconds as a positive integer */
            expires_in: number;
        };
        /**
         * @description The Sponsored TPP is:
         *
         *     - A TPP that itself has no direct Open Banking API integrations.
         *
         *     - A TPP that is using the integration of another TPP that does have direct Open Finance API integrations.
         */
        "AEPushedAuthorizationRequests.AESponsoredTPPInformation": {
            /** @description The Sponsored TPP Name */
            Name: string;
            /** @description The Sponsored TPP Identification */
            Identification: string;
        };
        "AEPushedAuthorizationRequestsV21.AEPushedAuthorizationRequestAuthorizationDetailTypes": components["schemas"]["AEBankDataSharingRichAuthorizationRequestsV21.AEBankDataSharingAuthorizationDetailsProperties"] | components["schemas"]["AEBankServiceInitiationRichAuthorizationRequestsV21.AEBankServiceInitiationAuthorizationDetailsProperties"] | components["schemas"]["AEInsuranceDataSharingRichAuthorizationRequestsV21.AEInsuranceDataSharingAuthorizationDetailsProperties"];
        "AEPushedAuthorizationRequestsV21.PushedAuthorizationRequestBody": {
            /**
             * @description Client Assertion using JWT Authentication, as described by [RFC 7523](https://datatracker.ietf.org/doc/html/rfc7523#section-2.2)
             * @enum {string}
             */
            client_assertion_type: "urn%3Aietf%3Aparams%3Aoauth%3Aclient-assertion-type%3Ajwt-bearer";
            /** @description private_key_jwt client assertion */
            client_assertion: string;
            /**
             * @description Authorization Request for a Rich Authorization Request (RAR) objects that encapsulate the consent agreed between the TPP and the User.
             *
             *     Only a single RAR may be submitted at v2.1 of the Open Finance Standards.
             *
             *     This object defines the required JSON Web Token (JWT) payload. This **does not** represent a correctly serialized JWT, but provides a Schema Object that correctly defines the supported RARs.
             */
            request: {
                authorization_details: components["schemas"]["AEPushedAuthorizationRequestsV21.AEPushedAuthorizationRequestAuthorizationDetailTypes"][];
                /** @description The Issuer claim for the JWT, as described in [RFC 7519](https://tools.ietf.org/html/rfc7519#section-4.1.1) */
                iss: string;
                /**
                 * @description The Audience claim for the JWT, as described in [RFC 7519](https://tools.ietf.org/html/rfc7519#section-4.1.3)
                 *
                 *     This value is constrained to a single `string` value, as prescribed by [FAPI 2.0 Security Profile](https://openid.net/specs/fapi-2_0-security-profile-ID2.html#section-5.3.2.1-2.5.1).
                 */
                aud?: string;
                /** @description The Expiration Time claim for the JWT, as described in [RFC 7519](https://tools.ietf.org/html/rfc7519#section-4.1.4) */
                exp: number;
                /** @description The Not Before claim for the JWT, as described in [RFC 7519](https://www.rfc-editor.org/rfc/rfc7519#section-4.1.5) and expanded in the FAPI 2.0 Security Profile. */
                nbf: number;
                /** @description The OAuth 2.0 Client ID of the Client, as set in the Open Finance Trust Framework (OFTF). */
                client_id: string;
                /**
                 * @description The OAuth 2.0 response type requested by the Client. This defaults to 'code', as per the FAPI 2.0 Security Profile, as only Authorization Code Flow is supported.
                 * @enum {string}
                 */
                response_type: "code";
                /**
                 * Format: uri
                 * @description The OAuth 2.0 redirect URI of the Client, as set in the Open Finance Trust Framework. This **MUST** match a redirect URI value registered at the OFTF.
                 */
                redirect_uri: string;
                /** @description The OAuth 2.0 scope requested by the Client. This **MUST** match one-or-more scope values provided in the API descriptions for the Open Finance Standards. */
                scope: string;
                /** @description The OAuth 2.0 state value requested by the Client, as described in [RFC 6749](https://tools.ietf.org/html/rfc6749#section-4.1.1). */
                state?: string;
                /** @description Nonce value as described in [OpenID Connect Core](https://openid.net/specs/openid-connect-core-1_0.html) and expanded in the FAPI 2.0 Security Profile. */
                nonce?: string;
                /** @description Maximum Authentication Age as described in [OpenID Connect Core](https://openid.net/specs/openid-connect-core-1_0.html). */
                max_age?: number;
                /**
                 * @description Optional parameter that can be used to send the User's Emirates ID or Trade
                 *     License Number as an encrypted JSON Web Token (JWE). This mechanism is
                 *     provided to allow LFIs to correlate the User identity, and therefore the
                 *     features of their account, prior to the User being redirected to the LFI's
                 *     authentication page.
                 *
                 *     The value **MUST** be a JWE, encrypted with the target LFI's public key
                 *     with the User identifier set as the JWE. The payload MUST be a JSON object
                 *     created based on the Schema Object `AELoginHintJwePayload`. This JSON
                 *     object will form the basis of the data contained in the JWE, and should
                 *     be signed with the TPP signing key to create a JSON Web Signature.
                 *
                 *     Please note that, as per OpenID Connect Core, `login_hint` is used for
                 *     discovery and is supported to provide hints to the LFI on the User
                 *     identity and therefore the data or services supported at the LFI.
                 *     `login_hint` **MUST NOT** be used to bypass authentication of the User, nor
                 *     should a request be rejected if `login_hint` is not provided.
                 *
                 *     The `type` value of the `login_hint` property is shown as a `string` due
                 *     to the limitations of the OpenAPI specification in cross-referencing a
                 *     Schema Object that is also a JSON Web Token, as there is no deterministic
                 *     mechanism to display the underlying structure of the JWE payload.
                 *     This property is therefore represented in both encoded and decoded
                 *     form in the API description using a `oneOf`, to help implementers readily
                 *     understand both the structure and serialized form of the property.
                 *
                 *     **Please ensure your implementation reflects the AELoginHintJwePayload Schema**
                 *     **Object structure and any notes provided on implementing a JWS and JWE**
                 */
                login_hint?: string | components["schemas"]["AESecurityProfile.AELoginHintJwePayload"];
                /** @description Code challenge as described in [RFC 7636](https://www.rfc-editor.org/rfc/rfc7636.html#section-4.3), which implements the Proof Key for Code Exchange (PKCE) extension to OAuth 2.0. PKCE is mandated by the FAPI 2.0 Security Profile. */
                code_challenge: string;
                /**
                 * @description Code challenge method as described in [RFC 7636](https://www.rfc-editor.org/rfc/rfc7636.html#section-4.3), which implements the Proof Key for Code Exchange (PKCE) extension to OAuth 2.0. PKCE is mandated by the FAPI 2.0 Security Profile, which prescribes the use of the `S256` method.
                 * @enum {string}
                 */
                code_challenge_method: "S256";
            };
        };
        /** @description Provides the structure of the payload for the JWE used in the `login_hint` parameter */
        "AESecurityProfile.AELoginHintJwePayload": {
            /**
             * @description The identification type, which can either be `EmiratesID` or `TradeLicenseNumber`
             * @enum {string}
             */
            Type: "EmiratesID" | "TradeLicenseNumber";
            /** @description The identification number value */
            Identification: string;
        };
        /** @description An Amount qualified by an active Currency. */
        "AEStandardModels.AEActiveCurrencyAmount": {
            Amount: components["schemas"]["AEStandardModels.AEActiveOrHistoricAmount"];
            Currency: components["schemas"]["AEStandardModels.AEActiveOrHistoricCurrencyCode"];
        };
        /**
         * @description A number of monetary units specified in an active currency where the unit of currency is explicit and compliant with ISO 4217.
         * @example 100.00
         */
        "AEStandardModels.AEActiveOrHistoricAmount": string;
        /** @description A 3 character alphabetic code allocated to a currency under an international currency identification scheme, as described in the latest edition of the international standard ISO 4217 'Codes for the representation of currencies and funds'. */
        "AEStandardModels.AEActiveOrHistoricCurrencyCode": string;
        /** @description An Amount qualified by Currency */
        "AEStandardModels.AEAmountAndCurrency": {
            Currency: components["schemas"]["AEStandardModels.AEActiveOrHistoricCurrencyCode"];
            Amount: components["schemas"]["AEStandardModels.AEActiveOrHistoricAmount"];
        };
        /** @description A Webhook Subscription Schema */
        "AEStandardModels.AEEventNotification": {
            /** @description A Webhook Schema */
            Webhook: {
                Url?: string;
                IsActive?: boolean;
            };
        };
        /** @description Links relevant to the resource */
        "AEStandardModels.AELinksSelf": {
            Self: components["schemas"]["AEStandardModels.AESelfLink"];
        };
        /** @description Metadata relevant to the resource */
        "AEStandardModels.AEMeta": Record<string, never>;
        /**
         * Format: uri
         * @description A link to the current resource
         */
        "AEStandardModels.AESelfLink": string;
        AEStatusUpdateDateTime: {
            /**
             * Format: date-time
             * @description Date and time at which the account resource status was updated. All dates in the JSON payloads are represented in ISO 8601 date-time format.
             *     All date-time fields in responses must include the timezone, as shown in this example: 2017-04-05T10:43:07+00:00
             */
            StatusUpdateDateTime: string;
        };
        /** @description A Webhook Subscription Schema */
        AEWebhook: {
            /** @description The registered Webhook URL at which event notifications will be received. Required on first registration of the Webhook. */
            Url?: string;
            /** @description Indicator for whether event notifications should be sent to the TPP. When true event notifications will be sent to the registered URL. */
            IsActive: boolean;
        };
        AuthorizationCodeGrantTokenRequestProperties: {
            /** @description The OAuth 2.0 Client ID of the Client, as set in the Open Finance Trust Framework (OFTF). */
            client_id?: string;
            /**
             * @description Client Assertion using JWT Authentication, as described by [RFC 7523](https://datatracker.ietf.org/doc/html/rfc7523#section-2.2)
             * @enum {string}
             */
            client_assertion_type: "urn%3Aietf%3Aparams%3Aoauth%3Aclient-assertion-type%3Ajwt-bearer";
            /** @description private_key_jwt client assertion */
            client_assertion: string;
            /** @description Code verifier value, created for Proof of Key Code Exchange correlating with value sent with Authorization Request. */
            code_verifier: string;
            /**
             * @description The grant type, which must be set to `authorization_code`.
             * @enum {string}
             */
            grant_type: "authorization_code";
            /** @description The authorization code received by the TPP from the Authorization Server. */
            code: string;
            /**
             * Format: uri
             * @description The OAuth 2.0 redirect URI of the Client, as set in the Open Finance Trust Framework. This **MUST** match a redirect URI value registered at the OFTF.
             */
            redirect_uri: string;
            /** @description [Access Token Scope](https://datatracker.ietf.org/doc/html/rfc6749#section-3.3) as sent in Authorization Request and granted by the End User. */
            scope?: string;
        };
        EventNotification: {
            /** @description Properties of the Webhook registered to receive event notifications related to entity status. */
            Webhook: components["schemas"]["AEWebhook"];
        };
        /** @description Links relevant to the resource */
        LinksSelf: {
            Self: components["schemas"]["Self"];
        };
        /** @description Metadata relevant to the resource */
        Meta: Record<string, never>;
        /** @description Bad Request */
        OAuthBadRequestErrorResponse: components["schemas"]["OAuthErrorResponse"];
        /**
         * @description Status code corresponding to error condition to be returned to the client
         * @enum {string}
         */
        OAuthErrorCodes: "invalid_request" | "invalid_client" | "invalid_grant" | "unauthorized_client" | "unsupported_grant_type" | "invalid_scope";
        /** @description Error returned from endpoints compliant with security profile */
        OAuthErrorResponse: {
            error: components["schemas"]["OAuthErrorCodes"];
            /** @description Description of the error providing additional information */
            error_description?: string;
            /** @description A URI identifying a human-readable web page with information about the error */
            error_uri?: string;
        };
        RefreshTokenGrantTokenRequestProperties: {
            /** @description The OAuth 2.0 Client ID of the Client, as set in the Open Finance Trust Framework (OFTF). */
            client_id?: string;
            /**
             * @description Client Assertion using JWT Authentication, as described by [RFC 7523](https://datatracker.ietf.org/doc/html/rfc7523#section-2.2)
             * @enum {string}
             */
            client_assertion_type: "urn%3Aietf%3Aparams%3Aoauth%3Aclient-assertion-type%3Ajwt-bearer";
            /** @description private_key_jwt client assertion */
            client_assertion: string;
            /**
             * @description The grant type, which must be set to `refresh_token`.
             * @enum {string}
             */
            grant_type: "refresh_token";
            /** @description [OAuth 2.0 Refresh Token](https://datatracker.ietf.org/doc/html/rfc6749#section-1.5). Omitted from responses where not supported by a given consent type. */
            refresh_token: string;
            /** @description Access Token scope. Omitted if not required. */
            scope?: string;
        };
        ClientCredentialsGrantTokenRequestProperties: {
            /** @description The OAuth 2.0 Client ID of the Client, as set in the Open Finance Trust Framework (OFTF). */
            client_id?: string;
            /**
             * @description Client Assertion using JWT Authentication, as described by [RFC 7523](https://datatracker.ietf.org/doc/html/rfc7523#section-2.2)
             * @enum {string}
             */
            client_assertion_type: "urn%3Aietf%3Aparams%3Aoauth%3Aclient-assertion-type%3Ajwt-bearer";
            /** @description private_key_jwt client assertion */
            client_assertion: string;
            /**
             * @description The grant type, which must be set to `client_credentials`.
             * @enum {string}
             */
            grant_type: "client_credentials";
            /** @description Access Token scope. Omitted if not required. */
            scope?: string;
        };
        /**
         * Format: uri
         * @description A link to the current resource
         */
        Self: string;
        /**
         * Format: uuid
         * @description A unique identifier, which may be a UUID. `format: uuid` is provided as a hint to OpenAPI parsers, but LFIs can implement a unique identification mechanism of their choosing.
         */
        uuid: string;
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    CreatePushedAuthorizationRequestV21: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AEPushedAuthorizationRequestsV21.PushedAuthorizationRequestBody"];
                "application/x-www-form-urlencoded": components["schemas"]["AEPushedAuthorizationRequestsV21.PushedAuthorizationRequestBody"];
            };
        };
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AEPushedAuthorizationRequests.AEPushedAuthorizationResponseBody"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OAuthBadRequestErrorResponse"];
                };
            };
            /** @description Method Not Allowed */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Content Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Number in seconds to wait */
                    "retry-after": number;
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CreateAccessTokenRequestV21: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AuthorizationCodeGrantTokenRequestProperties"] | components["schemas"]["RefreshTokenGrantTokenRequestProperties"] | components["schemas"]["ClientCredentialsGrantTokenRequestProperties"];
                "application/x-www-form-urlencoded": components["schemas"]["AuthorizationCodeGrantTokenRequestProperties"] | components["schemas"]["RefreshTokenGrantTokenRequestProperties"] | components["schemas"]["ClientCredentialsGrantTokenRequestProperties"];
            };
        };
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AEAuthorizationCodeGrantTokenResponseProperties"] | components["schemas"]["AERefreshTokenGrantTokenResponseProperties"] | components["schemas"]["AEClientCredentialsGrantTokenResponseProperties"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OAuthBadRequestErrorResponse"];
                };
            };
        };
    };
}
