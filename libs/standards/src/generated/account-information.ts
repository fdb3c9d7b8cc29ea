/**
 * GENERATED FILE: do not edit. Regenerate with `npm run wire-types` (tools/generate-wire-types.js,
 * openapi-typescript 7.13.0).
 * Source: standards/v2.1-errata2/uae-account-information-openapi.yaml
 * from the UAE Open Finance OpenAPI documents (MIT licence, Nebras Open Finance).
 */

export interface paths {
    "/account-access-consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve Bank Data Sharing Consents by BaseConsentId
         * @description Retrieve all Bank Data Sharing Consents for a given `BaseConsentId`
         */
        get: operations["GetAccountAccessConsentsByBaseConsentId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/account-access-consents/{ConsentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve Bank Data Sharing Consent by ConsentId
         * @description Retrieve Bank Data Sharing Consents for a given `ConsentId`
         */
        get: operations["GetAccountAccessConsentsConsentId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Patch Consent
         * @description Update a Bank Data Sharing Consent Status or Webhook Subscription
         */
        patch: operations["PatchAccountAccessConsentsConsentId"];
        trace?: never;
    };
    "/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Accounts
         * @description The following permissions are applicable to this resource:
         *
         *     * ReadAccountsBasic
         *
         *     * ReadAccountsDetail
         *
         *     Refer to the Permissions and Data Clusters section of the Customer Data page for further information.
         */
        get: operations["GetAccounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{AccountId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an Account
         * @description The following permissions are applicable to this resource:
         *
         *     * ReadAccountsBasic
         *
         *     * ReadAccountsDetail
         *
         *     Refer to the Permissions and Data Clusters section of the Customer Data page for further information.
         */
        get: operations["GetAccountsAccountId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{AccountId}/balances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Balances
         * @description The following permissions are applicable to this resource:
         *
         *     * ReadBalances
         *
         *     Refer to the Permissions and Data Clusters section of the Customer Data page for further information.
         */
        get: operations["GetAccountsAccountIdBalances"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{AccountId}/beneficiaries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Beneficiaries
         * @description The following permissions are applicable to this resource:
         *
         *     * ReadBeneficiariesBasic
         *
         *     * ReadBeneficiariesDetail
         *
         *     Refer to the Permissions and Data Clusters section of the Customer Data page for further information.
         */
        get: operations["GetAccountsAccountIdBeneficiaries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{AccountId}/direct-debits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Direct Debits
         * @description The following permissions are applicable to this resource:
         *
         *     * ReadDirectDebits
         *
         *     Refer to the Permissions and Data Clusters section of the Customer Data page for further information.
         */
        get: operations["GetAccountsAccountIdDirectDebits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{AccountId}/product": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Product for an Account
         * @description The following permissions are applicable to this resource:
         *
         *     * ReadProduct
         *
         *     Refer to the Permissions and Data Clusters section of the Customer Data page for further information.
         */
        get: operations["GetAccountsAccountIdProduct"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{AccountId}/scheduled-payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Scheduled Payments
         * @description The following permissions are applicable to this resource:
         *
         *     * ReadScheduledPaymentsBasic
         *
         *     * ReadScheduledPaymentsDetail
         *
         *     Refer to the Permissions and Data Clusters section of the Customer Data page for further information.
         */
        get: operations["GetScheduledPayments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{AccountId}/standing-orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Standing Orders
         * @description The following permissions are applicable to this resource:
         *
         *     * ReadStandingOrdersBasic
         *
         *     * ReadStandingOrdersDetail
         *
         *     Refer to the Permissions and Data Clusters section of the Customer Data page for further information.
         */
        get: operations["GetAccountsAccountIdStandingOrders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{AccountId}/transactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Transactions
         * @description The following permissions are applicable to this resource:
         *
         *     * ReadTransactionsBasic
         *
         *     * ReadTransactionsDetail
         *
         *     Refer to the Permissions and Data Clusters section of the Customer Data page for further information.
         */
        get: operations["GetAccountsAccountIdTransactions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{AccountId}/parties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Parties for an Account
         * @description The following permissions are applicable to this resource:
         *
         *     * ReadParty
         *
         *     * ReadPartyUser
         *
         *     * ReadPartyUserIdentity
         *
         *     Refer to the Permissions and Data Clusters section of the Customer Data page for further information.
         */
        get: operations["PartiesByAccountId_read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/parties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Parties
         * @description The following permissions are applicable to this resource:
         *     * ReadParty
         *     * ReadPartyUser
         *     * ReadPartyUserIdentity
         *     Refer to the Permissions and Data Clusters section of the Customer Data page for further information.
         */
        get: operations["Parties_read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{AccountId}/statements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Statements
         * @description The following permissions are applicable to this resource:
         *     * ReadStatements
         *     Refer to the Permissions and Data Clusters section of the Customer Data page for further information.
         */
        get: operations["GetAccountAccountIdStatements"];
        put?: never;
        post?: never;
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
        /** @description [https://www.rfc-editor.org/rfc/rfc7519](https://www.rfc-editor.org/rfc/rfc7519) */
        Jwt: {
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
        };
        AEReadConsentResponseSigned: components["schemas"]["Jwt"] & {
            message: components["schemas"]["AEConsentStatus.AEBankDataSharingConsentPropertiesV21"];
        };
        /** @description Payment Consents By BaseConsentId Response Signed Schema */
        AEConsentsByBaseConsentIdResponseSigned: components["schemas"]["Jwt"] & {
            message: components["schemas"]["AEConsentStatus.AEBankDataSharingConsentPropertiesV21"][];
        };
        AEReadAccountSigned: components["schemas"]["Jwt"] & {
            message: components["schemas"]["AEReadAccount"];
        };
        AEReadAccountIdSigned: components["schemas"]["Jwt"] & {
            message: components["schemas"]["AEReadAccountId"];
        };
        AEReadBalanceSigned: components["schemas"]["Jwt"] & {
            message: components["schemas"]["AEReadBalance"];
        };
        AEReadBeneficiarySigned: components["schemas"]["Jwt"] & {
            message: components["schemas"]["AEReadBeneficiary"];
        };
        AEReadDirectDebitSigned: components["schemas"]["Jwt"] & {
            message: components["schemas"]["AEReadDirectDebit"];
        };
        AEReadProduct1Signed: components["schemas"]["Jwt"] & {
            message: components["schemas"]["AEReadProduct1"];
        };
        AEReadScheduledPaymentSigned: components["schemas"]["Jwt"] & {
            message: components["schemas"]["AEReadScheduledPayment"];
        };
        AEReadStandingOrderSigned: components["schemas"]["Jwt"] & {
            message: components["schemas"]["AEReadStandingOrder"];
        };
        AEReadTransactionSigned: components["schemas"]["Jwt"] & {
            message: components["schemas"]["AEReadTransaction"];
        };
        AEReadStatementsSigned: components["schemas"]["Jwt"] & {
            message: components["schemas"]["AEReadStatements"];
        };
        /** @description A Webhook Subscription Schema */
        EventNotification: {
            /** @description A Webhook Schema */
            Webhook: {
                /**
                 * @description The TPP Callback URL being registered with the LFI
                 * @example https://api.tpp.com/webhook/callbackUrl
                 */
                Url?: string;
                /**
                 * @description The TPP specifying whether the LFI should send (IsActive true) or not send (IsActive false) Webhook Notifications to the TPP's Webhook URL
                 * @example false
                 */
                IsActive?: boolean;
            };
        };
        /** @description Error Signed Schema */
        AEError400ResponseSigned: components["schemas"]["Jwt"] & {
            message: components["schemas"]["AEError400Response"];
        };
        /** @description Error Signed Schema */
        AEError403ResponseSigned: components["schemas"]["Jwt"] & {
            message: components["schemas"]["AEError403Response"];
        };
        /** @description Error Signed Schema */
        AEError500ResponseSigned: components["schemas"]["Jwt"] & {
            message: components["schemas"]["AEError500Response"];
        };
        /** @description An array of detail error codes, and messages, and URLs to documentation to help remediation. */
        AEError400Response: {
            Errors: components["schemas"]["AEError400"][];
        };
        /** @description An array of detail error codes, and messages, and URLs to documentation to help remediation. */
        AEError403Response: {
            Errors: components["schemas"]["AEError403"][];
        };
        /** @description An array of detail error codes, and messages, and URLs to documentation to help remediation. */
        AEError500Response: {
            Errors: components["schemas"]["AEError500"][];
        };
        /**
         * @description A description of the error that occurred. e.g., 'A mandatory field isn't supplied' or 'RequestedExecutionDateTime must be in future'
         *     This field is not standardised
         */
        AEMessage: string;
        /** @description Error */
        AEError400: {
            Code: components["schemas"]["AEError400Code"];
            Message: components["schemas"]["AEMessage"];
            /** @description Recommended but optional reference to the JSON Path of the field with error, e.g., Data.Initiation.InstructedAmount.Currency */
            Path?: string;
            /** @description URL to help remediate the problem, or provide more information, or to API Reference, or help etc */
            Url?: string;
        };
        /** @description Error Code. This may either be one of the prescribed Error Code(s) or a namespaced Error Code where the namespace is the system or organisation that has responded with the error, and the code is the code specific to the system or organisation. */
        AEError400Code: string | ("Consent.Invalid" | "Consent.BusinessRuleViolation" | "Consent.FailsControlParameters" | "Consent.InvalidUserIdentifier" | "JWS.InvalidSignature" | "JWS.Malformed" | "JWS.InvalidClaim" | "JWS.InvalidHeader" | "JWE.DecryptionError" | "JWE.InvalidHeader" | "GenericRecoverableError" | "GenericError" | "Event.UnexpectedEvent" | "Body.InvalidFormat" | "Resource.InvalidFormat") | unknown;
        /** @description Error */
        AEError403: {
            Code: components["schemas"]["AEError403Code"];
            Message: components["schemas"]["AEMessage"];
            /** @description Recommended but optional reference to the JSON Path of the field with error, e.g., Data.Initiation.InstructedAmount.Currency */
            Path?: string;
            /** @description URL to help remediate the problem, or provide more information, or to API Reference, or help etc */
            Url?: string;
        };
        /** @description Error Code. This may either be one of the prescribed Error Code(s) or a namespaced Error Code where the namespace is the system or organisation that has responded with the error, and the code is the code specific to the system or organisation. */
        AEError403Code: string | ("AccessToken.InvalidScope" | "Consent.TransientAccountAccessFailure" | "Consent.AccountTemporarilyBlocked" | "Consent.PermanentAccountAccessFailure" | "GenericRecoverableError" | "GenericError") | unknown;
        /** @description Error */
        AEError500: {
            Code: components["schemas"]["AEError500Code"];
            Message: components["schemas"]["AEMessage"];
            /** @description Recommended but optional reference to the JSON Path of the field with error, e.g., Data.Initiation.InstructedAmount.Currency */
            Path?: string;
            /** @description URL to help remediate the problem, or provide more information, or to API Reference, or help etc */
            Url?: string;
        };
        /** @description Error Code. This may either be one of the prescribed Error Code(s) or a namespaced Error Code where the namespace is the system or organisation that has responded with the error, and the code is the code specific to the system or organisation. */
        AEError500Code: string | ("GenericRecoverableError" | "GenericError") | unknown;
        /** @description Links relevant to the resource */
        Links: {
            Self: components["schemas"]["Self"];
            First?: components["schemas"]["First"];
            Prev?: components["schemas"]["Prev"];
            Next?: components["schemas"]["Next"];
            Last?: components["schemas"]["Last"];
        };
        /** @description Meta Data relevant to the resource */
        MetaTotalPages: {
            TotalPages: components["schemas"]["TotalPages"];
        };
        /** @description Meta Data relevant to the resource */
        MetaTransactionsStatements: {
            TotalPages: components["schemas"]["TotalPages"];
            FirstAvailableDateTime?: components["schemas"]["ISODateTime"];
            LastAvailableDateTime?: components["schemas"]["ISODateTime"];
        };
        /**
         * Format: uri
         * @description A link to the current resource
         */
        Self: string;
        /**
         * Format: uri
         * @description A link to the first page in a paginated result set
         */
        First: string;
        /**
         * Format: uri
         * @description A link to the previous page in a paginated result set
         */
        Prev: string;
        /**
         * Format: uri
         * @description A link to the next page in a paginated result set
         */
        Next: string;
        /**
         * Format: uri
         * @description A link to the last page in a paginated result set
         */
        Last: string;
        /**
         * Format: int32
         * @description Total number of Pages where a result set is paginated
         */
        TotalPages: number;
        /**
         * Format: date-time
         * @description The Date Time of when the transaction occurred.
         *     All dates in the JSON payloads are represented in ISO 8601 date-time format.
         *     All date-time fields in responses must include the timezone.
         *     An example is below: 2017-04-05T10:43:07+00:00
         */
        TransactionDateTime: string;
        /**
         * @description The mode of payment
         * @enum {string}
         */
        PaymentMode: "Online" | "Offline" | "Batch";
        /**
         * @description The type of transaction
         * @enum {string}
         */
        TransactionType: "POS" | "ECommerce" | "ATM" | "BillPayments" | "LocalBankTransfer" | "SameBankTransfer" | "InternationalTransfer" | "Teller" | "Cheque" | "Other";
        SubTransactionType: components["schemas"]["AESubTransactionType"];
        /**
         * @description The flag of a transaction
         * @enum {string}
         */
        Flags: "Cashback" | "Payroll" | "DirectDebit" | "StandingOrder" | "Finance" | "Dividend" | "OpenFinance";
        /**
         * @description * /accounts resource
         *     The Account Holder Name is the name or names of the Account owner(s) represented at the account level
         *
         *     * /accounts/{AccountId} resource
         *     The Account Holder Name is the name or names of the Account owner(s) represented at the account level
         *
         *     * /beneficiaries resource
         *     The Account Holder Name is the name or names of the Beneficiary account owner(s) represented at the account level, as displayed by the Creditor Agent's online channels and as provided by the Beneficiary to the User 1 when adding the Beneficiary in the Beneficiary list.
         *     Note, the Account Holder Name is not the product name or the nickname of the account.
         *
         *     * /scheduled-payments resource
         *     The Account Holder Name is the name or names of the Beneficiary account owner(s) represented at the account level, as displayed by the Creditor Agent's online channels and as provided by the Beneficiary to the User 1 when adding the Beneficiary in the Beneficiary list.
         *     Note, the Account Holder Name is not the product name or the nickname of the account.
         *
         *     * /standing-orders resource
         *     The Account Holder Name is the name or names of the Beneficiary account owner(s) represented at the account level, as displayed by the Creditor Agent's online channels and as provided by the Beneficiary to the User 1 when adding the Beneficiary in the Beneficiary list.
         *     Note, the Account Holder Name is not the product name or the nickname of the account.
         */
        AccountHolderName: string;
        /**
         * @description * /accounts resource
         *     The Account holder nick name
         *
         *     * /accounts/{AccountId} resource
         *     The Account holder nick name
         *
         *     * /beneficiaries resource
         *     The Beneficiary account holder nick name
         *
         *     * /scheduled-payments resource
         *     The Beneficiary account holder nick name
         *
         *     * /standing-orders resource
         *     The Beneficiary account holder nick name
         */
        AccountHolderShortName: string;
        /** @description Unique reference for the statement. This reference may be optionally populated if available. */
        StatementReference: string;
        /**
         * @description The UTC offset of the local date and time of where the transaction occurred
         *     E.g. UTC+03:00
         * @example UTC+03:00
         */
        LocalTimeZone: string;
        /**
         * Format: date-time
         * @description All dates in the JSON payloads are represented in ISO 8601 date-time format.
         *     All date-time fields in responses must include the timezone. An example is below:
         *     2017-04-05T10:43:07+00:00
         */
        ISODateTime: string;
        /** @description A unique and immutable identifier produced by the LFI to identify the account resource. This identifier has no meaning to the account owner. */
        StandingOrderId: string;
        /**
         * @description The type of Standing Order.
         * @enum {string}
         */
        StandingOrderType: "BetweenMyAccounts" | "SameBankTransfer" | "LocalBankTransfer" | "InternationalTransfer" | "Charity";
        /**
         * @description * The frequency that the Standing Order payments are executed from the User1s account. Encoded with allowable values as follows:
         *
         *     * Individual Definitions:
         *     NotKnown - SO frequency is not known (i.e. not provided)
         *     EveryDay - SO frequency is Every day
         *     EveryWorkingDay - SO frequency is every working day
         *     IntervalDay - SO frequency is an interval specified in number of calendar days (2 to 31)
         *     IntervalWeekDay - SO frequency is an interval specified in weeks (1 to 51), and the day within the week (1 to 7)
         *     WeekInMonthDay - SO frequency is a monthly interval, specifying the week of the month (1 to 5) and day within the week (1 to 7)
         *     IntervalMonthDay - SO frequency is an interval specified in months (between 1 to 6, 12, 24), specifying the day within the month (-5 to -1, 1 to 31)
         *     QuarterDay - SO frequency is quarterly RECEIVED
         *     BiAnnual - SO frequency is every 6 months
         *     Annual - SO frequency is every year
         *     RECEIVED = Paid on the 20th March, 19th June, 24th September and 20th December.
         *
         *     * Individual Patterns:
         *     NotKnown (ScheduleCode)
         *     EveryDay (ScheduleCode)
         *     EveryWorkingDay (ScheduleCode)
         *     IntervalDay:NoOfDay (ScheduleCode + NoOfDay)
         *     IntervalWeekDay:IntervalInWeeks:DayInWeek (ScheduleCode + IntervalInWeeks + DayInWeek)
         *     WeekInMonthDay:WeekInMonth:DayInWeek (ScheduleCode + WeekInMonth + DayInWeek)
         *     IntervalMonthDay:IntervalInMonths:DayInMonth (ScheduleCode + IntervalInMonths + DayInMonth)
         *     QuarterDay: + either (RECEIVED) ScheduleCode + QuarterDay
         *
         *     * The regular expression for this element combines five smaller versions for each permitted pattern. To aid legibility - the components are presented individually here:
         *     NotKnown
         *     EveryDay
         *     EveryWorkingDay
         *     IntervalDay:(([2-9])|([1-2][0-9])|3[0-1])
         *     IntervalWeekDay:[1-51]:[1-7]
         *     WeekInMonthDay:[1-5]:[1-7]
         *     IntervalMonthDay:([1-6]|12|24):(-[1-5]|[1-9]|[12][0-9]|3[01])
         *     QuarterDay:(RECEIVED)
         *
         *     * Full Regular Expression:
         *     ^(NotKnown)$|^(EveryDay)$|^(EveryWorkingDay)$|^(IntervalDay:(([2-9])|([1-2][0-9])|3[0-1]))$|^(IntervalWeekDay:[1-51]:[1-7])$|^(WeekInMonthDay:[1-5]:[1-7])$|^(IntervalMonthDay:([1-6]|12|24):(-[1-5]|[1-9]|[12][0-9]|3[01]))$|^(QuarterDay:(RECEIVED))$"
         *     type: "string"
         *     pattern: "^(NotKnown)$|^(EveryDay)$|^(EveryWorkingDay)$|^(IntervalDay:(([2-9])|([1-2][0-9])|3[0-1]))$|^(IntervalWeekDay:[1-51]:[1-7])$|^(WeekInMonthDay:[1-5]:[1-7])$|^(IntervalMonthDay:([1-6]|12|24):(-[1-5]|[1-9]|[12][0-9]|3[01]))$|^(QuarterDay:(RECEIVED))$"
         */
        Frequency: string;
        /**
         * @description The purpose of the Standing Order payment.
         *     A free format string in the form of transaction categorisation.
         *     Example: "Bills and expenses", "Government payment", "Personal Expenses".
         */
        PurposeSO: string;
        /**
         * Format: date-time
         * @description The date on which the first payment for a Standing Order schedule will be made.All dates in the JSON payloads are represented in ISO 8601 date-time format.
         *     All date-time fields in responses must include the timezone. An example is below:
         *     2017-04-05T10:43:07+00:00
         */
        FirstPaymentDateTime: string;
        /**
         * Format: date-time
         * @description The date on which the next payment for a Standing Order schedule will be made.All dates in the JSON payloads are represented in ISO 8601 date-time format.
         *     All date-time fields in responses must include the timezone. An example is below:
         *     2017-04-05T10:43:07+00:00
         */
        NextPaymentDateTime: string;
        /**
         * Format: date-time
         * @description The date on which the last (most recent) payment for a Standing Order schedule was made.All dates in the JSON payloads are represented in ISO 8601 date-time format.
         *     All date-time fields in responses must include the timezone. An example is below:
         *     2017-04-05T10:43:07+00:00
         */
        LastPaymentDateTime: string;
        /**
         * Format: date-time
         * @description The date on which the final payment for a Standing Order schedule will be made.All dates in the JSON payloads are represented in ISO 8601 date-time format.
         *     All date-time fields in responses must include the timezone. An example is below:
         *     2017-04-05T10:43:07+00:00
         */
        FinalPaymentDateTime: string;
        /** @description Number of the payments that will be made in completing this frequency sequence including any executed since the sequence start date. */
        NumberOfPayments: string;
        /**
         * @description Specifies the status of the standing order in code form.
         * @enum {string}
         */
        AEExternalStandingOrderStatusCode: "Active" | "Inactive";
        /** @description A unique and immutable identifier used to identify the direct debit resource. This identifier has no meaning to the account owner. */
        DirectDebitId: string;
        /** @description This is the unique and immutable reference to the User 1 for the Direct Debit mandate. */
        MandateIdentification: string;
        /**
         * @description Specifies the status of the direct debit. Encoded with allowable values of: 'Active', 'Inactive'
         * @enum {string}
         */
        AEExternalDirectDebitStatusCode: "Active" | "Inactive";
        /**
         * @description Specifies the frequency of the Direct Debit collections to the User 1 account.
         * @enum {string}
         */
        FrequencyDD: "Annual" | "Daily" | "Fortnightly" | "HalfYearly" | "Monthly" | "NotKnown" | "Quarterly" | "Weekly";
        /**
         * Format: date-time
         * @description The date of most recent direct debit collection to the User 1 account. All dates in the JSON payloads are represented in ISO 8601 date-time format.
         *     All date-time fields in responses must include the timezone. An example is below:
         *     2017-04-05T10:43:07+00:00
         */
        PreviousPaymentDateTime: string;
        /** @description This is the value of the last direct debit collection from the User 1 account. */
        AEActiveOrHistoricCurrencyAndAmount_0: {
            Amount: components["schemas"]["AEActiveCurrencyAndAmount_SimpleType"];
            Currency: components["schemas"]["ActiveOrHistoricCurrencyCode_1"];
        };
        /**
         * @description The amount of money that was moved between the User 1 (Debtor) and the payment beneficiary (Creditor) by the LFI, before adding any charges from the sending LFI.
         *     It is expressed in the currency as ordered by the User 1 (i.e. the initiating party of the payment). This amount is transported unchanged through the transaction chain.
         */
        AEActiveOrHistoricCurrencyAndAmount_1: {
            Amount: components["schemas"]["AEActiveCurrencyAndAmount_SimpleType"];
            Currency: components["schemas"]["ActiveOrHistoricCurrencyCode_1"];
        };
        /** @description The amount of the first Standing Order */
        AEActiveOrHistoricCurrencyAndAmount_2: {
            Amount: components["schemas"]["AEActiveCurrencyAndAmount_SimpleType"];
            Currency: components["schemas"]["ActiveOrHistoricCurrencyCode_1"];
        };
        /** @description The amount of the next Standing Order. */
        AEActiveOrHistoricCurrencyAndAmount_3: {
            Amount: components["schemas"]["AEActiveCurrencyAndAmount_SimpleType"];
            Currency: components["schemas"]["ActiveOrHistoricCurrencyCode_1"];
        };
        /** @description The amount of the final Standing Order */
        AEActiveOrHistoricCurrencyAndAmount_4: {
            Amount: components["schemas"]["AEActiveCurrencyAndAmount_SimpleType"];
            Currency: components["schemas"]["ActiveOrHistoricCurrencyCode_1"];
        };
        /** @description Amount of money in the transaction entry. */
        AEActiveOrHistoricCurrencyAndAmount_5: {
            Amount: components["schemas"]["AEActiveCurrencyAndAmount_SimpleType"];
            Currency: components["schemas"]["ActiveOrHistoricCurrencyCode_1"];
        };
        /** @description Transaction charges to be paid by the charge bearer. */
        AEActiveOrHistoricCurrencyAndAmount_6: {
            Amount: components["schemas"]["AEActiveCurrencyAndAmount_SimpleType"];
            Currency: components["schemas"]["ActiveOrHistoricCurrencyCode_1"];
            /** @description If true then the value in the Amount has the ChargeAmount deducted from it */
            ChargeIncluded?: boolean;
        };
        /** @description The amount of the last (most recent) Standing Order instruction. */
        AEActiveOrHistoricCurrencyAndAmount_7: {
            Amount: components["schemas"]["AEActiveCurrencyAndAmount_SimpleType"];
            Currency: components["schemas"]["ActiveOrHistoricCurrencyCode_1"];
        };
        /** @description The VAT associated with the ChargeAmount */
        AEActiveOrHistoricCurrencyAndAmount_8: {
            Amount: components["schemas"]["AEActiveCurrencyAndAmount_SimpleType"];
            Currency: components["schemas"]["ActiveOrHistoricCurrencyCode_1"];
        };
        /** @description List of Direct Debits for an Account */
        AEReadDirectDebit: {
            /** @description Primary data for the resource */
            Data: {
                AccountId: components["schemas"]["AccountId"];
                DirectDebit: components["schemas"]["AEDirectDebit"][];
            };
            Links: components["schemas"]["Links"];
            Meta: components["schemas"]["MetaTotalPages"];
        };
        /** @description Account to or from which a cash entry is made. */
        AEDirectDebit: {
            DirectDebitId: components["schemas"]["DirectDebitId"];
            MandateIdentification: components["schemas"]["MandateIdentification"];
            DirectDebitStatusCode: components["schemas"]["AEExternalDirectDebitStatusCode"];
            Name: components["schemas"]["Name_2"];
            Frequency: components["schemas"]["FrequencyDD"];
            PreviousPaymentDateTime?: components["schemas"]["PreviousPaymentDateTime"];
            PreviousPaymentAmount?: components["schemas"]["AEActiveOrHistoricCurrencyAndAmount_0"];
        };
        /** @description List of Standing Orders for an Account */
        AEReadStandingOrder: {
            /** @description Primary data for the resource */
            Data: {
                AccountId: components["schemas"]["AccountId"];
                StandingOrder: components["schemas"]["AEStandingOrder"][];
            };
            Links: components["schemas"]["Links"];
            Meta: components["schemas"]["MetaTotalPages"];
        };
        /** @description Standing Orders for a specific AccountId */
        AEStandingOrder: {
            StandingOrderId: components["schemas"]["StandingOrderId"];
            AccountHolderName?: components["schemas"]["AccountHolderName"];
            AccountHolderShortName?: components["schemas"]["AccountHolderShortName"];
            StandingOrderType?: components["schemas"]["StandingOrderType"];
            Frequency: components["schemas"]["Frequency"];
            CreditorReference?: components["schemas"]["Reference"];
            Purpose?: components["schemas"]["PurposeSO"];
            FirstPaymentDateTime: components["schemas"]["FirstPaymentDateTime"];
            NextPaymentDateTime?: components["schemas"]["NextPaymentDateTime"];
            LastPaymentDateTime?: components["schemas"]["LastPaymentDateTime"];
            FinalPaymentDateTime?: components["schemas"]["FinalPaymentDateTime"];
            NumberOfPayments?: components["schemas"]["NumberOfPayments"];
            StandingOrderStatusCode: components["schemas"]["AEExternalStandingOrderStatusCode"];
            FirstPaymentAmount: components["schemas"]["AEActiveOrHistoricCurrencyAndAmount_2"];
            NextPaymentAmount?: components["schemas"]["AEActiveOrHistoricCurrencyAndAmount_3"];
            LastPaymentAmount?: components["schemas"]["AEActiveOrHistoricCurrencyAndAmount_7"];
            FinalPaymentAmount?: components["schemas"]["AEActiveOrHistoricCurrencyAndAmount_4"];
            CreditorAgent?: components["schemas"]["AEBranchAndFinancialInstitutionIdentification5_1"];
            CreditorAccount?: components["schemas"]["AECashAccount5_0"][];
            SupplementaryData?: components["schemas"]["AESupplementaryData"];
        };
        /** @description List of Statements for an Account */
        AEReadStatements: {
            Data: components["schemas"]["AEStatements"];
            Links: components["schemas"]["Links"];
            Meta: components["schemas"]["MetaTransactionsStatements"];
        };
        /** @description Creditor Agent refers to the Financial Institution that manages the account on behalf of the scheduled payment beneficiary party, managing registration, booking of entries on the account, calculating balances on the account and providing information about the account. This is the servicing Financial Institution of the Beneficiary account. */
        AEBranchAndFinancialInstitutionIdentification5_1: {
            SchemeName: components["schemas"]["AEExternalFinancialInstitutionIdentificationCode"];
            Identification: components["schemas"]["Identification_1"];
        };
        /**
         * @description Reference in the context of the User 1 (i.e. the Debtor) to refer to the payment transaction.
         *     Usage: If available, the initiating party (i.e. Debtor) generates this reference for internal purposes (e.g. to enable reconciliation, refer to a PO, invoice etc). This field is captured by the LFI and is not transmitted via the payment rails to the Creditor of the payment.
         */
        DebtorReference: string;
        /**
         * @description Specifies the type of scheduled payment date provided under ScheduledPaymentDateTime.
         *       Encoded with allowable values of:
         *       "Arrival" - User1 specifies the date for the arrival of funds in the beneficiary (Creditor) account
         *       "Execution" - User1 specifies the date which the payment needs to be executed from the User 1 (Debtor) account.
         * @enum {string}
         */
        AEExternalScheduleTypeCode: "Arrival" | "Execution";
        /**
         * Format: date-time
         * @description Date (and time) information related to the scheduled payment (Arrival or Execution) based on the ScheduleType field. All dates in the JSON payloads are represented in ISO 8601 date-time format.
         *     All date-time fields in responses must include the timezone. An example is below:
         *     2017-04-05T10:43:07+00:00
         */
        ScheduledPaymentDateTime: string;
        /** @description A unique and immutable identifier produced by the LFI to identify the scheduled payment resource. This identifier has no meaning to the account owner. */
        ScheduledPaymentId: string;
        /** @description A unique and immutable identifier used to identify the beneficiary resource. This identifier has no meaning to the account owner. */
        BeneficiaryId: string;
        /**
         * @description Specifies the Beneficiary Type. Encoded with allowable values of: 'Activated' - Beneficiary has been added to the beneficiary list using SCA. 'NotActivated' - Beneficiary has been added to the beneficiary list without SCA
         * @enum {string}
         */
        AEBeneficiaryTypeCode: "Activated" | "NotActivated";
        /**
         * @description Party that manages the account on behalf of the account owner, that is manages the registration and booking of entries on the account, calculates balances on the account and provides information about the account.
         *     This is the servicer of the beneficiary account.
         */
        AEBranchAndFinancialInstitutionIdentification6_0: {
            SchemeName: components["schemas"]["AEExternalFinancialInstitutionIdentificationCode"];
            Identification: components["schemas"]["Identification_1"];
            Name?: components["schemas"]["Name_1"];
            PostalAddress?: components["schemas"]["AEPostalAddress"];
        };
        /** @description Provides the details to identify the beneficiary account. */
        AECashAccount5_0: {
            SchemeName: components["schemas"]["AEExternalAccountIdentificationCode1"];
            Identification: components["schemas"]["Identification_0"];
        };
        /**
         * @description Creditor account details available in case the transaction is a Debit transaction.
         *     These are optional because there are situations where this cannot be populated for the following Debit transactions:
         *     - cash withdrawals (no creditor account/agent)
         *     - cheques and DDs may not have this information at least during the process of clearing and sometimes (e.g. for agency banks) may not be reconciled ever
         *     - some corner situations with international payments
         *     - for card payments (instead merchant information fields should be populated)
         */
        AECashAccount6_0: {
            SchemeName?: components["schemas"]["AEExternalAccountIdentificationCode"];
            Identification?: components["schemas"]["Identification_0"];
            Name?: components["schemas"]["Name_0"];
        };
        /**
         * @description Account details of the Debtor in case the transaction is a Credit transaction.
         *
         *     These are optional because there are situations where this cannot be populated for the following Credit transactions
         *     - cash deposits (no creditor account/agent)
         *     - cheques and DDs may not have this information at least during the process of clearing and sometimes (e.g. for agency banks) may not be reconciled ever
         *     - some corner situations with international payments
         *     - for refunds with card payments  (instead merchant information fields should be populated)
         */
        AECashAccount6_1: {
            SchemeName?: components["schemas"]["AEExternalAccountIdentificationCode"];
            Identification?: components["schemas"]["Identification_0"];
            Name?: components["schemas"]["Name_0"];
        };
        /** @description Unique reference in the context of the creditor, provided by the creditor to the User1 (Debtor), to unambiguously refer to the payment transaction. Usage: If available, the initiating party (i.e. Debtor) provides this reference in the structured remittance information, to enable reconciliation by the Creditor upon receipt of the amount of money. This field is populated by the User 1 (who is the initiating party of the payment e.g. the Debtor). Field is free format text */
        Reference: string;
        /** @description Unique identifier for the transaction within an servicing institution. This identifier is both unique and immutable. */
        TransactionId: string;
        /**
         * @description Unique reference for the transaction.
         *     When processed through a national payment system, it is mandatory to be populated by the LFI.
         *     As an example, it may be a reference code for the local payment scheme."
         */
        TransactionReference: string;
        /**
         * @description Indicates whether the transaction is a credit or a debit entry.
         * @enum {string}
         */
        AECreditDebitCode_1: "Credit" | "Debit";
        /**
         * @description Status of a transaction entry on the books of the account servicer.
         * @enum {string}
         */
        AEEntryStatusCode: "Booked" | "Pending" | "Rejected";
        /**
         * @description Specifies the Mutability of the Transaction record.
         * @enum {string}
         */
        AETransactionMutabilityCode: "Mutable" | "Immutable";
        /**
         * Format: date-time
         * @description Date and time when a transaction entry is posted to an account on the account servicer's books.
         *     Usage: Booking date is the expected booking date, unless the status is booked, in which case it is the actual booking date.
         *     All dates in the JSON payloads are represented in ISO 8601 date-time format.
         *     All date-time fields in responses must include the timezone. An example is below: 2017-04-05T10:43:07+00:00
         */
        BookingDateTime: string;
        /**
         * Format: date-time
         * @description Date and time at which assets become available to the account owner in case of a credit entry, or cease to be available to the account owner in case of a debit transaction entry.
         *     Usage: If transaction entry status is pending and value date is present, then the value date refers to an expected/requested value date.
         *     For transaction entries subject to availability/float and for which availability information is provided, the value date must not be used. In this case the availability component identifies the number of availability days.
         *     Availability float refers to the time period between fund deposits and clearing.
         *     The float is essentially double-counted money: a paid sum which, due to delays in processing, appears simultaneously in the accounts of the Debtor and the Creditor.
         *     All dates in the JSON payloads are represented in ISO 8601 date-time format. All date-time fields in responses must include the timezone. An example is below: 2017-04-05T10:43:07+00:00"
         */
        ValueDateTime: string;
        /** @description Further details of the transaction. This is the transaction narrative, which is unstructured text. */
        TransactionInformation: string;
        /** @description A unique and immutable identifier produced by the LFI to identify the account resource.This identifier has no meaning to the account owner (User 1). */
        AccountId: string;
        /**
         * Format: date-time
         * @description Date and time at which the account resource status was updated. All dates in the JSON payloads are represented in ISO 8601 date-time format.
         *     All date-time fields in responses must include the timezone. An example is below:
         *     2017-04-05T10:43:07+00:00
         */
        StatusUpdateDateTime: string;
        /**
         * @description Specifies the status of account resource in code form.
         *
         *     * Active: The account exist and is in an active state.
         *
         *     * Inactive: The account is deemed not active by the LFI. Please refer to the
         *       [CBUAE Website](https://rulebook.centralbank.ae/en/rulebook/dormant-accounts-regulation)
         *       for qualification of Inactive status.
         *
         *     * Dormant: Please refer to the [CBUAE Website](https://rulebook.centralbank.ae/en/rulebook/dormant-accounts-regulation)
         *       for the definition of Dormant status.
         *
         *     * Unclaimed: Please refer to the [CBUAE Website](https://rulebook.centralbank.ae/en/rulebook/dormant-accounts-regulation)
         *       for the definition of Unclaimed status.
         *
         *     * Deceased: The account holder has passed away.
         *
         *     * Suspended: The account has been temporarily deactivated by the LFI for reasons such as
         *       suspicious activities or non-compliance with regulations. The account holder might
         *       be unable to access funds or perform transactions until the bank's requirements
         *       are met, and the suspension is lifted.
         *
         *     * Closed: The account is closed
         * @enum {string}
         */
        AEAccountStatusCode: "Active" | "Inactive" | "Dormant" | "Unclaimed" | "Deceased" | "Suspended" | "Closed";
        /**
         * @description Identification of the currency in which the account is held. A code allocated to a currency under an international currency identification scheme, as described in the latest edition of the international standard ISO 4217 'Codes for the representation of currencies and funds'.
         * @example AED
         */
        ActiveOrHistoricCurrencyCode_0: string;
        /**
         * @description A 3 character alphabetic code allocated to a currency under an international currency identification scheme, as described in the latest edition of the international standard ISO 4217 'Codes for the representation of currencies and funds'.
         * @example AED
         */
        ActiveOrHistoricCurrencyCode_1: string;
        /** @description Specifies the description of the account sub-type. */
        Description_0: string;
        /** @description The nickname of the account, assigned by User 1 to provide an additional and easier means of identification of the account at the LFI. */
        Nickname: string;
        /**
         * Format: date-time
         * @description Date on which the account and its related basic services by LFI started to be operational for User 1. All dates in the JSON payloads are represented in ISO 8601 date-time format. All date-time fields in responses must include the timezone. An example is below: 2017-04-05T10:43:07+00:00
         */
        OpeningDate: string;
        /**
         * Format: date-time
         * @description * Fixed Term Savings Account
         *       MaturityDate is the date on which the savings mature and the balance can be withdrawn by the User without penalty
         *
         *     * All dates in the JSON payloads are represented in ISO 8601 date-time format. All date-time fields in responses must include the timezone. An example is: 2017-04-05T10:43:07+00:00
         */
        MaturityDate: string;
        /**
         * @description Name of the identification scheme for the account. Encoded with allowable values published in an external list.
         * @enum {string}
         */
        AEExternalAccountIdentificationCode: "IBAN" | "AccountNumber" | "MaskedPAN" | "MortgageReference" | "FinanceReference";
        /**
         * @description Name of the identification scheme for the account. Encoded with allowable values published in an external list.
         * @enum {string}
         */
        AEExternalAccountIdentificationCode1: "IBAN" | "AccountNumber" | "MaskedPAN" | "MobileNumber" | "UtilityName" | "EWallet";
        /** @description Identification for the account assigned by the LFI based on the Account Scheme Name. This identification is known by the User 1 account owner. For IBAN, refer to the ISO Standard 13616. */
        Identification_0: string;
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
         *      Unique and unambiguous identification of the LFI as the account servicing institution for the Open Banking Services.
         *
         *     *  Notes:
         *     Based on the value of the field **SchemeName**, this entry may be :
         *     * BICFI: The BIC/SWIFT Code
         *     * Other: Identifier based on non-SWIFT payment system or local market scheme.
         */
        Identification_1: string;
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
        AEExternalFinancialInstitutionIdentificationCode: "BICFI" | "Other";
        AccountIdentifiers: {
            SchemeName: components["schemas"]["AEExternalAccountIdentificationCode"];
            Identification: components["schemas"]["Identification_0"];
            Name?: components["schemas"]["Name_0"];
        }[];
        /** @description Party that manages the account on behalf of the account owner, that is manages the registration and booking of entries on the account, calculates balances on the account and provides information about the account. */
        AEBranchAndFinancialInstitutionIdentification5_0: {
            SchemeName: components["schemas"]["AEExternalFinancialInstitutionIdentificationCode"];
            Identification: components["schemas"]["Identification_1"];
        };
        /** @description List of Beneficiaries for an Account */
        AEReadBeneficiary: {
            /** @description Primary data for the resource */
            Data: {
                AccountId: components["schemas"]["AccountId"];
                Beneficiary: components["schemas"]["AEBeneficiary"][];
            };
            Links: components["schemas"]["Links"];
            Meta: components["schemas"]["MetaTotalPages"];
        };
        /** @description Beneficiaries for a specific AccountId */
        AEBeneficiary: {
            BeneficiaryId: components["schemas"]["BeneficiaryId"];
            BeneficiaryType: components["schemas"]["AEBeneficiaryTypeCode"];
            /** @description Indicates whether the Beneficiary record was created as part of an Open Finance (OF) payment. If false, the Beneficiary was created through an existing LFI channel. */
            AddedViaOF: boolean;
            AccountHolderName?: components["schemas"]["AccountHolderName"];
            AccountHolderShortName?: components["schemas"]["AccountHolderShortName"];
            Reference?: components["schemas"]["Reference"];
            SupplementaryData?: components["schemas"]["AESupplementaryData"];
            CreditorAgent?: components["schemas"]["AEBranchAndFinancialInstitutionIdentification6_0"];
            CreditorAccount?: components["schemas"]["AECashAccount5_0"][];
        };
        /** @description List of Accounts */
        AEReadAccount: {
            /** @description Primary data for the resource */
            Data: {
                Account: components["schemas"]["AEAccountArrayId"][];
            };
            Links: components["schemas"]["Links"];
            Meta: components["schemas"]["MetaTotalPages"];
        };
        /** @description Individual Account */
        AEReadAccountId: {
            /** @description Primary data for the resource */
            Data: {
                AccountId: components["schemas"]["AccountId"];
                Account: components["schemas"]["AEAccountId"];
            };
            Links: components["schemas"]["Links"];
            Meta: components["schemas"]["MetaTotalPages"];
        };
        /** @description A number of monetary units specified in an active currency where the unit of currency is explicit and compliant with ISO 4217. */
        AEActiveCurrencyAndAmount_SimpleType: string;
        /**
         * @description Indicates whether the balance of the account is a credit or a debit balance. Encoded with allowable values: 'Credit', 'Debit' Usage: A zero balance is considered to be a credit balance.
         * @enum {string}
         */
        AECreditDebitCode_2: "Credit" | "Debit";
        /**
         * @description The type of balance for the account.
         *     Encoded with allowable values of:
         *     * 'ClosingAvailable' - end of day balance specifying the amount available to User 1 to withdraw or use.
         *     * 'ClosingBooked' - end of day balance including value of payments for cheques or payments which have not been cleared yet.
         *     * 'ClosingCleared' - end of day balance including value of payments for cheques or payments which have been cleared.
         *     * 'Expected' - intra day balance including value of payments for cheques or payments which have been cleared.
         *     * 'ForwardAvailable' - intraday balance specifying the amount available to User 1 to withdraw or use considering forward dated payments or other intraday payments or cheques that will be clearing to the account.
         *     * 'Information' - TBC.
         *     * 'InterimAvailable' - intraday balance specifying the amount available to User 1 to withdraw or use (most probably real-time.'InterimBooked' - intraday balance including value of payments for cheques or payments which have not been cleared yet.
         *     * 'InterimCleared' - intraday balance including value of payments for cheques or payments which have been cleared (probably real-time).
         *     * 'OpeningAvailable' - start of day balance specifying the amount available to User 1 to withdraw or use.
         *     * 'OpeningBooked' - start of day balance including value of payments for cheques or payments which have not been cleared yet.
         *     * 'OpeningCleared' - start of day balance including value of payments for cheques or payments which have been cleared.
         *     * 'PreviouslyClosedBooked' -TBC.
         *
         *     Note: LFIs support different types for presenting account balance, so this list is used to support different LFI systems in UAE.
         * @enum {string}
         */
        AEBalanceTypeCode: "ClosingAvailable" | "ClosingBooked" | "ClosingCleared" | "Expected" | "ForwardAvailable" | "Information" | "InterimAvailable" | "InterimBooked" | "InterimCleared" | "OpeningAvailable" | "OpeningBooked" | "OpeningCleared" | "PreviouslyClosedBooked";
        /**
         * @description ProprietaryBankTransactionCode is mandatory when the BankTransactionCode (with code specifying the Domain, Family and SubFamily as per External Codes ISO20022) is absent.
         *     Set of elements to fully identify a proprietary bank transaction code
         */
        ProprietaryBankTransactionCodeStructure1: {
            /** @description Proprietary bank transaction code to identify the underlying transaction. */
            Code: string;
            /** @description Identification of the issuer of the proprietary bank transaction code. */
            Issuer?: string;
        };
        /** @description The account name is the name or names of the User 1 account owner(s) represented at an account level, as displayed by the LFI's online channels. Note: The account name is not the product name or the nickname of the account. */
        Name_0: string;
        /**
         * @description * Beneficiary
         *     Name by which an agent is known and which is usually used to identify that agent
         *
         *     * Creditor agent
         *     Name by which the Financial institution(FI) which is the creditor is known and which is usually used to identify that FI.
         *
         *     * DebtorAgent
         *     Name by which an financial institution of the debtor is known and which is usually used to identify that financial institution.
         */
        Name_1: string;
        /** @description This is the name of the regulated beneficiary entity that initiates the Direct Debit collection. */
        Name_2: string;
        /**
         * @description Financial institution servicing an account for the creditor in case the transaction is a Debit transaction.
         *     These are optional because there are situations where this cannot be populated for the following Debit transactions
         *     - Cash withdrawals (no creditor account/agent)
         *     - Cheques and DDs may not have this information at least during the process of clearing and sometimes (e.g. for agency banks) may not be reconciled ever
         *     - Some corner situations with international payments
         *     - For card payments (instead merchant information fields should be populated)
         */
        AEBranchAndFinancialInstitutionIdentification6_1: {
            SchemeName?: components["schemas"]["AEExternalFinancialInstitutionIdentificationCode"];
            Identification?: components["schemas"]["Identification_1"];
            Name?: components["schemas"]["Name_1"];
            PostalAddress?: components["schemas"]["AEPostalAddress"];
        };
        /** @description Address properties based on ISO 20022 `PostalAddress27` definition */
        AEPostalAddress: {
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
        AEPartyPostalAddress: components["schemas"]["AEPostalAddress"] & {
            /** @enum {string} */
            AddressType?: "Residential";
        };
        /**
         * @description Details of the Merchant involved in the transaction.
         *     Merchant Details are specified only for those merchant categories that are generally expected to originate retail financial transactions
         */
        AEMerchantDetails1: {
            /** @description MerchantId */
            MerchantId?: number;
            /** @description Name by which the merchant is known. */
            MerchantName?: string;
            /**
             * @description Category code values are used to enable the classification of merchants into specific categories based on the type of business, trade or services supplied.
             *     Category code conforms to ISO 18245, related to the type of services or goods the merchant provides for the transaction."
             */
            MerchantCategoryCode?: string;
        };
        /** @description Set of elements used to define the balance as a numerical representation of the net increases and decreases in an account after a transaction entry is applied to the account. */
        AETransactionCashBalance: {
            CreditDebitIndicator: components["schemas"]["AECreditDebitCode_2"];
            Type: components["schemas"]["AEBalanceTypeCode"];
            /** @description Amount of money of the cash balance after a transaction entry is applied to the account.. */
            Amount: {
                Amount: components["schemas"]["AEActiveCurrencyAndAmount_SimpleType"];
                Currency: components["schemas"]["ActiveOrHistoricCurrencyCode_1"];
            };
        };
        /**
         * @description BankTransactionCode is mandatory (with code specifying the Domain, Family and SubFamily as per External Codes ISO20022) when the ProprietaryBankTransactionCode is absent.
         *     Specifies the domain, the family and the sub-family of the bank transaction code, in a structured and hierarchical format.
         *     Usage: If a specific family or sub-family code cannot be provided, the generic family code defined for the domain or the generic sub-family code defined for the family should be provided.
         *     [https://www.iso20022.org/sites/default/files/2022-05/BTC_Codification_31May2022.xls](https://www.iso20022.org/sites/default/files/2022-05/BTC_Codification_31May2022.xls)
         */
        AEBankTransactionCodeStructure: {
            /** @description Specifies the Domain */
            Domain?: string;
            /** @description Specifies the Domain Code. */
            DomainCode?: string;
            /** @description Specifies the Family */
            Family?: string;
            /** @description Specifies the Family Code */
            FamilyCode?: string;
            /** @description Specifies the Sub-Family */
            SubFamily?: string;
            /** @description Specifies the Sub-family Code */
            SubFamilyCode?: string;
        };
        /** @description Set of elements used to provide details on the currency exchange. */
        AECurrencyExchange: {
            /** @description Currency from which an amount is to be converted in a currency conversion. A code allocated to a currency by a Maintenance Agency under an international identification scheme, as described in the latest edition of the international standard ISO 4217 "Codes for the representation of currencies and funds". */
            SourceCurrency: string;
            /** @description Currency into which an amount is to be converted in a currency conversion.A code allocated to a currency by a Maintenance Agency under an international identification scheme, as described in the latest edition of the international standard ISO 4217 "Codes for the representation of currencies and funds". */
            TargetCurrency: string;
            /** @description Currency in which the rate of exchange is expressed in a currency exchange. In the example 1AED = xxxCUR, the unit currency is AED.A code allocated to a currency by a Maintenance Agency under an international identification scheme, as described in the latest edition of the international standard ISO 4217 "Codes for the representation of currencies and funds". */
            UnitCurrency: string;
            /**
             * @description Factor used to convert an amount from one currency into another. This reflects the price at which one currency was bought with another currency.
             *     Usage: ExchangeRate expresses the ratio between UnitCurrency and QuotedCurrency (ExchangeRate = UnitCurrency/QuotedCurrency).
             */
            ExchangeRate: number;
            /** @description Unique identification to unambiguously identify the foreign exchange contract. */
            ContractIdentification?: string;
            /**
             * Format: date-time
             * @description Date and time at which an exchange rate is quoted.All dates in the JSON payloads are represented in ISO 8601 date-time format.
             *     All date-time fields in responses must include the timezone. An example is below:
             *     2017-04-05T10:43:07+00:00
             */
            QuotationDate?: string;
            /** @description Amount of money to be moved between the debtor and creditor, before deduction of charges, expressed in the currency as ordered by the initiating party. */
            InstructedAmount: {
                Amount: components["schemas"]["AEActiveCurrencyAndAmount_SimpleType"];
                Currency: components["schemas"]["ActiveOrHistoricCurrencyCode_1"];
            };
        };
        /** @description Product detail for an Account */
        AEReadProduct1: {
            /** @description Primary data for the resource */
            Data: {
                AccountId: components["schemas"]["AccountId"];
                Product: components["schemas"]["AEProduct"][];
            };
            Links: components["schemas"]["Links"];
            Meta: components["schemas"]["MetaTotalPages"];
        };
        AEProductFinancialCalculationMeasure: {
            Amount?: components["schemas"]["AEActiveOrHistoricCurrencyAndAmount_0"];
            /** @description Specifies the percentage rate applied when the charge is calculated as a percentage rather than as a fixed monetary amount. */
            Rate?: number;
            /**
             * @description Frequency at which reward, interest, or profit is applied, such as monthly or quarterly,  including Islamic profit distribution
             * @enum {string}
             */
            ApplicationFrequency?: "Monthly" | "Daily";
            /**
             * @description Method used to calculate interest or profit, such as based on principal or drawdown, including  Islamic calculation methods
             * @enum {string}
             */
            InterestCalculationMethod?: "PrincipalBalance" | "OutstandingBalance" | "InitialDrawdownAmount";
            /** @description Defines the maximum monetary amount that can be applied when a percentage-based charge calculation would otherwise exceed this limit. */
            MaximumChargeAmount?: {
                Amount: components["schemas"]["AEActiveCurrencyAndAmount_SimpleType"];
                Currency: components["schemas"]["ActiveOrHistoricCurrencyCode_1"];
            };
            /** @description Confirmation of what the charge is based on and calculated against. */
            Basis?: string;
        };
        AEProductConditions: {
            /** @description Field in the product spec that the condition applies to */
            Field?: string;
            /** @description Logical operator used in the condition (e.g., ==, >, <=, !=) */
            Operator?: string;
            /** @description Value used in the condition */
            Value?: string;
            /** @description Description of the fee, including purpose and applicability */
            Description: string;
        };
        /**
         * Encrypted Data
         * @description Encrypted bank data, provided as a JWE by the LFI. Please refer to the business rules for a description of the  approach to decrypting this data.
         * @example eyJhbGciOiJSU0EtT0FFUCIsImVuYyI6IkEyNTZHQ00ifQ....
         */
        AEJwe: string;
        /** @description Set of elements used to define the product details. */
        AEProduct: {
            /**
             * @description Provides the Islamic finance contract or structure type applied to a product when it has been confirmed as Sharia-compliant.
             * @enum {string}
             */
            ShariaStructure?: "Ijara" | "ServiceIjara" | "Murabaha" | "Musharaka" | "Tawarruq";
            Charges?: components["schemas"]["AEProductCharges"];
            FinanceRates?: components["schemas"]["AEProductFinanceRates"] | components["schemas"]["AEJwe"];
            DepositRates?: components["schemas"]["AEProductDepositRates"];
            /** @description Indicates if the product is secured by collateral. */
            IsSecured?: boolean;
            /** @description Indicates whether salary transfer is required as part of the product eligibility or approval conditions. Common for salary-assigned lending products. */
            IsSalaryTransferRequired?: boolean;
            /** @description Product tenor */
            Tenor?: {
                /** @description Original product tenor */
                OriginalTenor?: components["schemas"]["AEDuration"];
                /** @description Original product tenor */
                RemainingTenor?: components["schemas"]["AEDuration"];
            };
            AssetBacked?: components["schemas"]["AEProductAssetBackedProducts"];
            RewardsBenefits?: components["schemas"]["AEProductRewardsBenefitsProperties"];
        };
        /** @description List of Transactions for an Account */
        AEReadTransaction: {
            /** @description Primary data for the resource */
            Data: {
                AccountId: components["schemas"]["AccountId"];
                Transaction: components["schemas"]["AETransaction"][];
            };
            Links: components["schemas"]["Links"];
            Meta: components["schemas"]["MetaTransactionsStatements"];
        };
        /** @description Set of elements to describe the card instrument used in the transaction. */
        AETransactionCardInstrument: {
            /**
             * @description Name of the card scheme.
             * @enum {string}
             */
            CardSchemeName: "AmericanExpress" | "Diners" | "Discover" | "GCC" | "MasterCard" | "UPI" | "VISA";
            /**
             * @description The card instrument type.
             * @enum {string}
             */
            InstrumentType: "ApplePay" | "Contactless" | "MagStripe" | "Chip" | "Other";
            /** @description Name of the cardholder using the card instrument. */
            Name?: string;
            /**
             * @description Identification assigned by an institution to identify the card instrument used in the transaction. This identification is known by the account owner, and MUST be masked.
             * @example 1234********4321
             */
            Identification?: string;
        };
        /** @description Additional information that can not be captured in the structured fields and/or any other specific block. */
        AESupplementaryData: Record<string, never>;
        /**
         * @description Financial institution servicing an account for the Debtor in case the transaction is a Credit transaction.
         *     These are optional because there are situations where this cannot be populated for the following Credit transactions
         *     - cash deposits (no creditor account/agent)
         *     - cheques and DDs may not have this information at least during the process of clearing and sometimes (e.g. for agency banks) may not be reconciled ever
         *     - some corner situations with international payments
         *     - for refunds with card payments  (instead merchant information fields should be populated)
         */
        AEBranchAndFinancialInstitutionIdentification6_2: {
            SchemeName?: components["schemas"]["AEExternalFinancialInstitutionIdentificationCode"];
            Identification?: components["schemas"]["Identification_1"];
            Name?: components["schemas"]["Name_1"];
            PostalAddress?: components["schemas"]["AEPostalAddress"];
        };
        /** @description Provides further details on an entry in the report. */
        AETransaction: {
            TransactionId: components["schemas"]["TransactionId"];
            TransactionDateTime: components["schemas"]["TransactionDateTime"];
            LocalTimeZone?: components["schemas"]["LocalTimeZone"];
            StatementReference?: components["schemas"]["StatementReference"];
            TransactionReference?: components["schemas"]["TransactionReference"];
            TransactionType: components["schemas"]["TransactionType"];
            SubTransactionType: components["schemas"]["SubTransactionType"];
            TerminalId?: components["schemas"]["TerminalId"];
            Flags?: components["schemas"]["Flags"][];
            PaymentModes?: components["schemas"]["PaymentMode"];
            CreditDebitIndicator: components["schemas"]["AECreditDebitCode_1"];
            Status: components["schemas"]["AEEntryStatusCode"];
            TransactionMutability?: components["schemas"]["AETransactionMutabilityCode"];
            BookingDateTime: components["schemas"]["BookingDateTime"];
            ValueDateTime?: components["schemas"]["ValueDateTime"];
            TransactionInformation?: components["schemas"]["TransactionInformation"];
            Amount: components["schemas"]["AEActiveOrHistoricCurrencyAndAmount_5"];
            ChargeAmount?: components["schemas"]["AEActiveOrHistoricCurrencyAndAmount_6"];
            ChargeAmountVat?: components["schemas"]["AEActiveOrHistoricCurrencyAndAmount_8"];
            CurrencyExchange?: components["schemas"]["AECurrencyExchange"];
            BankTransactionCode?: components["schemas"]["AEBankTransactionCodeStructure"];
            ProprietaryBankTransactionCode?: components["schemas"]["ProprietaryBankTransactionCodeStructure1"];
            Balance?: components["schemas"]["AETransactionCashBalance"];
            MerchantDetails?: components["schemas"]["AEMerchantDetails1"];
            CreditorAgent?: components["schemas"]["AEBranchAndFinancialInstitutionIdentification6_1"];
            CreditorAccount?: components["schemas"]["AECashAccount6_0"][];
            DebtorAgent?: components["schemas"]["AEBranchAndFinancialInstitutionIdentification6_2"];
            DebtorAccount?: components["schemas"]["AECashAccount6_1"];
            CardInstrument?: components["schemas"]["AETransactionCardInstrument"];
            SupplementaryData?: components["schemas"]["AESupplementaryData"];
            BillDetails?: components["schemas"]["BillDetails"];
            GeoLocation?: components["schemas"]["AEGeoLocation"];
            PaymentPurposeCode?: components["schemas"]["AEPaymentPurposeCode"];
            /** @description Indicates if the transaction is made with primary instrument. */
            IsPrimaryInstrument?: boolean;
            Allocations?: components["schemas"]["AEAmountWithCategorization"];
        };
        /**
         * @description Unambiguous identification of the account to which credit and debit entries are made. The following fields are optional only for accounts that are switched:
         *
         *       * Data.Currency
         *       * Data.AccountType
         *       * Data.AccountSubType
         *
         *     For all other accounts, the fields must be populated by the LFI.
         */
        AEAccountId: {
            AccountHolderName?: components["schemas"]["AccountHolderName"];
            AccountHolderShortName?: components["schemas"]["AccountHolderShortName"];
            Status?: components["schemas"]["AEAccountStatusCode"];
            StatusUpdateDateTime?: components["schemas"]["StatusUpdateDateTime"];
            Currency?: components["schemas"]["ActiveOrHistoricCurrencyCode_0"];
            AccountType?: components["schemas"]["AEBankDataSharing.AEExternalAccountTypeCode"];
            AccountSubType?: components["schemas"]["AEBankDataSharing.AEExternalAccountSubTypeCode"];
            Description?: components["schemas"]["Description_0"];
            Nickname?: components["schemas"]["Nickname"];
            OpeningDate?: components["schemas"]["OpeningDate"];
            MaturityDate?: components["schemas"]["MaturityDate"];
            AccountIdentifiers?: components["schemas"]["AccountIdentifiers"];
            Servicer?: components["schemas"]["AEBranchAndFinancialInstitutionIdentification5_0"];
            IsShariaCompliant?: components["schemas"]["AEShariaFlag"];
        };
        /**
         * @description Unambiguous identification of the account to which credit and debit entries are made. The following fields are optional only for accounts that are switched:
         *
         *       * Data.Currency
         *       * Data.AccountType
         *       * Data.AccountSubType
         *
         *     For all other accounts, the fields must be populated by the LFI.
         */
        AEAccountArrayId: {
            AccountId: components["schemas"]["AccountId"];
            AccountHolderName?: components["schemas"]["AccountHolderName"];
            AccountHolderShortName?: components["schemas"]["AccountHolderShortName"];
            Status?: components["schemas"]["AEAccountStatusCode"];
            StatusUpdateDateTime?: components["schemas"]["StatusUpdateDateTime"];
            Currency?: components["schemas"]["ActiveOrHistoricCurrencyCode_0"];
            AccountType?: components["schemas"]["AEBankDataSharing.AEExternalAccountTypeCode"];
            AccountSubType?: components["schemas"]["AEBankDataSharing.AEExternalAccountSubTypeCode"];
            Description?: components["schemas"]["Description_0"];
            Nickname?: components["schemas"]["Nickname"];
            OpeningDate?: components["schemas"]["OpeningDate"];
            MaturityDate?: components["schemas"]["MaturityDate"];
            AccountIdentifiers?: components["schemas"]["AccountIdentifiers"];
            Servicer?: components["schemas"]["AEBranchAndFinancialInstitutionIdentification5_0"];
            IsShariaCompliant?: components["schemas"]["AEShariaFlag"];
        };
        AEPatchConsentSigned: components["schemas"]["Jwt"] & {
            message: components["schemas"]["AEPatchConsent"];
        };
        /** @description Patch Bank Data Sharing Consent */
        AEPatchConsent: {
            /** @description Primary data for the resource */
            Data?: {
                Status: components["schemas"]["PatchConsentStatus"];
                RevokedBy?: components["schemas"]["AERevokedBy"];
            };
            Subscription?: components["schemas"]["EventNotification"];
        };
        AEConsentsByBaseConsentIdResponse: components["schemas"]["AEConsentStatus.AEBankDataSharingConsentPropertiesV21"][];
        /** @description List of Balances for an Account */
        AEReadBalance: {
            /** @description Primary data for the resource */
            Data: {
                AccountId: components["schemas"]["AccountId"];
                Balance: components["schemas"]["AEBalance"][];
            };
            Links: components["schemas"]["Links"];
            Meta: components["schemas"]["MetaTotalPages"];
        };
        /** @description Set of elements used to define the balance details. */
        AEBalance: {
            CreditDebitIndicator: components["schemas"]["AECreditDebitCode_2"];
            Type: components["schemas"]["AEBalanceTypeCode"];
            /**
             * Format: date-time
             * @description Indicates the date (and time) that the account balance was checked.All dates in the JSON payloads are represented in ISO 8601 date-time format. All date-time fields in responses must include the timezone. An example is below: 2017-04-05T10:43:07+00:00
             */
            DateTime: string;
            /** @description Amount of money of the cash balance. */
            Amount: {
                Amount: components["schemas"]["AEActiveCurrencyAndAmount_SimpleType"];
                Currency: components["schemas"]["ActiveOrHistoricCurrencyCode_1"];
            };
            CreditLine?: {
                /** @description Boolean flag to Indicate whether or not a credit line is included in the balance of the account. Usage: If not present, credit line is not included in the balance amount of the account. */
                Included: boolean;
                /**
                 * @description Type of credit line provided to the account. Encoded with allowable values of: Available, Credit, Emergency, Pre-Agreed, Temporary. Note: LFIs support different types of credit lines on accounts, so this list is used to support different LFI systmes in UAE.
                 * @enum {string}
                 */
                Type: "Available" | "Credit" | "Emergency" | "Pre-Agreed" | "Temporary";
                /** @description Amount of money of the credit line. */
                Amount: {
                    Amount: components["schemas"]["AEActiveCurrencyAndAmount_SimpleType"];
                    Currency: components["schemas"]["ActiveOrHistoricCurrencyCode_1"];
                };
            }[];
            Components?: components["schemas"]["AEAmountWithCategorization"][];
        };
        /** @description List of Scheduled Payments for an Account */
        AEReadScheduledPayment: {
            /** @description Primary data for the resource */
            Data: {
                AccountId: components["schemas"]["AccountId"];
                ScheduledPayment: components["schemas"]["AEScheduledPayment"][];
            };
            Links: components["schemas"]["Links"];
            Meta: components["schemas"]["MetaTotalPages"];
        };
        /** @description Scheduled Payments for a specific AccountId */
        AEScheduledPayment: {
            ScheduledPaymentId: components["schemas"]["ScheduledPaymentId"];
            AccountHolderName?: components["schemas"]["AccountHolderName"];
            AccountHolderShortName?: components["schemas"]["AccountHolderShortName"];
            ScheduledType: components["schemas"]["AEExternalScheduleTypeCode"];
            ScheduledPaymentDateTime: components["schemas"]["ScheduledPaymentDateTime"];
            CreditorReference?: components["schemas"]["Reference"];
            DebtorReference?: components["schemas"]["DebtorReference"];
            InstructedAmount: components["schemas"]["AEActiveOrHistoricCurrencyAndAmount_1"];
            CreditorAgent?: components["schemas"]["AEBranchAndFinancialInstitutionIdentification5_1"];
            CreditorAccount?: components["schemas"]["AECashAccount5_0"][];
        };
        /** @description ID of the Terminal if the transaction was initiated from a retail POS */
        TerminalId: number;
        /** @description Bill Details */
        BillDetails: {
            /** @description This should be 'BillerCode' as per SP-SADAD specifications. It is a unique biller identifier within SADAD that could be used by the end-user to refer to a specific SADAD biller (e.g. STC biller code is 001, water services biller code is 015, etc.) */
            BillerId?: number;
            /** @description Unique bill identifier within the account. */
            BillNumber?: string;
            /**
             * @description Indicates whether the bill could be a One-off payment, Recurring payment, Postpaid, Pre-paid, etc. Example values:
             *     - "Post-Paid"
             *     - "AdvancePaymentForRoaming"
             *     - "Recharge"
             *     - "Renewal"
             *     - "RoamingDeposit"
             *     - "One-Off"
             *     - "RecurringPayment"
             * @enum {string}
             */
            BillPaymentType?: "Post-Paid" | "AdvancePaymentForRoaming" | "Recharge" | "Renewal" | "RoamingDeposit" | "One-Off" | "RecurringPayment";
        };
        /**
         * @description The Revoked status must only be set if the current Consent Status is set to either Authorized or AwaitingAuthorization
         * @enum {string}
         */
        PatchConsentStatus: "Revoked";
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
        /** @description Estimated latitude and longitude coordinates, in degrees. Contains one latitude and one longitude subfield. */
        AEGeoLocation: {
            /** @description Latitude in degrees */
            Latitude: string;
            /** @description Longitude in degrees */
            Longitude: string;
        };
        /** @description Aani purpose code that relates to the type of services or goods that corresponds to the underlying purpose of the payment. The code must conform to the published Aani payment purpose code list */
        AEPaymentPurposeCode: string;
        /** @description Fees and charges applicable to the account or product */
        AEProductCharges: {
            /**
             * @description Type of charge.
             * @enum {string}
             */
            Type?: "MonthlyFees" | "AnnualFees" | "BalanceFallBelow" | "Overdraft" | "DomesticTransaction" | "ForeignTransaction" | "ATMWithdrawal" | "ChequeBook" | "ReplacementChequeBook" | "ReturnCheque" | "CardReplacement" | "AccountStatement" | "LetterIssued" | "AccountClosure" | "CashAdvance" | "LatePayment" | "BalanceTransfer" | "OverLimit" | "SalesVoucherCopy" | "Processing" | "FinanceCancellation" | "PartialPayment" | "EarlySettlement" | "FinalSettlement" | "Other";
            /** @description Name of the charge */
            Name: string;
            /** @description Description of the fee, including purpose and applicability */
            Description: string;
            /** @description Array of charge components including amount, currency, and applicable rate */
            Charge: components["schemas"]["AEProductFinancialCalculationMeasure"][];
            /** @description Array of conditions that trigger the fee */
            Conditions?: components["schemas"]["AEProductConditions"][];
            /** @description Reasoning or business logic behind the imposition of the fee */
            Justification?: string;
            /** @description Frequency or trigger logic for the reward or fee, such as monthly if balance < 1000, or periodic  Hibah distribution */
            Frequency?: string;
            /** @description Confirmation if the charge will be donated to charity when the product is Sharia compliant */
            DonatedToCharity?: boolean;
            /** @description Additional notes or clarifications about the rate structure */
            Notes?: string;
            /** @description Optional object for supplementary metadata, such as Sharia compliance notes or reward history */
            SupplementaryInformation?: Record<string, never>;
        }[];
        /**
         * @description Specifies the Party's role with respect to the related account. Allowed values
         *     are defined based on ISO 20022 definitions as follows:
         *
         *       - Administrator: The party that administers the account and is not the
         *         account owner.
         *       - Beneficiary: Ultimate party that is entitled to either receive the benefits
         *         of the ownership of the account.
         *       - CustodianForMinor: Entity that holds the account on behalf of a legal
         *         minor. Although the account is registered under the name of the minor,
         *         the custodian retains control of the account.
         *       - Granter: Granter role in the hedge funds industry.
         *       - LegalGuardian: Party that has been appointed by a legal authority to act on
         *         behalf of a person judged to be incapacitated.
         *       - OtherParty: An other type of party. Used when a given account role cannot
         *         be mapped to the role defined at the LFI.
         *       - PowerOfAttorney: Power of attorney which is held by the party.
         *       - Principal: Party acts as principal for the account for trading purposes.
         *       - Protector: Person appointed under a trust instrument to direct or
         *         restrain the trustees in relation to their administration of an account
         *         held in trust.
         *       - RegisteredShareholderName: Party for which shares are to be registered,
         *         for share holding accounts only.
         *       - SecondaryOwner: Entity that is not the primary owner when the ownership of
         *         an investment account is split among several owners.
         *       - SeniorManagingOfficial: Party that makes, or participates in the making of,
         *         decisions that affect the whole, or a substantial part, of the business of
         *         a customer of a reporting entity or that has the capacity to affect
         *         significantly the financial standing of a customer of a reporting entity.
         *       - Settlor: Entity that creates a trust or contributes assets to the trust.
         *       - SuccessorOnDeath: Deceased's estate, or successor, to whom account
         *         ownership will be transferred upon the death of one of the
         *         owners.
         * @enum {string}
         */
        AEExternalAccountRoleCode: "Administrator" | "Beneficiary" | "CustodianForMinor" | "Granter" | "LegalGuardian" | "OtherParty" | "PowerOfAttorney" | "Principal" | "Protector" | "RegisteredShareholderName" | "SecondaryOwner" | "SeniorManagingOfficial" | "Settlor" | "SuccessorOnDeath";
        /**
         * @description Specifies the party type.
         *     Encoded with allowable values:
         *     "Delegate" - Used for business accounts when user has delegated authority to access the account ,
         *     "Joint" - Party is a joint owner of the account
         *     "Sole" - Party is the sole owner of the account
         * @enum {string}
         */
        AEExternalPartyTypeCode: "Delegate" | "Joint" | "Sole";
        /**
         * @description The type of calendar used for the date of issuance and date of expiry in the document evidence
         *     Allowable values:
         *     "Islamic Calendar"
         *     "Gregorian Calendar"
         *     Both calendars must follow YYYY-MM-DD
         * @enum {string}
         */
        AEPartyCalendarType: "IslamicCalendar" | "GregorianCalendar";
        /**
         * @description Party Identity Assurance (Response) Schema
         *     Based on the [OpenID Connect for Identity Assurance 1.0 Specification](https://openid.net/specs/openid-connect-4-identity-assurance-1_0.html)
         */
        AEPartyIdentityAssurance2: {
            /** @description A unique and immutable identifier used to identify the customer resource. This identifier has no meaning to the account owner. */
            PartyId: string;
            /** @description Number assigned by an agent to identify its customer. */
            PartyNumber?: string;
            PartyType: components["schemas"]["AEExternalPartyTypeCode"];
            /**
             * @description Category of Party
             * @enum {string}
             */
            PartyCategory: "Retail" | "SME" | "Corporate";
            AccountRole: components["schemas"]["AEExternalAccountRoleCode"];
            /** @description Container object containing entries for the trust framework and the evidence used to verify the claims */
            VerifiedClaims: components["schemas"]["VerifiedClaim"][];
        };
        /**
         * @description Party Identity Assurance (Response) Schema
         *     Based on the [OpenID Connect for Identity Assurance 1.0 Specification](https://openid.net/specs/openid-connect-4-identity-assurance-1_0.html)
         */
        AEPartyIdentityAssurance4: {
            /** @description A unique and immutable identifier used to identify the customer resource. This identifier has no meaning to the account owner. */
            PartyId: string;
            /** @description Number assigned by an agent to identify its customer. */
            PartyNumber?: string;
            /**
             * @description Category of Party
             * @enum {string}
             */
            PartyCategory: "Retail" | "SME" | "Corporate";
            /** @description Container object containing entries for the trust framework and the evidence used to verify the claims */
            VerifiedClaims: components["schemas"]["VerifiedClaim"][];
        };
        /**
         * @description Identifes the method used by PASP for checking the evidence for verification.
         *     Representing the checks done in relation to the evidence
         *     OpenID Connect for Identity Assurance 1.0: [https://openid.net/specs/openid-connect-4-identity-assurance-1_0.html#name-evidence-element](https://openid.net/specs/openid-connect-4-identity-assurance-1_0.html#name-evidence-element)
         */
        AEPartyIdentityCheckDetail: {
            /**
             * @description Identifes the method used by PASP for checking the evidence for verification
             *     String representing the check done, this includes processes such as checking the authenticity of the document, or verifying the user's biometric against an identity document.
             */
            CheckMethod?: string;
            /** @description String denoting the legal entity that performed the check. This SHOULD be included if the OP did not perform the check itself */
            Organization?: string;
            /** @description Identifier referring to the identity verification transaction. The OP MUST ensure that this is present when EvidenceRef element is used. The OP MUST ensure that the transaction identifier can be resolved into transaction details during an audit */
            Txn?: string;
            Time?: components["schemas"]["ISODateTime"];
        };
        AEPartyIdentityEvidenceAttachment: {
            /** @description Description of the document. This can be the filename or just an explanation of the content. */
            Desc: string;
            /** @description Content (MIME) type of the document */
            ContentType: string;
            /** @description Base64 encoded representation of the document content */
            Content: string;
            /** @description Identifier referring to the transaction */
            Txn: string;
        };
        AEPartyIdentityEvidenceAttachments: {
            /**
             * @description Attachments
             *     [https://openid.net/specs/openid-connect-4-identity-assurance-1_0.html#name-attachments](https://openid.net/specs/openid-connect-4-identity-assurance-1_0.html#name-attachments)
             */
            AEPartyIdentityEvidenceAttachments: components["schemas"]["AEPartyIdentityEvidenceAttachment"][];
        };
        /**
         * @description Document Evidence
         *     [https://openid.net/specs/openid-connect-4-identity-assurance-1_0.html#name-evidence-type-document](https://openid.net/specs/openid-connect-4-identity-assurance-1_0.html#name-evidence-type-document)
         */
        AEPartyIdentityEvidenceTypeDocument: {
            /** @description The type of evidence allowed for providing verification. */
            Type?: components["schemas"]["DocumentEvidenceType"];
            CheckDetails?: components["schemas"]["AEPartyIdentityCheckDetail"][];
            Verifier?: components["schemas"]["DocumentEvidenceVerifier"];
            Time?: components["schemas"]["ISODateTime"];
            DocumentDetails?: components["schemas"]["DocumentEvidenceDetails"];
            Attachments?: components["schemas"]["AEPartyIdentityEvidenceAttachments"];
        };
        /**
         * @description Electronic Record Evidence
         *     [https://openid.net/specs/openid-connect-4-identity-assurance-1_0.html#name-evidence-type-electronic_re](https://openid.net/specs/openid-connect-4-identity-assurance-1_0.html#name-evidence-type-electronic_re)
         */
        AEPartyIdentityEvidenceTypeElectronicRecord: {
            /** @description The type of evidence allowed for providing verification. */
            Type?: components["schemas"]["ElectronicRecordEvidenceType"];
            CheckDetails?: components["schemas"]["AEPartyIdentityCheckDetail"][];
            Time?: components["schemas"]["ISODateTime"];
            Record?: components["schemas"]["ElectronicRecordProperties"];
            Attachments?: components["schemas"]["AEPartyIdentityEvidenceAttachments"];
        };
        /** @description List of Parties for an Account */
        AEReadParty2: {
            Data: components["schemas"]["AEReadParty2Data"];
            Links: components["schemas"]["LinksResource"];
            Meta: components["schemas"]["MetaTotalPages"];
        };
        /** @description Primary data for the resource */
        AEReadParty2Data: {
            AccountId: components["schemas"]["AccountId"];
            Party: components["schemas"]["AEPartyIdentityAssurance2"][];
        };
        AEReadParty2Signed: {
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
            message: components["schemas"]["AEReadParty2"];
        };
        /** @description Current User Information */
        AEReadParty4: {
            Data: components["schemas"]["AEReadParty4Data"];
            Links: components["schemas"]["LinksResource"];
            Meta: components["schemas"]["MetaTotalPages"];
        };
        AEReadParty4Data: {
            Party: components["schemas"]["AEPartyIdentityAssurance4"];
        };
        AEReadParty4Signed: {
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
            message: components["schemas"]["AEReadParty4"];
        };
        /** @description Denoting the details about how the evidence complies with the policy */
        AssuranceDetails: {
            /** @description String denoting which part of the assurance_process the evidence fulfils */
            AssuranceType: string;
            /** @description String reflecting how the evidence has been classified or measured as required by the TrustFramework */
            AssuranceClassification: string;
            EvidenceRef: components["schemas"]["EvidenceRef"][];
        };
        /**
         * @description Determines the assurance process that was followed. This reflects how the evidence meets the requirements of the TrustFramework and AssuranceLevel. The factual record of the evidence and the procedures followed are recorded in the evidence element, this element is used to cross reference the evidence to the AssuranceLevel followed
         *     OpenID Connect for Identity Assurance 1.0: [https://openid.net/specs/openid-connect-4-identity-assurance-1_0.html#name-verification-element](https://openid.net/specs/openid-connect-4-identity-assurance-1_0.html#name-verification-element)
         */
        AssuranceProcess: {
            /** @description Representing the standard or policy that was followed. */
            Policy: string;
            /** @description Representing a specific procedure from the policy that was followed. */
            Procedure: string;
            AssuranceDetails: components["schemas"]["AssuranceDetails"][];
        };
        /**
         * @description Standard Claims:
         *     [https://openid.net/specs/openid-connect-core-1_0.html#StandardClaims](https://openid.net/specs/openid-connect-core-1_0.html#StandardClaims)
         *     IdentityAssurance Claims:
         *     [https://openid.net/specs/openid-connect-4-identity-assurance-1_0.html#name-claims](https://openid.net/specs/openid-connect-4-identity-assurance-1_0.html#name-claims)
         *     An LFI MUST provide both GivenName and Surname for a Retail customer
         */
        Claims: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
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
            ResidentialAddress: components["schemas"]["AEPartyPostalAddress"];
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
        CorporateClaims: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
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
            CorporateAddress?: components["schemas"]["AEPostalAddress"];
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
        CountryCode: {
            /** @description String denoting the country or supranational organization that issued the document as ISO 3166 */
            CountryCode: string;
        };
        /** @description Representing the document used to perform the identity verification. */
        DocumentEvidenceDetails: {
            Type?: components["schemas"]["DocumentEvidenceDetailsType"];
            /** @description The unique id number in the evidence used for verification checking */
            DocumentNumber?: string;
            /** @description An identifier that is assigned to the End-User and is not limited to being used in one document, for example a national identification number, personal identity number, citizen number, social security number, driver number, account number, customer number, licensee number, etc */
            PersonalNumber?: string;
            /** @description An identifier/number that identifies the document irrespective of any personalization information (this usually only applies to physical artifacts and is present before personalization). */
            SerialNumber?: string;
            CalendarType?: components["schemas"]["AEPartyCalendarType"];
            DateOfIssuance?: components["schemas"]["ISODateTime"];
            DateOfExpiry?: components["schemas"]["ISODateTime"];
            Issuer?: components["schemas"]["DocumentEvidenceDetailsIssuer"];
        };
        /** @description Containing information about the issuer of this document. */
        DocumentEvidenceDetailsIssuer: {
            /** @description Designation of the issuer of the document. */
            Name: string;
            Address: components["schemas"]["AEPostalAddress"];
            CountryCode: components["schemas"]["CountryCode"];
            /** @description String containing the name of the region(s)/state(s)/province(s)/municipality(ies) that issuer has jurisdiction over (if this information is not common knowledge or derivable from the address) */
            Jurisdiction: string;
        };
        /**
         * @description The type of document used for evidence checking
         *     [https://bitbucket.org/openid/ekyc-ida/wiki/identifiers](https://bitbucket.org/openid/ekyc-ida/wiki/identifiers)"
         * @enum {string}
         */
        DocumentEvidenceDetailsType: "passport" | "driving_permit" | "idcard" | "residence_permit" | "emirates_id";
        /** @enum {string} */
        DocumentEvidenceType: "document";
        /** @description Denoting the legal entity that performed the identity verification. This object SHOULD be included if the OP did not perform the identity verification itself. This object is retained for backward compatibility, implementers are recommended to use CheckDetails & Organization instead */
        DocumentEvidenceVerifier: {
            /** @description String denoting the organization which performed the verification on behalf of the OP. */
            Organization: string;
            /** @description Identifier referring to the identity verification transaction. The OP MUST ensure that the transaction identifier can be resolved into transaction details during an audit. */
            Txn?: string;
        };
        /** @enum {string} */
        ElectronicRecordEvidenceType: "electronic_record";
        /** @description Representing the record used to perform the identity verification. */
        ElectronicRecordProperties: {
            Type: components["schemas"]["ElectronicRecordType"];
            /** @description String representing an identifier that is assigned to the User and is not limited to being used in one record, for example a national identification number, personal identity number, citizen number, social security number, driver number, account number, customer number, licensee number, etc. */
            PersonalNumber: string;
            CalendarType: components["schemas"]["AEPartyCalendarType"];
            CreatedAt: components["schemas"]["ISODateTime"];
            DateOfExpiry: components["schemas"]["ISODateTime"];
            Source: components["schemas"]["ElectronicRecordSourceProperties"];
        };
        /** @description Information about the source of this record */
        ElectronicRecordSourceProperties: {
            /** @description Designation of the source of the electronic_record */
            Name: string;
            Address: components["schemas"]["AEPostalAddress"];
            CountryCode: components["schemas"]["CountryCode"];
            /** @description String containing the name of the region(s) / state(s) / province(s) / municipality(ies) that source has jurisdiction over (if it's not common knowledge or derivable from the address) */
            Jurisdiction: string;
        };
        /**
         * @description String denoting the type of electronic record
         * @enum {string}
         */
        ElectronicRecordType: "bank_account" | "mortgage_account" | "finance_account";
        /** @description Object indicating any meta data about the evidence that is required by the AssuranceProcess in order to demonstrate compliance with the TrustFramework. It has the following sub-elements */
        EvidenceMetadata: {
            EvidenceClassification: string;
        };
        /** @description Evidence being referred to */
        EvidenceRef: {
            /** @description Identifier referring to the txn used in the CheckDetails. */
            Txn: string;
            EvidenceMetadata: components["schemas"]["EvidenceMetadata"];
        };
        /** @description Links relevant to the resource */
        LinksResource: {
            Self: components["schemas"]["Self"];
            First?: components["schemas"]["First"];
            Prev?: components["schemas"]["Prev"];
            Next?: components["schemas"]["Next"];
            Last?: components["schemas"]["Last"];
        };
        /**
         * @description Identifies the trust framework used for verification. This consists of a set of rules and standards and sets out requirements so that organisations know what ‘good’ identity verification looks like.
         *
         *     Permitted values:
         *
         *     * `FI` — the LFI (Financial Institution) has carried out verification of the customer details based on its own processes adhering to UAE legislation for KYC and AML.
         *
         *     Mirrors `CbuaeVerifiedClaim.verification.trustFramework` in the Ozone Connect Bank Data Sharing API so that the value emitted by an LFI can be passed through to the TPP-facing surface without translation.
         *
         *     Trust Frameworks: [https://bitbucket.org/openid/ekyc-ida/wiki/identifiers](https://bitbucket.org/openid/ekyc-ida/wiki/identifiers)
         * @enum {string}
         */
        TrustFrameworkCode: "FI";
        /**
         * @description Verified Claims
         *     Container object containing entries for the trust framework and the evidence used to verify the claims
         *     [https://openid.net/specs/openid-connect-4-identity-assurance-1_0.html#name-representing-verified-claim](https://openid.net/specs/openid-connect-4-identity-assurance-1_0.html#name-representing-verified-claim)
         */
        VerifiedClaim: {
            Verification?: components["schemas"]["VerifiedClaimVerification"];
            /**
             * @description Standard Claims:
             *     [https://openid.net/specs/openid-connect-core-1_0.html#StandardClaims](https://openid.net/specs/openid-connect-core-1_0.html#StandardClaims)
             *     IdentityAssurance Claims:
             *     [https://openid.net/specs/openid-connect-4-identity-assurance-1_0.html#name-claims](https://openid.net/specs/openid-connect-4-identity-assurance-1_0.html#name-claims)
             */
            Claims: components["schemas"]["Claims"] | components["schemas"]["CorporateClaims"];
        };
        /**
         * @description Verification
         *     [https://openid.net/specs/openid-connect-4-identity-assurance-1_0.html#name-verification-element](https://openid.net/specs/openid-connect-4-identity-assurance-1_0.html#name-verification-element)
         */
        VerifiedClaimVerification: {
            TrustFramework: components["schemas"]["TrustFrameworkCode"];
            /**
             * @description Determines the assurance level associated with the User in the respective VerifiedClaims. The value range depends on the respective TrustFramework value.
             *     Assurance Level: [https://bitbucket.org/openid/ekyc-ida/wiki/identifiers](https://bitbucket.org/openid/ekyc-ida/wiki/identifiers)
             */
            AssuranceLevel?: string;
            AssuranceProcess?: components["schemas"]["AssuranceProcess"];
            /** @description Representing the date and time when the identity verification process took place. All dates in the JSON payloads are represented in ISO 8601 date-time format. All date-time fields in responses must include the timezone. An example is below: 2017-04-05T10:43:07+00:00 */
            Time?: components["schemas"]["ISODateTime"];
            /** @description Unique reference to the identity verification process as performed by the OP. Used for identifying and retrieving details in case of disputes or audits. Presence of this element might be required for certain trust frameworks. */
            VerificationProcess?: string;
            /**
             * @description The type of evidence allowed for providing verification.
             *     OpenID Connect for Identity Assurance 1.0: [https://openid.net/specs/openid-connect-4-identity-assurance-1_0.html#name-evidence-element](https://openid.net/specs/openid-connect-4-identity-assurance-1_0.html#name-evidence-element)
             */
            Evidence?: components["schemas"]["AEPartyIdentityEvidenceTypeDocument"] | components["schemas"]["AEPartyIdentityEvidenceTypeElectronicRecord"];
        };
        /** @enum {string} */
        AESubTransactionType: "Purchase" | "Reversal" | "Refund" | "Withdrawal" | "WithdrawalReversal" | "Deposit" | "DepositReversal" | "MoneyTransfer" | "Repayments" | "Interest" | "Fee" | "Charges" | "Profit" | "Disbursement" | "Adjustment" | "Tax" | "Rewards" | "NotApplicable" | "LeaseRepayment";
        /** @enum {string} */
        AEBalanceCategory: "Principal" | "Interest" | "FeesAndCharges" | "PastDue" | "Profit" | "Rental";
        /**
         * @description A flag to denote if the Product is Sharia Compliant
         * @default false
         */
        AEShariaFlag: boolean;
        AEAmountWithCategorization: {
            BalanceCategory: components["schemas"]["AEBalanceCategory"];
            /** @description The value of the categorized balance, incorporating `Amount` and `Currency`. */
            Amount: {
                Amount: components["schemas"]["AEActiveCurrencyAndAmount_SimpleType"];
                Currency: components["schemas"]["ActiveOrHistoricCurrencyCode_1"];
            };
        };
        AEBalanceWithCategorization: {
            /** @description The value of the balance on account, incorporating `Amount` and `Currency`. */
            Amount: {
                Amount: components["schemas"]["AEActiveCurrencyAndAmount_SimpleType"];
                Currency: components["schemas"]["ActiveOrHistoricCurrencyCode_1"];
            };
            /** @description Components of the stated balance, defined by the value of `BalanceCategory`, that reflects a portion of the stated balance. */
            Components?: components["schemas"]["AEAmountWithCategorization"][];
        };
        AEStatements: {
            /** @description A unique and immutable identifier produced by the LFI to identify the account resource.This identifier has no meaning to the account owner. */
            AccountId: string;
            AccountSubType: components["schemas"]["AEBankDataSharing.AEExternalAccountSubTypeCode"];
            /** @description Array containing details of periodic statements. Each statement includes key financial metrics, balances, summaries, and payment details for a specific statement cycle */
            Statements: {
                /** @description Unique identifier/reference for the statement */
                StatementId: string;
                /**
                 * Format: date
                 * @description Date the statement was issued/generated
                 */
                StatementDate: string;
                /**
                 * Format: date
                 * @description Start date of the statement period
                 */
                OpeningDate: string;
                /**
                 * Format: date
                 * @description End date of the statement period
                 */
                ClosingDate: string;
                CreditLine?: components["schemas"]["AEActiveOrHistoricCurrencyAndAmount_0"];
                OpeningBalance: {
                    /**
                     * @description Indicates whether the closing balance is a credit or a debit
                     * @enum {string}
                     */
                    CreditDebitIndicator: "Credit" | "Debit";
                } & components["schemas"]["AEBalanceWithCategorization"];
                ClosingBalance: {
                    /**
                     * @description Indicates whether the closing balance is a credit or a debit
                     * @enum {string}
                     */
                    CreditDebitIndicator: "Credit" | "Debit";
                } & components["schemas"]["AEBalanceWithCategorization"];
                /** @description Array providing an aggregated summary of financial activities within the statement period, such as Purchase, Repayments, Fee, and Interest/Profit. Each object contains the total aggregated amount, currency, and the count of transactions for the corresponding SubTransactionType. */
                Summary: {
                    /**
                     * @description Indicates whether the summarized activity is a credit or a debit
                     * @enum {string}
                     */
                    CreditDebitIndicator: "Credit" | "Debit";
                    /**
                     * @description Type of transaction activity.
                     * @enum {string}
                     */
                    TransactionType?: "POS" | "ECommerce" | "ATM" | "BillPayments" | "LocalBankTransfer" | "SameBankTransfer" | "InternationalTransfer" | "Teller" | "Cheque" | "Other";
                    SubTransactionType: components["schemas"]["AESubTransactionType"];
                    Amount: components["schemas"]["AEActiveOrHistoricCurrencyAndAmount_0"];
                    /** @description Number of transactions or occurrences for the transaction type */
                    Count: number;
                }[];
                /** @description Object containing projected finance charges or fees expected in the next statement cycle. */
                ExpectedNextStatement?: {
                    /**
                     * @description Statement type.
                     * @enum {string}
                     */
                    Type?: "Purchase" | "Reversal" | "Refund" | "Withdrawal" | "WithdrawalReversal" | "Deposit" | "DepositReversal" | "MoneyTransfer" | "Repayments" | "Interest" | "Fee" | "Charges" | "Profit" | "Disbursement" | "Adjustment" | "Tax" | "Rewards" | "NotApplicable";
                    /** @description Statement amount, according to `Type` value. */
                    Amount?: {
                        Amount: components["schemas"]["AEActiveCurrencyAndAmount_SimpleType"];
                        Currency: components["schemas"]["ActiveOrHistoricCurrencyCode_1"];
                    };
                }[];
                /** @description Object containing details related to the next payment due */
                NextPayment?: {
                    /**
                     * Format: date
                     * @description Payment due date
                     */
                    Date: string;
                    Amount: components["schemas"]["AEActiveOrHistoricCurrencyAndAmount_0"];
                    /**
                     * @description Type of payment - minimum, scheduled, estimated, or other
                     * @enum {string}
                     */
                    Type?: "Minimum" | "Scheduled" | "Estimated" | "Other";
                }[];
            }[];
        };
        /**
         * Format: duration
         * @description A period of time implemented using ISO 8601 compatible duration format
         * @example P2Y3M
         */
        AEDuration: string;
        /** @description Array containing details of collateral required or pledged for the product */
        AEProductAssetBackedProducts: {
            /**
             * @description Defines how the financed asset is treated as security. Use `Collateral`` when the asset is owned by the customer and pledged as security. Use `OwnershipTransfer`` when the asset is owned by the bank and will be transferred to the customer under Islamic finance structures at the end of the finance.
             * @enum {string}
             */
            Type: "Collateral" | "OwnershipTransfer";
            /**
             * @description Defines the specific category of collateral pledged to secure a financial product, applicable across both conventional and Islamic finance structures. This field classifies the nature of the asset or guarantee—such as real estate, salary assignment, or vehicle lien—used to mitigate credit risk and support underwriting decisions.
             * @enum {string}
             */
            AssetType: "Property" | "SalaryAssignment" | "EndOfServiceGratuity" | "SalaryAndGratuityAssignment" | "FixedDepositLien" | "Vehicle" | "TakafulPolicy" | "Rahn" | "PostDatedCheque" | "Other";
            /** @description Provides a free-text explanation or contextual detail about the collateral pledged to secure a  financial product. This may include asset characteristics, legal references, or contractual notes  relevant to underwriting and risk assessment. */
            Description: string;
            Valuation?: {
                /**
                 * Format: date
                 * @description Date of the valuation.
                 */
                Date?: string;
                Amount?: components["schemas"]["AEActiveOrHistoricCurrencyAndAmount_0"];
            }[];
            /** @description Additional data or metadata not captured in the main fields, to provide further context. */
            SupplementaryInformation?: Record<string, never>;
            /** @description Details on how the asset will be transferred from the LFI to the customer. */
            OwnershipTransfer?: {
                /**
                 * Format: date
                 * @description Expected date when ownership will be transferred to the customer
                 */
                TransferOfOwnershipDate?: string;
                /**
                 * @description Method of ownership transfer.
                 * @enum {string}
                 */
                Type: "Gift" | "TokenPurchase" | "Gradual" | "SeparateSaleContract";
                /**
                 * @description The event that triggers the ownership transfer event.
                 * @enum {string}
                 */
                Method?: "EndOfLease" | "Buyouts";
                /** @description The amount and currency to be paid by the customer to the LFI at token purchase. Required when `Type` is `TokenPurchase`. */
                TokenPurchaseAmount?: {
                    Amount: components["schemas"]["AEActiveCurrencyAndAmount_SimpleType"];
                    Currency: components["schemas"]["ActiveOrHistoricCurrencyCode_1"];
                };
                /** @description Amount and currency to be paid each period by the customer to buy out the bank's share. Applies to Diminishing Musharaka Islamic finance products. Required when `Type` is `Gradual`. */
                BuyoutSchedule?: {
                    /**
                     * @description The frequency of the payments made by the customer to buy out the bank's share.
                     * @enum {string}
                     */
                    Frequency: "Weekly" | "Fortnightly" | "Monthly" | "Quarterly" | "HalfYearly" | "Annual" | "Other";
                    /** @description The buyout amount the customer must pay during each period. */
                    BuyoutAmount: {
                        Amount: components["schemas"]["AEActiveCurrencyAndAmount_SimpleType"];
                        Currency: components["schemas"]["ActiveOrHistoricCurrencyCode_1"];
                    };
                };
                /** @description Confirm the details of the sale contract to be executed after lease completion. Required when `Type` is `SeparateSaleContract`. */
                SaleAgreement?: {
                    /** @description Boolean indicator to confirm whether a formal sale agreement is required for ownership transfer. */
                    Required: boolean;
                    /**
                     * @description Specifies when the sale contract is executed.
                     * @enum {string}
                     */
                    Execution?: "AtLeaseCompletion" | "CustomerRequestPostLease";
                    /** @description Represents the nominal or token purchase price agreed for the final transfer of the property. */
                    Price?: {
                        Amount: components["schemas"]["AEActiveCurrencyAndAmount_SimpleType"];
                        Currency: components["schemas"]["ActiveOrHistoricCurrencyCode_1"];
                    };
                };
                /**
                 * @description Conditions that must be met before ownership can be transferred to the customer. The following
                 *     values are allowed:
                 *
                 *     * `AllLeasePaymentsCompleted``:  All lease obligations must be fulfilled before the sale contract
                 *       is executed.
                 *
                 *     * `CustomerRequestRequired`: The customer must formally request the transfer of ownership via a
                 *       gift after completing all lease payments.  Applicable when the `Type` is `Gift`.
                 *
                 *     * `SaleAgreementExecuted`: A separate sale agreement must be formally executed between the bank
                 *       and the customer to transfer ownership at the end of the lease term.  Applicable when the
                 *       `Type` is `TokenPurchase`.
                 *
                 *     * `AllBuyoutsCompleted`:  Included when the customer has purchased all the banks shares in the
                 *       property.  Applicable when the `Type` is `Gradual`.
                 *
                 *     * `IndependentSaleContractSigned`: A separate sale agreement must be signed before the legal
                 *       transfer of ownership can be completed.  Applicable when the `Type` is `SeparateSaleContract`.
                 */
                TransferConditions?: ("AllLeasePaymentsCompleted" | "CustomerRequestRequired" | "SaleAgreementExecuted" | "AllBuyoutsCompleted" | "IndependentSaleContractSigned")[];
            };
        }[];
        /** @description Rewards applicable to the banking product with confirmation of the current balance when applicable. */
        AEProductRewardsBenefitsBaseProperties: {
            /** @description Name of the reward or benefit program. */
            Name: string;
            /** @description Description of the reward or benefit program. */
            Description?: string;
        };
        AEProductRewardsBenefitsCashbackProperties: components["schemas"]["AEProductRewardsBenefitsBaseProperties"] & {
            /** @enum {string} */
            Type: "Cashback";
            /** @description The current Cashback balance available or to be paid to the customer. */
            Balance?: components["schemas"]["AEActiveOrHistoricCurrencyAndAmount_0"];
            /** @description Details how cashback can be earned by the customer. */
            RewardBasis?: string[];
            /**
             * @description When the Cashback is paid to the customer.
             * @enum {string}
             */
            FrequencyPaid?: "Daily" | "Weekly" | "Monthly" | "Quarterly" | "HalfYearly" | "Annually" | "UponRequest" | "Other";
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            Type: "Cashback";
        };
        AEProductRewardsBenefitsPointsProperties: components["schemas"]["AEProductRewardsBenefitsBaseProperties"] & {
            /** @enum {string} */
            Type: "Points";
            /** @description The type of Points awarded to the customer. */
            PointsType: string;
            /** @description The current Points balance available to the customer. */
            Balance?: string;
            /**
             * Format: date
             * @description The date the Points will expire if not used.
             */
            ExpiryDate?: string;
            /** @description Details how Points can be earned by the customer. */
            RewardBasis?: string[];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            Type: "Points";
        };
        AEProductRewardsBenefitsComplimentaryServicesProperties: components["schemas"]["AEProductRewardsBenefitsBaseProperties"] & {
            /** @enum {string} */
            Type: "ComplimentaryServices";
            /** @description Information on the reward or benefit available to the customer. */
            RewardBasis: string[];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            Type: "ComplimentaryServices";
        };
        AEProductRewardsBenefitsDiscountsProperties: components["schemas"]["AEProductRewardsBenefitsBaseProperties"] & {
            /** @enum {string} */
            Type: "Discounts";
            /** @description Information on the reward or benefit available to the customer. */
            RewardBasis: string[];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            Type: "Discounts";
        };
        AEProductRewardsBenefitsLifestyleProperties: components["schemas"]["AEProductRewardsBenefitsBaseProperties"] & {
            /** @enum {string} */
            Type: "Lifestyle";
            /** @description Information on the reward or benefit available to the customer. */
            RewardBasis: string[];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            Type: "Lifestyle";
        };
        AEProductRewardsBenefitsProtectionProperties: components["schemas"]["AEProductRewardsBenefitsBaseProperties"] & {
            /** @enum {string} */
            Type: "Protection";
            /** @description Information on the reward or benefit available to the customer. */
            RewardBasis: string[];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            Type: "Protection";
        };
        AEProductRewardsBenefitsOtherProperties: components["schemas"]["AEProductRewardsBenefitsBaseProperties"] & {
            /** @enum {string} */
            Type: "Other";
            /** @description Information on the reward or benefit available to the customer. */
            RewardBasis: string[];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            Type: "Other";
        };
        AEProductBenefitRewardsTypes: components["schemas"]["AEProductRewardsBenefitsCashbackProperties"] | components["schemas"]["AEProductRewardsBenefitsPointsProperties"] | components["schemas"]["AEProductRewardsBenefitsComplimentaryServicesProperties"] | components["schemas"]["AEProductRewardsBenefitsDiscountsProperties"] | components["schemas"]["AEProductRewardsBenefitsLifestyleProperties"] | components["schemas"]["AEProductRewardsBenefitsProtectionProperties"] | components["schemas"]["AEProductRewardsBenefitsOtherProperties"];
        /** @description List of benefits and rewards associated with a product. */
        AEProductRewardsBenefitsProperties: components["schemas"]["AEProductBenefitRewardsTypes"][];
        /**
         * @description Method used to calculate interest or profit, depending on the product type
         * @enum {string}
         */
        AEProductInterestCalculationMethod: "PrincipalBalance" | "OutstandingBalance" | "InitialDrawdownAmount";
        /** @enum {string} */
        AEProductRateFrequencyCodes: "Monthly" | "Daily" | "Quarterly" | "Annually";
        AEProductCalculationFrequency: unknown & components["schemas"]["AEProductRateFrequencyCodes"];
        AEProductApplicationFrequency: unknown & components["schemas"]["AEProductRateFrequencyCodes"];
        AEProductInterestCalculationMethodProperties: {
            InterestCalculationMethod?: components["schemas"]["AEProductInterestCalculationMethod"];
        };
        AEProductProfitCalculationMethodProperties: {
            ProfitCalculationMethod?: components["schemas"]["AEProductInterestCalculationMethod"];
        };
        /** @description Details of the annual percentage rate */
        AEProductFinanceRateProperties: {
            /** @description The annual percentage rate for the product. */
            AnnualPercentageRate?: {
                /** @description The starting annual percentage rate. */
                StartingFrom?: unknown;
                /** @description The maximum annual percentage rate. */
                UpTo?: number;
                /** @description Additional notes or clarifications about the annual percentage rate. */
                AdditionalInformation?: string;
            };
            /** @description The tiers of the finance profit rate product. */
            Tiers?: {
                /** @description The name of the tier. */
                Name: string;
                /**
                 * @description The unit of the tier.
                 * @enum {string}
                 */
                Unit: "Balance" | "LTV" | "Rate";
                /**
                 * @description Specifies whether the tier rate is applied only to the balance within the defined balance band or to the customers entire balance once that tier level is reached.
                 * @enum {string}
                 */
                ApplicationMethod?: "PerTier" | "WholeBalance";
                /** @description Required when `Unit` is set to `Balance`. Describes balance tier range values. */
                BalanceTierDetails?: {
                    MinimumTierValue?: components["schemas"]["AEActiveOrHistoricCurrencyAndAmount_0"];
                    MaximumTierValue?: components["schemas"]["AEActiveOrHistoricCurrencyAndAmount_0"];
                    /** @description The tier rate. */
                    TierRate?: number;
                }[];
                /** @description Required when `Unit` is set to `LTV`. Defines the interest rate or profit rate applicable to each Loan-to-Value (LTV) range where different rates apply. */
                LTVTierDetails?: {
                    /** @description Start rate for LTV Tier */
                    LTVStart?: number;
                    /** @description End rate for LTV Tier */
                    LTVEnd?: number;
                    /** @description The tier rate. */
                    TierRate?: number;
                }[];
                /** @description Required when `Unit` is set to `Rate`. Defines the minimum and maximum interest rate or profit rate range that a customer may be eligibility for, depending on factors such as their credit score, income, etc. */
                RateRange?: {
                    /** @description Minimum rate range */
                    MinimumRate?: number;
                    /** @description Maximum rate range */
                    MaximumRate?: number;
                    /** @description Additional information on rate range */
                    AdditionalInformation?: string;
                };
            }[];
            /** @description A set of conditions under which the finance rate applies. */
            Conditions?: components["schemas"]["AEProductConditions"][];
            /** @description Additional notes or clarifications about the rate structure/charge */
            Notes?: string;
            /** @description The additional information of the finance profit rate product. */
            AdditionalInformation?: {
                /**
                 * @description The type of additional information.
                 * @enum {string}
                 */
                Type?: "Other";
                /** @description The description of the additional information. */
                Description?: string;
            }[];
        };
        /** @description Properties of a variable rate associated with all or part of a product. */
        AEProductVariableRateProperties: {
            /** @description Description of the rate. */
            Description?: string;
            /** @description Value of the rate. */
            Rate?: number;
            /** @description Rate benchmark. */
            BenchMark?: string;
            /** @description Benchmark rate value. */
            BenchMarkRate?: number;
            /** @description Margin added to the base rate to determine the effective rate */
            Margin?: number;
            RateReviewFrequency?: components["schemas"]["AEDuration"];
            /**
             * Format: date
             * @description Date for next review of the rate.
             */
            RateReviewNextDate?: string;
            CalculationFrequency?: components["schemas"]["AEProductCalculationFrequency"];
            ApplicationFrequency?: components["schemas"]["AEProductApplicationFrequency"];
        };
        /** @description Properties of a fixed rate associated with all or part of a product. */
        AEProductFixedRateProperties: {
            /** @description Description of the rate. */
            Description?: string;
            /** @description Value of the rate. */
            Rate?: number;
            /**
             * Format: date
             * @description End date for the fixed rate period.
             */
            FixedRateEndDate?: string;
            CalculationFrequency?: components["schemas"]["AEProductCalculationFrequency"];
            ApplicationFrequency?: components["schemas"]["AEProductApplicationFrequency"];
        };
        /** @description Properties of a variable interest rate */
        AEProductVariableInterestRateProperties: {
            /**
             * @description A product that carries a variable interest rate
             * @enum {string}
             */
            RateType: "VariableInterest";
        } & (components["schemas"]["AEProductVariableRateProperties"] & components["schemas"]["AEProductInterestCalculationMethodProperties"] & components["schemas"]["AEProductFinanceRateProperties"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            RateType: "VariableInterest";
        });
        /** @description Properties of a variable profit rate */
        AEProductVariableProfitRateProperties: {
            /**
             * @description A product that carries a variable profit rate
             * @enum {string}
             */
            RateType: "VariableProfit";
        } & (components["schemas"]["AEProductVariableRateProperties"] & components["schemas"]["AEProductProfitCalculationMethodProperties"] & components["schemas"]["AEProductFinanceRateProperties"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            RateType: "VariableProfit";
        });
        /** @description Properties of a fixed interest rate */
        AEProductFixedInterestRateProperties: {
            /**
             * @description A product that carries a fixed interest rate
             * @enum {string}
             */
            RateType: "FixedInterest";
        } & (components["schemas"]["AEProductFixedRateProperties"] & components["schemas"]["AEProductInterestCalculationMethodProperties"] & components["schemas"]["AEProductFinanceRateProperties"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            RateType: "FixedInterest";
        });
        /** @description Properties of a fixed profit rate */
        AEProductFixedProfitRateProperties: {
            /**
             * @description A product that carries a fixed profit rate
             * @enum {string}
             */
            RateType: "FixedProfit";
        } & (components["schemas"]["AEProductFixedRateProperties"] & components["schemas"]["AEProductProfitCalculationMethodProperties"] & components["schemas"]["AEProductFinanceRateProperties"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            RateType: "FixedProfit";
        });
        AEProductFixedRateEndProperties: {
            /** @description Information on actions by LFI at end of fixed term period. */
            FixedRateEnd?: string;
        };
        AEProductVariableTermProperties: {
            /** @description The variable term period */
            VariableTerm?: components["schemas"]["AEDuration"];
        };
        /** @description Properties of an interest rates with a fixed and variable element */
        AEProductHybridInterestRateProperties: {
            /**
             * @description A product that carries an interest rate and has both fixed and variable elements
             * @enum {string}
             */
            RateType: "HybridInterest";
            FixedRate?: components["schemas"]["AEProductFixedRateProperties"] & components["schemas"]["AEProductInterestCalculationMethodProperties"] & components["schemas"]["AEProductFinanceRateProperties"] & components["schemas"]["AEProductFixedRateEndProperties"];
            VariableRate?: components["schemas"]["AEProductVariableRateProperties"] & components["schemas"]["AEProductInterestCalculationMethodProperties"] & components["schemas"]["AEProductFinanceRateProperties"] & components["schemas"]["AEProductVariableTermProperties"];
        } & (components["schemas"]["AEProductFinanceRateProperties"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            RateType: "HybridInterest";
        });
        /** @description Properties of a profit rates with a fixed and variable element */
        AEProductHybridProfitRateProperties: {
            /**
             * @description A product that carries a profit rate and has both fixed and variable elements
             * @enum {string}
             */
            RateType: "HybridProfit";
            FixedRate?: components["schemas"]["AEProductFixedRateProperties"] & components["schemas"]["AEProductProfitCalculationMethodProperties"] & components["schemas"]["AEProductFinanceRateProperties"] & components["schemas"]["AEProductFixedRateEndProperties"];
            VariableRate?: components["schemas"]["AEProductVariableRateProperties"] & components["schemas"]["AEProductProfitCalculationMethodProperties"] & components["schemas"]["AEProductFinanceRateProperties"] & components["schemas"]["AEProductVariableTermProperties"];
        } & (components["schemas"]["AEProductFinanceRateProperties"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            RateType: "HybridProfit";
        });
        /** Cleartext Finance Rate Data */
        AEProductFinanceRates: components["schemas"]["AEProductFixedInterestRateProperties"] | components["schemas"]["AEProductFixedProfitRateProperties"] | components["schemas"]["AEProductVariableInterestRateProperties"] | components["schemas"]["AEProductVariableProfitRateProperties"] | components["schemas"]["AEProductHybridInterestRateProperties"] | components["schemas"]["AEProductHybridProfitRateProperties"];
        AEProductDepositRates: {
            /**
             * @description The deposit rate type
             * @enum {string}
             */
            RateType: "FixedInterest" | "FixedProfit" | "VariableInterest" | "VariableProfit";
            /** @description Details of the deposit rates */
            RateDetails: {
                /**
                 * @description Confirmation what the rate relates to.
                 * @enum {string}
                 */
                RateCategory?: "Applied" | "Standard" | "Bonus" | "Introductory" | "Other";
                /** @description The annual rate applied when a single rate is applicable. */
                AnnualRate?: number;
                /** @description When a rate range applies */
                AnnualRateRange?: {
                    /** @description The minimum rate that could apply */
                    MinRate?: number;
                    /** @description The maximum rate that could apply */
                    MaxRate?: number;
                };
                /** @description Applicable when a rate applies to a balance tier or band. */
                Tier?: {
                    /** @description The minimum tier or band balance. */
                    MinBalance?: string;
                    /** @description The maximum tier or band balance. */
                    MaxBalance?: string;
                    Currency?: components["schemas"]["ActiveOrHistoricCurrencyCode_1"];
                };
                /** @description ISO 8601 duration of the fixed rate or the introductory/bonus rate. */
                Term?: components["schemas"]["AEDuration"];
                /**
                 * Format: date
                 * @description When applicable, the date when the bonus or introductory rate will be expire.
                 */
                EffectiveDate?: string;
                /**
                 * Format: date
                 * @description When applicable, the date when the bonus or introductory rate is effective from.
                 */
                ExpiryDate?: string;
                /**
                 * @description The balance used to calculate the interest or profit.
                 * @enum {string}
                 */
                CalculationMethod?: "DailyClosingBalance" | "MinimumMonthlyBalance" | "AverageDailyBalance" | "AverageMonthlyBalance" | "AccountOpeningBalance" | "NotApplicable" | "Other";
                /**
                 * @description The frequency the interest or profit is calculated.
                 * @enum {string}
                 */
                CalculationFrequency?: "Monthly" | "Daily" | "Quarterly" | "HalfYearly" | "Annually" | "NotApplicable";
                /**
                 * @description When the interest or profit is applied to the account.
                 * @enum {string}
                 */
                ApplicationFrequency?: "Monthly" | "Daily" | "Quarterly" | "HalfYearly" | "Annually" | "NotApplicable";
                /** @description Additional free-text notes. */
                Notes?: string;
            }[];
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
        "AEConsentStatus.AEBankDataSharingConsentPropertiesV21": {
            Data: {
                ConsentId: components["schemas"]["AEPushedAuthorizationRequests.AEConsentId"];
                BaseConsentId?: components["schemas"]["AEPushedAuthorizationRequests.AEBaseConsentId"];
                CreationDateTime: components["schemas"]["AEConsentStatus.AECreationDateTime"];
                Status: components["schemas"]["AEConsentStatus.AEConsentStatusCodes"];
                StatusUpdateDateTime: components["schemas"]["AEConsentStatus.AEStatusUpdateDateTime"];
                Permissions: components["schemas"]["AEBankDataSharingConsentPermissionCodes"][];
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
        /**
         * Format: date-time
         * @description Date and time at which the Consent was created. All dates in the JSON payloads are represented in ISO 8601 date-time format.
         *
         *     All date-time fields in responses must include the timezone, for example: 2023-04-05T10:43:07+00:00
         */
        "AEConsentStatus.AECreationDateTime": string;
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
         * @description Date and time at which the resource status was updated. All dates in the JSON payloads are represented in ISO 8601 date-time format.
         *
         *     All date-time fields in responses must include the timezone, for example: 2023-04-05T10:43:07+00:00
         */
        "AEConsentStatus.AEStatusUpdateDateTime": string;
        /**
         * @description The permission codes available to the TPP for Bank Data Sharing and agreed with the User.
         * @enum {string}
         */
        AEBankDataSharingConsentPermissionCodes: "ReadAccountsBasic" | "ReadAccountsDetail" | "ReadBalances" | "ReadBeneficiariesBasic" | "ReadBeneficiariesDetail" | "ReadFXTransactionsBasic" | "ReadFXTransactionsDetail" | "ReadFXRemittanceCharges" | "ReadTransactionsBasic" | "ReadTransactionsDetail" | "ReadProduct" | "ReadScheduledPaymentsBasic" | "ReadScheduledPaymentsDetail" | "ReadDirectDebits" | "ReadStandingOrdersBasic" | "ReadStandingOrdersDetail" | "ReadStatements" | "ReadPartyUser" | "ReadPartyUserIdentity" | "ReadParty" | "ReadProductFinanceRates";
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
    };
    responses: {
        /** @description Bad request */
        "400Error": {
            headers: {
                "x-fapi-interaction-id": components["headers"]["x-fapi-interaction-id"];
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["AEError400Response"];
                "application/json": components["schemas"]["AEError400Response"];
                "application/jwt": components["schemas"]["AEError400ResponseSigned"];
            };
        };
        /** @description Unauthorized */
        "401Error": {
            headers: {
                "x-fapi-interaction-id": components["headers"]["x-fapi-interaction-id"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Forbidden */
        "403Error": {
            headers: {
                "x-fapi-interaction-id": components["headers"]["x-fapi-interaction-id"];
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["AEError403Response"];
                "application/json": components["schemas"]["AEError403Response"];
                "application/jwt": components["schemas"]["AEError403ResponseSigned"];
            };
        };
        /** @description Not found */
        "404Error": {
            headers: {
                "x-fapi-interaction-id": components["headers"]["x-fapi-interaction-id"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Method Not Allowed */
        "405Error": {
            headers: {
                "x-fapi-interaction-id": components["headers"]["x-fapi-interaction-id"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Not Acceptable */
        "406Error": {
            headers: {
                "x-fapi-interaction-id": components["headers"]["x-fapi-interaction-id"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Unsupported Media Type */
        "415Error": {
            headers: {
                "x-fapi-interaction-id": components["headers"]["x-fapi-interaction-id"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Too Many Requests */
        "429Error": {
            headers: {
                /** @description Number in seconds to wait */
                "Retry-After"?: number;
                "x-fapi-interaction-id": components["headers"]["x-fapi-interaction-id"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Internal Server Error */
        "500Error": {
            headers: {
                "x-fapi-interaction-id": components["headers"]["x-fapi-interaction-id"];
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["AEError500Response"];
                "application/json": components["schemas"]["AEError500Response"];
                "application/jwt": components["schemas"]["AEError500ResponseSigned"];
            };
        };
        /** @description Direct Debits Read */
        "200AccountsAccountIdDirectDebitsRead": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["AEReadDirectDebit"];
                "application/json": components["schemas"]["AEReadDirectDebit"];
                "application/jwt": components["schemas"]["AEReadDirectDebitSigned"];
            };
        };
        /** @description Standing Orders Read */
        "200AccountsAccountIdStandingOrdersRead": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["AEReadStandingOrder"];
                "application/json": components["schemas"]["AEReadStandingOrder"];
                "application/jwt": components["schemas"]["AEReadStandingOrderSigned"];
            };
        };
        /** @description Scheduled Payments Read */
        "200AccountsAccountIdScheduledPaymentsRead": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["AEReadScheduledPayment"];
                "application/json": components["schemas"]["AEReadScheduledPayment"];
                "application/jwt": components["schemas"]["AEReadScheduledPaymentSigned"];
            };
        };
        /** @description Beneficiaries Read */
        "200AccountsAccountIdBeneficiariesRead": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["AEReadBeneficiary"];
                "application/json": components["schemas"]["AEReadBeneficiary"];
                "application/jwt": components["schemas"]["AEReadBeneficiarySigned"];
            };
        };
        /** @description Transactions Read */
        "200AccountsAccountIdTransactionsRead": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["AEReadTransaction"];
                "application/json": components["schemas"]["AEReadTransaction"];
                "application/jwt": components["schemas"]["AEReadTransactionSigned"];
            };
        };
        /** @description Product Read */
        "200AccountsAccountIdProductRead": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["AEReadProduct1"];
                "application/json": components["schemas"]["AEReadProduct1"];
                "application/jwt": components["schemas"]["AEReadProduct1Signed"];
            };
        };
        /** @description Balances Read */
        "200AccountsAccountIdBalancesRead": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["AEReadBalance"];
                "application/json": components["schemas"]["AEReadBalance"];
                "application/jwt": components["schemas"]["AEReadBalanceSigned"];
            };
        };
        /** @description Account ID Read */
        "200AccountsAccountIdRead": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["AEReadAccountId"];
                "application/json": components["schemas"]["AEReadAccountId"];
                "application/jwt": components["schemas"]["AEReadAccountIdSigned"];
            };
        };
        /** @description No Content */
        "204AccountAccessConsentsConsentIdDeleted": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Bank Data Sharing Consents Read */
        "200AccountAccessConsentsConsentIdRead": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["AEConsentStatus.AEBankDataSharingConsentPropertiesV21"];
                "application/json": components["schemas"]["AEConsentStatus.AEBankDataSharingConsentPropertiesV21"];
                "application/jwt": components["schemas"]["AEReadConsentResponseSigned"];
            };
        };
        /** @description Accounts Read */
        "200AccountsRead": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["AEReadAccount"];
                "application/json": components["schemas"]["AEReadAccount"];
                "application/jwt": components["schemas"]["AEReadAccountSigned"];
            };
        };
        /** @description Retrieve Bank Data Sharing Consents by BaseConsentId */
        "200BaseConsentIdConsentsRetrieve": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["AEConsentsByBaseConsentIdResponse"];
                "application/json": components["schemas"]["AEConsentsByBaseConsentIdResponse"];
                "application/jwt": components["schemas"]["AEConsentsByBaseConsentIdResponseSigned"];
            };
        };
    };
    parameters: {
        /** @description An authorization Token as per https://tools.ietf.org/html/rfc6750 */
        Authorization: string;
        /** @description Indicates the user-agent that the User is using. */
        "x-customer-user-agent": string;
        /** @description The User's IP address if the User is currently logged in with the TPP. */
        "x-fapi-customer-ip-address": string;
        /**
         * @description The time when the User last logged in with the TPP.
         *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
         *     Sun, 10 Sep 2017 19:43:31 UTC
         */
        "x-fapi-auth-date": string;
        /** @description An RFC4122 UID used as a correlation id. */
        "x-fapi-interaction-id": string;
        /** @description ConsentId */
        ConsentId: string;
        /** @description AccountId */
        AccountId: string;
        /**
         * @description The UTC ISO 8601 Date Time to filter transactions FROM
         *     NB Time component is optional - set to 00:00:00 for just Date.
         *     If the Date Time contains a timezone, the LFI must ignore the timezone component.
         */
        FromBookingDateTimeParam: string;
        /**
         * @description The UTC ISO 8601 Date Time to filter transactions TO
         *     NB Time component is optional - set to 00:00:00 for just Date.
         *     If the Date Time contains a timezone, the LFI must ignore the timezone component.
         */
        ToBookingDateTimeParam: string;
        /**
         * @description A specific baseConsentId. For example:
         *     ```
         *     baseConsentId=abc-19877d98-ab0e-4758-92a7-vvffr1234abv
         *     ```
         * @example abc-19877d98-ab0e-4758-92a7-vvffr1234abv
         */
        baseConsentId: string;
    };
    requestBodies: never;
    headers: {
        /**
         * @description An RFC4122 UID used as a correlation id.
         * @example 49df2c2c-6b80-40ee-96a1-71910a248048
         */
        "x-fapi-interaction-id": string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    GetAccountAccessConsentsByBaseConsentId: {
        parameters: {
            query: {
                /**
                 * @description A specific baseConsentId. For example:
                 *     ```
                 *     baseConsentId=abc-19877d98-ab0e-4758-92a7-vvffr1234abv
                 *     ```
                 * @example abc-19877d98-ab0e-4758-92a7-vvffr1234abv
                 */
                baseConsentId: components["parameters"]["baseConsentId"];
            };
            header: {
                /** @description An authorization Token as per https://tools.ietf.org/html/rfc6750 */
                authorization: components["parameters"]["Authorization"];
                /**
                 * @description The time when the User last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The User's IP address if the User is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description Indicates the user-agent that the User is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["200BaseConsentIdConsentsRetrieve"];
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
    GetAccountAccessConsentsConsentId: {
        parameters: {
            query?: never;
            header: {
                /** @description An authorization Token as per https://tools.ietf.org/html/rfc6750 */
                authorization: components["parameters"]["Authorization"];
                /**
                 * @description The time when the User last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The User's IP address if the User is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description Indicates the user-agent that the User is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path: {
                /** @description ConsentId */
                ConsentId: components["parameters"]["ConsentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["200AccountAccessConsentsConsentIdRead"];
            400: components["responses"]["400Error"];
            401: components["responses"]["401Error"];
            403: components["responses"]["403Error"];
            405: components["responses"]["405Error"];
            406: components["responses"]["406Error"];
            429: components["responses"]["429Error"];
            500: components["responses"]["500Error"];
        };
    };
    PatchAccountAccessConsentsConsentId: {
        parameters: {
            query?: never;
            header: {
                /** @description An authorization Token as per https://tools.ietf.org/html/rfc6750 */
                authorization: components["parameters"]["Authorization"];
                /**
                 * @description The time when the User last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The User's IP address if the User is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description Indicates the user-agent that the User is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path: {
                /** @description ConsentId */
                ConsentId: components["parameters"]["ConsentId"];
            };
            cookie?: never;
        };
        /** @description Request Body */
        requestBody?: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["AEPatchConsent"];
                "application/json": components["schemas"]["AEPatchConsent"];
                "application/jwt": components["schemas"]["AEPatchConsentSigned"];
            };
        };
        responses: {
            204: components["responses"]["204AccountAccessConsentsConsentIdDeleted"];
            400: components["responses"]["400Error"];
            401: components["responses"]["401Error"];
            403: components["responses"]["403Error"];
            405: components["responses"]["405Error"];
            406: components["responses"]["406Error"];
            415: components["responses"]["415Error"];
            429: components["responses"]["429Error"];
            500: components["responses"]["500Error"];
        };
    };
    GetAccounts: {
        parameters: {
            query?: never;
            header: {
                /** @description An authorization Token as per https://tools.ietf.org/html/rfc6750 */
                authorization: components["parameters"]["Authorization"];
                /**
                 * @description The time when the User last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The User's IP address if the User is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description Indicates the user-agent that the User is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["200AccountsRead"];
            400: components["responses"]["400Error"];
            401: components["responses"]["401Error"];
            403: components["responses"]["403Error"];
            405: components["responses"]["405Error"];
            406: components["responses"]["406Error"];
            429: components["responses"]["429Error"];
            500: components["responses"]["500Error"];
        };
    };
    GetAccountsAccountId: {
        parameters: {
            query?: never;
            header: {
                /** @description An authorization Token as per https://tools.ietf.org/html/rfc6750 */
                authorization: components["parameters"]["Authorization"];
                /**
                 * @description The time when the User last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The User's IP address if the User is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description Indicates the user-agent that the User is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path: {
                /** @description AccountId */
                AccountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["200AccountsAccountIdRead"];
            400: components["responses"]["400Error"];
            401: components["responses"]["401Error"];
            403: components["responses"]["403Error"];
            405: components["responses"]["405Error"];
            406: components["responses"]["406Error"];
            429: components["responses"]["429Error"];
            500: components["responses"]["500Error"];
        };
    };
    GetAccountsAccountIdBalances: {
        parameters: {
            query?: never;
            header: {
                /** @description An authorization Token as per https://tools.ietf.org/html/rfc6750 */
                authorization: components["parameters"]["Authorization"];
                /**
                 * @description The time when the User last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The User's IP address if the User is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description Indicates the user-agent that the User is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path: {
                /** @description AccountId */
                AccountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["200AccountsAccountIdBalancesRead"];
            400: components["responses"]["400Error"];
            401: components["responses"]["401Error"];
            403: components["responses"]["403Error"];
            405: components["responses"]["405Error"];
            406: components["responses"]["406Error"];
            429: components["responses"]["429Error"];
            500: components["responses"]["500Error"];
        };
    };
    GetAccountsAccountIdBeneficiaries: {
        parameters: {
            query?: never;
            header: {
                /** @description An authorization Token as per https://tools.ietf.org/html/rfc6750 */
                authorization: components["parameters"]["Authorization"];
                /**
                 * @description The time when the User last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The User's IP address if the User is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description Indicates the user-agent that the User is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path: {
                /** @description AccountId */
                AccountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["200AccountsAccountIdBeneficiariesRead"];
            400: components["responses"]["400Error"];
            401: components["responses"]["401Error"];
            403: components["responses"]["403Error"];
            405: components["responses"]["405Error"];
            406: components["responses"]["406Error"];
            429: components["responses"]["429Error"];
            500: components["responses"]["500Error"];
        };
    };
    GetAccountsAccountIdDirectDebits: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The time when the User last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The User's IP address if the User is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description An authorization Token as per https://tools.ietf.org/html/rfc6750 */
                authorization: components["parameters"]["Authorization"];
                /** @description Indicates the user-agent that the User is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path: {
                /** @description AccountId */
                AccountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["200AccountsAccountIdDirectDebitsRead"];
            400: components["responses"]["400Error"];
            401: components["responses"]["401Error"];
            403: components["responses"]["403Error"];
            404: components["responses"]["404Error"];
            405: components["responses"]["405Error"];
            406: components["responses"]["406Error"];
            429: components["responses"]["429Error"];
            500: components["responses"]["500Error"];
        };
    };
    GetAccountsAccountIdProduct: {
        parameters: {
            query?: never;
            header: {
                /** @description An authorization Token as per https://tools.ietf.org/html/rfc6750 */
                authorization: components["parameters"]["Authorization"];
                /**
                 * @description The time when the User last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The User's IP address if the User is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description Indicates the user-agent that the User is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path: {
                /** @description AccountId */
                AccountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["200AccountsAccountIdProductRead"];
            400: components["responses"]["400Error"];
            401: components["responses"]["401Error"];
            403: components["responses"]["403Error"];
            404: components["responses"]["404Error"];
            405: components["responses"]["405Error"];
            406: components["responses"]["406Error"];
            429: components["responses"]["429Error"];
            500: components["responses"]["500Error"];
        };
    };
    GetScheduledPayments: {
        parameters: {
            query?: never;
            header: {
                /** @description An authorization Token as per https://tools.ietf.org/html/rfc6750 */
                authorization: components["parameters"]["Authorization"];
                /**
                 * @description The time when the User last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The User's IP address if the User is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description Indicates the user-agent that the User is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path: {
                /** @description AccountId */
                AccountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["200AccountsAccountIdScheduledPaymentsRead"];
            400: components["responses"]["400Error"];
            401: components["responses"]["401Error"];
            403: components["responses"]["403Error"];
            404: components["responses"]["404Error"];
            405: components["responses"]["405Error"];
            406: components["responses"]["406Error"];
            429: components["responses"]["429Error"];
            500: components["responses"]["500Error"];
        };
    };
    GetAccountsAccountIdStandingOrders: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The time when the User last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The User's IP address if the User is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description An authorization Token as per https://tools.ietf.org/html/rfc6750 */
                authorization: components["parameters"]["Authorization"];
                /** @description Indicates the user-agent that the User is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path: {
                /** @description AccountId */
                AccountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["200AccountsAccountIdStandingOrdersRead"];
            400: components["responses"]["400Error"];
            401: components["responses"]["401Error"];
            403: components["responses"]["403Error"];
            404: components["responses"]["404Error"];
            405: components["responses"]["405Error"];
            406: components["responses"]["406Error"];
            429: components["responses"]["429Error"];
            500: components["responses"]["500Error"];
        };
    };
    GetAccountsAccountIdTransactions: {
        parameters: {
            query?: {
                /**
                 * @description The UTC ISO 8601 Date Time to filter transactions FROM
                 *     NB Time component is optional - set to 00:00:00 for just Date.
                 *     If the Date Time contains a timezone, the LFI must ignore the timezone component.
                 */
                fromBookingDateTime?: components["parameters"]["FromBookingDateTimeParam"];
                /**
                 * @description The UTC ISO 8601 Date Time to filter transactions TO
                 *     NB Time component is optional - set to 00:00:00 for just Date.
                 *     If the Date Time contains a timezone, the LFI must ignore the timezone component.
                 */
                toBookingDateTime?: components["parameters"]["ToBookingDateTimeParam"];
            };
            header: {
                /** @description An authorization Token as per https://tools.ietf.org/html/rfc6750 */
                authorization: components["parameters"]["Authorization"];
                /**
                 * @description The time when the User last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The User's IP address if the User is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description Indicates the user-agent that the User is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path: {
                /** @description AccountId */
                AccountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["200AccountsAccountIdTransactionsRead"];
            400: components["responses"]["400Error"];
            401: components["responses"]["401Error"];
            403: components["responses"]["403Error"];
            405: components["responses"]["405Error"];
            406: components["responses"]["406Error"];
            429: components["responses"]["429Error"];
            500: components["responses"]["500Error"];
        };
    };
    PartiesByAccountId_read: {
        parameters: {
            query?: never;
            header: {
                /** @description An authorization Token as per https://tools.ietf.org/html/rfc6750 */
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
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
            };
            path: {
                /** @description AccountId */
                AccountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    /** @description An RFC4122 UID used as a correlation id. */
                    "x-fapi-interaction-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["AEReadParty2"];
                    "application/json": components["schemas"]["AEReadParty2"];
                    "application/jwt": components["schemas"]["AEReadParty2Signed"];
                };
            };
            400: components["responses"]["400Error"];
            401: components["responses"]["401Error"];
            403: components["responses"]["403Error"];
            405: components["responses"]["405Error"];
            406: components["responses"]["406Error"];
            429: components["responses"]["429Error"];
            500: components["responses"]["500Error"];
        };
    };
    Parties_read: {
        parameters: {
            query?: never;
            header: {
                /** @description An authorization Token as per https://tools.ietf.org/html/rfc6750 */
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
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    /** @description An RFC4122 UID used as a correlation id. */
                    "x-fapi-interaction-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["AEReadParty4"];
                    "application/json": components["schemas"]["AEReadParty4"];
                    "application/jwt": components["schemas"]["AEReadParty4Signed"];
                };
            };
            400: components["responses"]["400Error"];
            401: components["responses"]["401Error"];
            403: components["responses"]["403Error"];
            405: components["responses"]["405Error"];
            406: components["responses"]["406Error"];
            429: components["responses"]["429Error"];
            500: components["responses"]["500Error"];
        };
    };
    GetAccountAccountIdStatements: {
        parameters: {
            query?: {
                /** @description Start date for filtering of the Statements on the Statements.OpeningDate field. If this is not populated, the start date will be open ended */
                fromStatementDate?: string;
                /** @description End date for filtering of the Statements on the Statement.OpeningDate.  If this is not populated, the end date will be open ended */
                toStatementDate?: string;
            };
            header: {
                /** @description An authorization Token as per https://tools.ietf.org/html/rfc6750 */
                authorization: components["parameters"]["Authorization"];
                /**
                 * @description The time when the User last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The User's IP address if the User is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
                /** @description Indicates the user-agent that the User is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path: {
                /** @description AccountId */
                AccountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Return statements */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["AEReadStatements"];
                    "application/json": components["schemas"]["AEReadStatements"];
                    "application/jwt": components["schemas"]["AEReadStatementsSigned"];
                };
            };
            400: components["responses"]["400Error"];
            401: components["responses"]["401Error"];
            403: components["responses"]["403Error"];
            405: components["responses"]["405Error"];
            406: components["responses"]["406Error"];
            429: components["responses"]["429Error"];
            500: components["responses"]["500Error"];
        };
    };
}
