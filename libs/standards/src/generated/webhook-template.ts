/**
 * GENERATED FILE: do not edit. Regenerate with `npm run wire-types` (tools/generate-wire-types.js,
 * openapi-typescript 7.13.0).
 * Source: standards/v2.1-errata2/uae-webhook-template-openapi.yaml
 * from the UAE Open Finance OpenAPI documents (MIT licence, Nebras Open Finance).
 */

export interface paths {
    "/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Event Notification Template
         * @description This endpoint provides a template for the implementation of Webhooks at a TPP.
         *
         *     A 202 or 204 HTTP return code with an empty payload is expected in acknowledgement of receipt.
         *
         *     TPPs should observe the standardized error payloads as defined by the Open Finance Framework and provided in this API
         *     description.
         */
        post: operations["UnsignedEventNotificationPayload_SignedEventNotificationPayload"];
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
        AEBankDataSharingConsentPermissionCodes: "ReadAccountsBasic" | "ReadAccountsDetail" | "ReadBalances" | "ReadBeneficiariesBasic" | "ReadBeneficiariesDetail" | "ReadFXTransactionsBasic" | "ReadFXTransactionsDetail" | "ReadFXRemittanceCharges" | "ReadTransactionsBasic" | "ReadTransactionsDetail" | "ReadProduct" | "ReadScheduledPaymentsBasic" | "ReadScheduledPaymentsDetail" | "ReadDirectDebits" | "ReadStandingOrdersBasic" | "ReadStandingOrdersDetail" | "ReadStatements" | "ReadPartyUser" | "ReadPartyUserIdentity" | "ReadParty" | "ReadProductFinanceRates";
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
        /**
         * @description A number of monetary units specified in an active currency where the unit of currency is explicit and compliant with ISO 4217.
         * @example 100.00
         */
        "AEBankServiceInitiationRichAuthorizationRequests.AEActiveOrHistoricAmount": string;
        /** @description A 3 character alphabetic code allocated to a currency under an international currency identification scheme, as described in the latest edition of the international standard ISO 4217 'Codes for the representation of currencies and funds'. */
        "AEBankServiceInitiationRichAuthorizationRequests.AEActiveOrHistoricCurrencyCode": string;
        /** @enum {string} */
        "AEBankServiceInitiationRichAuthorizationRequests.AEBankServiceInitiationConsentPermissionCodes": "ReadAccountsBasic" | "ReadAccountsDetail" | "ReadBalances" | "ReadRefundAccount";
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
        /** @description This is the Maximum amount a variable payment can take per period. */
        "AEBankServiceInitiationRichAuthorizationRequests.AEMaximumIndividualAmount": {
            Amount: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEActiveOrHistoricAmount"];
            Currency: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEActiveOrHistoricCurrencyCode"];
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
        /**
         * Format: date-time
         * @description The date and time by which a Consent (in AwaitingAuthorization status) must be Authorized by the User.
         */
        "AEBankServiceInitiationRichAuthorizationRequests.AuthorizationExpirationDateTime": string;
        /** @description Specifies to the LFI that the consent authorization must be completed by a single authorizer at the LFI. */
        "AEBankServiceInitiationRichAuthorizationRequests.IsSingleAuthorization": boolean;
        "AEBankServiceInitiationRichAuthorizationRequestsV21.AEBankServiceInitiationControlParametersProperties": {
            /** @description Indicates whether the all payment controls will be defined and managed by the TPP under the Payment with Delegated Authentication capability */
            IsDelegatedAuthentication?: boolean;
            /**
             * @description The various payment types that can be initiated:
             *
             *     * A Single Payment
             *
             *     * A Multi-Payment
             *
             *     * A Combined Payment (one SinglePayment and one MultiPayment)
             */
            ConsentSchedule?: {
                SinglePayment?: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEBankServiceInitiationSingleInstantPayment"];
                MultiPayment?: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEBankServiceInitiationLongLivedPaymentConsent"];
                FilePayment?: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEBankServiceInitiationFilePaymentConsent"];
            };
        };
        AECharges: {
            ChargeBearer: components["schemas"]["UAEPaymentAPI.AEChargeBearerType1Code"];
            Type: components["schemas"]["UAEPaymentAPI.AEExternalPaymentChargeTypeCode"];
            Amount: components["schemas"]["UAEPaymentAPI.AEActiveCurrencyAmount"];
        }[];
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
        /** @description The Currency and Amount relating to the Payment, Refund or Request to Pay */
        "AEInsurance.AEActiveCurrencyAmount": {
            Currency: components["schemas"]["AEInsurance.AEActiveOrHistoricCurrencyCode"];
            Amount: components["schemas"]["AEInsurance.AEActiveOrHistoricAmount"];
        };
        /**
         * @description A number of monetary units specified in an active currency where the unit of currency is explicit and compliant with ISO 4217.
         * @example 100.00
         */
        "AEInsurance.AEActiveOrHistoricAmount": string;
        /**
         * @description A 3 character alphabetic code allocated to a currency under an international currency identification scheme, as described in the latest edition of the international standard ISO 4217 'Codes for the representation of currencies and funds'.
         * @example AED
         */
        "AEInsurance.AEActiveOrHistoricCurrencyCode": string;
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
        "AEInsurance.AEDocumentProperties": {
            /** @description The type of document that has been provided.  For example, Policy Booklet, Terms & Conditions */
            Type: string;
            /** @description Original file name for operator reference (no paths). Should include  a suitable extension (e.g., policy.pdf, terms.pdf). */
            FileName: string;
            /**
             * @description Content (MIME) type of the document, using IANA-registered media types, and based on types supported in the Open Finance Framework.
             * @enum {string}
             */
            ContentType: "application/pdf" | "image/jpeg" | "image/png";
            /**
             * Format: base64
             * @description Base64-encoded representation of the document content.  The encoded string must be generated from the raw file bytes and decoded by the LFI to restore the original file.
             */
            Content: string;
            /**
             * @description Approach used to create checksum or hash of the file. SHA256 is supported.
             * @enum {string}
             */
            HashType: "SHA256";
            /** @description Checksum of the original file bytes created using the method indicated by `HashType`. Required to enable integrity verification by comparing with the hash or checksum calculated on the decoded file. */
            Hash: string;
            /** @description Optional free text notes providing context on the document. */
            AdditionalInformation?: string;
        };
        /** @enum {string} */
        "AEInsurance.AEInsuranceEmirate": "AbuDhabi" | "Ajman" | "Dubai" | "Fujairah" | "RasAlKhaimah" | "Sharjah" | "UmmAlQuwain";
        "AEInsurance.AEInsuranceEvent": components["schemas"]["AEInsurance.AEInsuranceQuoteEventTerminalStatus"] | components["schemas"]["AEInsurance.AEInsuranceQuoteEventPendingCompletionStatus"] | components["schemas"]["AEInsurance.AEInsuranceQuoteEventCompletedStatus"];
        /** @enum {string} */
        "AEInsurance.AEInsuranceEventCompletionPendingStatusCodes": "ApplicationPending" | "ApplicationApproved" | "PaymentRequired" | "PolicyIssued";
        "AEInsurance.AEInsuranceQuoteEventBrokerInstructions": {
            /** @description Free-text description that provides confirmation of the action required by the Broker. */
            ActionRequired?: string;
            /** @description Free-text explanation of why the action must be performed by the Broker. */
            Reason?: components["schemas"]["AEInsurance.AEInsuranceQuoteStatusUpdateReason"];
            /**
             * Format: uri
             * @description URL provided by the LFI for the Broker to collect a one-off premium payment or set up recurring premium payments.
             */
            Url?: string;
        };
        /**
         * Completed Event
         * @description Quote has been Completed.
         */
        "AEInsurance.AEInsuranceQuoteEventCompletedStatus": {
            /**
             * @description Completed status.
             * @enum {string}
             */
            QuoteStatus: "Completed";
            /**
             * Format: date
             * @description Policy start date
             */
            PolicyStartDate?: string;
            /**
             * Format: date
             * @description Policy end date
             */
            PolicyEndDate?: string;
            /**
             * Format: duration
             * @description The insurance policy term in years and months, using ISO 8601 compatible duration format
             * @example P2Y3M
             */
            PolicyTerm: string;
            /** @description Details for the policy premium. */
            Premium: {
                /** @description The details of the final insurance premium, reflecting the total value of premiums excluding VAT payable either annually or over the life of the policy when the coverage period is less than one year. */
                OneYearPremiumExcludingVAT: components["schemas"]["AEInsurance.AEActiveCurrencyAmount"];
                /** @description The Premium VAT amount. */
                VATAmount: components["schemas"]["AEInsurance.AEActiveCurrencyAmount"];
                /** @description The details of the final insurance premium, reflecting the total value of premiums including VAT payable either annually or over the life of the policy when the coverage period is less than one year. */
                TotalOneYearPremium: components["schemas"]["AEInsurance.AEActiveCurrencyAmount"];
                /** @description The total value of premiums, including VAT, payable over the life of the policy. */
                TotalPolicyPremium?: components["schemas"]["AEInsurance.AEActiveCurrencyAmount"];
            };
            /**
             * @description Confirmation whether the customer monthly salary is less than or greater than AED 4,000 each month. Required for Health Insurance.
             * @enum {string}
             */
            CustomerSalary?: "Under4K" | "Over4K";
            /** @description Commission amount, where the LFI is responsible for calculating the value. */
            Commission?: {
                /** @description The total monetary value of the commission paid to the TPP if the User proceeds with the quote application and purchases the policy based on the quote information provided. */
                CommissionAmount?: components["schemas"]["AEInsurance.AEActiveCurrencyAmount"];
                /**
                 * @description The method to be used to pay the commission to the TPP if the User elects to proceed with the application and successfully purchases the policy.
                 * @enum {string}
                 */
                PaymentMethod: "DirectToTPP" | "ThroughAPIHub";
            };
            /** @description Policy documents to be issued to the Customer via the TPP. */
            Documents?: components["schemas"]["AEInsurance.AEDocumentProperties"][];
            /** @description Indicates the Customer has paid for the policy in full. */
            CustomerPaidInFull: boolean;
            /** @description The Emirate state where the policy was issued. */
            PolicyCountrySubDivision: components["schemas"]["AEInsurance.AEInsuranceEmirate"];
        };
        /**
         * Pending Event
         * @description Quote status updates indicating a pending state, with optional instructions for TPPs.
         */
        "AEInsurance.AEInsuranceQuoteEventPendingCompletionStatus": {
            /** @description Pending completion quote status. */
            QuoteStatus: components["schemas"]["AEInsurance.AEInsuranceEventCompletionPendingStatusCodes"];
            /** @description Instructions and actions required by the Broker to allow the application to proceed. */
            BrokerInstructions?: components["schemas"]["AEInsurance.AEInsuranceQuoteEventBrokerInstructions"][];
            /** @description Policy documents to be issued to the Customer via the TPP. */
            Documents?: components["schemas"]["AEInsurance.AEDocumentProperties"][];
        };
        /**
         * Terminal Event
         * @description Quote status updates indicating a terminal state.
         */
        "AEInsurance.AEInsuranceQuoteEventTerminalStatus": {
            /** @description Terminal quote status. */
            QuoteStatus: components["schemas"]["AEInsurance.AEInsuranceQuoteNegativeTerminalStatusCodes"];
            /** @description Optional explanation for the unsuccessful completion of the quote. */
            Reason?: components["schemas"]["AEInsurance.AEInsuranceQuoteStatusUpdateReason"];
        };
        /** @enum {string} */
        "AEInsurance.AEInsuranceQuoteNegativeTerminalStatusCodes": "Expired" | "Rejected" | "CustomerCancelled" | "LFICancelled";
        "AEInsurance.AEInsuranceQuoteStatusUpdateReason": string;
        /**
         * Format: uuid
         * @description Unique identifier for a given insurance policy
         */
        "AEInsurance.AEInsuranceResourceIdentifierType": string;
        /** Insurance Data Sharing Consent */
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
        AEStatusUpdateDateTime: {
            /**
             * Format: date-time
             * @description Date and time at which the account resource status was updated. All dates in the JSON payloads are represented in ISO 8601 date-time format.
             *     All date-time fields in responses must include the timezone, as shown in this example: 2017-04-05T10:43:07+00:00
             */
            StatusUpdateDateTime: string;
        };
        /** Account Opening Event */
        AEWebhookAccountOpeningEventProperties: {
            /** @description Account Opening Event Data. This Data Object will contain the same API resource and Schema that has triggered the Event. */
            Data: components["schemas"]["AccountOpeningStatusUpdateEvent"];
            /** @description Event Metadata. */
            Meta: {
                /** Format: date-time */
                EventDateTime: string;
                EventResource: string;
                /** @enum {string} */
                EventType: "Resource.Created" | "Resource.Updated" | "Resource.Deleted";
                /** @description Account identifier related to the event. */
                AccountId: components["schemas"]["AccountOpeningServiceInitiation.AEAccountIdType"];
            };
        };
        /** Consent Data Event */
        AEWebhookConsentedEventProperties: {
            /**
             * @description Event Data. This Data Object will contain the same API resource and Schema that has triggered the Event.
             *
             *     If the value of `EventType` is `ResourceDeleted` this property will be omitted.
             */
            Data?: {
                ConsentId: components["schemas"]["AEPushedAuthorizationRequests.AEConsentId"];
                BaseConsentId?: components["schemas"]["AEPushedAuthorizationRequests.AEBaseConsentId"];
                CreationDateTime: components["schemas"]["AEConsentStatus.AECreationDateTime"];
                Status: components["schemas"]["AEConsentStatus.AEConsentStatusCodes"];
                StatusUpdateDateTime: components["schemas"]["AEConsentStatus.AEStatusUpdateDateTime"];
                Permissions: components["schemas"]["AEBankDataSharingConsentPermissionCodes"][];
                ExpirationDateTime: components["schemas"]["AEPushedAuthorizationRequests.AEConsentExpirationDateTime"];
                AccountType?: components["schemas"]["AEBankDataSharing.AEExternalAccountTypeCode"][];
                /** @description Account Sub Types permitted under the consent. */
                AccountSubType?: components["schemas"]["AEBankDataSharing.AEExternalAccountSubTypeCode"][];
                OnBehalfOf?: components["schemas"]["AEBankDataSharingRichAuthorizationRequests.OnBehalfOf"];
                OpenFinanceBilling: components["schemas"]["AEConsentStatus.AEBankDataSharingOpenFinanceBilling"];
                RevokedBy?: components["schemas"]["AEConsentStatus.AERevokedByCodes"];
            } | {
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
            } | components["schemas"]["AEInsurance.AEReadInsuranceConsent1Properties"];
            /** @description Event Metadata. */
            Meta: {
                /** Format: date-time */
                EventDateTime: string;
                EventResource: string;
                /** @enum {string} */
                EventType: "Resource.Created" | "Resource.Updated" | "Resource.Deleted";
                /** @description Consent identifier related to the event. */
                ConsentId: string;
            };
        };
        /** @description Webhook Event Signed Schema */
        AEWebhookEventSigned: {
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
            message: components["schemas"]["AEWebhookEventTypes"];
        };
        AEWebhookEventTypes: components["schemas"]["AEWebhookAccountOpeningEventProperties"] | components["schemas"]["AEWebhookConsentedEventProperties"] | components["schemas"]["AEWebhookFxQuoteEventProperties"] | components["schemas"]["AEWebhookInsuranceEventProperties"] | components["schemas"]["AEWebhookPaymentInitiationEventProperties"];
        /** FX Quote Event */
        AEWebhookFxQuoteEventProperties: {
            /** @description FX Quote Event Data. This Data Object will contain the same API resource and Schema that has triggered the Event. */
            Data: components["schemas"]["FxQuoteStatusUpdateEvent"];
            /** @description Event Metadata. */
            Meta: {
                /** Format: date-time */
                EventDateTime: string;
                EventResource: string;
                /** @enum {string} */
                EventType: "Resource.Created" | "Resource.Updated" | "Resource.Deleted";
                /** @description FX Quote identifier related to the event. */
                FxQuoteId: components["schemas"]["FxServiceInitiation.FxQuoteIdType"];
            };
        };
        /** Insurance Quote Event */
        AEWebhookInsuranceEventProperties: {
            /** @description Insurance Quote Event Data. This Data Object will contain the same API resource and Schema that has triggered the Event. */
            Data: components["schemas"]["AEInsurance.AEInsuranceEvent"];
            /** @description Event Metadata. */
            Meta: {
                /** Format: date-time */
                EventDateTime: string;
                EventResource: string;
                /** @enum {string} */
                EventType: "Resource.Created" | "Resource.Updated" | "Resource.Deleted";
                /**
                 * @description Unique identifier for a quote created by an LFI
                 * @example 47409fec-4b04-4356-b3a1-6f5508524a5a
                 */
                QuoteId: components["schemas"]["AEInsurance.AEInsuranceResourceIdentifierType"];
            };
        };
        /** Payment Initiation Request */
        AEWebhookPaymentInitiationEventProperties: {
            /**
             * @description Payment Initiation Event Data. This Data Object will contain the same API resource and Schema that has triggered the Event.
             *
             *     If the value of `EventType` is `ResourceDeleted` this property will be omitted.
             */
            Data?: {
                PaymentId: components["schemas"]["UAEPaymentAPI.AEPaymentId"];
                ConsentId: components["schemas"]["UAEPaymentAPI.AEConsentId"];
                PaymentTransactionId?: components["schemas"]["UAEPaymentAPI.AEPaymentTransactionId"];
                Status: components["schemas"]["UAEPaymentAPI.AEPaymentStatus"];
                StatusUpdateDateTime: components["schemas"]["UAEPaymentAPI.AEStatusUpdateDateTime"];
                RejectReasonCode?: components["schemas"]["UAEPaymentAPI.AERejectReason"][];
                CreationDateTime: components["schemas"]["UAEPaymentAPI.AECreationDateTime"];
                Charges?: components["schemas"]["AECharges"];
                ExchangeRate?: components["schemas"]["UAEPaymentAPI.AEExchangeRateInformation"];
                CurrencyRequest?: components["schemas"]["UAEPaymentAPI.AECurrencyRequest"];
                Instruction: components["schemas"]["UAEPaymentAPI.AEPaymentInstruction"];
                PaymentPurposeCode: components["schemas"]["UAEPaymentAPI.AEPaymentPurposeCode"];
                DebtorReference?: components["schemas"]["UAEPaymentAPI.AEDebtorReference"];
                OpenFinanceBilling: components["schemas"]["UAEPaymentAPI.AEServiceInitiationOpenFinancePaymentBilling"];
            };
            /** @description Event Metadata. */
            Meta: {
                /** Format: date-time */
                EventDateTime: string;
                EventResource: string;
                /** @enum {string} */
                EventType: "Resource.Created" | "Resource.Updated" | "Resource.Deleted";
                /** @description Consent identifier related to the event. */
                ConsentId: string;
            };
        };
        /** @description A unique and immutable identifier produced by the LFI to identify the account resource.This identifier has no meaning to the account owner (User 1). */
        "AccountOpeningServiceInitiation.AEAccountIdType": string;
        /** @enum {string} */
        "AccountOpeningServiceInitiation.AEAccountOpeningCompletedStatusCode": "Completed";
        /** @enum {string} */
        "AccountOpeningServiceInitiation.AEAccountOpeningStatusCodes": "Pending" | "AwaitingUserInput" | "AwaitingLFIProcesses" | "Rejected";
        /**
         * Format: date-time
         * @description The date and time the opening status was last updated.
         */
        "AccountOpeningServiceInitiation.OpeningStatusUpdateDateTime": string;
        AccountOpeningStatusProperties: components["schemas"]["AccountOpeningServiceInitiation.AEAccountOpeningStatusCodes"] | components["schemas"]["AccountOpeningServiceInitiation.AEAccountOpeningCompletedStatusCode"];
        /** @description Account Opening Request Status Data. */
        AccountOpeningStatusUpdateEvent: {
            /** @description The unique identifier for the quote. */
            AccountId: components["schemas"]["AccountOpeningServiceInitiation.AEAccountIdType"];
            /** @description Operations linked to the Account Opening Request. Provided to allow event correlation at the TPP. */
            LinkedOperations?: {
                /** @description The quote identifier returned by the LFI in the FX Quote. Required where the operation is part of the FX Quote journey. */
                FxQuoteId: components["schemas"]["FxServiceInitiation.FxQuoteIdType"];
            };
            /** @description Status of the Account Opening request. */
            OpeningStatus: components["schemas"]["AccountOpeningStatusProperties"];
            OpeningStatusUpdateDateTime: components["schemas"]["AccountOpeningServiceInitiation.OpeningStatusUpdateDateTime"];
            /** @description Additional information provided to the TPP by the LFI that qualifies the status, including next steps such as where further information is required, or reasons for rejection. */
            AdditionalStatusInformation?: string;
        };
        /** @description FX Quote Status Data. */
        FxQuoteStatusUpdateEvent: {
            /** @description The unique identifier for the quote. */
            FxQuoteId: components["schemas"]["FxServiceInitiation.FxQuoteIdType"];
            /**
             * @description The status of the quote. Please refer to guidance in the business rules on the quote status model.
             *
             *     The LFI is responsible for updating the statue to Completed and returning relevant information based on the finalized value.
             */
            QuoteStatus: components["schemas"]["FxServiceInitiation.AEFxQuoteStatusCodes"];
            /** @description Additional information provided to the TPP by the LFI that provides qualifies the status, including next steps such as where further information is required, or reasons for rejection. */
            AdditionalStatusInformation?: string;
            /** @description Properties of the completed trade. Included when the `QuoteStatus` is `Completed`. */
            Trade?: {
                /** @description The amount of the currency being bought. */
                BuyAmount: components["schemas"]["UAEPaymentAPI.AEActiveCurrencyAmount"];
                /** @description The amount of the currency being sold. */
                SellAmount: components["schemas"]["UAEPaymentAPI.AEActiveCurrencyAmount"];
                /** @description The charges associated with the request currency exchange. */
                Charges?: components["schemas"]["FxServiceInitiation.AECharges"][];
            };
            /** @description The finalised commission amount. Included when the `QuoteStatus` is `Completed`. */
            Commission?: {
                /** @description The commission payable for the FX Service Initiation trade. */
                CommissionAmount: components["schemas"]["UAEPaymentAPI.AEActiveCurrencyAmount"];
            };
        };
        "FxServiceInitiation.AECharges": {
            ChargeBearer: components["schemas"]["UAEPaymentAPI.AEChargeBearerType1Code"];
            Type: components["schemas"]["UAEPaymentAPI.AEExternalPaymentChargeTypeCode"];
            Amount: components["schemas"]["UAEPaymentAPI.AEActiveCurrencyAmount"];
            /** @description Description of the charge, for display to the User to help explain why the charge is levied. */
            Description?: string;
        };
        /** @enum {string} */
        "FxServiceInitiation.AEFxQuoteStatusCodes": "Accepted" | "AccountOpened" | "Actioned" | "Available" | "Cancelled" | "Completed" | "Expired" | "Funded" | "Rejected";
        /**
         * Format: uuid
         * @description Unique identifier for the quote, generated based on LFI implementation. `format: uuid` is provided as a hint to OpenAPI parsers, but LFIs can implement a unique identification mechanism of their choosing.
         */
        "FxServiceInitiation.FxQuoteIdType": string;
        /** @description The Currency and Amount relating to the Payment */
        "UAEPaymentAPI.AEActiveCurrencyAmount": {
            Amount: components["schemas"]["UAEPaymentAPI.AEActiveOrHistoricAmount"];
            Currency: components["schemas"]["UAEPaymentAPI.AEActiveOrHistoricCurrencyCode"];
        };
        /** @description A number of monetary units specified in an active currency where the unit of currency is explicit and compliant with ISO 4217. */
        "UAEPaymentAPI.AEActiveOrHistoricAmount": string;
        /** @description A 3 character alphabetic code allocated to a currency under an international currency identification scheme, as described in the latest edition of the international standard ISO 4217 'Codes for the representation of currencies and funds'. */
        "UAEPaymentAPI.AEActiveOrHistoricCurrencyCode": string;
        /**
         * @description Specifies which party/parties will bear the charges associated with the processing of the payment transaction.
         * @enum {string}
         */
        "UAEPaymentAPI.AEChargeBearerType1Code": "BorneByCreditor" | "BorneByDebtor" | "Shared";
        /** @description Unique identification assigned by the TPP to identify the consent resource. */
        "UAEPaymentAPI.AEConsentId": string;
        /**
         * Format: date-time
         * @description Date and time at which the message was created. All dates in the JSON payloads are represented in ISO 8601 date-time format.
         *     All date-time fields in responses must include the timezone. An example is below:
         *     2023-04-05T10:43:07+00:00
         */
        "UAEPaymentAPI.AECreationDateTime": string;
        /**
         * @description The details of the non-local currency or FX request that has been agreed between the User and the TPP.
         *     The requested ChargeBearer and ExchangeRateInformation are included in this object may be overwritten by the LFI in the returned Consent object.
         */
        "UAEPaymentAPI.AECurrencyRequest": {
            /**
             * @description Indicator of the urgency or order of importance that the instructing party would like the instructed party to apply to the processing of the instruction.
             * @enum {string}
             */
            InstructionPriority?: "Normal" | "Urgent";
            /** @description Specifies the purpose of an international payment. */
            ExtendedPurpose: string;
            ChargeBearer?: components["schemas"]["UAEPaymentAPI.AEChargeBearerType1Code"];
            /** @description Specifies the currency of the to be transferred amount, which is different from the currency of the debtor's account. */
            CurrencyOfTransfer: string;
            /** @description Country in which Credit Account is domiciled. Code to identify a country, a dependency, or another area of particular geopolitical interest, on the basis of country names obtained from the United Nations (ISO 3166, Alpha-2 code). */
            DestinationCountryCode?: string;
            /** @description Provides details on the currency exchange rate and contract. */
            ExchangeRateInformation?: {
                UnitCurrency: string;
                ExchangeRate?: number;
                /** @enum {string} */
                RateType: "Actual" | "Agreed" | "Indicative";
                ContractIdentification?: string;
            };
            /** @description Required where the consent or payment initiation request relates to a previously quoted FX trade. The TPP must provide the `QuoteId` value where a long-lived consent exists, meaning that each payment initiation request will relate to a different `QuoteId` value. */
            FxQuoteId?: string;
        };
        /** @description A Debtor Reference is a note is for the reference of a given User that may be available as additional information in relation to a given payment instruction. */
        "UAEPaymentAPI.AEDebtorReference": string;
        /** @description Further detailed information on the exchange rate that has been used in the payment transaction - returned by the LFI. */
        "UAEPaymentAPI.AEExchangeRateInformation": {
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
             * @description Specified date and time the exchange rate agreement will expire. All dates in the JSON payloads are represented in ISO 8601 date-time format.
             *     All date-time fields in responses must include the timezone. An example is below:
             *     2017-04-05T10:43:07+00:00
             */
            ExpirationDateTime?: string;
        };
        /**
         * @description Charge type, in a coded form.
         * @enum {string}
         */
        "UAEPaymentAPI.AEExternalPaymentChargeTypeCode": "VAT" | "Fees";
        /**
         * @description A description of the error that occurred. e.g., 'A mandatory field isn't supplied' or 'RequestedExecutionDateTime must be in future'
         *     This field is not standardised
         */
        "UAEPaymentAPI.AEMessage": string;
        /** @description An API specific unique identification as assigned by the LFI to identify the domestic Payment resource. */
        "UAEPaymentAPI.AEPaymentId": string;
        /** @description The Initiation payload is sent by the initiating party to the LFI. It is used to request movement of funds from the debtor account to a creditor for a single payment. */
        "UAEPaymentAPI.AEPaymentInstruction": {
            Amount: components["schemas"]["UAEPaymentAPI.AEActiveCurrencyAmount"];
        };
        /** @description A category code that relates to the type of services or goods that corresponds to the underlying purpose of the payment. The code must conform to the published Aani payment purpose code list. */
        "UAEPaymentAPI.AEPaymentPurposeCode": string;
        /**
         * @description Specifies the status of the payment information group
         *     * Pending: Payment initiation or individual transaction included in the payment initiation is pending. Further checks and status update will be performed.
         *     * Rejected: The payment initiation has been rejected
         *     * AcceptedSettlementCompleted: Settlement of the Debtor's account has been completed
         *     * AcceptedCreditSettlementCompleted: When the Creditor account has been credited with the funds of the payment initiated via the TPP
         *     * AcceptedWithoutPosting:  When the Recipient Bank has accepted the payment but has not applied the credit to the Creditor account yet.
         * @enum {string}
         */
        "UAEPaymentAPI.AEPaymentStatus": "Pending" | "AcceptedSettlementCompleted" | "AcceptedCreditSettlementCompleted" | "AcceptedWithoutPosting" | "Rejected";
        /**
         * @description This is an end to end TransactionId that is generated by the underlying payment rails when it is sent from an Originating LFI to a Receiving LFI.
         *     For Aani Core transactions, this is the Aani Core generated TransactionId.
         *
         *     This is not the same as the TransactionID in the Account Information Transactions API.
         *
         *     The PaymentTransactionId must be populated if the payment is processed by the LFI.
         */
        "UAEPaymentAPI.AEPaymentTransactionId": string;
        /** @description Rejection Reason */
        "UAEPaymentAPI.AERejectReason": {
            /**
             * @description Rejected Reason Code is a namespaced rejection reason code. The first part of the code is the namespace, which is the name of the organisation or system (e.g., AANI) that is rejecting the payment, and the second part is the specific rejection reason code for the originating organisation or system.
             *     Payments that are rejected by AANI will have the AANI prefix, followed by the specific ANNI reason code.
             *
             *     The Payment resouce is updated with the rejection reason code if a Rejected payment is initially created in a Pending state.
             *     If the Payment resource is rejected, and no Payment resource is created - a 4xx HTTP status code is returned to the TPP with the appropriate Error Response.
             */
            Code: string;
            Message: components["schemas"]["UAEPaymentAPI.AEMessage"];
        };
        /** @description Billing parameters specified by the TPP for a payment initiation */
        "UAEPaymentAPI.AEServiceInitiationOpenFinancePaymentBilling": {
            /**
             * @description The type payment for billing
             * @enum {string}
             */
            Type: "Collection" | "LargeValueCollection" | "PushP2P" | "PullP2P" | "Me2Me";
            /** @description MerchantId */
            MerchantId?: string;
        };
        /**
         * Format: date-time
         * @description Date and time at which the resource status was updated.All dates in the JSON payloads are represented in ISO 8601 date-time format.
         *     All date-time fields in responses must include the timezone. An example is below:
         *     2023-04-05T10:43:07+00:00
         */
        "UAEPaymentAPI.AEStatusUpdateDateTime": string;
        /**
         * Format: uuid
         * @description A unique identifier, which may be a UUID. `format: uuid` is provided as a hint to OpenAPI parsers, but LFIs can implement a unique identification mechanism of their choosing.
         */
        uuid: string;
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
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    UnsignedEventNotificationPayload_SignedEventNotificationPayload: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description Please note the `application/json` Content Type is provided for processing the Event Notification payload and does not accurately reflect the format of a serialized, signed, and encrypted JSON Web Token (JWT) that will be received at the registered Webhook. The event will be a string and be received with the Content Type value `application/jwe`.
         *
         *     The Schema Object is provided for TPPs to understand the correct message payload definition that must be parsed from the signed and encrypted enclosed JWT received in the Event Notification.
         *
         *     Please refer to the Open Finance Framework documentation for guidelines on decrypting and verifying JWTs received at Webhooks.
         */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AEWebhookEventSigned"];
                "application/jwe": string;
            };
        };
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    /** @description An RFC4122 UID used as a correlation ID. */
                    "x-fapi-interaction-id"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
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
