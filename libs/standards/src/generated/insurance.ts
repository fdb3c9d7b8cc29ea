/**
 * GENERATED FILE: do not edit. Regenerate with `npm run wire-types` (tools/generate-wire-types.js,
 * openapi-typescript 7.13.0).
 * Source: standards/v2.1-errata1/uae-insurance-openapi.yaml
 * from the UAE Open Finance OpenAPI documents (MIT licence, Nebras Open Finance).
 */

export interface paths {
    "/employment-insurance-policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve employment insurance policies
         * @description Retrieve all insurance policies to which access has been granted by the User
         */
        get: operations["EmploymentInsurancePolicies_list"];
        put?: never;
        /**
         * Create an employment insurance policy from a quote
         * @description Create a employment insurance policy based on a quote previously created by the
         *     LFI. The TPP will send the `QuoteId` that has been saved by the LFI, together with
         *     any additional data that is required to create the insurance policy. The
         *     LFI will then invoke their BAU process to create the insurance policy.
         *
         *     After the policy initiation request has been sent the User will be redirected to
         *     the LFI to complete the creation of the insurance policy.
         */
        post: operations["EmploymentInsuranceCreatePolicy_signedRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/employment-insurance-policies/{InsurancePolicyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve an employment insurance policy
         * @description Retrieve an insurance policy for a given insurance policy identifier value, based
         *     on data clusters granted by the User.
         */
        get: operations["EmploymentInsurancePoliciesById_read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/employment-insurance-policies/{InsurancePolicyId}/payment-details": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve employment insurance policy payment details
         * @description Retrieve payment details for a given employment insurance policy, based on data clusters
         *     granted by the User.
         */
        get: operations["EmploymentInsurancePolicyByIdBankAccountDetails_read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/employment-insurance-quotes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an employment insurance quote
         * @description Create an employment insurance quote. Data can be sourced using data shared by an
         *     existing LFI using the `Quote` data cluster.
         */
        post: operations["CreateEmploymentInsuranceQuote_unsignedRequest_CreateEmploymentInsuranceQuote_signedRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/employment-insurance-quotes/{QuoteId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve an employment insurance quote
         * @description Retrieve the properties of a quote, using the quote identifier returned by the
         *     `post /employment-insurance-quotes` operation.
         */
        get: operations["EmploymentInsuranceGetQuoteByQuoteId_read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Accept an employment insurance quote
         * @description Update the quote status to indicate the User wishes to proceed and to
         *     create a new insurance policy. The TPP must update the status of the quote before
         *     retrieving any additional data through their Data Sharing permissions, to include
         *     in the new insurance policy request.
         */
        patch: operations["EmploymentInsuranceQuotePatch"];
        trace?: never;
    };
    "/health-insurance-policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve health insurance policies
         * @description Retrieve all insurance policies to which access has been granted by the User
         */
        get: operations["HealthInsurancePolicies_list"];
        put?: never;
        /**
         * Create a health insurance policy from a quote
         * @description Create a health insurance policy based on a quote previously created by the
         *     LFI. The TPP will send the `QuoteId` that has been saved by the LFI, together with
         *     any additional data that is required to create the insurance policy. The
         *     LFI will then invoke their BAU process to create the insurance policy.
         *
         *     After the policy initiation request has been sent the User will be redirected to
         *     the LFI to complete the creation of the insurance policy.
         */
        post: operations["HealthInsuranceCreatePolicy_signedRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health-insurance-policies/{InsurancePolicyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a health insurance policy
         * @description Retrieve an insurance policy for a given insurance policy identifier value, based
         *     on data clusters granted by the User.
         */
        get: operations["HealthInsurancePoliciesById_read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health-insurance-policies/{InsurancePolicyId}/payment-details": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve health insurance policy payment details
         * @description Retrieve payment details for a given health insurance policy, based on data clusters
         *     granted by the User.
         */
        get: operations["HealthInsurancePolicyByIdBankAccountDetails_read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health-insurance-quotes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a health insurance quote
         * @description Create a health insurance quote. Data can be sourced using data shared by an
         *     existing LFI using the `Quote` data cluster.
         */
        post: operations["CreateHealthInsuranceQuoteUnsignedOperation_CreateHealthInsuranceQuoteSignedOperation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health-insurance-quotes/{QuoteId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a health insurance quote
         * @description Retrieve the properties of a quote, using the quote identifier returned by the
         *     `post /health-insurance-quotes` operation.
         */
        get: operations["HealthInsuranceGetQuoteByQuoteId_read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Accept a health insurance quote
         * @description Update the quote status to indicate the User wishes to proceed and to
         *     create a new insurance policy. The TPP must update the status of the quote before
         *     retrieving any additional data through their Data Sharing permissions, to include
         *     in the new insurance policy request.
         */
        patch: operations["HealthInsuranceQuotePatch"];
        trace?: never;
    };
    "/home-insurance-policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve home insurance policies
         * @description Retrieve all insurance policies to which access has been granted by the User
         */
        get: operations["HomeInsurancePolicies_list"];
        put?: never;
        /**
         * Create a home insurance policy from a quote
         * @description Create a home insurance policy based on a quote previously created by the
         *     LFI. The TPP will send the `QuoteId` that has been saved by the LFI, together with
         *     any additional data that is required to create the insurance policy. The
         *     LFI will then invoke their BAU process to create the insurance policy.
         *
         *     After the policy initiation request has been sent the User will be redirected to
         *     the LFI to complete the creation of the insurance policy.
         */
        post: operations["HomeInsuranceCreatePolicy_signedRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/home-insurance-policies/{InsurancePolicyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a home insurance policy
         * @description Retrieve an insurance policy for a given insurance policy identifier value, based
         *     on data clusters granted by the User.
         */
        get: operations["HomeInsurancePoliciesById_read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/home-insurance-policies/{InsurancePolicyId}/payment-details": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve home insurance policy payment details
         * @description Retrieve payment details for a given home insurance policy, based on data clusters
         *     granted by the User.
         */
        get: operations["HomeInsurancePolicyByIdBankAccountDetails_read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/home-insurance-quotes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a home insurance quote
         * @description Create a home insurance quote. Data can be sourced using data shared by an
         *     existing LFI using the `Quote` data cluster.
         */
        post: operations["CreateHomeInsuranceQuote_unsignedRequest_CreateHomeInsuranceQuote_signedRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/home-insurance-quotes/{QuoteId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a home insurance quote
         * @description Retrieve the properties of a quote, using the quote identifier returned by the
         *     `post /home-insurance-quotes` operation.
         */
        get: operations["HomeInsuranceGetQuoteByQuoteId_read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Accept a home insurance quote
         * @description Update the quote status to indicate the User wishes to proceed and to
         *     create a new insurance policy. The TPP must update the status of the quote before
         *     retrieving any additional data through their Data Sharing permissions, to include
         *     in the new insurance policy request.
         */
        patch: operations["HomeInsuranceQuotePatch"];
        trace?: never;
    };
    "/insurance-consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve consents by BaseConsentId
         * @description Retrieve all consents that are linked to a given `BaseConsentId`
         */
        get: operations["InsuranceConsents_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/insurance-consents/{ConsentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a consent
         * @description Retrieve a consent for a given `ConsentId`
         */
        get: operations["InsuranceConsentsByConsentId_read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Modify a consent
         * @description Modify a consent for a given `ConsentId`
         */
        patch: operations["InsuranceConsentsByConsentId_unsignedRequestBodyUpdate_InsuranceConsentsByConsentId_signedRequestBodyUpdate"];
        trace?: never;
    };
    "/life-insurance-policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve life insurance policies
         * @description Retrieve all insurance policies to which access has been granted by the User
         */
        get: operations["LifeInsurancePolicies_list"];
        put?: never;
        /**
         * Create a life insurance policy from a quote
         * @description Create a life insurance policy based on a quote previously created by the
         *     LFI. The TPP will send the `QuoteId` that has been saved by the LFI, together with
         *     any additional data that is required to create the insurance policy. The
         *     LFI will then invoke their BAU process to create the insurance policy.
         *
         *     After the policy initiation request has been sent the User will be redirected to
         *     the LFI to complete the creation of the insurance policy.
         */
        post: operations["LifeInsuranceCreatePolicy_signedRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/life-insurance-policies/{InsurancePolicyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a life insurance policy
         * @description Retrieve an insurance policy for a given insurance policy identifier value, based
         *     on data clusters granted by the User.
         */
        get: operations["LifeInsurancePoliciesById_read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/life-insurance-policies/{InsurancePolicyId}/payment-details": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve life insurance policy payment details
         * @description Retrieve payment details for a given life insurance policy, based on data clusters
         *     granted by the User.
         */
        get: operations["LifeInsurancePolicyByIdBankAccountDetails_read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/life-insurance-quotes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a life insurance quote
         * @description Create a life insurance quote. Data can be sourced using data shared by an
         *     existing LFI using the `Quote` data cluster.
         */
        post: operations["CreateLifeInsuranceQuote_unsignedRequest_CreateLifeInsuranceQuote_signedRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/life-insurance-quotes/{QuoteId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a life insurance quote
         * @description Retrieve the properties of a quote, using the quote identifier returned by the
         *     `post /life-insurance-quotes` operation.s
         */
        get: operations["LifeInsuranceGetQuoteByQuoteId_read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Accept a life insurance quote
         * @description Update the quote status to indicate the User wishes to proceed and to
         *     create a new insurance policy. The TPP must update the status of the quote before
         *     retrieving any additional data through their Data Sharing permissions, to include
         *     in the new insurance policy request.
         */
        patch: operations["LifeInsuranceQuotePatch"];
        trace?: never;
    };
    "/motor-insurance-policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve motor insurance policies
         * @description Retrieve all insurance policies to which access has been granted by the User
         */
        get: operations["MotorInsurancePolicies_list"];
        put?: never;
        /**
         * Create a motor insurance policy from a quote
         * @description Create an employment insurance policy based on a quote previously created by the
         *     LFI. The TPP will send the `QuoteId` that has been saved by the LFI, together with
         *     any additional data that is required to create the insurance policy. The
         *     LFI will then invoke their BAU process to create the insurance policy.
         *
         *     After the policy initiation request has been sent the User will be redirected to
         *     the LFI to complete the creation of the insurance policy.
         */
        post: operations["MotorInsuranceCreatePolicy_signedRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/motor-insurance-policies/{InsurancePolicyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a motor insurance policy
         * @description Retrieve an insurance policy for a given insurance policy identifier value, based
         *     on data clusters granted by the User.
         */
        get: operations["MotorInsurancePoliciesById_read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/motor-insurance-policies/{InsurancePolicyId}/payment-details": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve motor insurance policy payment details
         * @description Retrieve payment details for a given motor insurance policy, based on data clusters
         *     granted by the User.
         */
        get: operations["MotorInsurancePolicyByIdBankAccountDetails_read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/motor-insurance-quotes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a motor insurance quote
         * @description Create a motor insurance quote. Data can be sourced using data shared by an
         *     existing LFI using a `Quote` data cluster.
         */
        post: operations["CreateMotorInsuranceQuote_unsignedRequest_CreateMotorInsuranceQuote_signedRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/motor-insurance-quotes/{QuoteId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a motor insurance quote
         * @description Retrieve the properties of a quote, using the quote identifier returned by the
         *     `post /motor-insurance-quotes` operation.
         */
        get: operations["MotorInsuranceGetQuoteByQuoteId_read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Accept a motor insurance quote
         * @description Update the quote status to indicate the User wishes to proceed and to
         *     create a new insurance policy. The TPP must update the status of the quote before
         *     retrieving any additional data through their Data Sharing permissions, to include
         *     in the new insurance policy request.
         */
        patch: operations["MotorInsuranceQuotePatch"];
        trace?: never;
    };
    "/renters-insurance-policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve renters insurance policies
         * @description Retrieve all insurance policies to which access has been granted by the User
         */
        get: operations["RentersInsurancePolicies_list"];
        put?: never;
        /**
         * Create a renters insurance policy from a quote
         * @description Create a renters insurance policy based on a quote previously created by the
         *     LFI. The TPP will send the `QuoteId` that has been saved by the LFI, together with
         *     any additional data that is required to create the insurance policy. The
         *     LFI will then invoke their BAU process to create the insurance policy.
         *
         *     After the policy initiation request has been sent the User will be redirected to
         *     the LFI to complete the creation of the insurance policy.
         */
        post: operations["RentersInsuranceCreatePolicy_signedRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/renters-insurance-policies/{InsurancePolicyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a renters insurance policy
         * @description Retrieve an insurance policy for a given insurance policy identifier value, based
         *     on data clusters granted by the User.
         */
        get: operations["RentersInsurancePoliciesById_read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/renters-insurance-policies/{InsurancePolicyId}/payment-details": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve renters insurance policy payment details
         * @description Retrieve payment details for a given renters insurance policy, based on data clusters
         *     granted by the User.
         */
        get: operations["RentersInsurancePolicyByIdBankAccountDetails_read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/renters-insurance-quotes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a renters insurance quote
         * @description Create a renters insurance quote. Data can be sourced using data shared by an
         *     existing LFI using the `Quote` data cluster.
         */
        post: operations["CreateRentersInsuranceQuote_unsignedRequest_CreateRentersInsuranceQuote_signedRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/renters-insurance-quotes/{QuoteId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a renters insurance quote
         * @description Retrieve the properties of a quote, using the quote identifier returned by the
         *     `post /renters-insurance-quotes` operation.
         */
        get: operations["RentersInsuranceGetQuoteByQuoteId_read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Accept a renters insurance quote
         * @description Update the quote status to indicate the User wishes to proceed and to
         *     create a new insurance policy. The TPP must update the status of the quote before
         *     retrieving any additional data through their Data Sharing permissions, to include
         *     in the new insurance policy request.
         */
        patch: operations["RentersInsuranceQuotePatch"];
        trace?: never;
    };
    "/travel-insurance-policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve travel insurance policies
         * @description Retrieve all insurance policies to which access has been granted by the User
         */
        get: operations["TravelInsurancePolicies_list"];
        put?: never;
        /**
         * Create a travel insurance policy from a quote
         * @description Create a travel insurance policy based on a quote previously created by the
         *     LFI. The TPP will send the `QuoteId` that has been saved by the LFI, together with
         *     any additional data that is required to create the insurance policy. The
         *     LFI will then invoke their BAU process to create the insurance policy.
         *
         *     After the policy initiation request has been sent the User will be redirected to
         *     the LFI to complete the creation of the insurance policy.
         */
        post: operations["TravelInsuranceCreatePolicy_signedRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/travel-insurance-policies/{InsurancePolicyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a travel insurance policy
         * @description Retrieve an insurance policy for a given insurance policy identifier value, based
         *     on data clusters granted by the User.
         */
        get: operations["TravelInsurancePoliciesById_read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/travel-insurance-policies/{InsurancePolicyId}/payment-details": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve travel insurance policy payment details
         * @description Retrieve payment details for a given travel insurance policy, based on data clusters
         *     granted by the User.
         */
        get: operations["TravelInsurancePolicyByIdBankAccountDetails_read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/travel-insurance-quotes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a travel insurance quote
         * @description Create a travel insurance quote. Data can be sourced using data shared by an
         *     existing LFI using the `Quote` data cluster.
         */
        post: operations["CreateTravelInsuranceQuote_unsignedRequest_CreateTravelInsuranceQuote_signedRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/travel-insurance-quotes/{QuoteId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a travel insurance quote
         * @description Retrieve the properties of a quote, using the quote identifier returned by the
         *     `post /travel-insurance-quotes` operation.
         */
        get: operations["TravelInsuranceGetQuoteByQuoteId_read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Accept a travel insurance quote
         * @description Update the quote status to indicate the User wishes to proceed and to
         *     create a new insurance policy. The TPP must update the status of the quote before
         *     retrieving any additional data through their Data Sharing permissions, to include
         *     in the new insurance policy request.
         */
        patch: operations["TravelInsuranceQuotePatch"];
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description The Currency and Amount relating to the Payment, Refund or Request to Pay */
        AEActiveCurrencyAmount: {
            Currency: components["schemas"]["AEActiveOrHistoricCurrencyCode"];
            Amount: components["schemas"]["AEActiveOrHistoricAmount"];
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
        /** @enum {string} */
        AEConsentPermissionCodes: "ReadInsurancePolicies" | "ReadCustomerBasic" | "ReadCustomerDetail" | "ReadCustomerPaymentDetails" | "ReadInsuranceProduct" | "ReadCustomerClaims" | "ReadInsurancePremium";
        AEConsentPermissions: {
            /**
             * @description The insurance sector to which the permissions relate.
             * @enum {string}
             */
            InsuranceType: "Employment" | "Health" | "Home" | "Life" | "Motor" | "Renters" | "Travel";
            /** @description The data clusters requested by the TPP. */
            Permissions: components["schemas"]["AEConsentPermissionCodes"][];
        };
        /** @enum {string} */
        AEConsentStatusCode: "Authorized" | "AwaitingAuthorization" | "Rejected" | "Revoked" | "Expired" | "Suspended";
        AECreateEmploymentInsuranceQuoteRequestBody1: {
            Data: components["schemas"]["AEEmploymentInsuranceQuoteRequestProperties"];
        };
        AECreateEmploymentInsuranceQuoteRequestBody1Signed: {
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
            message: components["schemas"]["AECreateEmploymentInsuranceQuoteRequestBody1"];
        };
        AECreateHealthInsuranceQuoteRequestBody1: {
            Data: components["schemas"]["AEHealthInsuranceQuoteRequestProperties"];
        };
        AECreateHealthInsuranceQuoteRequestBody1Signed: {
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
            message: components["schemas"]["AECreateHealthInsuranceQuoteRequestBody1"];
        };
        AECreateHealthInsuranceQuoteResponseBody: {
            /** @description One-or-more quotes. If no quotes are provided the LFI should respond with the `204` response code and an empty payload */
            Data: components["schemas"]["AEHealthInsuranceCreateQuoteResponseProperties"][];
            Links: components["schemas"]["LinksSelf"];
            Meta: components["schemas"]["Meta"];
        };
        AECreateHomeInsuranceQuoteRequestBody1: {
            Data: components["schemas"]["AEHomeInsuranceQuoteRequestProperties"];
        };
        AECreateHomeInsuranceQuoteRequestBody1Signed: {
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
            message: components["schemas"]["AECreateHomeInsuranceQuoteRequestBody1"];
        };
        AECreateInsurancePolicyLinks1: {
            Self: components["schemas"]["Self"];
            /**
             * Format: uri
             * @description A redirect URL provided by the LFI to complete creating the insurance policy. The TPP must redirect the User to this URL.
             *     The URL is optional as the LFI may have all required information through party data to complete account creation.
             */
            CreateInsurancePolicyRedirectUrl?: string;
        };
        AECreateInsuranceQuoteResponseBody1: {
            /** @description One-or-more quotes. If no quotes are provided the LFI should respond with the `204` response code and an empty payload */
            Data: components["schemas"]["AEInsuranceCreateQuoteResponseProperties"][];
            Links: components["schemas"]["LinksSelf"];
            Meta: components["schemas"]["Meta"];
        };
        AECreateLifeInsuranceQuoteRequestBody1: {
            Data: components["schemas"]["AELifeInsuranceQuoteRequestProperties"];
        };
        AECreateLifeInsuranceQuoteRequestBody1Signed: {
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
            message: components["schemas"]["AECreateLifeInsuranceQuoteRequestBody1"];
        };
        AECreateMotorInsuranceQuoteRequestBody1: {
            Data: components["schemas"]["AEMotorInsuranceQuoteRequestProperties"];
        };
        AECreateMotorInsuranceQuoteRequestBody1Signed: {
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
            message: components["schemas"]["AECreateMotorInsuranceQuoteRequestBody1"];
        };
        AECreateRentersInsuranceQuoteRequestBody1: {
            Data: components["schemas"]["AERentersInsuranceQuoteRequestProperties"];
        };
        AECreateRentersInsuranceQuoteRequestBody1Signed: {
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
            message: components["schemas"]["AECreateRentersInsuranceQuoteRequestBody1"];
        };
        AECreateTravelInsuranceQuoteRequestBody1: {
            Data: components["schemas"]["AETravelInsuranceQuoteRequestProperties"];
        };
        AECreateTravelInsuranceQuoteRequestBody1Signed: {
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
            message: components["schemas"]["AECreateTravelInsuranceQuoteRequestBody1"];
        };
        AECustomErrorCode: string;
        /**
         * @description Primary language spoken by the insurance policy customer
         * @enum {string}
         */
        AECustomerPrimaryLanguage: "English" | "Arabic" | "Other";
        AEDocumentProperties: {
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
        /**
         * Format: duration
         * @example P2Y3M
         */
        AEDurationYearsAndMonths: string;
        AEEmploymentInsurancePolicyProperties1: {
            /**
             * @description Unique identifier for a given insurance policy
             * @example d330c5bb-0889-4596-86bb-17cc9a4a17b5
             */
            InsurancePolicyId: components["schemas"]["AEInsuranceResourceIdentifierType"];
            /** @description Information about the customer. Requires `ReadCustomerBasic` permission to be granted by the User, except for `Employment` which requires `ReadCustomerDetail`. */
            PolicyHolder?: {
                /** @description The salutation of the individual or customer. */
                Salutation?: components["schemas"]["AEInsuranceSalutationCodes"];
                /** @description First Name of the individual. */
                FirstName: string;
                /** @description Middle Name of the individual. */
                MiddleName?: string;
                /** @description Last Name (Surname) of the individual. */
                LastName: string;
                /** @description The gender of the customer */
                Gender: components["schemas"]["AEInsuranceGender"];
                /**
                 * Format: date
                 * @description Date of birth of the individual.
                 */
                DateOfBirth: string;
                /** @description The marital status of the individual. */
                MaritalStatus?: components["schemas"]["AEInsuranceMaritalStatus"];
                /** @description Residential Location of the individual. */
                ResidentialLocation?: string;
                /** @description The landline telephone number of the individual. */
                LandlineNumber?: components["schemas"]["AEInsurancePhoneNumberType"];
                /** @description The nationality of the individual based on the ISO 3166-1 alpha-3 codes */
                Nationality: string;
                /** @description Primary language spoken by the insurance policy customer */
                PrimaryLanguage?: components["schemas"]["AECustomerPrimaryLanguage"];
                /** @description The mobile telephone number of the individual. */
                MobileNumber: components["schemas"]["AEInsurancePhoneNumberType"];
                /** @description Email address of the individual. */
                EmailAddress: components["schemas"]["AEInsuranceEmailAddressType"];
                /** @description Customer's address details */
                Address?: {
                    /**
                     * @description The type of address.
                     * @enum {string}
                     */
                    AddressType?: "Billing" | "Business" | "Correspondence" | "DeliveryTo" | "MailTo" | "POBox" | "Postal" | "Permanent" | "Residential" | "Statement" | "Other";
                    /**
                     * @description Information that locates and identifies a specific address for a transaction entry, that is presented in free format text.
                     *
                     *     This value should be used where the address is provided or stored as a single string.
                     */
                    AddressLine: components["schemas"]["AEInsuranceAddressLine"][];
                    /** @description The unit, apartment, or villa number within a building or community */
                    BuildingNumber?: string;
                    /** @description Name of the building or house. */
                    BuildingName?: string;
                    /** @description Floor or storey within a building. */
                    Floor?: string;
                    /** @description The name of the street or road where the property is located */
                    StreetName?: string;
                    /** @description The district, community, or neighbourhood where the property is located */
                    DistrictName?: string;
                    /** @description The P.O. Box number assigned to the recipient for mail delivery */
                    PostBox?: string;
                    /** @description Name of a built-up area, such as a town or city */
                    TownName?: string;
                    /** @description Country subdivision, such as state or province. This is the Emirate where the address is registered. */
                    CountrySubDivision?: components["schemas"]["AEInsuranceEmirate"];
                    /** @description The country associated with the address, represented using the ISO 3166-1 alpha-2 country code. */
                    Country: components["schemas"]["AEInsuranceCountryCode"];
                }[];
                /** @description Employment information for the policyholder. Requires `ReadCustomerDetail` permission to be granted by the User. */
                Employment?: {
                    /** @description The individuals profession. */
                    Profession?: string;
                    /** @description A description of the individual's Profession */
                    ProfessionDescription?: string;
                    /** @description Individual's job title */
                    JobTitle?: string;
                    /** @description An individual's professional qualifications, special licenses and certifications */
                    Designation?: string;
                    /** @description Nature of employer business */
                    NatureOfEmployerBusiness?: string;
                    /** @description Employer name. */
                    EmployerName?: string;
                    /** @description The address details of the individual's employer */
                    EmployerAddress?: components["schemas"]["AEInsuranceAddressProperties"];
                    EmploymentStatus?: components["schemas"]["AEInsuranceEmploymentStatus"];
                    /**
                     * Format: date
                     * @description Individual's employment start date
                     */
                    StartDate?: string;
                    /** @description Source of the individual's income as a free form description */
                    SourceOfIncome?: string;
                    /** @description Monthly income amount and currency */
                    MonthlyIncomeAmount: components["schemas"]["AEActiveCurrencyAmount"];
                    /** @description Annual income amount and currency */
                    AnnualIncomeAmount?: components["schemas"]["AEActiveCurrencyAmount"];
                    /** @description Provided when the individual has additional income. */
                    AdditionalCompensation?: {
                        /** @description Free form description of the additional compensation */
                        Description: string;
                        /** @description The amount of the additional compensation */
                        CompensationAmount: components["schemas"]["AEActiveCurrencyAmount"];
                    }[];
                    /** @enum {string} */
                    SalaryBand?: "NoSalary" | "BelowAED000PM" | "AED4000ToAED12000PM" | "AED12001AndAbove";
                };
            };
            /** @description Identity information for the policyholder or insured person. Requires `ReadCustomerDetail` permission to be granted by the User for the policyholder identity to be provided. */
            Identity?: components["schemas"]["AEInsuranceIdentityTypes"];
            /** @description Details of the insurance product. Requires `ReadInsuranceProduct` permission to be granted by the User. */
            Product?: {
                Policy: {
                    /**
                     * @description For Involuntary Loss of Employment Insurance (ILOE) confirmation of the customer's Salary Category.
                     *
                     *     Categories are defined as follows:
                     *
                     *     * Category A - Salary of AED16,000 or less
                     *     * Category B - Salary Exceeding AED16,000
                     * @enum {string}
                     */
                    SchemeCategory: "CategoryA" | "CategoryB";
                    /**
                     * @description For Involuntary Loss of Employment Insurance (ILOE) confirmation of the customer's employment Sector
                     * @enum {string}
                     */
                    Sector: "Private" | "FederalGovernment";
                    /**
                     * Format: duration
                     * @description The insurance policy term in years and months, using ISO 8601 compatible duration format
                     * @example P2Y3M
                     */
                    PolicyTerm?: string;
                    /**
                     * @description The payment frequency the calculated Premium has been based on.
                     * @enum {string}
                     */
                    PremiumFrequency: "Annually" | "OneTime" | "Monthly" | "Quarterly" | "BiAnnual" | "Limited" | "Other";
                    /**
                     * Format: date
                     * @description Policy start date
                     */
                    PolicyStartDate?: string;
                    /** @description The date on which cover ends. */
                    PolicyEndDate?: string;
                    /**
                     * @description Sales channel of policy.
                     * @enum {string}
                     */
                    PolicyPurchaseChannelType: "Direct" | "Agent" | "Broker" | "Bank" | "InvFinInst" | "TPA" | "OnlineInsideUAE" | "OnlineOutsideUAE" | "Aggregation" | "Outside" | "Other";
                };
            };
            /** @description Details of claims made against the insurance policy. Requires the `ReadCustomerClaims` permission to be granted by the User. */
            Claims?: components["schemas"]["AEInsuranceDataSharingClaimsWithLossCauseProperties"];
            /** @description Details of the insurance policy premium. Requires the `ReadInsurancePremium` permission to be granted by the User. */
            Premium?: components["schemas"]["AEInsuranceDataSharingPremiumProperties"] | components["schemas"]["AEInsurancePremiumJWE"];
        };
        AEEmploymentInsuranceQuoteAcceptQuoteRequestProperties: {
            /** @description Quote status. */
            QuoteStatus: components["schemas"]["AEInsuranceAcceptedByUserQuoteStatusCodes"];
            QuoteReference: components["schemas"]["AEInsuranceQuoteReferenceType"];
            /** @description Insurance sub-type, describing the insurance type specific to the sector. */
            InsuranceSubType: string;
            /** @description Details of the quoted premium, as provided in the quote response. */
            Premium: components["schemas"]["AEInsurancePremiumProperties"];
            /** @description Details of the commission, as provided in the quote response. */
            Commission: {
                /** @description The total monetary value of the commission paid to the TPP if the User proceeds with the quote application and purchases the policy based on the quote information provided. */
                CommissionAmount?: components["schemas"]["AEActiveCurrencyAmount"];
                /**
                 * @description The method to be used to pay the commission to the TPP if the User elects to proceed with the application and successfully purchases the policy.
                 * @enum {string}
                 */
                PaymentMethod: "DirectToTPP" | "ThroughAPIHub";
            };
            /**
             * @description Confirmation whether the customer monthly salary is less than or greater than AED 4,000 each month. Required for Health Insurance.
             * @enum {string}
             */
            CustomerSalary?: "Under4K" | "Over4K";
            /**
             * Format: date-time
             * @description The quote creation date and time, as supplied by the LFI in the property `CreationDateTime`.
             */
            QuoteCreationDateTime: string;
            /**
             * Format: date-time
             * @description The expiration date of the quote, as provided in the quote response, if provided by the LFI.
             */
            ExpirationDateTime?: string;
            /** @description Broker requests to handle following steps of policy issuance process. */
            PolicyIssuanceRequest?: {
                /** @description Broker request to complete capture of customer verification information and documents for this quote. */
                CustomerVerification: boolean;
                /** @description Broker request to host payment checkout. */
                Payment: boolean;
                /** @description Broker request to provide policy documents to customer. */
                PolicyDocuments: boolean;
            };
            /** @description Customer documents encoded for submission to the LFI. Omitted if not required or quote status is `ApplicationPending`. */
            Documents?: components["schemas"]["AEDocumentProperties"][];
            /** @description Verified details captured by the TPP, when the TPP is a Broker. Omitted if not required. */
            VerifiedDetails?: {
                /** @description Revised details, verified by the TPP. */
                Policy?: {
                    /**
                     * Format: date
                     * @description Policy start date
                     */
                    PolicyStartDate?: string;
                    /** @description The date on which cover ends. */
                    PolicyEndDate?: string;
                    /**
                     * @description For Involuntary Loss of Employment Insurance (ILOE) confirmation of the customer's Salary Category.
                     *
                     *     Categories are defined as follows:
                     *
                     *     * Category A - Salary of AED16,000 or less
                     *     * Category B - Salary Exceeding AED16,000
                     * @enum {string}
                     */
                    SchemeCategory?: "CategoryA" | "CategoryB";
                    /**
                     * @description For Involuntary Loss of Employment Insurance (ILOE) confirmation of the customer's employment Sector
                     * @enum {string}
                     */
                    Sector?: "Private" | "FederalGovernment";
                    /**
                     * Format: duration
                     * @description The insurance policy term in years and months, using ISO 8601 compatible duration format
                     * @example P2Y3M
                     */
                    PolicyTerm?: string;
                    /**
                     * @description The payment frequency the calculated Premium has been based on.
                     * @enum {string}
                     */
                    PremiumFrequency?: "Annually" | "OneTime" | "Monthly" | "Quarterly" | "BiAnnual" | "Limited" | "Other";
                };
                /** @description Revised details, verified by the TPP. */
                PolicyHolder?: {
                    /** @description The salutation of the individual or customer. */
                    Salutation?: components["schemas"]["AEInsuranceSalutationCodes"];
                    /** @description First Name of the individual. */
                    FirstName?: string;
                    /** @description Middle Name of the individual. */
                    MiddleName?: string;
                    /** @description Last Name (Surname) of the individual. */
                    LastName?: string;
                    /** @description The gender of the customer */
                    Gender?: components["schemas"]["AEInsuranceGender"];
                    /**
                     * Format: date
                     * @description Date of birth of the individual.
                     */
                    DateOfBirth?: string;
                    /** @description The marital status of the individual. */
                    MaritalStatus?: components["schemas"]["AEInsuranceMaritalStatus"];
                    /** @description Residential Location of the individual. */
                    ResidentialLocation?: string;
                    /** @description The landline telephone number of the individual. */
                    LandlineNumber?: components["schemas"]["AEInsurancePhoneNumberType"];
                    /** @description The nationality of the individual based on the ISO 3166-1 alpha-3 codes */
                    Nationality?: string;
                    /** @description Primary language spoken by the insurance policy customer */
                    PrimaryLanguage?: components["schemas"]["AECustomerPrimaryLanguage"];
                    /** @description The mobile telephone number of the individual. */
                    MobileNumber?: components["schemas"]["AEInsurancePhoneNumberType"];
                    /** @description Email address of the individual. */
                    EmailAddress?: components["schemas"]["AEInsuranceEmailAddressType"];
                    /** @description Address details */
                    Address?: {
                        /**
                         * @description The type of address.
                         * @enum {string}
                         */
                        AddressType?: "Billing" | "Business" | "Correspondence" | "DeliveryTo" | "MailTo" | "POBox" | "Postal" | "Permanent" | "Residential" | "Statement" | "Other";
                        /**
                         * @description Information that locates and identifies a specific address for a transaction entry, that is presented in free format text.
                         *
                         *     This value should be used where the address is provided or stored as a single string.
                         */
                        AddressLine?: components["schemas"]["AEInsuranceAddressLine"][];
                        /** @description The unit, apartment, or villa number within a building or community */
                        BuildingNumber?: string;
                        /** @description Name of the building or house. */
                        BuildingName?: string;
                        /** @description Floor or storey within a building. */
                        Floor?: string;
                        /** @description The name of the street or road where the property is located */
                        StreetName?: string;
                        /** @description The district, community, or neighbourhood where the property is located */
                        DistrictName?: string;
                        /** @description The P.O. Box number assigned to the recipient for mail delivery */
                        PostBox?: string;
                        /** @description Name of a built-up area, such as a town or city */
                        TownName?: string;
                        /** @description Country subdivision, such as state or province. This is the Emirate where the address is registered. */
                        CountrySubDivision?: components["schemas"]["AEInsuranceEmirate"];
                        /** @description The country associated with the address, represented using the ISO 3166-1 alpha-2 country code. */
                        Country?: components["schemas"]["AEInsuranceCountryCode"];
                    }[];
                };
                /** @description Revised identity details, verified by the TPP. */
                Identity?: components["schemas"]["AEInsuranceQuoteVerifiedIdentityProperties"];
                /** @description Revised details, verified by the TPP. */
                Employment?: {
                    /** @description The individuals profession. */
                    Profession?: string;
                    /** @description A description of the individual's Profession */
                    ProfessionDescription?: string;
                    /** @description Individual's job title */
                    JobTitle?: string;
                    /** @description An individual's professional qualifications, special licenses and certifications */
                    Designation?: string;
                    /** @description Nature of employer business */
                    NatureOfEmployerBusiness?: string;
                    /** @description Employer name. */
                    EmployerName?: string;
                    /** @description The address details of the individual's employer */
                    EmployerAddress?: components["schemas"]["AEInsuranceAddressProperties"];
                    EmploymentStatus?: components["schemas"]["AEInsuranceEmploymentStatus"];
                    /**
                     * Format: date
                     * @description Individual's employment start date
                     */
                    StartDate?: string;
                    /** @description Source of the individual's income as a free form description */
                    SourceOfIncome?: string;
                    /** @description Monthly income amount and currency */
                    MonthlyIncomeAmount?: {
                        Currency?: components["schemas"]["AEActiveOrHistoricCurrencyCode"];
                        Amount?: components["schemas"]["AEActiveOrHistoricAmount"];
                    };
                    /** @description Annual income amount and currency */
                    AnnualIncomeAmount?: {
                        Currency?: components["schemas"]["AEActiveOrHistoricCurrencyCode"];
                        Amount?: components["schemas"]["AEActiveOrHistoricAmount"];
                    };
                    /** @description Provided when the individual has additional income. */
                    AdditionalCompensation?: {
                        /** @description Free form description of the additional compensation */
                        Description?: string;
                        /** @description The amount of the additional compensation */
                        CompensationAmount?: {
                            Currency?: components["schemas"]["AEActiveOrHistoricCurrencyCode"];
                            Amount?: components["schemas"]["AEActiveOrHistoricAmount"];
                        };
                    }[];
                };
            };
        };
        AEEmploymentInsuranceQuoteAdditionalCompensationProperties: {
            /** @description Free form description of the additional compensation */
            Description: string;
            /** @description The amount of the additional compensation */
            CompensationAmount: components["schemas"]["AEActiveCurrencyAmount"];
        };
        /** @description Details of the employment to be insured. */
        AEEmploymentInsuranceQuoteEmploymentProperties: {
            /** @description The individuals profession. */
            Profession?: string;
            /** @description A description of the individual's Profession */
            ProfessionDescription?: string;
            /** @description Individual's job title */
            JobTitle?: string;
            /** @description An individual's professional qualifications, special licenses and certifications */
            Designation?: string;
            /** @description Nature of employer business */
            NatureOfEmployerBusiness?: string;
            /** @description Employer name. */
            EmployerName: string;
            /** @description The address details of the individual's employer */
            EmployerAddress?: components["schemas"]["AEInsuranceAddressProperties"];
            EmploymentStatus: components["schemas"]["AEInsuranceEmploymentStatus"];
            /**
             * Format: date
             * @description Individual's employment start date
             */
            StartDate?: string;
            /** @description Source of the individual's income as a free form description */
            SourceOfIncome?: string;
            /** @description Monthly income amount and currency */
            MonthlyIncomeAmount: components["schemas"]["AEActiveCurrencyAmount"];
            /** @description Annual income amount and currency */
            AnnualIncomeAmount?: components["schemas"]["AEActiveCurrencyAmount"];
            /** @description Provided when the individual has additional income. */
            AdditionalCompensation?: components["schemas"]["AEEmploymentInsuranceQuoteAdditionalCompensationProperties"][];
        };
        AEEmploymentInsuranceQuotePolicyHolderProperties: {
            /** @description The salutation of the individual or customer. */
            Salutation?: components["schemas"]["AEInsuranceSalutationCodes"];
            /** @description First Name of the individual. */
            FirstName: string;
            /** @description Middle Name of the individual. */
            MiddleName?: string;
            /** @description Last Name (Surname) of the individual. */
            LastName: string;
            /** @description The gender of the customer */
            Gender: components["schemas"]["AEInsuranceGender"];
            /**
             * Format: date
             * @description Date of birth of the individual.
             */
            DateOfBirth?: string;
            /** @description The marital status of the individual. */
            MaritalStatus?: components["schemas"]["AEInsuranceMaritalStatus"];
            /** @description Residential Location of the individual. */
            ResidentialLocation?: string;
            /** @description The landline telephone number of the individual. */
            LandlineNumber?: components["schemas"]["AEInsurancePhoneNumberType"];
            /** @description The nationality of the individual based on the ISO 3166-1 alpha-3 codes */
            Nationality?: string;
            /** @description Primary language spoken by the insurance policy customer */
            PrimaryLanguage?: components["schemas"]["AECustomerPrimaryLanguage"];
            /** @description The mobile telephone number of the individual. */
            MobileNumber?: components["schemas"]["AEInsurancePhoneNumberType"];
            /** @description Email address of the individual. */
            EmailAddress?: components["schemas"]["AEInsuranceEmailAddressType"];
            /** @description Customer's address details */
            Address?: components["schemas"]["AEInsuranceAddress"][];
        };
        AEEmploymentInsuranceQuotePolicyProperties: {
            /**
             * Format: date
             * @description Policy start date
             */
            PolicyStartDate: string;
            /** @description The date on which cover ends. */
            PolicyEndDate?: string;
            /**
             * @description For Involuntary Loss of Employment Insurance (ILOE) confirmation of the customer's Salary Category.
             *
             *     Categories are defined as follows:
             *
             *     * Category A - Salary of AED16,000 or less
             *     * Category B - Salary Exceeding AED16,000
             * @enum {string}
             */
            SchemeCategory: "CategoryA" | "CategoryB";
            /**
             * @description For Involuntary Loss of Employment Insurance (ILOE) confirmation of the customer's employment Sector
             * @enum {string}
             */
            Sector: "Private" | "FederalGovernment";
            /**
             * Format: duration
             * @description The insurance policy term in years and months, using ISO 8601 compatible duration format
             * @example P2Y3M
             */
            PolicyTerm?: string;
            /**
             * @description The payment frequency the calculated Premium has been based on.
             * @enum {string}
             */
            PremiumFrequency: "Annually" | "OneTime" | "Monthly" | "Quarterly" | "BiAnnual" | "Limited" | "Other";
        };
        AEEmploymentInsuranceQuoteRequestProperties: {
            /** @description Identifier that uniquely and consistently identifies the existing policy customer or Broker unique Id for customer during policy purchase process. */
            CustomerId: string;
            QuoteReference: components["schemas"]["AEInsuranceQuoteReferenceType"];
            /**
             * @description Identification of quote type.
             *
             *     The following quote type values are supported:
             *
             *       * New: New Policy Quote
             *
             *       * Switch: Customer would like to switch policies or brokers
             *
             *       * Renewal: Customer would like renewal quote
             * @enum {string}
             */
            QuoteType: "New" | "Switch" | "Renewal";
            /** @description Broker requests to handle following steps of policy issuance process. */
            PolicyIssuanceRequest: {
                /** @description Broker request to complete capture of customer verification information and documents for this quote. */
                CustomerVerification: boolean;
                /** @description Broker request to host payment checkout. */
                Payment: boolean;
                /** @description Broker request to provide policy documents to customer. */
                PolicyDocuments: boolean;
            };
            Policy: components["schemas"]["AEEmploymentInsuranceQuotePolicyProperties"];
            PolicyHolder?: components["schemas"]["AEEmploymentInsuranceQuotePolicyHolderProperties"];
            /** @description Identification details of the policyholder. */
            Identity?: components["schemas"]["AEInsuranceIdentityTypes"];
            Employment: components["schemas"]["AEEmploymentInsuranceQuoteEmploymentProperties"];
            /** @description One-or-more existing insurance policies, omitted if none are held. */
            ExistingInsurance?: components["schemas"]["AEInsuranceExistingInsuranceProperties"][];
        };
        /** @description Details of the engine type for the vehicle */
        AEEngineProperties: {
            /**
             * @description Engine type for fully-electric vehicles.
             * @enum {string}
             */
            EngineType: "Electric";
            /** @description The capacity of the battery. */
            BatteryCapacity?: string;
            /** @description The power of the vehicle motor. */
            MotorPower?: string;
        } | {
            /**
             * @description Engine type for hybrid vehicles.
             * @enum {string}
             */
            EngineType: "Hybrid";
            /** @description The capacity of the battery. */
            BatteryCapacity?: string;
            /** @description The power of the vehicle motor. */
            MotorPower?: string;
            /** @description The engine displacement volume in cubic centimetres (cc). */
            EngineCapacity: string;
            /** @description The number of cylinders */
            CylinderCapacity: string;
        } | {
            /**
             * @description Engine type for vehicles with an internal combustion engine.
             * @enum {string}
             */
            EngineType: "InternalCombustionEngine";
            /** @description The engine displacement volume in cubic centimetres (cc). */
            EngineCapacity: string;
            /** @description The number of cylinders */
            CylinderCapacity: string;
        };
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
        AEHealthInsuranceCreateQuoteResponseProperties: components["schemas"]["AEHealthInsuranceQuoteResponsePendingProperties"] | components["schemas"]["AEHealthInsuranceQuoteResponseAvailableProperties"];
        /**
         * @description Health Insurance status codes are defined as follows:
         *
         *     * Open: The claim has been submitted.
         *
         *     * Outstanding: The claim is under processing at the LFI.
         *
         *     * Closed: The claim is settled and closed.
         *
         *     * Reopened: The claim has been reopened.
         *
         *     * Cancelled: The claim is cancelled.
         *
         *     * Deleted: The claim was entered incorrectly and has been deleted.
         *
         *     * Rejected: The claim was rejected by insurance company.
         *
         *     * Other: Status at LFI does not matched to standards.
         * @enum {string}
         */
        AEHealthInsuranceDataSharingClaimsHistoryStatusCodes: "Open" | "Outstanding" | "Closed" | "Reopened" | "Cancelled" | "Deleted" | "Rejected" | "Other";
        AEHealthInsuranceDataSharingInsuredParty: {
            /** @description The relationship to the policyholder. */
            RelationshipToPolicyholder: components["schemas"]["AEInsuranceRelationshipToInsuredPartyCodes"];
            /** @description The salutation of the individual or customer. */
            Salutation?: components["schemas"]["AEInsuranceSalutationCodes"];
            /** @description First Name of the individual. */
            FirstName: string;
            /** @description Middle Name of the individual. */
            MiddleName?: string;
            /** @description Last Name (Surname) of the individual. */
            LastName: string;
            /** @description The gender of the customer */
            Gender: components["schemas"]["AEInsuranceGender"];
            /**
             * Format: date
             * @description Date of birth of the individual.
             */
            DateOfBirth: string;
            /** @description The marital status of the individual. */
            MaritalStatus?: components["schemas"]["AEInsuranceMaritalStatus"];
            /** @description Residential Location of the individual. */
            ResidentialLocation?: string;
            /** @description The landline telephone number of the individual. */
            LandlineNumber?: components["schemas"]["AEInsurancePhoneNumberType"];
            /** @description The nationality of the individual based on the ISO 3166-1 alpha-3 codes */
            Nationality: string;
            /** @description Primary language spoken by the insurance policy customer */
            PrimaryLanguage?: components["schemas"]["AECustomerPrimaryLanguage"];
            /** @description The mobile telephone number of the individual. */
            MobileNumber?: components["schemas"]["AEInsurancePhoneNumberType"];
            /** @description Email address of the individual. */
            EmailAddress?: components["schemas"]["AEInsuranceEmailAddressType"];
            /** @description Insured person address details. */
            Address?: components["schemas"]["AEInsuranceAddress"][];
            /** @description Identity information for the policyholder or insured person. Requires `ReadCustomerDetail` permission to be granted by the User for the policyholder identity to be provided. */
            Identity?: components["schemas"]["AEInsuranceIdentityTypes"];
            /** @description Insured person employment details. Omitted if no details are held. */
            Employment?: {
                /** @description The individuals profession. */
                Profession?: string;
                /** @description Employer name. */
                EmployerName?: string;
                /** @description Monthly salary band of the individual's income */
                SalaryBand?: components["schemas"]["AEHealthInsuranceSalaryBandCode"];
                /** @description Location of the individual's employer */
                EmploymentLocation?: string;
            };
            /** @description Cover and benefits provided by the policy for insured parties. */
            PolicyCoverAndBenefits?: {
                /** @description Type of cover as defined in company systems. */
                CoverType: string;
                /** @description Description of the cover / benefit. */
                Description: string;
                /** @description To confirm whether the cover or benefit is required as part of the base insurance policy or is optional. */
                Required: boolean;
                /** @description When applicable, the benefit coverage limit that could be paid if a claim was made. */
                CoverLimit?: components["schemas"]["AEActiveCurrencyAmount"];
                /** @description included inclusions and exclusions for cover type. */
                CoverInclusionsAndExclusions?: {
                    /** @description Description of the inclusion or exclusion. */
                    InclusionAndExclusionDescription: string;
                }[];
                /** @description When applicable, the amount that would be deductible from any claim. */
                CoverExcess?: components["schemas"]["AEActiveCurrencyAmount"];
                /** @description Care network for the insured party. */
                CareNetwork?: string;
            }[];
        };
        AEHealthInsuranceMedicalHistoryProperties: {
            /** @description The person who the medical responses relate to */
            InsuredName: string;
            /** @description The policyholder or applicant height in centimeters at the time of application. */
            Height: components["schemas"]["AEInsuranceHeightType"];
            /** @description The policyholder or applicant weight in kilograms at the time of application. */
            Weight: components["schemas"]["AEInsuranceWeightType"];
            /** @description Potential higher risk factors that the insurer should follow up with the customer directly. */
            HigherRiskFactors?: {
                /** @description Should the insurer follow up with you about exceeding the medical recommendations on consumption of alcohol? */
                Alcohol?: boolean;
                /** @description Should the insurer follow up with you about smoking tobacco cigarettes, cigar, pipe, shisha, or chewing? */
                Tobacco?: boolean;
                /** @description Should the insurer follow up with you about pregnancy including complications, previous or upcoming caesarean births, attempts to get pregnant or any fertility treatments? */
                Pregnancy?: boolean;
                /** @description Should the insurer follow up with you about Rheumatic fever, high blood pressure, murmur, stroke, chest pain, heart attack, or any disorder of heart, blood, or blood vessels? */
                Cardiovascular?: boolean;
                /** @description Should the insurer follow up with you about cancer, tumor, or cyst? */
                Cancer?: boolean;
                /** @description Should the insurer follow up with you about diabetes, high blood sugar, thyroid disorder, or any endocrine disorder? */
                Endocrine?: boolean;
                /** @description Should the insurer follow up with you about hepatitis or any other liver, pancreas, gallbladder, stomach, or intestinal disorder? */
                Gastrointestinal?: boolean;
                /** @description Should the insurer follow up with you about kidney, urinary, or reproductive disorders? */
                Kidney?: boolean;
                /** @description Should the insurer follow up with you about blood disorders or diseases? */
                Blood?: boolean;
                /** @description Should the insurer follow up with you about epilepsy, paralysis, or any other nervous disorders? */
                NervousSystem?: boolean;
                /** @description Should the insurer follow up with you about asthma, tuberculosis, respiratory or lung diseases? */
                Lung?: boolean;
                /** @description Should the insurer follow up with you about mental or psychiatric illness including anxiety or depression? */
                Mental?: boolean;
                /** @description Should the insurer follow up with you about any disease or disorder of the muscles, spine, joints, and limbs including loss of feeling or tremor? */
                Musculoskeletal?: boolean;
                /** @description Should the insurer follow up with you about any disorder of sight, speech, or hearing? */
                Senses?: boolean;
                /** @description Should the insurer follow up with you about any hereditary or congenital condition? */
                Hereditary?: boolean;
                /** @description Should the insurer follow up with you about any chronic condition, infirmity, or injury not mentioned above? */
                Chronic?: boolean;
                /** @description Should the insurer follow up with you about any auto-immune disease or unexplained fatigue, weight loss, diarrhoea or unusual skin lesions? */
                AutoImmune?: boolean;
                /** @description Should the insurer follow up with you about any medical or surgical treatment, or investigative medical tests or hospitalizations or any diagnostic tests, hospitalization, surgery which was not completed? */
                Medical?: boolean;
                /** @description Should the insurer follow up with you about any hospitalizations or similar medical facilities in the last 5 years? */
                Hospitalization?: boolean;
                /** @description Should the insurer follow up with you about prescribed medications or treatments for more than seven days in the last 2 years? */
                Medications?: boolean;
                /** @description Should the insurer follow up with you about a future appointment with a medical practitioner or health care professional, a requirement for prescribed medication, or a need to be admitted to a hospital or medical facility? */
                Future?: boolean;
            };
        };
        AEHealthInsurancePolicyProperties1: {
            /**
             * @description Unique identifier for a given insurance policy
             * @example d330c5bb-0889-4596-86bb-17cc9a4a17b5
             */
            InsurancePolicyId: components["schemas"]["AEInsuranceResourceIdentifierType"];
            /** @description Information about the customer. Requires `ReadCustomerBasic` permission to be granted by the User, except for `Employment` which requires `ReadCustomerDetail`. */
            PolicyHolder?: {
                /** @description The salutation of the individual or customer. */
                Salutation?: components["schemas"]["AEInsuranceSalutationCodes"];
                /** @description First Name of the individual. */
                FirstName: string;
                /** @description Middle Name of the individual. */
                MiddleName?: string;
                /** @description Last Name (Surname) of the individual. */
                LastName: string;
                /** @description The gender of the customer */
                Gender: components["schemas"]["AEInsuranceGender"];
                /**
                 * Format: date
                 * @description Date of birth of the individual.
                 */
                DateOfBirth: string;
                /** @description The marital status of the individual. */
                MaritalStatus?: components["schemas"]["AEInsuranceMaritalStatus"];
                /** @description Residential Location of the individual. */
                ResidentialLocation?: string;
                /** @description The landline telephone number of the individual. */
                LandlineNumber?: components["schemas"]["AEInsurancePhoneNumberType"];
                /** @description The nationality of the individual based on the ISO 3166-1 alpha-3 codes */
                Nationality: string;
                /** @description Primary language spoken by the insurance policy customer */
                PrimaryLanguage?: components["schemas"]["AECustomerPrimaryLanguage"];
                /** @description The mobile telephone number of the individual. */
                MobileNumber: components["schemas"]["AEInsurancePhoneNumberType"];
                /** @description Email address of the individual. */
                EmailAddress: components["schemas"]["AEInsuranceEmailAddressType"];
                /** @description Customer's address details */
                Address: components["schemas"]["AEInsuranceAddress"][];
                /** @description Employment information for the policyholder. Requires `ReadCustomerDetail` permission to be granted by the User. */
                Employment?: {
                    /** @description The individuals profession. */
                    Profession?: string;
                    /** @description A description of the individual's Profession */
                    ProfessionDescription?: string;
                    /** @description Individual's job title */
                    JobTitle?: string;
                    /** @description An individual's professional qualifications, special licenses and certifications */
                    Designation?: string;
                    /** @description Nature of employer business */
                    NatureOfEmployerBusiness?: string;
                    /** @description Employer name. */
                    EmployerName?: string;
                    /** @description The address details of the individual's employer */
                    EmployerAddress?: components["schemas"]["AEInsuranceAddressProperties"];
                    EmploymentStatus?: components["schemas"]["AEInsuranceEmploymentStatus"];
                    /**
                     * Format: date
                     * @description Individual's employment start date
                     */
                    StartDate?: string;
                    /** @description Source of the individual's income as a free form description */
                    SourceOfIncome?: string;
                    /** @description Monthly income amount and currency */
                    MonthlyIncomeAmount: components["schemas"]["AEActiveCurrencyAmount"];
                    /** @description Annual income amount and currency */
                    AnnualIncomeAmount?: components["schemas"]["AEActiveCurrencyAmount"];
                    /** @description Provided when the individual has additional income. */
                    AdditionalCompensation?: {
                        /** @description Free form description of the additional compensation */
                        Description: string;
                        /** @description The amount of the additional compensation */
                        CompensationAmount: components["schemas"]["AEActiveCurrencyAmount"];
                    }[];
                    /** @enum {string} */
                    SalaryBand?: "NoSalary" | "BelowAED000PM" | "AED4000ToAED12000PM" | "AED12001AndAbove";
                };
            };
            /** @description Identity information for the policyholder or insured person. Requires `ReadCustomerDetail` permission to be granted by the User for the policyholder identity to be provided. */
            Identity?: components["schemas"]["AEInsuranceIdentityTypes"];
            /** @description Details of the insurance policy product. Requires the `ReadInsuranceProduct` permission to be granted by the User. */
            Product?: components["schemas"]["AEHealthInsuranceProductData"];
            /** @description Details of claims made against the insurance policy. Requires the `ReadCustomerClaims` permission to be granted by the User. */
            Claims?: {
                /**
                 * @description Summary of previous claims. `NumberOfPreviousMonths` value must appear only once.
                 *
                 *     If no claims have been made then an array element with `NumberOfPreviousMonths` set to zero must be provided, and all claim amounts must be set to zero, to provide a positive assertion that no claims have been made. Currency must be set to AED for this case.
                 */
                Summary: components["schemas"]["AEInsuranceDataSharingClaimsSummaryProperties"][];
                /** @description Claims history. Only required if claims have been made against the policy. */
                ClaimsHistory?: {
                    /** @description Unique reference that identifies the claim */
                    ClaimUniqueID: string;
                    /**
                     * Format: date
                     * @description The original date the claim was submitted.
                     */
                    ClaimDate: string;
                    /** @description As per CBUAE scheme, total gross claim amount including Direct + Third party + Coinsurance / deductible + Loss Adjusters + VAT. */
                    TotalGrossClaimAmount: components["schemas"]["AEActiveCurrencyAmount"];
                    /** @description The amounts paid with amount, currency, and date. */
                    ClaimPayments?: {
                        Currency: components["schemas"]["AEActiveOrHistoricCurrencyCode"];
                        Amount: components["schemas"]["AEActiveOrHistoricAmount"];
                        /**
                         * Format: date
                         * @description The date on which the claim payment was made.
                         */
                        PaymentDate: string;
                    }[];
                    /** @description Deductible and co-insurance amount paid by customer. */
                    DeductibleGrossClaimAmount?: components["schemas"]["AEActiveCurrencyAmount"];
                    /** @description All the claimed policy benefits. */
                    PolicyClaimedBenefits: {
                        ClaimedBenefitType: string;
                        ClaimedBenefitDescription: string;
                    }[];
                    /**
                     * Format: date
                     * @description The most recent approval date for any portion of the claim.
                     */
                    ClaimApprovalDate?: string;
                    /**
                     * Format: date
                     * @description Last update date of the claim.
                     */
                    ClaimLastUpdateDate: string;
                    /** @description Amount of the claim paid directly. */
                    DirectGrossClaimAmount?: components["schemas"]["AEActiveCurrencyAmount"];
                    /** @description Amount of claim to be paid via third party insurance company. */
                    ThirdPartyGrossClaimAmount?: components["schemas"]["AEActiveCurrencyAmount"];
                    /** @description Name of recovery third party insurance company. */
                    ThirdPartyRecoveryCompany?: string;
                    /**
                     * @description Status of recovery.
                     * @enum {string}
                     */
                    ThirdPartyRecoveryStatus?: "Approved" | "Reopened" | "RecoveryOpened" | "Paid" | "RecoveryReopenedAndClaimClosed" | "Rejected" | "InProgress";
                    /** @description Loss Adjusters fees on above claims. */
                    LossAdjusterGrossClaimAmount?: components["schemas"]["AEActiveCurrencyAmount"];
                    /** @description Claim payment amount outstanding. */
                    OutstandingPayAmount?: components["schemas"]["AEActiveCurrencyAmount"];
                    /** @description The status of the claim */
                    Status: components["schemas"]["AEHealthInsuranceDataSharingClaimsHistoryStatusCodes"];
                    /**
                     * Format: date
                     * @description First date of the encounter.
                     */
                    FirstEncounterDate: string;
                    /**
                     * Format: date
                     * @description First date of service.
                     */
                    FirstServiceDate: string;
                    /**
                     * Format: date
                     * @description Last date of service.
                     */
                    LastServiceDate: string;
                }[];
            };
            /** @description Details of the insurance policy premium. Requires the `ReadInsurancePremium` permission to be granted by the User. */
            Premium?: components["schemas"]["AEInsuranceDataSharingPremiumProperties"] | components["schemas"]["AEInsurancePremiumJWE"];
        };
        AEHealthInsurancePremium: {
            /**
             * @description Confirmation whether the premium quoted is an initial premium, starting from, or final.
             * @enum {string}
             */
            Status?: "Initial" | "StartingFrom" | "Final";
            /** @description The total discount amount applied to the final premium amount */
            TotalDiscountAmount?: components["schemas"]["AEActiveCurrencyAmount"];
            /** @description Details of the discounts applied */
            DiscountApplied?: components["schemas"]["AEInsurancePremiumDiscountApplied"][];
            /** @description The Premium Amount excluding any VAT amount */
            PremiumAmountExcludingVAT: components["schemas"]["AEActiveCurrencyAmount"];
            /** @description The Premium VAT amount. */
            VATAmount: components["schemas"]["AEActiveCurrencyAmount"];
            /** @description The VAT percentage rate charged to the premium. */
            VATPercentage?: components["schemas"]["AEInsuranceVATPercentage"];
            /** @description The total Premium amount including VAT */
            TotalPremiumAmount: components["schemas"]["AEActiveCurrencyAmount"];
            /** @description The payment frequency the calculated Premium has been based on. */
            PaymentFrequency: components["schemas"]["AEInsurancePaymentFrequency"];
            /** @description The possible Premium instalment frequency options available to the customer */
            InstallmentOptions?: components["schemas"]["AEInsurancePaymentFrequency"][];
            /** @description Objects confirming additional fees and charges that have been included in the premium quote. */
            PremiumAdditionalFees?: components["schemas"]["AEHealthInsurancePremiumAdditionalFees"];
        };
        AEHealthInsurancePremiumAdditionalFees: {
            /** @description Object confirming the Basmah Program Fee that is applicable to the insurance policy and included in the premium quote */
            BasmahProgramFee?: components["schemas"]["AEInsuranceBasmahProgramFee"];
            /** @description Object confirming the Hepatitis C Virus (HCV) Patient Support Program Fee that is applicable to the insurance policy and included in the premium quote */
            HCVProgramFee?: components["schemas"]["AEInsuranceHCVProgramFee"];
            /** @description Object confirming the Integrated Care Plans (ICPs) charges that is applicable to the insurance policy and included in the premium quote */
            ICPProgramFee?: components["schemas"]["AEInsuranceICPProgramFee"];
        };
        AEHealthInsuranceProductData: {
            /** @description Details of the what the insurance policy covers. */
            Policy: {
                /**
                 * @description Confirmation whether the insurance cover is for the customer (self) or their dependents
                 * @enum {string}
                 */
                CoverSubjects: "Self" | "SelfAndSpouse" | "Spouse" | "SelfAndFamily" | "Dependents" | "Other";
                /**
                 * Format: date
                 * @description Policy start date
                 */
                PolicyStartDate: string;
                /** @description When true confirmation that the Policyholder (customer) is also the Insured Person or when false confirmation that the Policyholder and the Insured Person(s) are different */
                IsPolicyholderInsured: boolean;
                /**
                 * @description The type of health insurance plan selected
                 * @enum {string}
                 */
                TypeOfPolicy?: "HealthInsuranceIndividual" | "PersonalAccidentInsurance";
                /**
                 * Format: duration
                 * @description The insurance policy term in years and months, using ISO 8601 compatible duration format
                 * @example P2Y3M
                 */
                PolicyTerm: string;
                /** @description The network of healthcare providers, hospitals, and clinics covered under the policy */
                CareNetwork?: string;
                /** @description The geographical regions where the policyholder is covered for medical treatment (e.g., local, GCC, worldwide excluding the U.S., worldwide). */
                RegionsCoverage?: string;
                /** @description Indicates whether the policy is Sharia compliant. */
                Takaful: boolean;
                /** @description Business name of the policy product as provided externally to the customer. */
                ProductName: string;
                /**
                 * Format: date
                 * @description The date when the coverage will or has ended.
                 */
                PolicyEndDate?: string;
                /** @description When applicable, the amount that would be deductible from any claim. */
                PolicyExcess?: components["schemas"]["AEActiveCurrencyAmount"];
                /** @description Cover and benefits provided by the policy. */
                PolicyCoverAndBenefits?: {
                    /** @description Type of cover as defined in company systems. */
                    CoverType: string;
                    /** @description Description of the cover / benefit. */
                    Description: string;
                    /** @description To confirm whether the cover or benefit is required as part of the base insurance policy or is optional. */
                    Required: boolean;
                    /** @description When applicable, the benefit coverage limit that could be paid if a claim was made. */
                    CoverLimit?: components["schemas"]["AEActiveCurrencyAmount"];
                    /** @description included inclusions and exclusions for cover type. */
                    CoverInclusionsAndExclusions?: {
                        /** @description Description of the inclusion or exclusion. */
                        InclusionAndExclusionDescription: string;
                    }[];
                    /** @description When applicable, the amount that would be deductible from any claim. */
                    CoverExcess?: components["schemas"]["AEActiveCurrencyAmount"];
                    /** @description Insurers internal unique ID for specific cover. */
                    CoverID?: string;
                }[];
                /**
                 * @description Sales channel of policy.
                 * @enum {string}
                 */
                PolicyPurchaseChannelType: "Direct" | "Agent" | "Broker" | "Bank" | "InvFinInst" | "TPA" | "OnlineInsideUAE" | "OnlineOutsideUAE" | "Aggregation" | "Outside" | "Other";
            };
            /**
             * @description The persons insured under the policy, if different to the policyholder.
             *     If the policyholder is the only insured person this property can be omitted.
             */
            InsuredParties?: components["schemas"]["AEHealthInsuranceDataSharingInsuredParty"][];
            /** @description Details of sponsor(s), where required by the policyholder or one-or-more insured persons. Omitted if not required or not available. */
            Sponsor?: components["schemas"]["AEHealthInsuranceSponsorProperties"][];
        };
        AEHealthInsuranceQuoteAcceptQuoteRequestProperties: {
            /** @description Quote status. */
            QuoteStatus: components["schemas"]["AEInsuranceAcceptedByUserQuoteStatusCodes"];
            QuoteReference: components["schemas"]["AEInsuranceQuoteReferenceType"];
            /** @description Insurance sub-type, describing the insurance type specific to the sector. */
            InsuranceSubType: string;
            /** @description Details of the quoted premium, as provided in the quote response. */
            Premium: {
                /**
                 * @description Confirmation whether the premium quoted is an initial premium, starting from, or final.
                 * @enum {string}
                 */
                Status?: "Initial" | "StartingFrom" | "Final";
                /** @description The total discount amount applied to the final premium amount */
                TotalDiscountAmount?: components["schemas"]["AEActiveCurrencyAmount"];
                /** @description Details of the discounts applied */
                DiscountApplied?: components["schemas"]["AEInsurancePremiumDiscountApplied"][];
                /** @description The Premium Amount excluding any VAT amount */
                PremiumAmountExcludingVAT: components["schemas"]["AEActiveCurrencyAmount"];
                /** @description The Premium VAT amount. */
                VATAmount: components["schemas"]["AEActiveCurrencyAmount"];
                /** @description The VAT percentage rate charged to the premium. */
                VATPercentage?: components["schemas"]["AEInsuranceVATPercentage"];
                /** @description The total Premium amount including VAT */
                TotalPremiumAmount: components["schemas"]["AEActiveCurrencyAmount"];
                /** @description The payment frequency the calculated Premium has been based on. */
                PaymentFrequency: components["schemas"]["AEInsurancePaymentFrequency"];
                /** @description The possible Premium instalment frequency options available to the customer */
                InstallmentOptions?: components["schemas"]["AEInsurancePaymentFrequency"][];
                /** @description Objects confirming additional fees and charges that have been included in the premium quote. */
                PremiumAdditionalFees?: components["schemas"]["AEHealthInsurancePremiumAdditionalFees"];
            };
            /** @description Details of the commission, as provided in the quote response. */
            Commission: {
                /** @description The total monetary value of the commission paid to the TPP if the User proceeds with the quote application and purchases the policy based on the quote information provided. */
                CommissionAmount?: components["schemas"]["AEActiveCurrencyAmount"];
                /**
                 * @description The method to be used to pay the commission to the TPP if the User elects to proceed with the application and successfully purchases the policy.
                 * @enum {string}
                 */
                PaymentMethod: "DirectToTPP" | "ThroughAPIHub";
            };
            /**
             * @description Confirmation whether the customer monthly salary is less than or greater than AED 4,000 each month. Required for Health Insurance.
             * @enum {string}
             */
            CustomerSalary: "Under4K" | "Over4K";
            /**
             * Format: date-time
             * @description The quote creation date and time, as supplied by the LFI in the property `CreationDateTime`.
             */
            QuoteCreationDateTime: string;
            /**
             * Format: date-time
             * @description The expiration date of the quote, as provided in the quote response, if provided by the LFI.
             */
            ExpirationDateTime?: string;
            /** @description Broker requests to handle following steps of policy issuance process. */
            PolicyIssuanceRequest?: {
                /** @description Broker request to complete capture of customer verification information and documents for this quote. */
                CustomerVerification: boolean;
                /** @description Broker request to host payment checkout. */
                Payment: boolean;
                /** @description Broker request to provide policy documents to customer. */
                PolicyDocuments: boolean;
            };
            /** @description Customer documents encoded for submission to the LFI. Omitted if not required or quote status is `ApplicationPending`. */
            Documents?: components["schemas"]["AEDocumentProperties"][];
            /** @description Verified details captured by the TPP, when the TPP is a Broker. Omitted if not required. */
            VerifiedDetails?: {
                /** @description Details of the what the insurance policy covers. */
                Policy?: {
                    /** @description Indicates whether the policy is Sharia compliant. */
                    Takaful?: boolean;
                    /**
                     * @description Confirmation whether the insurance cover is for the customer (self) or their dependents
                     * @enum {string}
                     */
                    CoverSubjects?: "Self" | "SelfAndSpouse" | "Spouse" | "SelfAndFamily" | "Dependents" | "Other";
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
                    /** @description When true confirmation that the Policyholder (customer) is also the Insured Person or when false confirmation that the Policyholder and the Insured Person(s) are different */
                    IsPolicyholderInsured?: boolean;
                    /** @description Additional policy cover items */
                    AddOns?: {
                        /** @description Dental cover included. */
                        DentalCover?: boolean;
                        /** @description Optical cover included. */
                        OpticalCover?: boolean;
                        /** @description Maternity cover included. */
                        MaternityCover?: boolean;
                        /** @description Other types of cover included. */
                        Other?: string;
                    };
                };
                /** @description The policyholder for the proposed insurance policy. */
                PolicyHolder?: {
                    /** @description The salutation of the individual or customer. */
                    Salutation?: components["schemas"]["AEInsuranceSalutationCodes"];
                    /** @description First Name of the individual. */
                    FirstName?: string;
                    /** @description Middle Name of the individual. */
                    MiddleName?: string;
                    /** @description Last Name (Surname) of the individual. */
                    LastName?: string;
                    /** @description The gender of the customer */
                    Gender?: components["schemas"]["AEInsuranceGender"];
                    /**
                     * Format: date
                     * @description Date of birth of the individual.
                     */
                    DateOfBirth?: string;
                    /** @description The marital status of the individual. */
                    MaritalStatus?: components["schemas"]["AEInsuranceMaritalStatus"];
                    /** @description Residential Location of the individual. */
                    ResidentialLocation?: string;
                    /** @description The landline telephone number of the individual. */
                    LandlineNumber?: components["schemas"]["AEInsurancePhoneNumberType"];
                    /** @description The nationality of the individual based on the ISO 3166-1 alpha-3 codes */
                    Nationality?: string;
                    /** @description Primary language spoken by the insurance policy customer */
                    PrimaryLanguage?: components["schemas"]["AECustomerPrimaryLanguage"];
                    /** @description The mobile telephone number of the individual. */
                    MobileNumber?: components["schemas"]["AEInsurancePhoneNumberType"];
                    /** @description Email address of the individual. */
                    EmailAddress?: components["schemas"]["AEInsuranceEmailAddressType"];
                    /** @description Address details */
                    Address?: {
                        /**
                         * @description The type of address.
                         * @enum {string}
                         */
                        AddressType?: "Billing" | "Business" | "Correspondence" | "DeliveryTo" | "MailTo" | "POBox" | "Postal" | "Permanent" | "Residential" | "Statement" | "Other";
                        /**
                         * @description Information that locates and identifies a specific address for a transaction entry, that is presented in free format text.
                         *
                         *     This value should be used where the address is provided or stored as a single string.
                         */
                        AddressLine?: components["schemas"]["AEInsuranceAddressLine"][];
                        /** @description The unit, apartment, or villa number within a building or community */
                        BuildingNumber?: string;
                        /** @description Name of the building or house. */
                        BuildingName?: string;
                        /** @description Floor or storey within a building. */
                        Floor?: string;
                        /** @description The name of the street or road where the property is located */
                        StreetName?: string;
                        /** @description The district, community, or neighbourhood where the property is located */
                        DistrictName?: string;
                        /** @description The P.O. Box number assigned to the recipient for mail delivery */
                        PostBox?: string;
                        /** @description Name of a built-up area, such as a town or city */
                        TownName?: string;
                        /** @description Country subdivision, such as state or province. This is the Emirate where the address is registered. */
                        CountrySubDivision?: components["schemas"]["AEInsuranceEmirate"];
                        /** @description The country associated with the address, represented using the ISO 3166-1 alpha-2 country code. */
                        Country?: components["schemas"]["AEInsuranceCountryCode"];
                    }[];
                    /** @description The template for adding optional properties. */
                    Employment?: {
                        /** @description The individuals profession. */
                        Profession?: string;
                        /** @description Employer name. */
                        EmployerName?: string;
                        /** @description Monthly salary band of the individual's income */
                        SalaryBand?: components["schemas"]["AEHealthInsuranceSalaryBandCode"];
                        /** @description Location of the individual's employer */
                        EmploymentLocation?: string;
                    };
                    /** @description Revised identity details, verified by the TPP. */
                    Identity?: components["schemas"]["AEInsuranceQuoteVerifiedIdentityProperties"];
                };
                /** @description Required when IsPolicyholderInsured is false (No). This object must be provided for each insured person who is not the policyholder. */
                InsuredParties?: {
                    /** @description The relationship to the policyholder. */
                    RelationshipToPolicyholder?: components["schemas"]["AEInsuranceRelationshipToInsuredPartyCodes"];
                    /** @description The salutation of the individual or customer. */
                    Salutation?: components["schemas"]["AEInsuranceSalutationCodes"];
                    /** @description First Name of the individual. */
                    FirstName?: string;
                    /** @description Middle Name of the individual. */
                    MiddleName?: string;
                    /** @description Last Name (Surname) of the individual. */
                    LastName?: string;
                    /** @description The gender of the customer */
                    Gender?: components["schemas"]["AEInsuranceGender"];
                    /**
                     * Format: date
                     * @description Date of birth of the individual.
                     */
                    DateOfBirth?: string;
                    /** @description The marital status of the individual. */
                    MaritalStatus?: components["schemas"]["AEInsuranceMaritalStatus"];
                    /** @description Residential Location of the individual. */
                    ResidentialLocation?: string;
                    /** @description The landline telephone number of the individual. */
                    LandlineNumber?: components["schemas"]["AEInsurancePhoneNumberType"];
                    /** @description The nationality of the individual based on the ISO 3166-1 alpha-3 codes */
                    Nationality?: string;
                    /** @description Primary language spoken by the insurance policy customer */
                    PrimaryLanguage?: components["schemas"]["AECustomerPrimaryLanguage"];
                    /** @description The mobile telephone number of the individual. */
                    MobileNumber?: components["schemas"]["AEInsurancePhoneNumberType"];
                    /** @description Email address of the individual. */
                    EmailAddress?: components["schemas"]["AEInsuranceEmailAddressType"];
                    /** @description Address details */
                    Address?: {
                        /**
                         * @description The type of address.
                         * @enum {string}
                         */
                        AddressType?: "Billing" | "Business" | "Correspondence" | "DeliveryTo" | "MailTo" | "POBox" | "Postal" | "Permanent" | "Residential" | "Statement" | "Other";
                        /**
                         * @description Information that locates and identifies a specific address for a transaction entry, that is presented in free format text.
                         *
                         *     This value should be used where the address is provided or stored as a single string.
                         */
                        AddressLine?: components["schemas"]["AEInsuranceAddressLine"][];
                        /** @description The unit, apartment, or villa number within a building or community */
                        BuildingNumber?: string;
                        /** @description Name of the building or house. */
                        BuildingName?: string;
                        /** @description Floor or storey within a building. */
                        Floor?: string;
                        /** @description The name of the street or road where the property is located */
                        StreetName?: string;
                        /** @description The district, community, or neighbourhood where the property is located */
                        DistrictName?: string;
                        /** @description The P.O. Box number assigned to the recipient for mail delivery */
                        PostBox?: string;
                        /** @description Name of a built-up area, such as a town or city */
                        TownName?: string;
                        /** @description Country subdivision, such as state or province. This is the Emirate where the address is registered. */
                        CountrySubDivision?: components["schemas"]["AEInsuranceEmirate"];
                        /** @description The country associated with the address, represented using the ISO 3166-1 alpha-2 country code. */
                        Country?: components["schemas"]["AEInsuranceCountryCode"];
                    }[];
                    Employment?: components["schemas"]["AEHealthInsuranceQuoteEmployment"];
                    /** @description Identification details of the insured party. */
                    Identity?: components["schemas"]["AEInsuranceQuoteVerifiedIdentityProperties"];
                }[];
                /** @description Required when the policy holder or one-or-more insured persons require a sponsor. */
                Sponsor?: {
                    /** @description Confirmation which person the Sponsor details relate to */
                    PersonSponsored?: string;
                    /** @description The official ID of the sponsoring entity. */
                    SponsorEntityID?: string;
                    /**
                     * @description Confirmation what the Sponsor Entity ID relates to
                     * @enum {string}
                     */
                    SponsorEntityIDType?: "FileNumber" | "UID" | "EstablishmentCode";
                    /**
                     * @description The type of visa sponsorship being provided
                     * @enum {string}
                     */
                    SponsorType?: "Resident" | "Citizen" | "Establishment" | "PropertyOwner";
                }[];
                /** @description One-or-more existing insurance policies, omitted if none are held. */
                ExistingInsurance?: {
                    /** @description The Health Insurance Company Name when an existing Health cover is held */
                    InsurerName?: string;
                    /** @description The Health Insurance Policy Number when an existing Health cover is held */
                    ExistingPolicyNumber?: string;
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
                }[];
            };
        };
        AEHealthInsuranceQuoteEmployment: {
            /** @description The individuals profession. */
            Profession?: string;
            /** @description Employer name. */
            EmployerName?: string;
            /** @description Monthly salary band of the individual's income */
            SalaryBand?: components["schemas"]["AEHealthInsuranceSalaryBandCode"];
            /** @description Location of the individual's employer */
            EmploymentLocation?: string;
        };
        AEHealthInsuranceQuoteInsuredParty: {
            /** @description The relationship to the policyholder. */
            RelationshipToPolicyholder: components["schemas"]["AEInsuranceRelationshipToInsuredPartyCodes"];
            /** @description The salutation of the individual or customer. */
            Salutation?: components["schemas"]["AEInsuranceSalutationCodes"];
            /** @description First Name of the individual. */
            FirstName?: string;
            /** @description Middle Name of the individual. */
            MiddleName?: string;
            /** @description Last Name (Surname) of the individual. */
            LastName?: string;
            /** @description The gender of the customer */
            Gender: components["schemas"]["AEInsuranceGender"];
            /**
             * Format: date
             * @description Date of birth of the individual.
             */
            DateOfBirth: string;
            /** @description The marital status of the individual. */
            MaritalStatus?: components["schemas"]["AEInsuranceMaritalStatus"];
            /** @description Residential Location of the individual. */
            ResidentialLocation?: string;
            /** @description The landline telephone number of the individual. */
            LandlineNumber?: components["schemas"]["AEInsurancePhoneNumberType"];
            /** @description The nationality of the individual based on the ISO 3166-1 alpha-3 codes */
            Nationality?: string;
            /** @description Primary language spoken by the insurance policy customer */
            PrimaryLanguage?: components["schemas"]["AECustomerPrimaryLanguage"];
            /** @description The mobile telephone number of the individual. */
            MobileNumber?: components["schemas"]["AEInsurancePhoneNumberType"];
            /** @description Email address of the individual. */
            EmailAddress?: components["schemas"]["AEInsuranceEmailAddressType"];
            /** @description Customer's address details */
            Address?: components["schemas"]["AEInsuranceAddress"][];
            Employment?: components["schemas"]["AEHealthInsuranceQuoteEmployment"];
            /** @description Identification details of the insured party. */
            Identity?: components["schemas"]["AEInsuranceIdentityTypes"];
        };
        AEHealthInsuranceQuotePolicyholder: {
            /** @description The salutation of the individual or customer. */
            Salutation?: components["schemas"]["AEInsuranceSalutationCodes"];
            /** @description First Name of the individual. */
            FirstName?: string;
            /** @description Middle Name of the individual. */
            MiddleName?: string;
            /** @description Last Name (Surname) of the individual. */
            LastName?: string;
            /** @description The gender of the customer */
            Gender: components["schemas"]["AEInsuranceGender"];
            /**
             * Format: date
             * @description Date of birth of the individual.
             */
            DateOfBirth: string;
            /** @description The marital status of the individual. */
            MaritalStatus: components["schemas"]["AEInsuranceMaritalStatus"];
            /** @description Residential Location of the individual. */
            ResidentialLocation?: string;
            /** @description The landline telephone number of the individual. */
            LandlineNumber?: components["schemas"]["AEInsurancePhoneNumberType"];
            /** @description The nationality of the individual based on the ISO 3166-1 alpha-3 codes */
            Nationality: string;
            /** @description Primary language spoken by the insurance policy customer */
            PrimaryLanguage?: components["schemas"]["AECustomerPrimaryLanguage"];
            /** @description The mobile telephone number of the individual. */
            MobileNumber?: components["schemas"]["AEInsurancePhoneNumberType"];
            /** @description Email address of the individual. */
            EmailAddress?: components["schemas"]["AEInsuranceEmailAddressType"];
            /** @description Customer's address details */
            Address: components["schemas"]["AEInsuranceAddress"][];
            Employment?: components["schemas"]["AEHealthInsuranceQuoteEmployment"];
            /** @description Identification details of the policyholder. */
            Identity?: components["schemas"]["AEInsuranceIdentityTypes"];
        };
        AEHealthInsuranceQuoteProperties: {
            QuoteId: components["schemas"]["AEInsuranceQuoteIdType"];
            QuoteReference: components["schemas"]["AEInsuranceQuoteReferenceType"];
            /**
             * Format: date-time
             * @description The date and time at which the quote was created.
             */
            CreationDateTime: string;
            /**
             * Format: date-time
             * @description The expiration date of the quote, after which it is no longer valid.  If no date is provided the quote will be valid for up to 30 days as per the Standards.
             */
            ExpirationDateTime?: string;
            /** @description The specific name of the insurance plan. */
            PlanName?: string;
            /** @description The level of insurance Cover offered in the quote */
            LevelOfCover?: string;
            /** @description An object containing details of the commission amount that would be payable to the TPP if the User proceeded with the insurance application and purchased the policy based on the provided information */
            Commission?: components["schemas"]["AEInsuranceCommission"];
            /** @description An array containing options for policy cover, which contain information about the cover and benefits included in the quoted policies. */
            PolicyCover?: components["schemas"]["AEInsuranceQuotePolicyCover"][];
            /** @description A list of URLs linking to policy-related documents, such as terms and conditions, policy wording, or product disclosures */
            PolicyDocumentsUris?: components["schemas"]["AEInsuranceQuoteUri"][];
            /** @description An object containing details of optional add-ons available for the quoted policy */
            AvailableAddOns?: {
                /** @description Name of the insurance cover add-on */
                CoverName: string;
                /** @description Description of the insurance cover add-on */
                Description: string;
                /** @description Premium value of the insurance cover add-on */
                Amount?: components["schemas"]["AEActiveCurrencyAmount"];
                /** @description When applicable, the benefit coverage limit that could be paid if a claim was made. */
                CoverLimit?: components["schemas"]["AEActiveCurrencyAmount"];
                /** @description Included inclusions and exclusions for cover type. */
                CoverInclusionAndExclusionDescriptions?: string[];
                /** @description When applicable, the amount that would be deductible from any claim. */
                PolicyExcess?: components["schemas"]["AEActiveCurrencyAmount"];
            }[];
            /** @description A list of documents required that must be provided by the User to the LFI to proceed with the policy purchase */
            RequiredDocuments?: components["schemas"]["AEInsuranceDocumentRequirement"][];
            /** @description An object containing details of any discounts or offers applied to the quote */
            DiscountOffers?: components["schemas"]["AEInsurancePremiumDiscountOffers"][];
            /** @description An object containing ratings or reviews of the insurer's service quality */
            ServiceRating: components["schemas"]["AEInsuranceServiceRating"];
            /** @description Provides special conditions or clauses applicable to the policy specified by the LFI, which must be displayed to the User if provided. */
            SpecialConditionsApplicable?: components["schemas"]["AEInsuranceSpecialConditions"][];
            /** @description Broker requests to handle following steps of policy issuance process. */
            PolicyIssuanceAllowed: {
                /** @description Broker allowed to complete capture of customer verification information and documents for this quote. */
                CustomerVerification: boolean;
                /** @description Broker allowed to host payment checkout. */
                Payment: boolean;
                /** @description Broker allowed to provide policy documents to customer. */
                PolicyDocuments: boolean;
            };
            /** @description Indicates whether the policy is Sharia compliant. */
            Takaful?: boolean;
            /** @description Provides and alternative brand name where the product is Sharia compliant */
            AlternativeBrandName?: string;
            /** @description An object containing details of the quoted insurance premium */
            Premium?: components["schemas"]["AEHealthInsurancePremium"];
        };
        AEHealthInsuranceQuoteReadApplicationApprovedResponseProperties: {
            /** @enum {string} */
            QuoteStatus: "ApplicationApproved";
        } & (components["schemas"]["AEHealthInsuranceQuoteProperties"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            QuoteStatus: "ApplicationApproved";
        });
        AEHealthInsuranceQuoteReadApplicationPendingResponseProperties: {
            /** @enum {string} */
            QuoteStatus: "ApplicationPending";
        } & (components["schemas"]["AEHealthInsuranceQuoteProperties"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            QuoteStatus: "ApplicationPending";
        });
        AEHealthInsuranceQuoteReadAvailableResponseProperties: {
            /** @enum {string} */
            QuoteStatus: "Available";
        } & (components["schemas"]["AEHealthInsuranceQuoteProperties"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            QuoteStatus: "Available";
        });
        AEHealthInsuranceQuoteReadCompletedResponseProperties: {
            /** @enum {string} */
            QuoteStatus: "Completed";
        } & (components["schemas"]["AEHealthInsuranceQuoteProperties"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            QuoteStatus: "Completed";
        });
        AEHealthInsuranceQuoteReadCustomerCancelledResponseProperties: {
            /** @enum {string} */
            QuoteStatus: "CustomerCancelled";
        } & (components["schemas"]["AEHealthInsuranceQuoteProperties"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            QuoteStatus: "CustomerCancelled";
        });
        AEHealthInsuranceQuoteReadExpiredResponseProperties: {
            /** @enum {string} */
            QuoteStatus: "Expired";
        } & (components["schemas"]["AEHealthInsuranceQuoteProperties"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            QuoteStatus: "Expired";
        });
        AEHealthInsuranceQuoteReadKYCCapturedResponseProperties: {
            /** @enum {string} */
            QuoteStatus: "KYCCaptured";
        } & (components["schemas"]["AEHealthInsuranceQuoteProperties"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            QuoteStatus: "KYCCaptured";
        });
        AEHealthInsuranceQuoteReadLFICancelledResponseProperties: {
            /** @enum {string} */
            QuoteStatus: "LFICancelled";
        } & (components["schemas"]["AEHealthInsuranceQuoteProperties"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            QuoteStatus: "LFICancelled";
        });
        AEHealthInsuranceQuoteReadPaymentRequiredResponseProperties: {
            /** @enum {string} */
            QuoteStatus: "PaymentRequired";
        } & (components["schemas"]["AEHealthInsuranceQuoteProperties"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            QuoteStatus: "PaymentRequired";
        });
        AEHealthInsuranceQuoteReadPendingResponseProperties: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            QuoteStatus: "Pending";
            QuoteId: components["schemas"]["AEInsuranceQuoteIdType"];
            QuoteReference: components["schemas"]["AEInsuranceQuoteReferenceType"];
            /**
             * Format: date-time
             * @description The target date and time at which the insurer will generate a quote premium. Maximum allowed time is 24 hours from quote resource creation.
             */
            PremiumTargetDateTime?: string;
        };
        AEHealthInsuranceQuoteReadPolicyIssuedResponseProperties: {
            /** @enum {string} */
            QuoteStatus: "PolicyIssued";
        } & (components["schemas"]["AEHealthInsuranceQuoteProperties"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            QuoteStatus: "PolicyIssued";
        });
        AEHealthInsuranceQuoteReadRejectedResponseProperties: {
            /** @enum {string} */
            QuoteStatus: "Rejected";
        } & (components["schemas"]["AEHealthInsuranceQuoteProperties"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            QuoteStatus: "Rejected";
        });
        AEHealthInsuranceQuoteReadResponseBody1: {
            Data: components["schemas"]["AEHealthInsuranceQuoteReadResponseProperties"];
            Links: components["schemas"]["LinksSelf"];
            Meta: components["schemas"]["Meta"];
        };
        AEHealthInsuranceQuoteReadResponseProperties: components["schemas"]["AEHealthInsuranceQuoteReadPendingResponseProperties"] | components["schemas"]["AEHealthInsuranceQuoteReadAvailableResponseProperties"] | components["schemas"]["AEHealthInsuranceQuoteReadApplicationApprovedResponseProperties"] | components["schemas"]["AEHealthInsuranceQuoteReadApplicationPendingResponseProperties"] | components["schemas"]["AEHealthInsuranceQuoteReadCompletedResponseProperties"] | components["schemas"]["AEHealthInsuranceQuoteReadCustomerCancelledResponseProperties"] | components["schemas"]["AEHealthInsuranceQuoteReadExpiredResponseProperties"] | components["schemas"]["AEHealthInsuranceQuoteReadKYCCapturedResponseProperties"] | components["schemas"]["AEHealthInsuranceQuoteReadLFICancelledResponseProperties"] | components["schemas"]["AEHealthInsuranceQuoteReadPaymentRequiredResponseProperties"] | components["schemas"]["AEHealthInsuranceQuoteReadPolicyIssuedResponseProperties"] | components["schemas"]["AEHealthInsuranceQuoteReadRejectedResponseProperties"];
        AEHealthInsuranceQuoteRequestProperties: {
            /** @description Identifier that uniquely and consistently identifies the existing policy customer or Broker unique Id for customer during policy purchase process. */
            CustomerId: string;
            QuoteReference: components["schemas"]["AEInsuranceQuoteReferenceType"];
            /**
             * @description Identification of quote type.
             *
             *     The following quote type values are supported:
             *
             *       * New: New Policy Quote
             *
             *       * Switch: Customer would like to switch policies or brokers
             *
             *       * Renewal: Customer would like renewal quote
             * @enum {string}
             */
            QuoteType: "New" | "Switch" | "Renewal";
            /** @description Broker requests to handle following steps of policy issuance process. */
            PolicyIssuanceRequest: {
                /** @description Broker request to complete capture of customer verification information and documents for this quote. */
                CustomerVerification: boolean;
                /** @description Broker request to host payment checkout. */
                Payment: boolean;
                /** @description Broker request to provide policy documents to customer. */
                PolicyDocuments: boolean;
            };
            /** @description Details of the what the insurance policy covers. */
            Policy: {
                /** @description Indicates whether the policy is Sharia compliant. */
                Takaful: boolean;
                /**
                 * @description Confirmation whether the insurance cover is for the customer (self) or their dependents
                 * @enum {string}
                 */
                CoverSubjects: "Self" | "SelfAndSpouse" | "Spouse" | "SelfAndFamily" | "Dependents" | "Other";
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
                /** @description When true confirmation that the Policyholder (customer) is also the Insured Person or when false confirmation that the Policyholder and the Insured Person(s) are different */
                IsPolicyholderInsured: boolean;
                /** @description Additional policy cover items */
                AddOns?: {
                    /** @description Dental cover included. */
                    DentalCover?: boolean;
                    /** @description Optical cover included. */
                    OpticalCover?: boolean;
                    /** @description Maternity cover included. */
                    MaternityCover?: boolean;
                    /** @description Other types of cover included. */
                    Other?: string;
                };
            };
            /** @description The policyholder for the proposed insurance policy. */
            PolicyHolder: components["schemas"]["AEHealthInsuranceQuotePolicyholder"];
            /** @description Required when IsPolicyholderInsured is false (No). This object must be provided for each insured person who is not the policyholder. */
            InsuredParties?: components["schemas"]["AEHealthInsuranceQuoteInsuredParty"][];
            /** @description Required when the policy holder or one-or-more insured persons require a sponsor. */
            Sponsor?: components["schemas"]["AEHealthInsuranceSponsorProperties"][];
            /** @description One-or-more existing insurance policies, omitted if none are held. */
            ExistingInsurance?: {
                /** @description The Health Insurance Company Name when an existing Health cover is held */
                InsurerName: string;
                /** @description The Health Insurance Policy Number when an existing Health cover is held */
                ExistingPolicyNumber?: string;
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
            }[];
            /** @description Pre-existing medical conditions questions to aid risk assessment */
            MedicalQuestions?: components["schemas"]["AEHealthInsuranceMedicalHistoryProperties"][];
        };
        AEHealthInsuranceQuoteResponseAvailableProperties: {
            /**
             * @description The current status of the quote (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            QuoteStatus: "Available";
            QuoteId: components["schemas"]["AEInsuranceQuoteIdType"];
            QuoteReference: components["schemas"]["AEInsuranceQuoteReferenceType"];
            /**
             * Format: date-time
             * @description The date and time at which the quote was created.
             */
            CreationDateTime: string;
            /**
             * Format: date-time
             * @description The expiration date of the quote, after which it is no longer valid.  If no date is provided the quote will be valid for up to 30 days as per the Standards.
             */
            ExpirationDateTime?: string;
            /** @description The specific name of the insurance plan. */
            PlanName?: string;
            /** @description The level of insurance Cover offered in the quote */
            LevelOfCover?: string;
            /** @description An object containing details of the commission amount that would be payable to the TPP if the User proceeded with the insurance application and purchased the policy based on the provided information */
            Commission?: components["schemas"]["AEInsuranceCommission"];
            /** @description An array containing options for policy cover, which contain information about the cover and benefits included in the quoted policies. */
            PolicyCover?: components["schemas"]["AEInsuranceQuotePolicyCover"][];
            /** @description A list of URLs linking to policy-related documents, such as terms and conditions, policy wording, or product disclosures */
            PolicyDocumentsUris?: components["schemas"]["AEInsuranceQuoteUri"][];
            /** @description An object containing details of optional add-ons available for the quoted policy */
            AvailableAddOns?: {
                /** @description Name of the insurance cover add-on */
                CoverName: string;
                /** @description Description of the insurance cover add-on */
                Description: string;
                /** @description Premium value of the insurance cover add-on */
                Amount?: components["schemas"]["AEActiveCurrencyAmount"];
                /** @description When applicable, the benefit coverage limit that could be paid if a claim was made. */
                CoverLimit?: components["schemas"]["AEActiveCurrencyAmount"];
                /** @description Included inclusions and exclusions for cover type. */
                CoverInclusionAndExclusionDescriptions?: string[];
                /** @description When applicable, the amount that would be deductible from any claim. */
                PolicyExcess?: components["schemas"]["AEActiveCurrencyAmount"];
            }[];
            /** @description A list of documents required that must be provided by the User to the LFI to proceed with the policy purchase */
            RequiredDocuments?: components["schemas"]["AEInsuranceDocumentRequirement"][];
            /** @description An object containing details of any discounts or offers applied to the quote */
            DiscountOffers?: components["schemas"]["AEInsurancePremiumDiscountOffers"][];
            /** @description An object containing ratings or reviews of the insurer's service quality */
            ServiceRating: components["schemas"]["AEInsuranceServiceRating"];
            /** @description Provides special conditions or clauses applicable to the policy specified by the LFI, which must be displayed to the User if provided. */
            SpecialConditionsApplicable?: components["schemas"]["AEInsuranceSpecialConditions"][];
            /** @description Broker requests to handle following steps of policy issuance process. */
            PolicyIssuanceAllowed: {
                /** @description Broker allowed to complete capture of customer verification information and documents for this quote. */
                CustomerVerification: boolean;
                /** @description Broker allowed to host payment checkout. */
                Payment: boolean;
                /** @description Broker allowed to provide policy documents to customer. */
                PolicyDocuments: boolean;
            };
            /** @description Indicates whether the policy is Sharia compliant. */
            Takaful?: boolean;
            /** @description Provides and alternative brand name where the product is Sharia compliant */
            AlternativeBrandName?: string;
            /** @description An object containing details of the quoted insurance premium */
            Premium?: components["schemas"]["AEHealthInsurancePremium"];
        };
        AEHealthInsuranceQuoteResponsePendingProperties: {
            /**
             * @description The current status of the quote (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            QuoteStatus: "Pending";
            QuoteId: components["schemas"]["AEInsuranceQuoteIdType"];
            QuoteReference: components["schemas"]["AEInsuranceQuoteReferenceType"];
            /**
             * Format: date-time
             * @description The target date and time at which the insurer will generate a quote premium. Maximum allowed time is 24 hours from quote resource creation.
             */
            PremiumTargetDateTime?: string;
        };
        /** @enum {string} */
        AEHealthInsuranceQuoteTypeOfSmokingCodes: "Tobacco" | "Cigarettes" | "Pipe" | "Shisha" | "ECigarettes" | "Vape" | "ChewingTobacco";
        /** @enum {string} */
        AEHealthInsuranceSalaryBandCode: "NoSalary" | "BelowAED4000PerMonth" | "AED4000ToAED12000PerMonth" | "AED12001AndAbove";
        AEHealthInsuranceSponsorProperties: {
            /** @description Confirmation which person the Sponsor details relate to */
            PersonSponsored: string;
            /** @description The official ID of the sponsoring entity. */
            SponsorEntityID: string;
            /**
             * @description Confirmation what the Sponsor Entity ID relates to
             * @enum {string}
             */
            SponsorEntityIDType?: "FileNumber" | "UID" | "EstablishmentCode";
            /**
             * @description The type of visa sponsorship being provided
             * @enum {string}
             */
            SponsorType: "Resident" | "Citizen" | "Establishment" | "PropertyOwner";
        };
        AEHomeInsuranceBuildingsCoverProperties: {
            /** @description The total estimated value of the insured building structure, excluding land value */
            BuildingValue?: number;
        };
        AEHomeInsuranceDomesticHelperIndividualDetailsProperties: {
            /** @description First Name of the individual. */
            FirstName: string;
            /** @description Last Name (Surname) of the individual. */
            LastName: string;
            /** @description The nationality of the individual based on the ISO 3166-1 alpha-3 codes */
            Nationality: string;
            /**
             * Format: date
             * @description Date of birth of the individual.
             */
            DateOfBirth: string;
            /** @description Passport Number of the individual. */
            PassportNumber?: components["schemas"]["AEInsuranceCustomerPassportNumberType"];
        };
        AEHomeInsuranceDomesticHelperProperties: {
            /** @description Required when Domestic Helpers cover is required. Confirms the number of Domestic Helpers to be covered */
            NumberOfDomesticHelpers: number;
            /** @description Domestic Helpers details when included in the insurance cover */
            IndividualDetails?: components["schemas"]["AEHomeInsuranceDomesticHelperIndividualDetailsProperties"][];
        };
        AEHomeInsuranceMortgageProperties: {
            /** @description Required when PropertyMortgage is true (Yes) to confirm the name of the financial institution providing the mortgage finance */
            BankName?: string;
            /** @description The Bank's Branch name */
            BranchName?: string;
            /** @description The address details of the customer's Bank Branch */
            BankAddress?: components["schemas"]["AEInsuranceAddressProperties"];
            /** @description The contact details of the Bank */
            ContactDetails?: string;
            /** @description The amount or outstanding balance of the mortgage */
            MortgageBalanceAmount?: components["schemas"]["AEActiveCurrencyAmount"];
        };
        AEHomeInsurancePolicyProperties1: {
            /**
             * @description Unique identifier for a given insurance policy
             * @example d330c5bb-0889-4596-86bb-17cc9a4a17b5
             */
            InsurancePolicyId: components["schemas"]["AEInsuranceResourceIdentifierType"];
            /** @description Information about the customer. Requires `ReadCustomerBasic` permission to be granted by the User. */
            PolicyHolder?: components["schemas"]["AEInsuranceCustomerQuoteProperties"];
            /** @description Identity information for the policyholder or insured person. Requires `ReadCustomerDetail` permission to be granted by the User for the policyholder identity to be provided. */
            Identity?: components["schemas"]["AEInsuranceIdentityTypes"];
            /** @description Details of the insurance product. Requires `ReadInsuranceProduct` permission to be granted by the User. */
            Product?: components["schemas"]["AEHomeInsuranceProductData"];
            /** @description Details of claims made against the insurance policy. Requires the `ReadCustomerClaims` permission to be granted by the User. */
            Claims?: components["schemas"]["AEInsuranceDataSharingClaimsWithLossCauseProperties"];
            /** @description Details of the insurance policy premium. Requires the `ReadInsurancePremium` permission to be granted by the User. */
            Premium?: components["schemas"]["AEInsuranceDataSharingPremiumProperties"] | components["schemas"]["AEInsurancePremiumJWE"];
        };
        AEHomeInsuranceProductData: {
            /** @description Details of the policy. */
            Policy: {
                /**
                 * Format: date
                 * @description Policy start date
                 */
                PolicyStartDate: string;
                /**
                 * Format: date
                 * @description Policy end date
                 */
                PolicyEndDate?: string;
                /** @description Indicates whether the policy is Sharia compliant. */
                Takaful: boolean;
                /** @description Business name of the policy product as provided externally to the customer. */
                ProductName: string;
                /** @description When applicable, the amount that would be deductible from any claim. */
                PolicyExcess?: components["schemas"]["AEActiveCurrencyAmount"];
                /** @description Cover and benefits provided by the policy. */
                PolicyCoverAndBenefits: {
                    /** @description Type of cover as defined in company systems. */
                    CoverType: string;
                    /** @description Description of the cover / benefit. */
                    Description: string;
                    /** @description To confirm whether the cover or benefit is required as part of the base insurance policy or is optional. */
                    Required: boolean;
                    /** @description When applicable, the benefit coverage limit that could be paid if a claim was made. */
                    CoverLimit?: components["schemas"]["AEActiveCurrencyAmount"];
                    /** @description included inclusions and exclusions for cover type. */
                    CoverInclusionsAndExclusions?: {
                        /** @description Description of the inclusion or exclusion. */
                        InclusionAndExclusionDescription: string;
                    }[];
                    /** @description When applicable, the amount that would be deductible from any claim. */
                    CoverExcess?: components["schemas"]["AEActiveCurrencyAmount"];
                    /** @description Insurers internal unique ID for specific cover. */
                    CoverID?: string;
                }[];
                /**
                 * @description Sales channel of policy.
                 * @enum {string}
                 */
                PolicyPurchaseChannelType: "Direct" | "Agent" | "Broker" | "Bank" | "InvFinInst" | "TPA" | "OnlineInsideUAE" | "OnlineOutsideUAE" | "Aggregation" | "Outside" | "Other";
            };
            /** @description Details of the property. */
            PropertyDetails: {
                /**
                 * @description Based on enumeration values.
                 * @enum {string}
                 */
                TypeOfProperty: "House" | "Villa" | "Apartment" | "Flat" | "Other";
                /**
                 * @description Based on enumeration values.
                 * @enum {string}
                 */
                OwnershipStatus?: "Owner" | "OwnerWithMortgage" | "Landlord" | "Tenant";
                /**
                 * @description Type of construction
                 * @enum {string}
                 */
                Construction?: "ClassA" | "ClassB" | "ClassC";
                /** @description Confirmation whether the property is over 10 years old */
                OverTenYears?: boolean;
                /** @description Confirmation whether the buildings and/or contents have suffered damage by storm, tempest or flood during the past five years */
                FloodDamage?: boolean;
                /** @description The number of adults that will be living in the home */
                NumberOfAdults?: number;
                /** @description The number of children that will be living in the home */
                NumberOfChildren?: number;
                /** @description The total number of floors in the insured property, including all above-ground levels. */
                NumberOfFloors?: number;
                /** @description The total number of rooms within the property, excluding bathrooms. */
                NumberOfRooms?: number;
                /** @description The full address of the property to be insured */
                InsuredPropertyAddress?: components["schemas"]["AEInsuranceAddressProperties"];
                /** @description Details of property safety and security features. */
                SafetySecurityFeatures?: {
                    /** @description The shortest distance from the insured property to the nearest coastline, measured in meters */
                    DistanceFromShoreline?: string;
                    /** @description The elevation of the insured property above sea level, measured in meters */
                    DistanceAboveSeaLevel?: string;
                    /** @description Confirmation whether the property to be insured or is being insured is in a Designated Flood Zone */
                    InDesignatedFloodZone?: boolean;
                    /** @description Confirmation whether the property to be insured or is being insured has Water Leak Detection Systems */
                    WaterLeakDetectionSystems?: boolean;
                    /** @description Confirmation whether the property to be insured or is being insured has a burglar installed */
                    BurglarAlarm?: boolean;
                    /** @description Confirmation whether the property to be insured or is being insured has Surveillance or Security Cameras */
                    SurveillanceCameras?: boolean;
                    /** @description Confirmation whether the property to be insured or is being insured has a door camera */
                    DoorCamera?: boolean;
                    /** @description Confirmation whether the property to be insured or is being insured has Security Guards employed */
                    SecurityGuards?: boolean;
                    /** @description Confirmation whether the property to be insured or is being insured has Smoke Detectors installed */
                    SmokeDetectors?: boolean;
                    /** @description Confirmation whether the property to be insured or is being insured has Fire Extinguishers */
                    FireExtinguishers?: boolean;
                    /** @description Confirmation whether the property to be insured or is being insured has Sprinkler System installed */
                    SprinklerSystem?: boolean;
                    /** @description Confirmation whether the property to be insured or is being insured has Dead bolt Locks installed */
                    DeadboltLocks?: boolean;
                    /** @description Confirmation whether the property to be insured or is being insured has Window Locks installed */
                    WindowLocks?: boolean;
                };
                /** @description Year of construction */
                YearOfConstruction?: string;
                /**
                 * @description Construction type, based on enumeration values.
                 * @enum {string}
                 */
                ConstructionType?: "Concrete" | "Wood" | "Mixed" | "Other";
                /**
                 * @description Foundation type, based on enumeration values.
                 * @enum {string}
                 */
                FoundationType?: "Slab" | "CrawlSpace" | "Basement";
                /**
                 * @description Exterior wall construction, based on enumeration values.
                 * @enum {string}
                 */
                ExteriorWalls?: "Brick" | "Stone" | "Concrete" | "Stucco" | "Wood" | "Other";
                /**
                 * @description Type of rooting, based on enumeration values.
                 * @enum {string}
                 */
                RoofType?: "Tile" | "Shingle" | "Metal" | "Other";
                /**
                 * @description Property condition, based on enumeration values.
                 * @enum {string}
                 */
                PropertyCondition?: "Excellent" | "Good" | "Fair" | "Poor";
                /**
                 * @description Property usage, based on enumeration values.
                 * @enum {string}
                 */
                UsageByApplicant?: "PrimaryResidence" | "SecondaryResidence" | "RentalProperty" | "VacantProperty" | "Other";
                /** @description The total number of people currently residing or will be residing in the insured property. */
                NumberOfCurrentOccupants?: number;
                /** @description Total built-up area in square meters. */
                TotalBuiltUpArea?: number;
                /** @description The total number of bathrooms in the property, including full and half-bathrooms */
                NumberOfBathrooms?: number;
                /** @description The total number of bedrooms in the insured property */
                NumberOfBedrooms?: number;
                /** @description Indicates whether the insured property has an attic */
                PresenceOfAttic?: boolean;
                /** @description Indicates whether the insured property has a basement */
                PresenceOfBasement?: boolean;
                /** @description The primary cooling system installed in the property */
                TypeOfCoolingSystem?: string;
                /** @description Age of the cooling system in years. */
                AgeOfCoolingSystem?: string;
                /** @description The primary heating system used in the property */
                TypeOfHeatingSystem?: string;
                /** @description Age of the heating system in years */
                AgeOfHeatingSystem?: string;
                /** @description Any detached structures on the property, such as garages, sheds, guesthouses, or swimming pools. Omitted if none present at property. */
                AdditionalStructures?: string[];
                /** @description The maximum number of consecutive days the property is expected to be unoccupied during the policy period */
                ConsecutiveDaysUnoccupied?: number;
            };
            /** @description Details of the property value. */
            PropertyValue?: {
                /** @description Only numeric answers allowed (in AED) */
                MarketValueAmount?: components["schemas"]["AEActiveCurrencyAmount"];
                /**
                 * Format: date
                 * @description The date of the most recent property appraisal for valuation purposes.
                 */
                MostRecentAppraisalDate?: string;
                /** @description Only numeric answers allowed (in AED) */
                MostRecentAppraisalValueAmount: components["schemas"]["AEActiveCurrencyAmount"];
                /**
                 * Format: date
                 * @description The date when the insured property was purchased.
                 */
                DateOfPurchase?: string;
                /** @description The original purchase price of the property at the time of acquisition. */
                PurchasePrice?: components["schemas"]["AEActiveCurrencyAmount"];
            };
            /** @description Required when Cover is BuildingsCover */
            BuildingsCover?: components["schemas"]["AEHomeInsuranceBuildingsCoverProperties"];
            /** @description Required when Cover is ContentsCover */
            ContentsCoverDetails?: components["schemas"]["AEInsuranceDataSharingContentsCoverDetails"];
            /** @description Required when cover is personal belongings */
            PersonalBelongings?: components["schemas"]["AEInsuranceDataSharingPersonalBelongings"];
            /** @description Details of the mortgage against the property. Omitted when the property is not mortgaged. */
            Mortgage?: {
                /** @description Required when PropertyMortgage is true (Yes) to confirm the name of the financial institution providing the mortgage finance */
                BankName?: string;
                /** @description The Bank's Branch name */
                BranchName?: string;
                /** @description The address details of the customer's Bank Branch */
                BankAddress?: components["schemas"]["AEInsuranceAddressProperties"];
                /** @description The contact details of the Bank */
                ContactDetails?: string;
                /** @description The amount or outstanding balance of the mortgage */
                MortgageBalanceAmount?: components["schemas"]["AEActiveCurrencyAmount"];
                /** @description The monthly amount paid for the mortgage. */
                MonthlyPaymentAmount?: components["schemas"]["AEActiveCurrencyAmount"];
                /** @description The account number associated with the mortgage finance against the property. */
                AccountNumber?: string;
            };
            DomesticHelpers?: components["schemas"]["AEHomeInsuranceDomesticHelperProperties"];
            /** @description The template for adding optional properties. */
            ImportantQuestions?: {
                /** @description Confirmation whether the property is the customer's primary residence */
                PrimaryResidence?: boolean;
                /** @description Confirmation whether the property will be used for business purposes */
                BusinessPurposes?: boolean;
                /** @description Confirmation whether the property will be occupied solely by the customer, their family and Domestic Helper? */
                PropertyOccupation?: boolean;
                /** @description Confirmation whether the home will be occupied during the day time. */
                DayTimeOccupation?: boolean;
                /** @description Confirmation whether the property will be left un-occupied for more than 60 days. */
                UnoccupiedOverSixtyDays?: boolean;
            };
        };
        AEHomeInsuranceQuoteAcceptQuoteRequestProperties: {
            /** @description Quote status. */
            QuoteStatus: components["schemas"]["AEInsuranceAcceptedByUserQuoteStatusCodes"];
            QuoteReference: components["schemas"]["AEInsuranceQuoteReferenceType"];
            /** @description Insurance sub-type, describing the insurance type specific to the sector. */
            InsuranceSubType: string;
            /** @description Details of the quoted premium, as provided in the quote response. */
            Premium: components["schemas"]["AEInsurancePremiumProperties"];
            /** @description Details of the commission, as provided in the quote response. */
            Commission: {
                /** @description The total monetary value of the commission paid to the TPP if the User proceeds with the quote application and purchases the policy based on the quote information provided. */
                CommissionAmount?: components["schemas"]["AEActiveCurrencyAmount"];
                /**
                 * @description The method to be used to pay the commission to the TPP if the User elects to proceed with the application and successfully purchases the policy.
                 * @enum {string}
                 */
                PaymentMethod: "DirectToTPP" | "ThroughAPIHub";
            };
            /**
             * @description Confirmation whether the customer monthly salary is less than or greater than AED 4,000 each month. Required for Health Insurance.
             * @enum {string}
             */
            CustomerSalary?: "Under4K" | "Over4K";
            /**
             * Format: date-time
             * @description The quote creation date and time, as supplied by the LFI in the property `CreationDateTime`.
             */
            QuoteCreationDateTime: string;
            /**
             * Format: date-time
             * @description The expiration date of the quote, as provided in the quote response, if provided by the LFI.
             */
            ExpirationDateTime?: string;
            /** @description Broker requests to handle following steps of policy issuance process. */
            PolicyIssuanceRequest?: {
                /** @description Broker request to complete capture of customer verification information and documents for this quote. */
                CustomerVerification: boolean;
                /** @description Broker request to host payment checkout. */
                Payment: boolean;
                /** @description Broker request to provide policy documents to customer. */
                PolicyDocuments: boolean;
            };
            /** @description Customer documents encoded for submission to the LFI. Omitted if not required or quote status is `ApplicationPending`. */
            Documents?: components["schemas"]["AEDocumentProperties"][];
            /** @description Verified details captured by the TPP, when the TPP is a Broker. Omitted if not required. */
            VerifiedDetails?: {
                /** @description Revised details, verified by the TPP. */
                Policy?: {
                    /** @description Indicates whether the policy is Sharia compliant. */
                    Takaful?: boolean;
                    /** @description The type of Home or Renter insurance cover required */
                    TypeOfCover?: components["schemas"]["AEInsuranceQuoteTypeOfCover"];
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
                    AddOns?: {
                        /** @description Confirmation whether the customer wishes to include Accidental Damage cover. */
                        AccidentalDamageCover?: boolean;
                        /** @description Confirmation whether the customer wishes to include Personal Belongings cover. */
                        PersonalBelongingsCover?: boolean;
                        /** @description Confirmation whether the customer wishes to include Liability cover. */
                        LiabilityCover?: boolean;
                        DomesticHelpersCover?: boolean;
                    };
                    ClaimsInLastThreeYears?: boolean;
                };
                /** @description Revised details, verified by the TPP. */
                PolicyHolder?: {
                    /** @description The salutation of the individual or customer. */
                    Salutation?: components["schemas"]["AEInsuranceSalutationCodes"];
                    /** @description First Name of the individual. */
                    FirstName?: string;
                    /** @description Middle Name of the individual. */
                    MiddleName?: string;
                    /** @description Last Name (Surname) of the individual. */
                    LastName?: string;
                    /** @description The gender of the customer */
                    Gender?: components["schemas"]["AEInsuranceGender"];
                    /**
                     * Format: date
                     * @description Date of birth of the individual.
                     */
                    DateOfBirth?: string;
                    /** @description The marital status of the individual. */
                    MaritalStatus?: components["schemas"]["AEInsuranceMaritalStatus"];
                    /** @description Residential Location of the individual. */
                    ResidentialLocation?: string;
                    /** @description The landline telephone number of the individual. */
                    LandlineNumber?: components["schemas"]["AEInsurancePhoneNumberType"];
                    /** @description The nationality of the individual based on the ISO 3166-1 alpha-3 codes */
                    Nationality?: string;
                    /** @description Primary language spoken by the insurance policy customer */
                    PrimaryLanguage?: components["schemas"]["AECustomerPrimaryLanguage"];
                    /** @description The mobile telephone number of the individual. */
                    MobileNumber?: components["schemas"]["AEInsurancePhoneNumberType"];
                    /** @description Email address of the individual. */
                    EmailAddress?: components["schemas"]["AEInsuranceEmailAddressType"];
                    /** @description Address details */
                    Address?: {
                        /**
                         * @description The type of address.
                         * @enum {string}
                         */
                        AddressType?: "Billing" | "Business" | "Correspondence" | "DeliveryTo" | "MailTo" | "POBox" | "Postal" | "Permanent" | "Residential" | "Statement" | "Other";
                        /**
                         * @description Information that locates and identifies a specific address for a transaction entry, that is presented in free format text.
                         *
                         *     This value should be used where the address is provided or stored as a single string.
                         */
                        AddressLine?: components["schemas"]["AEInsuranceAddressLine"][];
                        /** @description The unit, apartment, or villa number within a building or community */
                        BuildingNumber?: string;
                        /** @description Name of the building or house. */
                        BuildingName?: string;
                        /** @description Floor or storey within a building. */
                        Floor?: string;
                        /** @description The name of the street or road where the property is located */
                        StreetName?: string;
                        /** @description The district, community, or neighbourhood where the property is located */
                        DistrictName?: string;
                        /** @description The P.O. Box number assigned to the recipient for mail delivery */
                        PostBox?: string;
                        /** @description Name of a built-up area, such as a town or city */
                        TownName?: string;
                        /** @description Country subdivision, such as state or province. This is the Emirate where the address is registered. */
                        CountrySubDivision?: components["schemas"]["AEInsuranceEmirate"];
                        /** @description The country associated with the address, represented using the ISO 3166-1 alpha-2 country code. */
                        Country?: components["schemas"]["AEInsuranceCountryCode"];
                    }[];
                    /** @description Identification details of the policyholder. */
                    Identity?: components["schemas"]["AEInsuranceQuoteVerifiedIdentityProperties"];
                    /** @description Employer name. */
                    EmployerName?: string;
                };
                /** @description Revised details, verified by the TPP. */
                PropertyDetails?: {
                    /**
                     * @description Based on enumeration values.
                     * @enum {string}
                     */
                    TypeOfProperty?: "House" | "Villa" | "Apartment" | "Flat" | "Other";
                    /**
                     * @description Based on enumeration values.
                     * @enum {string}
                     */
                    OwnershipStatus?: "Owner" | "OwnerWithMortgage" | "Landlord" | "Tenant";
                    /**
                     * @description Type of construction
                     * @enum {string}
                     */
                    Construction?: "ClassA" | "ClassB" | "ClassC";
                    /** @description Confirmation whether the property is over 10 years old */
                    OverTenYears?: boolean;
                    /** @description Confirmation whether the buildings and/or contents have suffered damage by storm, tempest or flood during the past five years */
                    FloodDamage?: boolean;
                    /** @description The number of adults that will be living in the home */
                    NumberOfAdults?: number;
                    /** @description The number of children that will be living in the home */
                    NumberOfChildren?: number;
                    /** @description The total number of floors in the insured property, including all above-ground levels. */
                    NumberOfFloors?: number;
                    /** @description The total number of rooms within the property, excluding bathrooms. */
                    NumberOfRooms?: number;
                    /** @description The full address of the property to be insured */
                    InsuredPropertyAddress?: {
                        /**
                         * @description Information that locates and identifies a specific address for a transaction entry, that is presented in free format text.
                         *
                         *     This value should be used where the address is provided or stored as a single string.
                         */
                        AddressLine?: components["schemas"]["AEInsuranceAddressLine"][];
                        /** @description The unit, apartment, or villa number within a building or community */
                        BuildingNumber?: string;
                        /** @description Name of the building or house. */
                        BuildingName?: string;
                        /** @description Floor or storey within a building. */
                        Floor?: string;
                        /** @description The name of the street or road where the property is located */
                        StreetName?: string;
                        /** @description The district, community, or neighbourhood where the property is located */
                        DistrictName?: string;
                        /** @description The P.O. Box number assigned to the recipient for mail delivery */
                        PostBox?: string;
                        /** @description Name of a built-up area, such as a town or city */
                        TownName?: string;
                        /** @description Country subdivision, such as state or province. This is the Emirate where the address is registered. */
                        CountrySubDivision?: components["schemas"]["AEInsuranceEmirate"];
                        /** @description The country associated with the address, represented using the ISO 3166-1 alpha-2 country code. */
                        Country?: components["schemas"]["AEInsuranceCountryCode"];
                    };
                    /** @description Details of property safety and security features. */
                    SafetySecurityFeatures?: {
                        /** @description The shortest distance from the insured property to the nearest coastline, measured in meters */
                        DistanceFromShoreline?: string;
                        /** @description The elevation of the insured property above sea level, measured in meters */
                        DistanceAboveSeaLevel?: string;
                        /** @description Confirmation whether the property to be insured or is being insured is in a Designated Flood Zone */
                        InDesignatedFloodZone?: boolean;
                        /** @description Confirmation whether the property to be insured or is being insured has Water Leak Detection Systems */
                        WaterLeakDetectionSystems?: boolean;
                        /** @description Confirmation whether the property to be insured or is being insured has a burglar installed */
                        BurglarAlarm?: boolean;
                        /** @description Confirmation whether the property to be insured or is being insured has Surveillance or Security Cameras */
                        SurveillanceCameras?: boolean;
                        /** @description Confirmation whether the property to be insured or is being insured has a door camera */
                        DoorCamera?: boolean;
                        /** @description Confirmation whether the property to be insured or is being insured has Security Guards employed */
                        SecurityGuards?: boolean;
                        /** @description Confirmation whether the property to be insured or is being insured has Smoke Detectors installed */
                        SmokeDetectors?: boolean;
                        /** @description Confirmation whether the property to be insured or is being insured has Fire Extinguishers */
                        FireExtinguishers?: boolean;
                        /** @description Confirmation whether the property to be insured or is being insured has Sprinkler System installed */
                        SprinklerSystem?: boolean;
                        /** @description Confirmation whether the property to be insured or is being insured has Dead bolt Locks installed */
                        DeadboltLocks?: boolean;
                        /** @description Confirmation whether the property to be insured or is being insured has Window Locks installed */
                        WindowLocks?: boolean;
                    };
                };
                /** @description Revised details, verified by the TPP. */
                Mortgage?: {
                    /** @description Required when PropertyMortgage is true (Yes) to confirm the name of the financial institution providing the mortgage finance */
                    BankName?: string;
                    /** @description The Bank's Branch name */
                    BranchName?: string;
                    /** @description The address details of the customer's Bank Branch */
                    BankAddress?: {
                        /**
                         * @description Information that locates and identifies a specific address for a transaction entry, that is presented in free format text.
                         *
                         *     This value should be used where the address is provided or stored as a single string.
                         */
                        AddressLine?: components["schemas"]["AEInsuranceAddressLine"][];
                        /** @description The unit, apartment, or villa number within a building or community */
                        BuildingNumber?: string;
                        /** @description Name of the building or house. */
                        BuildingName?: string;
                        /** @description Floor or storey within a building. */
                        Floor?: string;
                        /** @description The name of the street or road where the property is located */
                        StreetName?: string;
                        /** @description The district, community, or neighbourhood where the property is located */
                        DistrictName?: string;
                        /** @description The P.O. Box number assigned to the recipient for mail delivery */
                        PostBox?: string;
                        /** @description Name of a built-up area, such as a town or city */
                        TownName?: string;
                        /** @description Country subdivision, such as state or province. This is the Emirate where the address is registered. */
                        CountrySubDivision?: components["schemas"]["AEInsuranceEmirate"];
                        /** @description The country associated with the address, represented using the ISO 3166-1 alpha-2 country code. */
                        Country?: components["schemas"]["AEInsuranceCountryCode"];
                    };
                    /** @description The contact details of the Bank */
                    ContactDetails?: string;
                    /** @description The amount or outstanding balance of the mortgage */
                    MortgageBalanceAmount?: {
                        Currency?: components["schemas"]["AEActiveOrHistoricCurrencyCode"];
                        Amount?: components["schemas"]["AEActiveOrHistoricAmount"];
                    };
                };
                /** @description Revised details, verified by the TPP. */
                DomesticHelpers?: {
                    /** @description Required when Domestic Helpers cover is required. Confirms the number of Domestic Helpers to be covered */
                    NumberOfDomesticHelpers?: number;
                    /** @description Domestic Helpers details when included in the insurance cover */
                    IndividualDetails?: {
                        /** @description First Name of the individual. */
                        FirstName?: string;
                        /** @description Last Name (Surname) of the individual. */
                        LastName?: string;
                        /** @description The nationality of the individual based on the ISO 3166-1 alpha-3 codes */
                        Nationality?: string;
                        /**
                         * Format: date
                         * @description Date of birth of the individual.
                         */
                        DateOfBirth?: string;
                        /** @description Passport Number of the individual. */
                        PassportNumber?: components["schemas"]["AEInsuranceCustomerPassportNumberType"];
                    }[];
                };
                /** @description Revised details, verified by the TPP. */
                ExistingHomeInsurance?: {
                    /** @description The type of existing insurance cover held. */
                    CoverType?: components["schemas"]["AEInsuranceQuoteTypeOfCover"];
                    /** @description The name of the existing home insurance provider. */
                    ProviderName?: string;
                    /**
                     * Format: date
                     * @description The expiry date of the existing home insurance cover.
                     */
                    ExpiryDate?: string;
                    /** @description Confirm whether this proposal will replace the existing insurance cover. */
                    ReplacementCover?: boolean;
                };
            };
        };
        AEHomeInsuranceQuoteExistingHomeInsuranceProperties: {
            /** @description The type of existing insurance cover held. */
            CoverType: components["schemas"]["AEInsuranceQuoteTypeOfCover"];
            /** @description The name of the existing home insurance provider. */
            ProviderName: string;
            /**
             * Format: date
             * @description The expiry date of the existing home insurance cover.
             */
            ExpiryDate: string;
            /** @description Confirm whether this proposal will replace the existing insurance cover. */
            ReplacementCover: boolean;
        };
        AEHomeInsuranceQuotePolicyHolderProperties: {
            /** @description The salutation of the individual or customer. */
            Salutation?: components["schemas"]["AEInsuranceSalutationCodes"];
            /** @description First Name of the individual. */
            FirstName?: string;
            /** @description Middle Name of the individual. */
            MiddleName?: string;
            /** @description Last Name (Surname) of the individual. */
            LastName?: string;
            /** @description The gender of the customer */
            Gender: components["schemas"]["AEInsuranceGender"];
            /**
             * Format: date
             * @description Date of birth of the individual.
             */
            DateOfBirth: string;
            /** @description The marital status of the individual. */
            MaritalStatus?: components["schemas"]["AEInsuranceMaritalStatus"];
            /** @description Residential Location of the individual. */
            ResidentialLocation?: string;
            /** @description The landline telephone number of the individual. */
            LandlineNumber?: components["schemas"]["AEInsurancePhoneNumberType"];
            /** @description The nationality of the individual based on the ISO 3166-1 alpha-3 codes */
            Nationality: string;
            /** @description Primary language spoken by the insurance policy customer */
            PrimaryLanguage?: components["schemas"]["AECustomerPrimaryLanguage"];
            /** @description The mobile telephone number of the individual. */
            MobileNumber?: components["schemas"]["AEInsurancePhoneNumberType"];
            /** @description Email address of the individual. */
            EmailAddress?: components["schemas"]["AEInsuranceEmailAddressType"];
            /** @description Customer's address details */
            Address?: components["schemas"]["AEInsuranceAddress"][];
            /** @description Identification details of the policyholder. */
            Identity?: components["schemas"]["AEInsuranceIdentityTypes"];
            /** @description Employer name. */
            EmployerName?: string;
        };
        AEHomeInsuranceQuotePolicyProperties: {
            /** @description Indicates whether the policy is Sharia compliant. */
            Takaful: boolean;
            /** @description The type of Home or Renter insurance cover required */
            TypeOfCover: components["schemas"]["AEInsuranceQuoteTypeOfCover"];
            /**
             * Format: date
             * @description Policy start date
             */
            PolicyStartDate: string;
            /**
             * Format: date
             * @description Policy end date
             */
            PolicyEndDate?: string;
            AddOns: {
                /** @description Confirmation whether the customer wishes to include Accidental Damage cover. */
                AccidentalDamageCover: boolean;
                /** @description Confirmation whether the customer wishes to include Personal Belongings cover. */
                PersonalBelongingsCover: boolean;
                /** @description Confirmation whether the customer wishes to include Liability cover. */
                LiabilityCover: boolean;
                DomesticHelpersCover: boolean;
            };
            ClaimsInLastThreeYears?: boolean;
        };
        AEHomeInsuranceQuotePropertyDetailsProperties: {
            /**
             * @description Based on enumeration values.
             * @enum {string}
             */
            TypeOfProperty: "House" | "Villa" | "Apartment" | "Flat" | "Other";
            /**
             * @description Based on enumeration values.
             * @enum {string}
             */
            OwnershipStatus?: "Owner" | "OwnerWithMortgage" | "Landlord" | "Tenant";
            /**
             * @description Type of construction
             * @enum {string}
             */
            Construction?: "ClassA" | "ClassB" | "ClassC";
            /** @description Confirmation whether the property is over 10 years old */
            OverTenYears?: boolean;
            /** @description Confirmation whether the buildings and/or contents have suffered damage by storm, tempest or flood during the past five years */
            FloodDamage?: boolean;
            /** @description The number of adults that will be living in the home */
            NumberOfAdults?: number;
            /** @description The number of children that will be living in the home */
            NumberOfChildren?: number;
            /** @description The total number of floors in the insured property, including all above-ground levels. */
            NumberOfFloors?: number;
            /** @description The total number of rooms within the property, excluding bathrooms. */
            NumberOfRooms?: number;
            /** @description The full address of the property to be insured */
            InsuredPropertyAddress?: components["schemas"]["AEInsuranceAddressProperties"];
            /** @description Details of property safety and security features. */
            SafetySecurityFeatures?: components["schemas"]["AEInsuranceSafetySecurityFeatures"];
        };
        AEHomeInsuranceQuoteRequestProperties: {
            /** @description Identifier that uniquely and consistently identifies the existing policy customer or Broker unique Id for customer during policy purchase process. */
            CustomerId: string;
            QuoteReference: components["schemas"]["AEInsuranceQuoteReferenceType"];
            /**
             * @description Identification of quote type.
             *
             *     The following quote type values are supported:
             *
             *       * New: New Policy Quote
             *
             *       * Switch: Customer would like to switch policies or brokers
             *
             *       * Renewal: Customer would like renewal quote
             * @enum {string}
             */
            QuoteType: "New" | "Switch" | "Renewal";
            /** @description Broker requests to handle following steps of policy issuance process. */
            PolicyIssuanceRequest: {
                /** @description Broker request to complete capture of customer verification information and documents for this quote. */
                CustomerVerification: boolean;
                /** @description Broker request to host payment checkout. */
                Payment: boolean;
                /** @description Broker request to provide policy documents to customer. */
                PolicyDocuments: boolean;
            };
            Policy: components["schemas"]["AEHomeInsuranceQuotePolicyProperties"];
            PolicyHolder?: components["schemas"]["AEHomeInsuranceQuotePolicyHolderProperties"];
            PropertyDetails: components["schemas"]["AEHomeInsuranceQuotePropertyDetailsProperties"];
            /** @description Required when Cover is BuildingsCover */
            BuildingsCover?: components["schemas"]["AEHomeInsuranceBuildingsCoverProperties"];
            /** @description Required when Cover is ContentsCover */
            ContentsCoverDetails?: components["schemas"]["AEInsuranceQuoteContentsCoverDetails"];
            PersonalBelongings?: components["schemas"]["AEInsuranceQuotePersonalBelongings"];
            /** @description Details of the mortgage against the property. Omitted when the property is not mortgaged. */
            Mortgage?: components["schemas"]["AEHomeInsuranceMortgageProperties"];
            DomesticHelpers?: components["schemas"]["AEHomeInsuranceDomesticHelperProperties"];
            /** @description Confirmation whether the customer has suffered any property losses (claims) in the previous 3 years. This property can be omitted when the customer confirms that no claims have been made in the last 3 years. */
            PropertyClaims?: {
                /**
                 * Format: date
                 * @description Date the property claim was made
                 */
                DateOfClaim: string;
                /** @description The value of the claim */
                ClaimAmount: components["schemas"]["AEActiveCurrencyAmount"];
                /** @description Details of the claim made or nature of the loss */
                Reason: string;
                /** @description What was the outcome of the claim */
                Outcome: components["schemas"]["AEInsurancePropertyClaimOutcomeCodes"];
            }[];
            /** @description Confirmation of the existing cover. This property can be omitted when the customer confirms that there is no existing cover on the property. */
            ExistingHomeInsurance?: components["schemas"]["AEHomeInsuranceQuoteExistingHomeInsuranceProperties"];
            PreviousApplications?: components["schemas"]["AEInsuranceQuotePreviousApplications"];
            ImportantQuestions?: components["schemas"]["AEInsuranceQuoteImportantQuestions"];
        };
        /** @enum {string} */
        AEInsuranceAcceptedByUserQuoteStatusCodes: "ApplicationPending" | "KYCCaptured";
        /**
         * @description Name of the identification scheme for the account
         * @enum {string}
         */
        AEInsuranceAccountSchemeName: "AccountNumber" | "IBAN";
        AEInsuranceAddress: {
            /**
             * @description The type of address.
             * @enum {string}
             */
            AddressType?: "Billing" | "Business" | "Correspondence" | "DeliveryTo" | "MailTo" | "POBox" | "Postal" | "Permanent" | "Residential" | "Statement" | "Other";
            /**
             * @description Information that locates and identifies a specific address for a transaction entry, that is presented in free format text.
             *
             *     This value should be used where the address is provided or stored as a single string.
             */
            AddressLine: components["schemas"]["AEInsuranceAddressLine"][];
            /** @description The unit, apartment, or villa number within a building or community */
            BuildingNumber?: string;
            /** @description Name of the building or house. */
            BuildingName?: string;
            /** @description Floor or storey within a building. */
            Floor?: string;
            /** @description The name of the street or road where the property is located */
            StreetName?: string;
            /** @description The district, community, or neighbourhood where the property is located */
            DistrictName?: string;
            /** @description The P.O. Box number assigned to the recipient for mail delivery */
            PostBox?: string;
            /** @description Name of a built-up area, such as a town or city */
            TownName?: string;
            /** @description Country subdivision, such as state or province. This is the Emirate where the address is registered. */
            CountrySubDivision?: components["schemas"]["AEInsuranceEmirate"];
            /** @description The country associated with the address, represented using the ISO 3166-1 alpha-2 country code. */
            Country: components["schemas"]["AEInsuranceCountryCode"];
        };
        AEInsuranceAddressLine: string;
        AEInsuranceAddressProperties: {
            /**
             * @description Information that locates and identifies a specific address for a transaction entry, that is presented in free format text.
             *
             *     This value should be used where the address is provided or stored as a single string.
             */
            AddressLine: components["schemas"]["AEInsuranceAddressLine"][];
            /** @description The unit, apartment, or villa number within a building or community */
            BuildingNumber?: string;
            /** @description Name of the building or house. */
            BuildingName?: string;
            /** @description Floor or storey within a building. */
            Floor?: string;
            /** @description The name of the street or road where the property is located */
            StreetName?: string;
            /** @description The district, community, or neighbourhood where the property is located */
            DistrictName?: string;
            /** @description The P.O. Box number assigned to the recipient for mail delivery */
            PostBox?: string;
            /** @description Name of a built-up area, such as a town or city */
            TownName?: string;
            /** @description Country subdivision, such as state or province. This is the Emirate where the address is registered. */
            CountrySubDivision?: components["schemas"]["AEInsuranceEmirate"];
            /** @description The country associated with the address, represented using the ISO 3166-1 alpha-2 country code. */
            Country: components["schemas"]["AEInsuranceCountryCode"];
        };
        AEInsuranceBankIdentification: {
            /** @description Bank Identification Code (BIC) */
            BICFI?: string;
            /** @description Bank Name */
            Name?: string;
            /** @description Branch Name */
            Identification?: string;
        };
        AEInsuranceBasmahProgramFee: {
            /** @description The amount of the Basmah fee excluding VAT */
            FeeAmountExcludingVAT: components["schemas"]["AEActiveCurrencyAmount"];
            VATPercentage: components["schemas"]["AEInsuranceVATPercentage"];
            /** @description The VAT amount to be added to the base Basmah fee */
            VATAmount?: components["schemas"]["AEActiveCurrencyAmount"];
            /** @description The total Basmah fee included in the insurance premium including VAT */
            TotalFeeAmount: components["schemas"]["AEActiveCurrencyAmount"];
        };
        AEInsuranceCashAccount: {
            /** @description Account identification */
            Identification: string;
            SchemeName: components["schemas"]["AEInsuranceAccountSchemeName"];
            /** @description Account Name */
            Name: string;
        };
        AEInsuranceCommission: {
            /** @description The total monetary value of the commission paid to the TPP if the User proceeds with the quote application and purchases the policy based on the quote information provided. */
            CommissionAmount: components["schemas"]["AEActiveCurrencyAmount"];
            /** @description The percentage of the policy premium allocated as commission to the TPP */
            CommissionPercentage: components["schemas"]["AEInsurancePercentageValue"];
            /**
             * @description The method to be used to pay the commission to the TPP if the User elects to proceed with the application and successfully purchases the policy.
             * @enum {string}
             */
            PaymentMethod?: "DirectToTPP" | "ThroughAPIHub";
        };
        /** @description Country code that conforms with ISO 3166, 3 character alpha code */
        AEInsuranceCountryCode: string;
        AEInsuranceCreatePolicy1: {
            Data: components["schemas"]["AEInsuranceCreatePolicyData1"];
        };
        AEInsuranceCreatePolicyData1: {
            /**
             * @description Unique identifier for a quote created by an LFI
             * @example 47409fec-4b04-4356-b3a1-6f5508524a5a
             */
            QuoteId: components["schemas"]["AEInsuranceResourceIdentifierType"];
            /** @description Payment reference generated when the Broker collects the payment from the customer on behalf of the LFI. */
            PaymentReferenceId?: string;
            /**
             * @description Customer payment details that can optionally provided by the TPP, based on data
             *     retrieved from an insurance
             */
            PaymentDetails?: components["schemas"]["AEInsurancePaymentDetails"];
            /** @description Broker requests accountability for the following post-policy issuance activities: */
            PostIssuanceRequest?: {
                /** @description Indicates whether the Broker requests to handle customer claims processes after policy issuance. */
                ClaimsAllowed: boolean;
                /** @description Indicates whether the Broker requests to handle policy endorsements after policy issuance. */
                EndorsementsAllowed: boolean;
                /** @description Indicates whether the Broker requests to handle the policy renewal process. */
                RenewalsAllowed: boolean;
                /** @description Indicates whether the Broker requests to handle the policy cancellation when requested by the customer. */
                CancellationAllowed: boolean;
            };
            /** @description Additional information optionally supplied by the TPP that is not described by the Open Finance Framework standards. */
            SupplementaryData?: components["schemas"]["AEInsuranceSupplementaryData"];
        };
        AEInsuranceCreateQuoteResponseProperties: components["schemas"]["AEInsuranceQuoteResponsePendingProperties"] | components["schemas"]["AEInsuranceQuoteResponseAvailableProperties"];
        /** @enum {string} */
        AEInsuranceCustomerActivitiesAerialSports: "BaseJumping" | "BungeeJumping" | "Flying" | "FreeOrHighDiving" | "Gliding" | "HangGliding" | "Paragliding" | "HotAirBallooning" | "MicroLighting" | "Parachuting" | "Parascending" | "Skydiving" | "Other";
        /** @enum {string} */
        AEInsuranceCustomerActivitiesLandSports: "Abseiling" | "BigGameHunting" | "Boxing" | "Canyoning" | "CavingOrPotHoling" | "Coasteering" | "CompetitiveFootball" | "CycleRacing" | "BMXStuntRiding" | "Expeditions" | "HorseJumping" | "MartialArts" | "Motorcycling" | "Mountaineering" | "MountainBikingRacing" | "Polo" | "ProfessionalOrSemiProfessionalSports" | "QuadBiking" | "RockClimbing" | "Rugby" | "StreetHockey" | "Weightlifting" | "Wrestling" | "Other";
        /** @enum {string} */
        AEInsuranceCustomerActivitiesWaterSports: "CanoeingOrKayaking" | "JetSkiing" | "KiteSurfing" | "ScubaDiving" | "SharkDiving" | "WaterSkiing" | "WhiteBlackWaterRafting" | "Other";
        /** @enum {string} */
        AEInsuranceCustomerActivitiesWinterSports: "IceClimbing" | "IceHockey" | "OffPisteSkiingSnowboarding" | "SkiJumping" | "Skiing" | "Snowboarding" | "Snowmobiling" | "Other";
        AEInsuranceCustomerHighRiskActivityProperties: {
            /**
             * @description Describes the aerial sports the insured person undertakes, or wishes to include cover for in a quote.
             *
             *     Aerial sports includes activities such as paragliding, bungee jumping, hang gliding, and skydiving.
             *
             *     If included this value must include at least one item.
             */
            AerialSports?: components["schemas"]["AEInsuranceCustomerActivitiesAerialSports"][];
            /**
             * @description Describes the aerial sports the insured person undertakes, or wishes to include cover for in a quote.
             *
             *     Aerial sports includes activities such as kite surfing or white-water rafting.
             *
             *     If included this value must include at least one item.
             */
            WaterSports?: components["schemas"]["AEInsuranceCustomerActivitiesWaterSports"][];
            /**
             * @description Describes the winter sports the insured person undertakes, or wishes to include cover for in a quote.
             *
             *     Winter sports includes activities such as skiing and snowboarding.
             *
             *     If included this value must include at least one item.
             */
            WinterSports?: components["schemas"]["AEInsuranceCustomerActivitiesWinterSports"][];
            /**
             * @description Describes the land sports the insured person undertakes, or wishes to include cover for in a quote.
             *
             *     Land sports includes activities such as mountain biking or rock climbing.
             *
             *     If included this value must include at least one item.
             */
            LandSports?: components["schemas"]["AEInsuranceCustomerActivitiesLandSports"][];
        };
        AEInsuranceCustomerPassportNumberType: string;
        AEInsuranceCustomerQuoteProperties: {
            /** @description The salutation of the individual or customer. */
            Salutation?: components["schemas"]["AEInsuranceSalutationCodes"];
            /** @description First Name of the individual. */
            FirstName: string;
            /** @description Middle Name of the individual. */
            MiddleName?: string;
            /** @description Last Name (Surname) of the individual. */
            LastName: string;
            /** @description The gender of the customer */
            Gender: components["schemas"]["AEInsuranceGender"];
            /**
             * Format: date
             * @description Date of birth of the individual.
             */
            DateOfBirth: string;
            /** @description The marital status of the individual. */
            MaritalStatus?: components["schemas"]["AEInsuranceMaritalStatus"];
            /** @description Residential Location of the individual. */
            ResidentialLocation?: string;
            /** @description The landline telephone number of the individual. */
            LandlineNumber?: components["schemas"]["AEInsurancePhoneNumberType"];
            /** @description The nationality of the individual based on the ISO 3166-1 alpha-3 codes */
            Nationality: string;
            /** @description Primary language spoken by the insurance policy customer */
            PrimaryLanguage?: components["schemas"]["AECustomerPrimaryLanguage"];
            /** @description The mobile telephone number of the individual. */
            MobileNumber: components["schemas"]["AEInsurancePhoneNumberType"];
            /** @description Email address of the individual. */
            EmailAddress: components["schemas"]["AEInsuranceEmailAddressType"];
            /** @description Customer's address details */
            Address: components["schemas"]["AEInsuranceAddress"][];
        };
        /**
         * @description Summary of previous claims. `NumberOfPreviousMonths` value must appear only once, and can be provided based on LFI reporting periods and policy behaviors.
         *
         *     If no claims have been made then an array element with `NumberOfPreviousMonths` set to zero must be provided, and all claim amounts must be set to zero, to provide a positive assertion that no claims have been made. Currency must be set to AED for this case.
         */
        AEInsuranceDataSharingClaimsSummaryProperties: {
            /** @description The number of months in the summary period. */
            NumberOfMonthsInPeriod: number;
            /** @description Number of claims made during the period. */
            Claims: number;
            /** @description Number of claims approved during the period. */
            ApprovedClaims: number;
            /** @description As per CBUAE schema, total gross value of all approved claims during the period including Direct + Third party + Coinsurance / deductible + Loss Adjusters + VAT. */
            TotalGrossApprovedClaimAmount: components["schemas"]["AEActiveCurrencyAmount"];
            /** @description Total amount paid */
            TotalGrossPaidAmount: components["schemas"]["AEActiveCurrencyAmount"];
        };
        /** @description Details of insurance policy claims */
        AEInsuranceDataSharingClaimsWithLossCauseProperties: {
            /**
             * @description Summary of previous claims. `NumberOfPreviousMonths` value must appear only once.
             *
             *     If no claims have been made then an array element with `NumberOfPreviousMonths` set to zero must be provided, and all claim amounts must be set to zero, to provide a positive assertion that no claims have been made. Currency must be set to AED for this case.
             */
            Summary: components["schemas"]["AEInsuranceDataSharingClaimsSummaryProperties"][];
            /** @description Claims history. Only required if claims have been made against the policy. */
            ClaimsHistory?: {
                /** @description Unique reference that identifies the claim */
                ClaimUniqueID: string;
                /**
                 * Format: date
                 * @description The original date the claim was submitted.
                 */
                ClaimDate: string;
                /** @description As per CBUAE scheme, total gross claim amount including Direct + Third party + Coinsurance / deductible + Loss Adjusters + VAT. */
                TotalGrossClaimAmount: components["schemas"]["AEActiveCurrencyAmount"];
                /** @description The amounts paid with amount, currency, and date. */
                ClaimPayments?: {
                    Currency: components["schemas"]["AEActiveOrHistoricCurrencyCode"];
                    Amount: components["schemas"]["AEActiveOrHistoricAmount"];
                    /**
                     * Format: date
                     * @description The date on which the claim payment was made.
                     */
                    PaymentDate: string;
                }[];
                /** @description Deductible and co-insurance amount paid by customer. */
                DeductibleGrossClaimAmount?: components["schemas"]["AEActiveCurrencyAmount"];
                /** @description All the claimed policy benefits. */
                PolicyClaimedBenefits: {
                    ClaimedBenefitType: string;
                    ClaimedBenefitDescription: string;
                }[];
                /**
                 * Format: date
                 * @description The most recent approval date for any portion of the claim.
                 */
                ClaimApprovalDate?: string;
                /**
                 * Format: date
                 * @description Last update date of the claim.
                 */
                ClaimLastUpdateDate: string;
                /** @description Amount of the claim paid directly. */
                DirectGrossClaimAmount?: components["schemas"]["AEActiveCurrencyAmount"];
                /** @description Amount of claim to be paid via third party insurance company. */
                ThirdPartyGrossClaimAmount?: components["schemas"]["AEActiveCurrencyAmount"];
                /** @description Name of recovery third party insurance company. */
                ThirdPartyRecoveryCompany?: string;
                /**
                 * @description Status of recovery.
                 * @enum {string}
                 */
                ThirdPartyRecoveryStatus?: "Approved" | "Reopened" | "RecoveryOpened" | "Paid" | "RecoveryReopenedAndClaimClosed" | "Rejected" | "InProgress";
                /** @description Loss Adjusters fees on above claims. */
                LossAdjusterGrossClaimAmount?: components["schemas"]["AEActiveCurrencyAmount"];
                /** @description Claim payment amount outstanding. */
                OutstandingPayAmount?: components["schemas"]["AEActiveCurrencyAmount"];
                /**
                 * @description The status of the claim, based on the following CBUAE standard definitions:
                 *
                 *     * `Open`: Once the claim is submitted.
                 *
                 *     * `Outstanding`: The claim is under processing.
                 *
                 *     * `Closed`: Once the claim is settled & closed.
                 *
                 *     * `Reopened`: The claim is reopened.
                 *
                 *     * `Cancelled`: The claim cancelled.
                 *
                 *     * `Deleted`: The claim entered incorrectly and deleted.
                 *
                 *     * `Rejected`: Company rejected the claim.
                 * @enum {string}
                 */
                Status: "Open" | "Outstanding" | "Closed" | "Reopened" | "Cancelled" | "Deleted" | "Rejected";
                /**
                 * Format: date
                 * @description Start date of the incident.
                 */
                IncidentStartDate: string;
                /** @description Loss cause resulting in claim. */
                LossCause: string;
            }[];
        };
        /** @description Required when Cover is ContentsCover */
        AEInsuranceDataSharingContentsCoverDetails: {
            /**
             * @description The total value of the contents to be insured
             * @enum {string}
             */
            TotalContentsValue: "UP_TO_75K" | "UP_TO_150K" | "UP_TO_250K" | "UP_TO_350K" | "OVER_350K";
            /** @description Required when the `TotalContentsValue` is `OVER_350K` */
            DeclaredValueAmount?: components["schemas"]["AEActiveCurrencyAmount"];
            /** @description Confirmation whether the customer owns an individual content item that has a value above AED 25,000 */
            HighValueContent: boolean;
            /** @description Required when the customer has declared that they have a content item with a value above AED 25,000 */
            HighValueContentDetails?: {
                /** @description The description of the high value contents item */
                ItemDescription: string;
                /** @description The value of the high value contents item */
                ItemValueAmount: components["schemas"]["AEActiveCurrencyAmount"];
                /**
                 * @description Confirmation of the type of high value contents item that will be covered within the insurance policy
                 * @enum {string}
                 */
                ItemType?: "Appliances" | "Antiques" | "Art" | "Electronics" | "Furniture" | "PreciousMetals" | "RugsOrCarpets" | "StampCoinOrMedalCollections" | "Other";
                /** @description Indicator to confirm whether the customer has the receipt to provide proof of purchase of the high value contents item */
                ReceiptsProofOfPurchase?: boolean;
                /** @description Indicator to confirm whether the customer has photographic or documentary evidence of the high value contents item */
                PhotographicOrDocumentaryEvidence?: boolean;
                /** @description Indicator to confirm whether the customer an appraisal report of the high value contents item */
                LatestAppraisalReports?: boolean;
            }[];
        };
        AEInsuranceDataSharingCustomerBasicProperties: {
            /** @description The salutation of the individual or customer. */
            Salutation?: components["schemas"]["AEInsuranceSalutationCodes"];
            /** @description First Name of the individual. */
            FirstName: string;
            /** @description Middle Name of the individual. */
            MiddleName?: string;
            /** @description Last Name (Surname) of the individual. */
            LastName: string;
            /** @description The gender of the customer */
            Gender: components["schemas"]["AEInsuranceGender"];
            /**
             * Format: date
             * @description Date of birth of the individual.
             */
            DateOfBirth: string;
            /** @description The marital status of the individual. */
            MaritalStatus?: components["schemas"]["AEInsuranceMaritalStatus"];
            /** @description Residential Location of the individual. */
            ResidentialLocation?: string;
            /** @description The landline telephone number of the individual. */
            LandlineNumber?: components["schemas"]["AEInsurancePhoneNumberType"];
            /** @description The nationality of the individual based on the ISO 3166-1 alpha-3 codes */
            Nationality: string;
            /** @description Primary language spoken by the insurance policy customer */
            PrimaryLanguage?: components["schemas"]["AECustomerPrimaryLanguage"];
            /** @description The mobile telephone number of the individual. */
            MobileNumber: components["schemas"]["AEInsurancePhoneNumberType"];
            /** @description Email address of the individual. */
            EmailAddress: components["schemas"]["AEInsuranceEmailAddressType"];
            /** @description Customer's address details */
            Address: components["schemas"]["AEInsuranceAddress"][];
            /** @description Required if the applicant or policy was known by a previous name. One of MaidenName or AliasName must be populated. This property can be omitted if the customer confirms they held no previous names. */
            PreviousNameDetails?: {
                /** @description The maiden name of the customer */
                MaidenName?: string;
                /** @description Any name, whether legal or casual, that the customer uses or has used on any forms in addition to their birth name.  This includes shortened versions of their name. */
                AliasName?: string;
            };
            /** @description Confirmation of the policyholder's second nationality when they have dual nationality */
            SecondNationality?: string;
            /** @description Place of Birth of the Insured Person */
            CountryOfBirth?: string;
        };
        /** @enum {string} */
        AEInsuranceDataSharingPaymentFrequencyCode: "Annually" | "OneTime" | "Monthly" | "Quarterly" | "BiAnnual" | "Other";
        /** @enum {string} */
        AEInsuranceDataSharingPaymentModeCode: "DirectDebit" | "StandingOrder" | "CreditCard" | "BankTransfer" | "OpenFinance" | "Cash" | "Other";
        /** @description Required when personal belongings cover is included. */
        AEInsuranceDataSharingPersonalBelongings: {
            /**
             * @description The total value of the Personal Belongings to be insured
             * @enum {string}
             */
            TotalPersonalBelongingsValue: "UP_TO_25K" | "UP_TO_50K" | "UP_TO_100K" | "UP_TO_150K" | "OVER_150K";
            /** @description Required when the  'TotalPersonalBelongingsValue' is 'OVER_150K' */
            DeclaredValueAmount?: components["schemas"]["AEActiveCurrencyAmount"];
            /** @description Confirmation whether the customer owns an individual content item that has a value above AED 10,000 */
            HighValueBelongings: boolean;
            /** @description Required when the customer has declared that they have a content item with a value above AED 10,000 */
            HighValueBelongingsDetails?: {
                /** @description The description of the high value Personal Belongings item */
                ItemDescription: string;
                /** @description The value of the high value Personal Belongings item */
                ItemValueAmount: components["schemas"]["AEActiveCurrencyAmount"];
                /**
                 * @description Confirmation of the type of high value Personal Belongings item that will be covered within the insurance policy
                 * @enum {string}
                 */
                ItemType?: "Watches" | "Jewellery" | "Clothes" | "Luggage" | "SportsEquipment" | "PortableElectronics" | "PhotographicEquipment" | "MusicalInstruments" | "Other";
                /** @description Indicator to confirm whether the customer has the receipt to provide proof of purchase of the high value Personal Belongings item */
                ReceiptsProofOfPurchase?: boolean;
                /** @description Indicator to confirm whether the customer has photographic or documentary evidence of the high value Personal Belongings item */
                PhotographicOrDocumentaryEvidence?: boolean;
                /** @description Indicator to confirm whether the customer an appraisal report of the high value Personal Belongings item */
                LatestAppraisalReports?: boolean;
            }[];
        };
        /** @description Details of the insurance policy premium. */
        AEInsuranceDataSharingPremiumProperties: {
            /** @description The Premium Amount excluding any VAT amount */
            PremiumAmount?: components["schemas"]["AEActiveCurrencyAmount"];
            /** @description The Premium VAT amount */
            VatAmount?: components["schemas"]["AEActiveCurrencyAmount"];
            /** @description The total Premium amount including VAT */
            TotalPremiumAmount: components["schemas"]["AEActiveCurrencyAmount"];
            /** @description The frequency the insurance premium is being paid or can be paid */
            PaymentFrequency: components["schemas"]["AEInsuranceDataSharingPaymentFrequencyCode"];
            /** @description Confirmation of the payment method used or being used by the customer to pay the insurance premium */
            PaymentMode?: components["schemas"]["AEInsuranceDataSharingPaymentModeCode"];
            /**
             * Format: date
             * @description The date the next Premium is due
             */
            NextDue?: string;
            /** @description The details of the last premium received */
            LastReceived?: {
                /**
                 * Format: date
                 * @description The date the last premium was received
                 */
                ReceivedDate?: string;
                /** @description The amount of the last premium received */
                PremiumAmount?: components["schemas"]["AEActiveCurrencyAmount"];
            };
            /** @description Confirmation of any outstanding premium balance */
            OutstandingBalance?: components["schemas"]["AEActiveCurrencyAmount"];
            /** @description Details of any discount applied. */
            Discount?: {
                /** @description The name of the discount applied to the insurance premium */
                DiscountName?: string;
                /** @description The percentage reduction applied to the insurance premium as part of the discount. */
                DiscountPercentage?: components["schemas"]["AEInsurancePercentageValue"];
                /** @description The monetary value of the discount applied to the insurance premium */
                DiscountAmount?: components["schemas"]["AEActiveCurrencyAmount"];
            };
            /** @description Details of any adjustments to the premium. */
            Adjustments?: {
                /**
                 * Format: date
                 * @description When the premium has been adjusted confirmation of the date the adjustment was made
                 */
                AdjustmentDate?: string;
                /** @description The reason why the premium has been adjusted */
                Reason?: string;
                /** @description The premium adjustment amount */
                AdjustmentAmount?: components["schemas"]["AEActiveCurrencyAmount"];
            }[];
            /** @description Details of payment history. */
            PaymentHistory?: {
                /**
                 * Format: date
                 * @description The date when the premium payment was made.
                 */
                PaymentDate?: string;
                /** @description The amount of the previously paid insurance premium. */
                PremiumAmount?: components["schemas"]["AEActiveCurrencyAmount"];
                /** @description The unique reference number associated with the premium payment receipt. */
                ReceiptNumber?: string;
                /** @description The instalment number if the premium was paid in multiple instalments */
                InstallmentNumber?: string;
                /** @description The method used for premium payment (e.g., credit card, bank transfer, direct debit, cash). */
                PaymentMode?: components["schemas"]["AEInsuranceDataSharingPaymentModeCode"];
                /**
                 * @description The status of the premium payment installment
                 * @enum {string}
                 */
                PaymentStatus?: "Paid" | "Pending" | "Failed" | "Refunded" | "Outstanding";
            }[];
            /** @description Details of renewal premium. */
            RenewalPremium?: {
                /**
                 * Format: date
                 * @description The date when the existing insurance policy is scheduled for renewal
                 */
                RenewalDate?: string;
                /** @description The base premium amount for policy renewal */
                RenewalAmount?: components["schemas"]["AEActiveCurrencyAmount"];
                /** @description The VAT amount applied to the renewal premium. */
                VatAmount?: components["schemas"]["AEActiveCurrencyAmount"];
                /** @description The total amount due for policy renewal, including taxes and fees. */
                TotalRenewalAmount?: components["schemas"]["AEActiveCurrencyAmount"];
                /** @description The frequency of renewal premium payments */
                PaymentFrequency?: components["schemas"]["AEInsuranceDataSharingPaymentFrequencyCode"];
            };
        };
        AEInsuranceDocumentRequirement: string;
        /** @example ali.hamad@example.openfinanceplatform.ae */
        AEInsuranceEmailAddressType: string;
        /** @enum {string} */
        AEInsuranceEmirate: "AbuDhabi" | "Ajman" | "Dubai" | "Fujairah" | "RasAlKhaimah" | "Sharjah" | "UmmAlQuwain";
        /** @description Details of the Emirates ID and passport held by the policyholder or insured person. */
        AEInsuranceEmiratesIdPassportOptionalVisa: {
            /** @description Details of the Emirates ID held by the policyholder or insured person. */
            EmiratesId: components["schemas"]["AEInsuranceNationalIdentifierProperties"];
            /** @description Details of passport held by policyholder or insured person. */
            Passport: components["schemas"]["AEInsurancePassportProperties"];
            /** @description Details of visa issued to insured person. Omitted if not required or information not held. */
            Visa?: components["schemas"]["AEInsuranceVisaProperties"];
        };
        /**
         * @description The applicant or policyholder employment status
         * @enum {string}
         */
        AEInsuranceEmploymentStatus: "Employed" | "SelfEmployed" | "BusinessOwner" | "Unemployed" | "Dependent" | "Retired" | "Student" | "DomesticWorker" | "Other";
        AEInsuranceExistingInsuranceProperties: {
            /** @description The Insurance Company Name when an existing cover is held. */
            InsurerName: string;
            /** @description The Insurance Policy Number when an existing cover is held. */
            ExistingPolicyNumber: string;
            /**
             * Format: date
             * @description Policy start date
             */
            PolicyStartDate: string;
            /**
             * Format: date
             * @description Policy end date
             */
            PolicyEndDate: string;
        };
        /** @enum {string} */
        AEInsuranceGender: "Male" | "Female" | "Other";
        AEInsuranceHCVProgramFee: {
            /** @description The amount of the HCV fee excluding VAT */
            FeeAmountExcludingVAT: components["schemas"]["AEActiveCurrencyAmount"];
            /** @description The VAT percentage rate charged to the HCV fee */
            VATPercentage: components["schemas"]["AEInsuranceVATPercentage"];
            /** @description The VAT amount to be added to the base HCV fee */
            VATAmount?: components["schemas"]["AEActiveCurrencyAmount"];
            /** @description The total HCV fee included in the insurance premium including VAT */
            TotalFeeAmount: components["schemas"]["AEActiveCurrencyAmount"];
        };
        AEInsuranceHeightType: number;
        AEInsuranceICPProgramFee: {
            /** @description The amount of the ICP fee excluding VAT */
            FeeAmountExcludingVAT: components["schemas"]["AEActiveCurrencyAmount"];
            /** @description The VAT percentage rate charged to the ICP fee */
            VATPercentage: components["schemas"]["AEInsuranceVATPercentage"];
            /** @description The VAT amount to be added to the base ICP fee */
            VATAmount?: components["schemas"]["AEActiveCurrencyAmount"];
            /** @description The total ICP fee included in the insurance premium including VAT */
            TotalFeeAmount: components["schemas"]["AEActiveCurrencyAmount"];
        };
        /** @description Details of the Emirates ID held by the policyholder or insured person. */
        AEInsuranceIdentityEmiratesIdOptionalVisa: {
            /** @description Details of the Emirates ID held by the policyholder or insured person. */
            EmiratesId: components["schemas"]["AEInsuranceNationalIdentifierProperties"];
            /** @description Details of visa issued to insured person. Omitted if not required or information not held. */
            Visa?: components["schemas"]["AEInsuranceVisaProperties"];
        };
        AEInsuranceIdentityTypes: components["schemas"]["AEInsuranceIdentityEmiratesIdOptionalVisa"] | components["schemas"]["AEInsurancePassportOptionalVisa"] | components["schemas"]["AEInsuranceEmiratesIdPassportOptionalVisa"];
        AEInsuranceInsurancePolicyResponseData1: {
            /**
             * @description Unique identifier for a given insurance policy
             * @example d330c5bb-0889-4596-86bb-17cc9a4a17b5
             */
            InsurancePolicyId: components["schemas"]["AEInsuranceResourceIdentifierType"];
            /** @description Defines whether the LFI allows or rejects the TPPs request for accountability over specific post-policy issuance activities. */
            PostIssuanceResponse?: {
                /** @description Indicates whether the LFI allows the TPP to handle customer claims processes after policy issuance. */
                ClaimsAllowed: boolean;
                /** @description Indicates whether the LFI allows the TPP to handle policy endorsements after policy issuance. */
                EndorsementsAllowed: boolean;
                /** @description Indicates whether the LFI allows the TPP to handle the policy renewal process. */
                RenewalsAllowed: boolean;
                /** @description Indicates whether the LFI allows the TPP to handle the policy cancellation when requested by the customer. */
                CancellationAllowed: boolean;
            };
            /** @description Policy documents to be issued to the Customer via the TPP. */
            Documents?: components["schemas"]["AEDocumentProperties"][];
        };
        /** @enum {string} */
        AEInsuranceMaritalStatus: "Single" | "Married" | "Divorced" | "Widowed" | "Separated" | "Other";
        AEInsuranceNationalIdentifierProperties: {
            /** @description Emirates identification number */
            EmiratesIdNumber: string;
            /**
             * Format: date
             * @description Emirates ID expiry date
             */
            EmiratesIdExpiryDate?: string;
        };
        /** @description Details of passport held by policyholder or insured person. */
        AEInsurancePassportOptionalVisa: {
            /** @description Details of passport held by policyholder or insured person. */
            Passport: components["schemas"]["AEInsurancePassportProperties"];
            /** @description Details of visa issued to insured person. Omitted if not required or information not held. */
            Visa?: components["schemas"]["AEInsuranceVisaProperties"];
        };
        AEInsurancePassportProperties: {
            /** @description Passport number */
            PassportNumber: string;
            /** @description The country the passport is issued by. */
            IssuingCountry?: string;
            /** @description The applicant, policyholder or insured person name as detailed on their passport */
            NameOnPassport?: string;
            /**
             * Format: date
             * @description The passport issue date
             */
            IssueDate?: string;
            /**
             * Format: date
             * @description The passport expiry date
             */
            ExpiryDate?: string;
        };
        AEInsurancePaymentDetails: {
            /** @description Properties of the customer bank account */
            Account: components["schemas"]["AEInsuranceCashAccount"];
            /** @description Properties of the bank and branch of the account-holder bank */
            Bank: components["schemas"]["AEInsuranceBankIdentification"];
            /** @description Account Type */
            AccountType?: string;
        };
        /**
         * @description Frequencies
         * @enum {string}
         */
        AEInsurancePaymentFrequency: "Annually" | "OneTime" | "Monthly" | "Quarterly" | "BiAnnual" | "Other" | "Limited";
        /** Format: decimal */
        AEInsurancePercentageValue: number;
        /** @example +971501234567 */
        AEInsurancePhoneNumberType: string;
        AEInsurancePolicies1: {
            Policies: {
                /**
                 * @description Unique identifier for a given insurance policy
                 * @example d330c5bb-0889-4596-86bb-17cc9a4a17b5
                 */
                InsurancePolicyId: components["schemas"]["AEInsuranceResourceIdentifierType"];
                /** @description The policy number assigned by the LFI. */
                PolicyNumber: string;
                /** @description The current status of the policy. */
                PolicyStatus: components["schemas"]["AEInsurancePolicyStatusCodes"];
                /**
                 * Format: date
                 * @description Policy start date
                 */
                PolicyStartDate: string;
                /**
                 * Format: date
                 * @description Policy end date
                 */
                PolicyEndDate?: string;
            }[];
        };
        /**
         * @description The status of the policy, with the following definitions:
         *
         *     * `New`: New policy issued
         *
         *     * `Renewed`: The reissuing of the same policy for a subsequent term
         *
         *     * `Expired`: Policy has been expired by date
         *
         *     * `Lapsed`: No longer valid policy
         *
         *     * `Cancelled`: Policy cancelled by insurer or insured
         *
         *     * `PaidUp`: Policy paid up in full
         *
         *     * `Converted`: Policy converted to another plan
         *
         *     * `Surrendered`: Policy has been surrendered
         *
         *     * `DeathClaim`: Policy paid due to death (only for Life)
         *
         *     * `RiderClaim`: Rider paid (only for Life)
         * @enum {string}
         */
        AEInsurancePolicyStatusCodes: "New" | "Renewed" | "Expired" | "Lapsed" | "Cancelled" | "PaidUp" | "Converted" | "Surrendered" | "DeathClaim" | "RiderClaim";
        /** @description Details of discounts applied to the insurance premium */
        AEInsurancePremiumDiscountApplied: {
            /** @description The name of the discount applied to the insurance premium */
            DiscountName: string;
            /** @description The percentage reduction applied to the insurance premium as part of the discount. */
            DiscountPercentage?: components["schemas"]["AEInsurancePercentageValue"];
            /** @description The monetary value of the discount applied to the insurance premium */
            DiscountAmount: components["schemas"]["AEActiveCurrencyAmount"];
        };
        AEInsurancePremiumDiscountOffers: {
            /** @description The category or type of discount offer available */
            Type?: string;
            /** @description The name of the specific discount offer applied or available. */
            Name?: string;
            /** @description A brief description of the discount offer, including key details and eligibility requirements. */
            Description?: string;
            /** @description The conditions that must be met to qualify for the discount offer */
            Criteria?: string;
            /** @description The total monetary value of the discount offer. */
            OfferAmount?: components["schemas"]["AEActiveCurrencyAmount"];
            /** @description The percentage reduction applied to the insurance premium as part of the discount. */
            DiscountPercentage?: components["schemas"]["AEInsurancePercentageValue"];
        };
        /**
         * @description Insurance premium data provided as a JWE by the LFI. Please refer to the business rules for a description of the approach to decrypting this data.
         * @example eyJhbGciOiJSU0EtT0FFUCIsImVuYyI6IkEyNTZHQ00ifQ....
         */
        AEInsurancePremiumJWE: string;
        AEInsurancePremiumProperties: {
            /**
             * @description Confirmation whether the premium quoted is an initial premium, starting from, or final.
             * @enum {string}
             */
            Status?: "Initial" | "StartingFrom" | "Final";
            /** @description The total discount amount applied to the final premium amount */
            TotalDiscountAmount?: components["schemas"]["AEActiveCurrencyAmount"];
            /** @description Details of the discounts applied */
            DiscountApplied?: components["schemas"]["AEInsurancePremiumDiscountApplied"][];
            /** @description The Premium Amount excluding any VAT amount */
            PremiumAmountExcludingVAT: components["schemas"]["AEActiveCurrencyAmount"];
            /** @description The Premium VAT amount. */
            VATAmount: components["schemas"]["AEActiveCurrencyAmount"];
            /** @description The VAT percentage rate charged to the premium. */
            VATPercentage?: components["schemas"]["AEInsuranceVATPercentage"];
            /** @description The total Premium amount including VAT */
            TotalPremiumAmount: components["schemas"]["AEActiveCurrencyAmount"];
            /** @description The payment frequency the calculated Premium has been based on. */
            PaymentFrequency: components["schemas"]["AEInsurancePaymentFrequency"];
            /** @description The possible Premium instalment frequency options available to the customer */
            InstallmentOptions?: components["schemas"]["AEInsurancePaymentFrequency"][];
        };
        /** @enum {string} */
        AEInsurancePropertyClaimOutcomeCodes: "Ongoing" | "Paid" | "PartiallyPaid" | "Rejected" | "Other";
        /** @description Required when Cover is ContentsCover */
        AEInsuranceQuoteContentsCoverDetails: {
            /** @description Required when the `TotalContentsValue` is `OVER_350K` */
            DeclaredValueAmount?: components["schemas"]["AEActiveCurrencyAmount"];
            /** @description Confirmation whether the customer owns an individual content item that has a value above AED 25,000 */
            HighValueContent: boolean;
            /** @description Required when the customer has declared that they have a content item with a value above AED 25,000 */
            HighValueContentDetails?: {
                /** @description The description of the high value contents item */
                ItemDescription: string;
                /** @description The value of the high value contents item */
                ItemValueAmount: components["schemas"]["AEActiveCurrencyAmount"];
                /**
                 * @description Confirmation of the type of high value contents item that will be covered within the insurance policy
                 * @enum {string}
                 */
                ItemType: "Appliances" | "Antiques" | "Art" | "Electronics" | "Furniture" | "PreciousMetals" | "RugsOrCarpets" | "StampCoinOrMedalCollections" | "Other";
                /** @description Indicator to confirm whether the customer has the receipt to provide proof of purchase of the high value contents item */
                ReceiptsProofOfPurchase?: boolean;
                /** @description Indicator to confirm whether the customer has photographic or documentary evidence of the high value contents item */
                PhotographicOrDocumentaryEvidence?: boolean;
                /** @description Indicator to confirm whether the customer an appraisal report of the high value contents item */
                LatestAppraisalReports?: boolean;
            }[];
        };
        /** @description A unique identifier assigned to the generated insurance quote by the LFI */
        AEInsuranceQuoteIdType: string;
        AEInsuranceQuoteImportantQuestions: {
            /** @description Confirmation whether the property is the customer's primary residence */
            PrimaryResidence?: boolean;
            /** @description Confirmation whether the property will be used for business purposes */
            BusinessPurposes?: boolean;
            /** @description Confirmation whether the property will be occupied solely by the customer, their family and Domestic Helper? */
            PropertyOccupation?: boolean;
            /** @description Confirmation whether the home will be occupied during the day time. */
            DayTimeOccupation?: boolean;
            /** @description Confirmation whether the property will be left un-occupied for more than 60 days. */
            UnoccupiedOverSixtyDays: boolean;
        };
        /** @description Required when personal belongings cover is included. */
        AEInsuranceQuotePersonalBelongings: {
            /**
             * @description The total value of the Personal Belongings to be insured
             * @enum {string}
             */
            TotalPersonalBelongingsValue: "UP_TO_25K" | "UP_TO_50K" | "UP_TO_100K" | "UP_TO_150K" | "OVER_150K";
            /** @description Required when the  'TotalPersonalBelongingsValue' is 'OVER_150K' */
            DeclaredValueAmount?: components["schemas"]["AEActiveCurrencyAmount"];
            /** @description Confirmation whether the customer owns an individual content item that has a value above AED 10,000 */
            HighValueBelongings: boolean;
            /** @description Required when the customer has declared that they have a content item with a value above AED 10,000 */
            HighValueBelongingsDetails?: {
                /** @description The description of the high value Personal Belongings item */
                ItemDescription: string;
                /** @description The value of the high value Personal Belongings item */
                ItemValueAmount: components["schemas"]["AEActiveCurrencyAmount"];
                /**
                 * @description Confirmation of the type of high value Personal Belongings item that will be covered within the insurance policy
                 * @enum {string}
                 */
                ItemType: "Watches" | "Jewellery" | "Clothes" | "Luggage" | "SportsEquipment" | "PortableElectronics" | "PhotographicEquipment" | "MusicalInstruments" | "Other";
                /** @description Indicator to confirm whether the customer has the receipt to provide proof of purchase of the high value Personal Belongings item */
                ReceiptsProofOfPurchase?: boolean;
                /** @description Indicator to confirm whether the customer has photographic or documentary evidence of the high value Personal Belongings item */
                PhotographicOrDocumentaryEvidence?: boolean;
                /** @description Indicator to confirm whether the customer an appraisal report of the high value Personal Belongings item */
                LatestAppraisalReports?: boolean;
            }[];
        };
        AEInsuranceQuotePolicyCover: {
            /** @description Insurers internal unique ID for specific cover */
            CoverId?: string;
            /** @description The category of Cover provided under the insurance policy */
            CoverType: string;
            /** @description A description of the cover type */
            Description: string;
            /** @description Indicates whether this Cover is included in the policy by default */
            CoverIncludedByDefaultIndicator: boolean;
            /** @description Required if PolicyCoverIncluded is true (Yes) to provide confirmation of the maximum financial amount the insurer will cover for this specific Cover. */
            CoverLimitAmount?: components["schemas"]["AEActiveCurrencyAmount"];
            /** @description The benefits or additional details related to the specific policy cover. */
            PolicyFeatures?: string;
            /** @description Required if PolicyCoverIncluded is true (Yes) to confirm the deductible or out-of-pocket (excess) amount the policyholder must pay before the insurer covers the remaining claim. */
            PolicyExcess?: components["schemas"]["AEActiveCurrencyAmount"];
            /** @description Included inclusions and exclusions for cover type. */
            CoverInclusionAndExclusionDescriptions?: string[];
        };
        AEInsuranceQuotePreviousApplications: {
            /** @description Confirmation whether a previous home insurance application has been declined */
            Declined: boolean;
            /** @description Confirmation whether a previous home insurance application was accepted with an increased premium rate and/or imposed special condition(s) */
            SpecialConditions: boolean;
            /** @description Confirmation whether the existing home insurance provider has refused to renew the home insurance cover */
            RenewalRefused: boolean;
            /** @description Required when any response in this object is true to confirm the reason for the decline, the special condition imposed or the renewal refusal */
            Reason?: string;
        };
        AEInsuranceQuoteProperties: {
            QuoteId: components["schemas"]["AEInsuranceQuoteIdType"];
            QuoteReference: components["schemas"]["AEInsuranceQuoteReferenceType"];
            /**
             * Format: date-time
             * @description The date and time at which the quote was created.
             */
            CreationDateTime: string;
            /**
             * Format: date-time
             * @description The expiration date of the quote, after which it is no longer valid.  If no date is provided the quote will be valid for up to 30 days as per the Standards.
             */
            ExpirationDateTime?: string;
            /** @description The specific name of the insurance plan. */
            PlanName?: string;
            /** @description The level of insurance Cover offered in the quote */
            LevelOfCover?: string;
            /** @description An object containing details of the commission amount that would be payable to the TPP if the User proceeded with the insurance application and purchased the policy based on the provided information */
            Commission?: components["schemas"]["AEInsuranceCommission"];
            /** @description An array containing options for policy cover, which contain information about the cover and benefits included in the quoted policies. */
            PolicyCover?: components["schemas"]["AEInsuranceQuotePolicyCover"][];
            /** @description A list of URLs linking to policy-related documents, such as terms and conditions, policy wording, or product disclosures */
            PolicyDocumentsUris?: components["schemas"]["AEInsuranceQuoteUri"][];
            /** @description An object containing details of optional add-ons available for the quoted policy */
            AvailableAddOns?: {
                /** @description Name of the insurance cover add-on */
                CoverName: string;
                /** @description Description of the insurance cover add-on */
                Description: string;
                /** @description Premium value of the insurance cover add-on */
                Amount?: components["schemas"]["AEActiveCurrencyAmount"];
                /** @description When applicable, the benefit coverage limit that could be paid if a claim was made. */
                CoverLimit?: components["schemas"]["AEActiveCurrencyAmount"];
                /** @description Included inclusions and exclusions for cover type. */
                CoverInclusionAndExclusionDescriptions?: string[];
                /** @description When applicable, the amount that would be deductible from any claim. */
                PolicyExcess?: components["schemas"]["AEActiveCurrencyAmount"];
            }[];
            /** @description A list of documents required that must be provided by the User to the LFI to proceed with the policy purchase */
            RequiredDocuments?: components["schemas"]["AEInsuranceDocumentRequirement"][];
            /** @description An object containing details of any discounts or offers applied to the quote */
            DiscountOffers?: components["schemas"]["AEInsurancePremiumDiscountOffers"][];
            /** @description An object containing ratings or reviews of the insurer's service quality */
            ServiceRating: components["schemas"]["AEInsuranceServiceRating"];
            /** @description Provides special conditions or clauses applicable to the policy specified by the LFI, which must be displayed to the User if provided. */
            SpecialConditionsApplicable?: components["schemas"]["AEInsuranceSpecialConditions"][];
            /** @description Broker requests to handle following steps of policy issuance process. */
            PolicyIssuanceAllowed: {
                /** @description Broker allowed to complete capture of customer verification information and documents for this quote. */
                CustomerVerification: boolean;
                /** @description Broker allowed to host payment checkout. */
                Payment: boolean;
                /** @description Broker allowed to provide policy documents to customer. */
                PolicyDocuments: boolean;
            };
            /** @description Indicates whether the policy is Sharia compliant. */
            Takaful?: boolean;
            /** @description Provides and alternative brand name where the product is Sharia compliant */
            AlternativeBrandName?: string;
            /** @description An object containing details of the quoted insurance premium. */
            Premium?: components["schemas"]["AEInsurancePremiumProperties"];
        };
        /** @description Details of previous property claims. */
        AEInsuranceQuotePropertyClaims: {
            /** @description Confirmation whether the customer has suffered any property losses (claims) in the previous 3 years? */
            PreviousClaims: boolean;
            /** @description Required when `PreviousClaims` is true */
            PreviousClaimsDetails?: {
                /**
                 * Format: date
                 * @description Date the property claim was made
                 */
                DateOfClaim: string;
                /** @description The value of the claim */
                ClaimAmount: components["schemas"]["AEActiveCurrencyAmount"];
                /** @description Details of the claim made or nature of the loss */
                Reason: string;
                /** @description What was the outcome of the claim */
                Outcome: components["schemas"]["AEInsurancePropertyClaimOutcomeCodes"];
            }[];
        };
        AEInsuranceQuoteReadApplicationApprovedResponseProperties: {
            /** @enum {string} */
            QuoteStatus: "ApplicationApproved";
        } & (components["schemas"]["AEInsuranceQuoteProperties"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            QuoteStatus: "ApplicationApproved";
        });
        AEInsuranceQuoteReadApplicationPendingResponseProperties: {
            /** @enum {string} */
            QuoteStatus: "ApplicationPending";
        } & (components["schemas"]["AEInsuranceQuoteProperties"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            QuoteStatus: "ApplicationPending";
        });
        AEInsuranceQuoteReadAvailableResponseProperties: {
            /** @enum {string} */
            QuoteStatus: "Available";
        } & (components["schemas"]["AEInsuranceQuoteProperties"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            QuoteStatus: "Available";
        });
        AEInsuranceQuoteReadCompletedResponseProperties: {
            /** @enum {string} */
            QuoteStatus: "Completed";
        } & (components["schemas"]["AEInsuranceQuoteProperties"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            QuoteStatus: "Completed";
        });
        AEInsuranceQuoteReadCustomerCancelledResponseProperties: {
            /** @enum {string} */
            QuoteStatus: "CustomerCancelled";
        } & (components["schemas"]["AEInsuranceQuoteProperties"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            QuoteStatus: "CustomerCancelled";
        });
        AEInsuranceQuoteReadExpiredResponseProperties: {
            /** @enum {string} */
            QuoteStatus: "Expired";
        } & (components["schemas"]["AEInsuranceQuoteProperties"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            QuoteStatus: "Expired";
        });
        AEInsuranceQuoteReadKYCCapturedResponseProperties: {
            /** @enum {string} */
            QuoteStatus: "KYCCaptured";
        } & (components["schemas"]["AEInsuranceQuoteProperties"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            QuoteStatus: "KYCCaptured";
        });
        AEInsuranceQuoteReadLFICancelledResponseProperties: {
            /** @enum {string} */
            QuoteStatus: "LFICancelled";
        } & (components["schemas"]["AEInsuranceQuoteProperties"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            QuoteStatus: "LFICancelled";
        });
        AEInsuranceQuoteReadPaymentRequiredResponseProperties: {
            /** @enum {string} */
            QuoteStatus: "PaymentRequired";
        } & (components["schemas"]["AEInsuranceQuoteProperties"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            QuoteStatus: "PaymentRequired";
        });
        AEInsuranceQuoteReadPendingResponseProperties: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            QuoteStatus: "Pending";
            QuoteId: components["schemas"]["AEInsuranceQuoteIdType"];
            QuoteReference: components["schemas"]["AEInsuranceQuoteReferenceType"];
            /**
             * Format: date-time
             * @description The target date and time at which the insurer will generate a quote premium. Maximum allowed time is 24 hours from quote resource creation.
             */
            PremiumTargetDateTime?: string;
        };
        AEInsuranceQuoteReadPolicyIssuedResponseProperties: {
            /** @enum {string} */
            QuoteStatus: "PolicyIssued";
        } & (components["schemas"]["AEInsuranceQuoteProperties"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            QuoteStatus: "PolicyIssued";
        });
        AEInsuranceQuoteReadRejectedResponseProperties: {
            /** @enum {string} */
            QuoteStatus: "Rejected";
        } & (components["schemas"]["AEInsuranceQuoteProperties"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            QuoteStatus: "Rejected";
        });
        AEInsuranceQuoteReadResponseBody1: {
            Data: components["schemas"]["AEInsuranceQuoteReadResponseProperties"];
            Links: components["schemas"]["LinksSelf"];
            Meta: components["schemas"]["Meta"];
        };
        AEInsuranceQuoteReadResponseProperties: components["schemas"]["AEInsuranceQuoteReadPendingResponseProperties"] | components["schemas"]["AEInsuranceQuoteReadAvailableResponseProperties"] | components["schemas"]["AEInsuranceQuoteReadApplicationApprovedResponseProperties"] | components["schemas"]["AEInsuranceQuoteReadApplicationPendingResponseProperties"] | components["schemas"]["AEInsuranceQuoteReadCompletedResponseProperties"] | components["schemas"]["AEInsuranceQuoteReadCustomerCancelledResponseProperties"] | components["schemas"]["AEInsuranceQuoteReadExpiredResponseProperties"] | components["schemas"]["AEInsuranceQuoteReadKYCCapturedResponseProperties"] | components["schemas"]["AEInsuranceQuoteReadLFICancelledResponseProperties"] | components["schemas"]["AEInsuranceQuoteReadPaymentRequiredResponseProperties"] | components["schemas"]["AEInsuranceQuoteReadPolicyIssuedResponseProperties"] | components["schemas"]["AEInsuranceQuoteReadRejectedResponseProperties"];
        /** @description The unique quote reference number generated by the TPP for tracking the quote */
        AEInsuranceQuoteReferenceType: string;
        AEInsuranceQuoteResponseAvailableProperties: {
            /**
             * @description The current status of the quote (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            QuoteStatus: "Available";
            QuoteId: components["schemas"]["AEInsuranceQuoteIdType"];
            QuoteReference: components["schemas"]["AEInsuranceQuoteReferenceType"];
            /**
             * Format: date-time
             * @description The date and time at which the quote was created.
             */
            CreationDateTime: string;
            /**
             * Format: date-time
             * @description The expiration date of the quote, after which it is no longer valid.  If no date is provided the quote will be valid for up to 30 days as per the Standards.
             */
            ExpirationDateTime?: string;
            /** @description The specific name of the insurance plan. */
            PlanName?: string;
            /** @description The level of insurance Cover offered in the quote */
            LevelOfCover?: string;
            /** @description An object containing details of the commission amount that would be payable to the TPP if the User proceeded with the insurance application and purchased the policy based on the provided information */
            Commission?: components["schemas"]["AEInsuranceCommission"];
            /** @description An array containing options for policy cover, which contain information about the cover and benefits included in the quoted policies. */
            PolicyCover?: components["schemas"]["AEInsuranceQuotePolicyCover"][];
            /** @description A list of URLs linking to policy-related documents, such as terms and conditions, policy wording, or product disclosures */
            PolicyDocumentsUris?: components["schemas"]["AEInsuranceQuoteUri"][];
            /** @description An object containing details of optional add-ons available for the quoted policy */
            AvailableAddOns?: {
                /** @description Name of the insurance cover add-on */
                CoverName: string;
                /** @description Description of the insurance cover add-on */
                Description: string;
                /** @description Premium value of the insurance cover add-on */
                Amount?: components["schemas"]["AEActiveCurrencyAmount"];
                /** @description When applicable, the benefit coverage limit that could be paid if a claim was made. */
                CoverLimit?: components["schemas"]["AEActiveCurrencyAmount"];
                /** @description Included inclusions and exclusions for cover type. */
                CoverInclusionAndExclusionDescriptions?: string[];
                /** @description When applicable, the amount that would be deductible from any claim. */
                PolicyExcess?: components["schemas"]["AEActiveCurrencyAmount"];
            }[];
            /** @description A list of documents required that must be provided by the User to the LFI to proceed with the policy purchase */
            RequiredDocuments?: components["schemas"]["AEInsuranceDocumentRequirement"][];
            /** @description An object containing details of any discounts or offers applied to the quote */
            DiscountOffers?: components["schemas"]["AEInsurancePremiumDiscountOffers"][];
            /** @description An object containing ratings or reviews of the insurer's service quality */
            ServiceRating: components["schemas"]["AEInsuranceServiceRating"];
            /** @description Provides special conditions or clauses applicable to the policy specified by the LFI, which must be displayed to the User if provided. */
            SpecialConditionsApplicable?: components["schemas"]["AEInsuranceSpecialConditions"][];
            /** @description Broker requests to handle following steps of policy issuance process. */
            PolicyIssuanceAllowed: {
                /** @description Broker allowed to complete capture of customer verification information and documents for this quote. */
                CustomerVerification: boolean;
                /** @description Broker allowed to host payment checkout. */
                Payment: boolean;
                /** @description Broker allowed to provide policy documents to customer. */
                PolicyDocuments: boolean;
            };
            /** @description Indicates whether the policy is Sharia compliant. */
            Takaful?: boolean;
            /** @description Provides and alternative brand name where the product is Sharia compliant */
            AlternativeBrandName?: string;
            /** @description An object containing details of the quoted insurance premium. */
            Premium?: components["schemas"]["AEInsurancePremiumProperties"];
        };
        AEInsuranceQuoteResponsePendingProperties: {
            /**
             * @description The current status of the quote (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            QuoteStatus: "Pending";
            QuoteId: components["schemas"]["AEInsuranceQuoteIdType"];
            QuoteReference: components["schemas"]["AEInsuranceQuoteReferenceType"];
            /**
             * Format: date-time
             * @description The target date and time at which the insurer will generate a quote premium. Maximum allowed time is 24 hours from quote resource creation.
             */
            PremiumTargetDateTime?: string;
        };
        /**
         * @description The type of Home or Renter insurance cover required
         * @enum {string}
         */
        AEInsuranceQuoteTypeOfCover: "BuildingsOnly" | "ContentsOnly" | "BuildingsAndContents";
        /** Format: uri */
        AEInsuranceQuoteUri: string;
        AEInsuranceQuoteVerifiedIdentityProperties: {
            /** @description Verified Emirates ID details, captured by the TPP. */
            EmiratesId?: {
                /** @description Emirates identification number */
                EmiratesIdNumber?: string;
                /**
                 * Format: date
                 * @description Emirates ID expiry date
                 */
                EmiratesIdExpiryDate?: string;
            };
            /** @description Verified Passport details, captured by the TPP. */
            Passport?: {
                /** @description Passport number */
                PassportNumber?: string;
                /** @description The country the passport is issued by. */
                IssuingCountry?: string;
                /** @description The applicant, policyholder or insured person name as detailed on their passport */
                NameOnPassport?: string;
                /**
                 * Format: date
                 * @description The passport issue date
                 */
                IssueDate?: string;
                /**
                 * Format: date
                 * @description The passport expiry date
                 */
                ExpiryDate?: string;
            };
            /** @description Verified Passport details, captured by the TPP. */
            Visa?: {
                /**
                 * @description The type of visa issues, based on an available code list
                 * @enum {string}
                 */
                VisaType?: "Employment" | "Residence" | "Business" | "Investor" | "Freelance" | "VirtualWork" | "Retirement" | "Student" | "Family" | "Green" | "Golden" | "Blue";
                /** @description Visa number */
                VisaNumber?: string;
                /**
                 * Format: date
                 * @description The visa issue date
                 */
                IssueDate?: string;
                /**
                 * Format: date
                 * @description The visa expiry date
                 */
                ExpiryDate?: string;
                /** @description Emirate that issued the visa */
                IssuingEmirate?: components["schemas"]["AEInsuranceEmirate"];
            };
        };
        /**
         * @description Relationship to proposer
         * @enum {string}
         */
        AEInsuranceRelationshipToInsuredPartyCodes: "Self" | "Spouse" | "Child" | "Parent" | "Other";
        /**
         * Format: uuid
         * @description Unique identifier for a given insurance policy
         */
        AEInsuranceResourceIdentifierType: string;
        AEInsuranceSafetySecurityFeatures: {
            /** @description The shortest distance from the insured property to the nearest coastline, measured in meters */
            DistanceFromShoreline?: string;
            /** @description The elevation of the insured property above sea level, measured in meters */
            DistanceAboveSeaLevel?: string;
            /** @description Confirmation whether the property to be insured or is being insured is in a Designated Flood Zone */
            InDesignatedFloodZone: boolean;
            /** @description Confirmation whether the property to be insured or is being insured has Water Leak Detection Systems */
            WaterLeakDetectionSystems: boolean;
            /** @description Confirmation whether the property to be insured or is being insured has a burglar installed */
            BurglarAlarm: boolean;
            /** @description Confirmation whether the property to be insured or is being insured has Surveillance or Security Cameras */
            SurveillanceCameras: boolean;
            /** @description Confirmation whether the property to be insured or is being insured has a door camera */
            DoorCamera: boolean;
            /** @description Confirmation whether the property to be insured or is being insured has Security Guards employed */
            SecurityGuards: boolean;
            /** @description Confirmation whether the property to be insured or is being insured has Smoke Detectors installed */
            SmokeDetectors: boolean;
            /** @description Confirmation whether the property to be insured or is being insured has Fire Extinguishers */
            FireExtinguishers: boolean;
            /** @description Confirmation whether the property to be insured or is being insured has Sprinkler System installed */
            SprinklerSystem: boolean;
            /** @description Confirmation whether the property to be insured or is being insured has Dead bolt Locks installed */
            DeadboltLocks: boolean;
            /** @description Confirmation whether the property to be insured or is being insured has Window Locks installed */
            WindowLocks: boolean;
        };
        /** @enum {string} */
        AEInsuranceSalutationCodes: "Mr" | "Mrs" | "Ms" | "Miss" | "Dr" | "Prof" | "Other";
        AEInsuranceServiceRating: {
            /** @description Key indicators to assess the financial strength and stability of the insurer LFI in terms of their ability to meet obligations to policyholders. */
            FinancialStrength: {
                /** @description The Solvency Capital Requirement (SCR) is a measure used to determine the minimum amount of capital that insurance companies must hold to ensure they can meet their obligations even under extreme financial stress. */
                SolvencyRatio: components["schemas"]["AEInsuranceServiceRatingRateOrRatio"];
                /** @description The length of time the insurer LFI has been licensed in the UAE market to provide the type of insurance requested in the quote */
                YearsInBusiness: number;
            };
            /** @description Provides performance metrics related to the insurer’s claims handling process for the specified insurance type. */
            ClaimsServicePerformance: {
                /** @description Represents the average number of calendar days taken by the insurer to settle (pay) a claim, measured from the date the claim was filed, for the specific type of insurance coverage requested in this quote. */
                AverageClaimSettlementTime: components["schemas"]["AEInsuranceServiceRatingRateOrRatio"];
                /** @description Indicates the percentage of claims successfully paid by the insurer (LFI) out of the total number of claims filed for the type of insurance coverage requested in this quote. */
                ClaimSettlementRatio: components["schemas"]["AEInsuranceServiceRatingRateOrRatio"];
                /** @description Represents the percentage of claims that were rejected or denied by the insurer (LFI) relative to the total number of claims received for the type of insurance coverage requested in this quote. */
                ClaimRejectionRate: components["schemas"]["AEInsuranceServiceRatingRateOrRatio"];
                /** @description Indicates the insurer’s short-term ability to meet claims obligations using its liquid assets. The calculation is: Liquid assets divided by total claims payable. */
                ClaimsPaymentCapacityRatio: components["schemas"]["AEInsuranceServiceRatingRateOrRatio"];
            };
            /** @description Represents key customer service metrics and complaint handling indicators for the specific type of insurance requested in the quote. These measures reflect the insurers responsiveness, resolution efficiency, and customer sentiment. */
            CustomerServiceComplaintHandling: {
                /** @description Indicates the number of customer complaints received per 1,000 active policies for the type of insurance requested in this quote. */
                CustomerComplaintRate: components["schemas"]["AEInsuranceServiceRatingRateOrRatio"];
                /** @description Represents the average number of calendar days taken to resolve a customer complaint, measured from the date it was lodged, for the type of insurance requested in this quote. */
                ComplaintResolutionTime: number;
                /** @description A customer satisfaction metric that reflects how likely customers are to recommend the insurer (LFI) to others for the type of insurance requested in this quote. Scores range from -100 to +100. */
                NetPromoterScore: number;
            };
            /** @description Contains indicators related to the insurer’s digital capabilities and customer convenience features for the specific type of insurance requested in the quote. */
            PolicyDigitalConvenience: {
                /** @description Indicates whether the insurer supports instant or fully digital policy issuance for the specific type of insurance requested in the quote. A value of true means the policy can be issued immediately online upon purchase. */
                InstantDigitalPolicyIssuance: boolean;
                /** @description Specifies whether customers can file claims digitally at any time (24/7) for the insurance type associated with the quote. A value of true indicates full-time online claim filing availability. */
                DigitalClaimsFiling: boolean;
                /** @description Confirms whether customers have access to digital self-service tools (e.g., mobile app or web portal) to manage the policy for the insurance type quoted. This includes functions like viewing, updating, or renewing the policy. */
                SelfServiceOptions: ("MobileApp" | "WebPortal" | "Other")[];
                /** @description Indicates the customer support channels available to the User. */
                CustomerSupportAvailability: ("LiveChat" | "CallCenter" | "InPerson" | "MobileAppChat" | "Email" | "WhatsApp" | "Chatbot" | "MessagingApp" | "Other")[];
            };
        };
        /** @description Provides a rate or ratio as decimal, to one decimal place. */
        AEInsuranceServiceRatingRateOrRatio: number;
        AEInsuranceSpecialConditions: string;
        /**
         * @description Additional data sent by the TPP to finalise the quote ready for completion by the User
         *     at the LFI
         */
        AEInsuranceSupplementaryData: Record<string, never>;
        /** Format: decimal */
        AEInsuranceVATPercentage: number;
        AEInsuranceVisaProperties: {
            /**
             * @description The type of visa issues, based on an available code list
             * @enum {string}
             */
            VisaType: "Employment" | "Residence" | "Business" | "Investor" | "Freelance" | "VirtualWork" | "Retirement" | "Student" | "Family" | "Green" | "Golden" | "Blue";
            /** @description Visa number */
            VisaNumber: string;
            /**
             * Format: date
             * @description The visa issue date
             */
            IssueDate?: string;
            /**
             * Format: date
             * @description The visa expiry date
             */
            ExpiryDate?: string;
            /** @description Emirate that issued the visa */
            IssuingEmirate?: components["schemas"]["AEInsuranceEmirate"];
        };
        AEInsuranceWeightType: number;
        AELifeInsuranceLifeStyleProperties: {
            /** @description Questions about whether the individual consumes alcohol */
            Alcohol: {
                /** @description Indicates whether the insured individual consumes alcohol */
                ConsumeAlcohol: boolean;
                /** @description The average number of alcohol units consumed per week */
                AlcoholUnitsPerWeek?: number;
            };
            Smoking: {
                /** @description Indicates whether the insured individual is a current smoker */
                SmokeCurrent: boolean;
                /** @description Specifies the type of smoking product currently used */
                TypeOfSmoking?: components["schemas"]["AEHealthInsuranceQuoteTypeOfSmokingCodes"];
                /** @description The average number of smoking products consumed per day. */
                SmokingQuantityPerDay?: number;
                /** @description Indicates whether the insured individual previously smoker */
                SmokePrevious: boolean;
                /** @description Specifies the type of smoking product previously used by the insured individual */
                TypeOfPreviousSmoking?: components["schemas"]["AEHealthInsuranceQuoteTypeOfSmokingCodes"];
                /** @description The average number of smoking products consumed per day before quitting. */
                PreviousSmokingQuantityPerDay?: number;
                /** @description How long has the individual smoked in years and months */
                HowLongSmoked?: {
                    /** @description The total number of years the insured individual has smoked or previously smoked. */
                    SmokingYears?: number;
                    /** @description The total number of months the insured individual has smoked or previously smoked, in addition to full years. */
                    SmokingMonths?: number;
                    /** @description The date or year when the insured individual stopped smoking. */
                    WhenStoppedSmoking?: string;
                    /** @description The reason for quitting smoking (e.g., health concerns, doctor’s recommendation, lifestyle change). */
                    WhyStoppedSmoking?: string;
                };
            };
        };
        AELifeInsurancePolicies1: {
            Policies: {
                /**
                 * @description Unique identifier for a given insurance policy
                 * @example d330c5bb-0889-4596-86bb-17cc9a4a17b5
                 */
                InsurancePolicyId: components["schemas"]["AEInsuranceResourceIdentifierType"];
                /** @description The policy number assigned by the LFI. */
                PolicyNumber: string;
                /** @description The current status of the policy. */
                PolicyStatus: components["schemas"]["AELifeInsurancePolicyStatusCodes"];
                /**
                 * Format: date
                 * @description Policy start date
                 */
                PolicyStartDate: string;
                /** @description The date on which cover ends. */
                PolicyEndDate?: string;
            }[];
        };
        AELifeInsurancePolicyProperties1: {
            /**
             * @description Unique identifier for a given insurance policy
             * @example d330c5bb-0889-4596-86bb-17cc9a4a17b5
             */
            InsurancePolicyId: components["schemas"]["AEInsuranceResourceIdentifierType"];
            /** @description Information about the customer. Requires `ReadCustomerBasic` permission to be granted by the User, except for `Employment` which requires `ReadCustomerDetail`. */
            PolicyHolder?: {
                /** @description The salutation of the individual or customer. */
                Salutation?: components["schemas"]["AEInsuranceSalutationCodes"];
                /** @description First Name of the individual. */
                FirstName: string;
                /** @description Middle Name of the individual. */
                MiddleName?: string;
                /** @description Last Name (Surname) of the individual. */
                LastName: string;
                /** @description The gender of the customer */
                Gender: components["schemas"]["AEInsuranceGender"];
                /**
                 * Format: date
                 * @description Date of birth of the individual.
                 */
                DateOfBirth: string;
                /** @description The marital status of the individual. */
                MaritalStatus?: components["schemas"]["AEInsuranceMaritalStatus"];
                /** @description Residential Location of the individual. */
                ResidentialLocation?: string;
                /** @description The landline telephone number of the individual. */
                LandlineNumber?: components["schemas"]["AEInsurancePhoneNumberType"];
                /** @description The nationality of the individual based on the ISO 3166-1 alpha-3 codes */
                Nationality: string;
                /** @description Primary language spoken by the insurance policy customer */
                PrimaryLanguage?: components["schemas"]["AECustomerPrimaryLanguage"];
                /** @description The mobile telephone number of the individual. */
                MobileNumber: components["schemas"]["AEInsurancePhoneNumberType"];
                /** @description Email address of the individual. */
                EmailAddress: components["schemas"]["AEInsuranceEmailAddressType"];
                /** @description Customer's address details */
                Address: components["schemas"]["AEInsuranceAddress"][];
                /** @description Required if the applicant or policy was known by a previous name. One of MaidenName or AliasName must be populated. This property can be omitted if the customer confirms they held no previous names. */
                PreviousNameDetails?: {
                    /** @description The maiden name of the customer */
                    MaidenName?: string;
                    /** @description Any name, whether legal or casual, that the customer uses or has used on any forms in addition to their birth name.  This includes shortened versions of their name. */
                    AliasName?: string;
                };
                /** @description Confirmation of the policyholder's second nationality when they have dual nationality */
                SecondNationality?: string;
                /** @description Place of Birth of the Insured Person */
                CountryOfBirth?: string;
                /** @description Employment information for the policyholder. Requires `ReadCustomerDetail` permission to be granted by the User. */
                Employment?: {
                    /** @description The individuals profession. */
                    Profession?: string;
                    /** @description A description of the individual's Profession */
                    ProfessionDescription?: string;
                    /** @description Individual's job title */
                    JobTitle?: string;
                    /** @description An individual's professional qualifications, special licenses and certifications */
                    Designation?: string;
                    /** @description Nature of employer business */
                    NatureOfEmployerBusiness?: string;
                    /** @description Employer name. */
                    EmployerName?: string;
                    /** @description The address details of the individual's employer */
                    EmployerAddress?: components["schemas"]["AEInsuranceAddressProperties"];
                    EmploymentStatus?: components["schemas"]["AEInsuranceEmploymentStatus"];
                    /**
                     * Format: date
                     * @description Individual's employment start date
                     */
                    StartDate?: string;
                    /** @description Source of the individual's income as a free form description */
                    SourceOfIncome?: string;
                    /** @description Monthly income amount and currency */
                    MonthlyIncomeAmount: components["schemas"]["AEActiveCurrencyAmount"];
                    /** @description Annual income amount and currency */
                    AnnualIncomeAmount?: components["schemas"]["AEActiveCurrencyAmount"];
                    /** @description Provided when the individual has additional income. */
                    AdditionalCompensation?: {
                        /** @description Free form description of the additional compensation */
                        Description: string;
                        /** @description The amount of the additional compensation */
                        CompensationAmount: components["schemas"]["AEActiveCurrencyAmount"];
                    }[];
                    /** @enum {string} */
                    SalaryBand?: "NoSalary" | "BelowAED000PM" | "AED4000ToAED12000PM" | "AED12001AndAbove";
                };
            };
            /** @description Identity information for the policyholder or insured person. Requires `ReadCustomerDetail` permission to be granted by the User for the policyholder identity to be provided. */
            Identity?: components["schemas"]["AEInsuranceIdentityTypes"];
            /** @description Details of the insurance product. Requires `ReadInsuranceProduct` permission to be granted by the User. */
            Product?: {
                /** @description Details of policy */
                Policy: {
                    /**
                     * @description Indicates whether life Cover is required for a single person or jointly for multiple individuals
                     * @enum {string}
                     */
                    CoverType: "Sole" | "Joint";
                    /** @description True (Yes) when that the Policyholder (customer) is also the Life Assured or one of the Life Assured, or false (No) when confirmation that the Policyholder and the Life Assured(s) are different */
                    IsPolicyholderLifeAssured: boolean;
                    /** @description Required when the IsPolicyholderLifeAssured is false (No) to confirm the relationship between the Policyholder and Insured Person. */
                    RelationshipToLifeInsured?: components["schemas"]["AEInsuranceRelationshipToInsuredPartyCodes"];
                    /** @description Required when RelationshipToLifeInsured is Other to confirm that there is an insurable interest between the Policyholder and the Life Assured */
                    ReasonDifferent?: string;
                    /**
                     * @description The type of life insurance required
                     * @enum {string}
                     */
                    TypeOfLifeInsurance: "WholeLifeInsurance" | "LevelTermInsurance" | "DecreasingTermInsurance";
                    /**
                     * @description The purpose of the life insurance cover
                     * @enum {string}
                     */
                    InsurancePurpose: "PersonalCover" | "FamilyProtection" | "MortgageCover";
                    /** @description The sum assured amount and currency. */
                    SumAssuredAmount: components["schemas"]["AEActiveCurrencyAmount"];
                    /**
                     * Format: duration
                     * @description The insurance policy term in years and months, using ISO 8601 compatible duration format
                     * @example P2Y3M
                     */
                    PolicyTerm?: string;
                    /**
                     * Format: date
                     * @description Policy start date
                     */
                    PolicyStartDate: string;
                    /** @description Confirmation whether insurance cover is being taken out in connection with finance / mortgage */
                    IsFinanceAgainstPolicy: boolean;
                    /** @description The amount the policyholder will receive if they terminate the policy before its maturity. */
                    SurrenderValueAmount?: components["schemas"]["AEActiveCurrencyAmount"];
                    /** @description The total amount payable to the policyholder if the policy reaches the end of its term. */
                    MaturityValueAmount?: components["schemas"]["AEActiveCurrencyAmount"];
                    /** @description The accumulated value within a permanent life insurance policy that can be withdrawn or borrowed against. */
                    CashValueAmount?: components["schemas"]["AEActiveCurrencyAmount"];
                    /** @description Indicates whether the policy is Sharia compliant. */
                    Takaful: boolean;
                    /** @description Business name of the policy product as provided externally to the customer. */
                    ProductName: string;
                    /**
                     * Format: date
                     * @description The date when the coverage will or has ended.
                     */
                    PolicyEndDate?: string;
                    /** @description When applicable, the amount that would be deductible from any claim. */
                    PolicyExcess?: components["schemas"]["AEActiveCurrencyAmount"];
                    /** @description Cover and benefits provided by the policy. */
                    PolicyCoverAndBenefits: {
                        /** @description Type of cover as defined in company systems. */
                        CoverType: string;
                        /** @description Description of the cover / benefit. */
                        Description: string;
                        /** @description To confirm whether the cover or benefit is required as part of the base insurance policy or is optional. */
                        Required: boolean;
                        /** @description When applicable, the benefit coverage limit that could be paid if a claim was made. */
                        CoverLimit?: components["schemas"]["AEActiveCurrencyAmount"];
                        /** @description included inclusions and exclusions for cover type. */
                        CoverInclusionsAndExclusions?: {
                            /** @description Description of the inclusion or exclusion. */
                            InclusionAndExclusionDescription: string;
                        }[];
                        /** @description When applicable, the amount that would be deductible from any claim. */
                        CoverExcess?: components["schemas"]["AEActiveCurrencyAmount"];
                        /** @description Insurers internal unique ID for specific cover. */
                        CoverID?: string;
                    }[];
                    /**
                     * @description Sales channel of policy.
                     * @enum {string}
                     */
                    PolicyPurchaseChannelType: "Direct" | "Agent" | "Broker" | "Bank" | "InvFinInst" | "TPA" | "OnlineInsideUAE" | "OnlineOutsideUAE" | "Aggregation" | "Outside" | "Other";
                };
                /** @description Details of persons included in insurance policy. */
                InsuredParties: {
                    /** @description The salutation of the individual or customer. */
                    Salutation?: components["schemas"]["AEInsuranceSalutationCodes"];
                    /** @description First Name of the individual. */
                    FirstName: string;
                    /** @description Middle Name of the individual. */
                    MiddleName?: string;
                    /** @description Last Name (Surname) of the individual. */
                    LastName: string;
                    /** @description The gender of the customer */
                    Gender: components["schemas"]["AEInsuranceGender"];
                    /**
                     * Format: date
                     * @description Date of birth of the individual.
                     */
                    DateOfBirth: string;
                    /** @description The marital status of the individual. */
                    MaritalStatus?: components["schemas"]["AEInsuranceMaritalStatus"];
                    /** @description Residential Location of the individual. */
                    ResidentialLocation?: string;
                    /** @description The mobile telephone number of the individual. */
                    MobileNumber?: components["schemas"]["AEInsurancePhoneNumberType"];
                    /** @description The landline telephone number of the individual. */
                    LandlineNumber?: components["schemas"]["AEInsurancePhoneNumberType"];
                    /** @description Email address of the individual. */
                    EmailAddress?: components["schemas"]["AEInsuranceEmailAddressType"];
                    /** @description The nationality of the individual based on the ISO 3166-1 alpha-3 codes */
                    Nationality?: string;
                    /** @description Primary language spoken by the insurance policy customer */
                    PrimaryLanguage?: components["schemas"]["AECustomerPrimaryLanguage"];
                    /** @description Customer's address details */
                    Address?: components["schemas"]["AEInsuranceAddress"][];
                    /** @description Required if the applicant or policy was known by a previous name.  One of MaidenName or AliasName must be populated. This property can be omitted if the customer confirms they held no previous names. */
                    PreviousNameDetails?: {
                        /** @description The maiden name of the customer */
                        MaidenName?: string;
                        /** @description Any name, whether legal or casual, that the customer uses or has used on any forms in addition to their birth name.  This includes shortened versions of their name. */
                        AliasName?: string;
                    };
                    /** @description Confirmation of the policyholder's second nationality when they have dual nationality */
                    SecondNationality?: string;
                    /** @description Country of birth of the insured person expressed as an ISO 3166 3 character code. */
                    CountryOfBirth?: string;
                    /** @description Identification details of the policyholder. */
                    Identity?: components["schemas"]["AEInsuranceIdentityTypes"];
                    /** @description Customer employment details */
                    Employment?: {
                        /**
                         * @description Individual's employment type
                         * @enum {string}
                         */
                        EmploymentType?: "PrivateSalaried" | "FederalGovernment" | "SelfEmployed" | "Retired" | "NotEmployed" | "Other";
                        /** @description Individual's job title */
                        JobTitle?: string;
                        /** @description Employer name. */
                        EmployerName?: string;
                        /** @description Nature of employer business */
                        NatureOfEmployerBusiness?: string;
                        /**
                         * Format: date
                         * @description Individual's employment start date
                         */
                        EmploymentStartDate?: string;
                        /** @description Monthly income amount and currency */
                        MonthlyIncome?: components["schemas"]["AEActiveCurrencyAmount"];
                        /** @description Annual income amount and currency */
                        AnnualIncome?: components["schemas"]["AEActiveCurrencyAmount"];
                    };
                    /** @description Details of the lifestyle declared by each insured persons. Omitted if not available or stored by the LFI. */
                    LifeStyle?: {
                        /** @description Questions about whether the individual consumes alcohol */
                        Alcohol?: {
                            /** @description Indicates whether the insured individual consumes alcohol */
                            ConsumeAlcohol: boolean;
                            /** @description The average number of alcohol units consumed per week */
                            AlcoholUnitsPerWeek?: number;
                        };
                        Smoking?: {
                            /** @description Indicates whether the insured individual is a current smoker */
                            SmokeCurrent: boolean;
                            /** @description Specifies the type of smoking product currently used */
                            TypeOfSmoking?: components["schemas"]["AEHealthInsuranceQuoteTypeOfSmokingCodes"];
                            /** @description The average number of smoking products consumed per day. */
                            SmokingQuantityPerDay?: number;
                            /** @description Indicates whether the insured individual previously smoker */
                            SmokePrevious: boolean;
                            /** @description Specifies the type of smoking product previously used by the insured individual */
                            TypeOfPreviousSmoking?: components["schemas"]["AEHealthInsuranceQuoteTypeOfSmokingCodes"];
                            /** @description The average number of smoking products consumed per day before quitting. */
                            PreviousSmokingQuantityPerDay?: number;
                            /** @description How long has the individual smoked in years and months */
                            HowLongSmoked?: {
                                /** @description The total number of years the insured individual has smoked or previously smoked. */
                                SmokingYears?: number;
                                /** @description The total number of months the insured individual has smoked or previously smoked, in addition to full years. */
                                SmokingMonths?: number;
                                /** @description The date or year when the insured individual stopped smoking. */
                                WhenStoppedSmoking?: string;
                                /** @description The reason for quitting smoking (e.g., health concerns, doctor’s recommendation, lifestyle change). */
                                WhyStoppedSmoking?: string;
                            };
                        };
                    };
                }[];
                /** @description Details of any finance associated with life insurance policy. Omitted if policy is not secured against finance or details not held. */
                FinanceAgainstPolicy?: {
                    /** @description The name of the financial institution providing the finance. */
                    FinanceProvider?: string;
                    /**
                     * Format: date
                     * @description The start date of the finance
                     */
                    FinanceDate?: string;
                    /** @description The amount of the finance */
                    FinanceAmount?: components["schemas"]["AEActiveCurrencyAmount"];
                    /** @description The value of the life insurance policy that is secured against the finance */
                    ValueOfFinanceAgainstPolicyAmount?: components["schemas"]["AEActiveCurrencyAmount"];
                };
                /** @description Details of optional riders added to the life insurance policy. Omitted if no policy riders are included. */
                Riders?: {
                    /** @description The name of an optional rider (additional coverage) added to the policy or that can be added to the policy */
                    Name: string;
                    /** @description The additional premium amount charged for including a specific rider in the policy. */
                    PremiumAmount?: components["schemas"]["AEActiveCurrencyAmount"];
                }[];
                /** @description Details of policy beneficiaries. Omitted if no beneficiaries are included in the policy */
                Beneficiaries?: {
                    /** @description First Name of the individual. */
                    FirstName: string;
                    /** @description Last Name (Surname) of the individual. */
                    LastName: string;
                    /** @description The mobile telephone number of the individual. */
                    MobileNumber: components["schemas"]["AEInsurancePhoneNumberType"];
                    /** @description The relationship to the policyholder. */
                    RelationshipToPolicyholder: components["schemas"]["AEInsuranceRelationshipToInsuredPartyCodes"];
                }[];
            };
            /** @description Details of claims made against the insurance policy. Requires the `ReadCustomerClaims` permission to be granted by the User. */
            Claims?: {
                /**
                 * @description Summary of previous claims. `NumberOfPreviousMonths` value must appear only once.
                 *
                 *     If no claims have been made then an array element with `NumberOfPreviousMonths` set to zero must be provided, and all claim amounts must be set to zero, to provide a positive assertion that no claims have been made. Currency must be set to AED for this case.
                 */
                Summary: components["schemas"]["AEInsuranceDataSharingClaimsSummaryProperties"][];
                /** @description Claims history. Only required if claims have been made against the policy. */
                ClaimsHistory?: {
                    /** @description Unique reference that identifies the claim */
                    ClaimUniqueID: string;
                    /**
                     * Format: date
                     * @description The original date the claim was submitted.
                     */
                    ClaimDate: string;
                    /** @description As per CBUAE scheme, total gross claim amount including Direct + Third party + Coinsurance / deductible + Loss Adjusters + VAT. */
                    TotalGrossClaimAmount: components["schemas"]["AEActiveCurrencyAmount"];
                    /** @description The amounts paid with amount, currency, and date. */
                    ClaimPayments?: {
                        Currency: components["schemas"]["AEActiveOrHistoricCurrencyCode"];
                        Amount: components["schemas"]["AEActiveOrHistoricAmount"];
                        /**
                         * Format: date
                         * @description The date on which the claim payment was made.
                         */
                        PaymentDate: string;
                    }[];
                    /** @description Deductible and co-insurance amount paid by customer. */
                    DeductibleGrossClaimAmount?: components["schemas"]["AEActiveCurrencyAmount"];
                    /** @description All the claimed policy benefits. */
                    PolicyClaimedBenefits: {
                        ClaimedBenefitType: string;
                        ClaimedBenefitDescription: string;
                    }[];
                    /**
                     * Format: date
                     * @description The most recent approval date for any portion of the claim.
                     */
                    ClaimApprovalDate?: string;
                    /**
                     * Format: date
                     * @description Last update date of the claim.
                     */
                    ClaimLastUpdateDate: string;
                    /** @description Amount of the claim paid directly. */
                    DirectGrossClaimAmount?: components["schemas"]["AEActiveCurrencyAmount"];
                    /** @description Amount of claim to be paid via third party insurance company. */
                    ThirdPartyGrossClaimAmount?: components["schemas"]["AEActiveCurrencyAmount"];
                    /** @description Name of recovery third party insurance company. */
                    ThirdPartyRecoveryCompany?: string;
                    /**
                     * @description Status of recovery.
                     * @enum {string}
                     */
                    ThirdPartyRecoveryStatus?: "Approved" | "Reopened" | "RecoveryOpened" | "Paid" | "RecoveryReopenedAndClaimClosed" | "Rejected" | "InProgress";
                    /** @description Loss Adjusters fees on above claims. */
                    LossAdjusterGrossClaimAmount?: components["schemas"]["AEActiveCurrencyAmount"];
                    /** @description Claim payment amount outstanding. */
                    OutstandingPayAmount?: components["schemas"]["AEActiveCurrencyAmount"];
                    /**
                     * @description The status of the claim, based on the following CBUAE standard definitions:
                     *
                     *     * `Open`: Once the claim is submitted.
                     *
                     *     * `Outstanding`: The claim is under processing.
                     *
                     *     * `Closed`: Once the claim is settled & closed.
                     *
                     *     * `Reopened`: The claim is reopened.
                     *
                     *     * `Cancelled`: The claim cancelled.
                     *
                     *     * `Deleted`: The claim entered incorrectly and deleted.
                     *
                     *     * `Rejected`: Company rejected the claim.
                     * @enum {string}
                     */
                    Status: "Open" | "Outstanding" | "Closed" | "Reopened" | "Cancelled" | "Deleted" | "Rejected";
                    /**
                     * Format: date
                     * @description Start date of the incident.
                     */
                    IncidentStartDate: string;
                }[];
            };
            /** @description Details of the insurance policy premium. Requires the `ReadInsurancePremium` permission to be granted by the User. */
            Premium?: components["schemas"]["AEInsuranceDataSharingPremiumProperties"] | components["schemas"]["AEInsurancePremiumJWE"];
        };
        /** @enum {string} */
        AELifeInsurancePolicyStatusCodes: "New" | "Renewed" | "Expired" | "Lapsed" | "Cancelled" | "PaidUp" | "Converted" | "Surrendered" | "DeathClaim" | "RiderClaim" | "InForce";
        AELifeInsuranceQuoteAcceptQuoteRequestProperties: {
            /** @description Quote status. */
            QuoteStatus: components["schemas"]["AEInsuranceAcceptedByUserQuoteStatusCodes"];
            QuoteReference: components["schemas"]["AEInsuranceQuoteReferenceType"];
            /** @description Insurance sub-type, describing the insurance type specific to the sector. */
            InsuranceSubType: string;
            /** @description Details of the quoted premium, as provided in the quote response. */
            Premium: components["schemas"]["AEInsurancePremiumProperties"];
            /** @description Details of the commission, as provided in the quote response. */
            Commission: {
                /** @description The total monetary value of the commission paid to the TPP if the User proceeds with the quote application and purchases the policy based on the quote information provided. */
                CommissionAmount?: components["schemas"]["AEActiveCurrencyAmount"];
                /**
                 * @description The method to be used to pay the commission to the TPP if the User elects to proceed with the application and successfully purchases the policy.
                 * @enum {string}
                 */
                PaymentMethod: "DirectToTPP" | "ThroughAPIHub";
            };
            /**
             * @description Confirmation whether the customer monthly salary is less than or greater than AED 4,000 each month. Required for Health Insurance.
             * @enum {string}
             */
            CustomerSalary?: "Under4K" | "Over4K";
            /**
             * Format: date-time
             * @description The quote creation date and time, as supplied by the LFI in the property `CreationDateTime`.
             */
            QuoteCreationDateTime: string;
            /**
             * Format: date-time
             * @description The expiration date of the quote, as provided in the quote response, if provided by the LFI.
             */
            ExpirationDateTime?: string;
            /** @description Broker requests to handle following steps of policy issuance process. */
            PolicyIssuanceRequest?: {
                /** @description Broker request to complete capture of customer verification information and documents for this quote. */
                CustomerVerification: boolean;
                /** @description Broker request to host payment checkout. */
                Payment: boolean;
                /** @description Broker request to provide policy documents to customer. */
                PolicyDocuments: boolean;
            };
            /** @description Customer documents encoded for submission to the LFI. Omitted if not required or quote status is `ApplicationPending`. */
            Documents?: components["schemas"]["AEDocumentProperties"][];
            /** @description Verified details captured by the TPP, when the TPP is a Broker. Omitted if not required. */
            VerifiedDetails?: {
                /** @description Revised details, verified by the TPP. */
                Policy?: {
                    /** @description Indicates whether the policy is Sharia compliant. */
                    Takaful?: boolean;
                    /**
                     * @description Indicates whether life Cover is required for a single person or jointly for multiple individuals
                     * @enum {string}
                     */
                    CoverType?: "Sole" | "Joint";
                    /** @description True (Yes) when that the Policyholder (customer) is also the Life Assured or one of the Life Assured, or false (No) when confirmation that the Policyholder and the Life Assured(s) are different */
                    IsPolicyholderLifeAssured?: boolean;
                    /** @description Required when the IsPolicyholderLifeAssured is false (No) to confirm the relationship between the Policyholder and Insured Person. */
                    RelationshipToLifeInsured?: components["schemas"]["AEInsuranceRelationshipToInsuredPartyCodes"];
                    /** @description Required when RelationshipToLifeInsured is Other to confirm that there is an insurable interest between the Policyholder and the Life Assured */
                    ReasonDifferent?: string;
                    /**
                     * @description The type of life insurance required
                     * @enum {string}
                     */
                    TypeOfLifeInsurance?: "WholeLifeInsurance" | "LevelTermInsurance" | "DecreasingTermInsurance";
                    /**
                     * @description The purpose of the life insurance cover
                     * @enum {string}
                     */
                    InsurancePurpose?: "PersonalCover" | "FamilyProtection" | "MortgageCover";
                    /** @description The sum assured amount and currency. */
                    SumAssuredAmount?: {
                        Currency?: components["schemas"]["AEActiveOrHistoricCurrencyCode"];
                        Amount?: components["schemas"]["AEActiveOrHistoricAmount"];
                    };
                    /**
                     * Format: duration
                     * @description The insurance policy term in years and months, using ISO 8601 compatible duration format
                     * @example P2Y3M
                     */
                    PolicyTerm?: string;
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
                    /** @description Confirmation whether insurance cover is being taken out in connection with a finance / mortgage */
                    IsFinanceAgainstPolicy?: boolean;
                    /**
                     * @description Frequency of premium payments.
                     * @enum {string}
                     */
                    FrequencyPremiumPayment?: "Annually" | "OneTime" | "Monthly" | "Quarterly" | "BiAnnual" | "Limited" | "Other";
                    /** @description Term of payments. */
                    PremiumPaymentTerm?: string;
                    /** @description Required add-ons to be included in the quote based on Cover Name. */
                    RequiredAddons?: string[];
                };
                /** @description Revised details, verified by the TPP. */
                InsuredParties?: {
                    /** @description The relationship to the policyholder. */
                    RelationshipToPolicyholder?: components["schemas"]["AEInsuranceRelationshipToInsuredPartyCodes"];
                    /** @description The salutation of the individual or customer. */
                    Salutation?: components["schemas"]["AEInsuranceSalutationCodes"];
                    /** @description First Name of the individual. */
                    FirstName?: string;
                    /** @description Middle Name of the individual. */
                    MiddleName?: string;
                    /** @description Last Name (Surname) of the individual. */
                    LastName?: string;
                    /** @description The gender of the customer */
                    Gender?: components["schemas"]["AEInsuranceGender"];
                    /**
                     * Format: date
                     * @description Date of birth of the individual.
                     */
                    DateOfBirth?: string;
                    /** @description The marital status of the individual. */
                    MaritalStatus?: components["schemas"]["AEInsuranceMaritalStatus"];
                    /** @description Residential Location of the individual. */
                    ResidentialLocation?: string;
                    /** @description The mobile telephone number of the individual. */
                    MobileNumber?: components["schemas"]["AEInsurancePhoneNumberType"];
                    /** @description The landline telephone number of the individual. */
                    LandlineNumber?: components["schemas"]["AEInsurancePhoneNumberType"];
                    /** @description Email address of the individual. */
                    EmailAddress?: components["schemas"]["AEInsuranceEmailAddressType"];
                    /** @description The nationality of the individual based on the ISO 3166-1 alpha-3 codes */
                    Nationality?: string;
                    /** @description Primary language spoken by the insurance policy customer */
                    PrimaryLanguage?: components["schemas"]["AECustomerPrimaryLanguage"];
                    /** @description Address details */
                    Address?: {
                        /**
                         * @description The type of address.
                         * @enum {string}
                         */
                        AddressType?: "Billing" | "Business" | "Correspondence" | "DeliveryTo" | "MailTo" | "POBox" | "Postal" | "Permanent" | "Residential" | "Statement" | "Other";
                        /**
                         * @description Information that locates and identifies a specific address for a transaction entry, that is presented in free format text.
                         *
                         *     This value should be used where the address is provided or stored as a single string.
                         */
                        AddressLine?: components["schemas"]["AEInsuranceAddressLine"][];
                        /** @description The unit, apartment, or villa number within a building or community */
                        BuildingNumber?: string;
                        /** @description Name of the building or house. */
                        BuildingName?: string;
                        /** @description Floor or storey within a building. */
                        Floor?: string;
                        /** @description The name of the street or road where the property is located */
                        StreetName?: string;
                        /** @description The district, community, or neighbourhood where the property is located */
                        DistrictName?: string;
                        /** @description The P.O. Box number assigned to the recipient for mail delivery */
                        PostBox?: string;
                        /** @description Name of a built-up area, such as a town or city */
                        TownName?: string;
                        /** @description Country subdivision, such as state or province. This is the Emirate where the address is registered. */
                        CountrySubDivision?: components["schemas"]["AEInsuranceEmirate"];
                        /** @description The country associated with the address, represented using the ISO 3166-1 alpha-2 country code. */
                        Country?: components["schemas"]["AEInsuranceCountryCode"];
                    }[];
                    /** @description Required if the applicant or policy was known by a previous name.  One of MaidenName or AliasName must be populated. This property can be omitted if the customer confirms they held no previous names. */
                    PreviousNameDetails?: {
                        /** @description The maiden name of the customer */
                        MaidenName?: string;
                        /** @description Any name, whether legal or casual, that the customer uses or has used on any forms in addition to their birth name.  This includes shortened versions of their name. */
                        AliasName?: string;
                    };
                    /** @description Confirmation of the policyholder's second nationality when they have dual nationality */
                    SecondNationality?: string;
                    /** @description Country of birth of the insured person expressed as an ISO 3166 3 character code. */
                    CountryOfBirth?: string;
                    /** @description Revised identity details, verified by the TPP. */
                    Identity?: components["schemas"]["AEInsuranceQuoteVerifiedIdentityProperties"];
                    Height?: number;
                    Weight?: number;
                    /** @description The template for adding optional properties. */
                    Employment?: {
                        /**
                         * @description Individual's employment type
                         * @enum {string}
                         */
                        EmploymentType?: "PrivateSalaried" | "FederalGovernment" | "SelfEmployed" | "Retired" | "NotEmployed" | "Other";
                        /** @description Individual's job title */
                        JobTitle?: string;
                        /** @description Employer name. */
                        EmployerName?: string;
                        /** @description Nature of employer business */
                        NatureOfEmployerBusiness?: string;
                        /**
                         * Format: date
                         * @description Individual's employment start date
                         */
                        EmploymentStartDate?: string;
                        /** @description Monthly income amount and currency */
                        MonthlyIncome?: {
                            Currency?: components["schemas"]["AEActiveOrHistoricCurrencyCode"];
                            Amount?: components["schemas"]["AEActiveOrHistoricAmount"];
                        };
                        /** @description Annual income amount and currency */
                        AnnualIncome?: {
                            Currency?: components["schemas"]["AEActiveOrHistoricCurrencyCode"];
                            Amount?: components["schemas"]["AEActiveOrHistoricAmount"];
                        };
                    };
                    /** @description The template for adding optional properties. */
                    LifeStyle?: {
                        /** @description Questions about whether the individual consumes alcohol */
                        Alcohol?: {
                            /** @description Indicates whether the insured individual consumes alcohol */
                            ConsumeAlcohol?: boolean;
                            /** @description The average number of alcohol units consumed per week */
                            AlcoholUnitsPerWeek?: number;
                        };
                        Smoking?: {
                            /** @description Indicates whether the insured individual is a current smoker */
                            SmokeCurrent?: boolean;
                            /** @description Specifies the type of smoking product currently used */
                            TypeOfSmoking?: components["schemas"]["AEHealthInsuranceQuoteTypeOfSmokingCodes"];
                            /** @description The average number of smoking products consumed per day. */
                            SmokingQuantityPerDay?: number;
                            /** @description Indicates whether the insured individual previously smoker */
                            SmokePrevious?: boolean;
                            /** @description Specifies the type of smoking product previously used by the insured individual */
                            TypeOfPreviousSmoking?: components["schemas"]["AEHealthInsuranceQuoteTypeOfSmokingCodes"];
                            /** @description The average number of smoking products consumed per day before quitting. */
                            PreviousSmokingQuantityPerDay?: number;
                            /** @description How long has the individual smoked in years and months */
                            HowLongSmoked?: {
                                /** @description The total number of years the insured individual has smoked or previously smoked. */
                                SmokingYears?: number;
                                /** @description The total number of months the insured individual has smoked or previously smoked, in addition to full years. */
                                SmokingMonths?: number;
                                /** @description The date or year when the insured individual stopped smoking. */
                                WhenStoppedSmoking?: string;
                                /** @description The reason for quitting smoking (e.g., health concerns, doctor’s recommendation, lifestyle change). */
                                WhyStoppedSmoking?: string;
                            };
                        };
                    };
                }[];
                /** @description Revised details, verified by the TPP. */
                PolicyHolder?: {
                    /** @description The salutation of the individual or customer. */
                    Salutation?: components["schemas"]["AEInsuranceSalutationCodes"];
                    /** @description First Name of the individual. */
                    FirstName?: string;
                    /** @description Middle Name of the individual. */
                    MiddleName?: string;
                    /** @description Last Name (Surname) of the individual. */
                    LastName?: string;
                    /** @description The gender of the customer */
                    Gender?: components["schemas"]["AEInsuranceGender"];
                    /**
                     * Format: date
                     * @description Date of birth of the individual.
                     */
                    DateOfBirth?: string;
                    /** @description The marital status of the individual. */
                    MaritalStatus?: components["schemas"]["AEInsuranceMaritalStatus"];
                    /** @description Residential Location of the individual. */
                    ResidentialLocation?: string;
                    /** @description The mobile telephone number of the individual. */
                    MobileNumber?: components["schemas"]["AEInsurancePhoneNumberType"];
                    /** @description The landline telephone number of the individual. */
                    LandlineNumber?: components["schemas"]["AEInsurancePhoneNumberType"];
                    /** @description Email address of the individual. */
                    EmailAddress?: components["schemas"]["AEInsuranceEmailAddressType"];
                    /** @description The nationality of the individual based on the ISO 3166-1 alpha-3 codes */
                    Nationality?: string;
                    /** @description Primary language spoken by the insurance policy customer */
                    PrimaryLanguage?: components["schemas"]["AECustomerPrimaryLanguage"];
                    /** @description Address details */
                    Address?: {
                        /**
                         * @description The type of address.
                         * @enum {string}
                         */
                        AddressType?: "Billing" | "Business" | "Correspondence" | "DeliveryTo" | "MailTo" | "POBox" | "Postal" | "Permanent" | "Residential" | "Statement" | "Other";
                        /**
                         * @description Information that locates and identifies a specific address for a transaction entry, that is presented in free format text.
                         *
                         *     This value should be used where the address is provided or stored as a single string.
                         */
                        AddressLine?: components["schemas"]["AEInsuranceAddressLine"][];
                        /** @description The unit, apartment, or villa number within a building or community */
                        BuildingNumber?: string;
                        /** @description Name of the building or house. */
                        BuildingName?: string;
                        /** @description Floor or storey within a building. */
                        Floor?: string;
                        /** @description The name of the street or road where the property is located */
                        StreetName?: string;
                        /** @description The district, community, or neighbourhood where the property is located */
                        DistrictName?: string;
                        /** @description The P.O. Box number assigned to the recipient for mail delivery */
                        PostBox?: string;
                        /** @description Name of a built-up area, such as a town or city */
                        TownName?: string;
                        /** @description Country subdivision, such as state or province. This is the Emirate where the address is registered. */
                        CountrySubDivision?: components["schemas"]["AEInsuranceEmirate"];
                        /** @description The country associated with the address, represented using the ISO 3166-1 alpha-2 country code. */
                        Country?: components["schemas"]["AEInsuranceCountryCode"];
                    }[];
                    /** @description Required if the applicant or policy was known by a previous name.  One of MaidenName or AliasName must be populated. This property can be omitted if the customer confirms they held no previous names. */
                    PreviousNameDetails?: {
                        /** @description The maiden name of the customer */
                        MaidenName?: string;
                        /** @description Any name, whether legal or casual, that the customer uses or has used on any forms in addition to their birth name.  This includes shortened versions of their name. */
                        AliasName?: string;
                    };
                    /** @description Confirmation of the policyholder's second nationality when they have dual nationality */
                    SecondNationality?: string;
                    /** @description Country of birth of the insured person expressed as an ISO 3166 3 character code. */
                    CountryOfBirth?: string;
                    /** @description Identification details of the policyholder. */
                    Identity?: components["schemas"]["AEInsuranceQuoteVerifiedIdentityProperties"];
                    /** @description Customer employment details */
                    Employment?: {
                        /**
                         * @description Individual's employment type
                         * @enum {string}
                         */
                        EmploymentType?: "PrivateSalaried" | "FederalGovernment" | "SelfEmployed" | "Retired" | "NotEmployed" | "Other";
                        /** @description Individual's job title */
                        JobTitle?: string;
                        /** @description Employer name. */
                        EmployerName?: string;
                        /** @description Nature of employer business */
                        NatureOfEmployerBusiness?: string;
                        /**
                         * Format: date
                         * @description Individual's employment start date
                         */
                        EmploymentStartDate?: string;
                        /** @description Monthly income amount and currency */
                        MonthlyIncome?: {
                            Currency?: components["schemas"]["AEActiveOrHistoricCurrencyCode"];
                            Amount?: components["schemas"]["AEActiveOrHistoricAmount"];
                        };
                        /** @description Annual income amount and currency */
                        AnnualIncome?: {
                            Currency?: components["schemas"]["AEActiveOrHistoricCurrencyCode"];
                            Amount?: components["schemas"]["AEActiveOrHistoricAmount"];
                        };
                    };
                };
            };
        };
        AELifeInsuranceQuoteCustomerProperties: {
            /** @description The salutation of the individual or customer. */
            Salutation?: components["schemas"]["AEInsuranceSalutationCodes"];
            /** @description First Name of the individual. */
            FirstName: string;
            /** @description Middle Name of the individual. */
            MiddleName?: string;
            /** @description Last Name (Surname) of the individual. */
            LastName: string;
            /** @description The gender of the customer */
            Gender: components["schemas"]["AEInsuranceGender"];
            /**
             * Format: date
             * @description Date of birth of the individual.
             */
            DateOfBirth: string;
            /** @description The marital status of the individual. */
            MaritalStatus?: components["schemas"]["AEInsuranceMaritalStatus"];
            /** @description Residential Location of the individual. */
            ResidentialLocation?: string;
            /** @description The mobile telephone number of the individual. */
            MobileNumber?: components["schemas"]["AEInsurancePhoneNumberType"];
            /** @description The landline telephone number of the individual. */
            LandlineNumber?: components["schemas"]["AEInsurancePhoneNumberType"];
            /** @description Email address of the individual. */
            EmailAddress?: components["schemas"]["AEInsuranceEmailAddressType"];
            /** @description The nationality of the individual based on the ISO 3166-1 alpha-3 codes */
            Nationality?: string;
            /** @description Primary language spoken by the insurance policy customer */
            PrimaryLanguage?: components["schemas"]["AECustomerPrimaryLanguage"];
            /** @description Customer's address details */
            Address?: components["schemas"]["AEInsuranceAddress"][];
            /** @description Required if the applicant or policy was known by a previous name.  One of MaidenName or AliasName must be populated. This property can be omitted if the customer confirms they held no previous names. */
            PreviousNameDetails?: {
                /** @description The maiden name of the customer */
                MaidenName?: string;
                /** @description Any name, whether legal or casual, that the customer uses or has used on any forms in addition to their birth name.  This includes shortened versions of their name. */
                AliasName?: string;
            };
            /** @description Confirmation of the policyholder's second nationality when they have dual nationality */
            SecondNationality?: string;
            /** @description Country of birth of the insured person expressed as an ISO 3166 3 character code. */
            CountryOfBirth?: string;
            /** @description Identification details of the policyholder. */
            Identity?: components["schemas"]["AEInsuranceIdentityTypes"];
            /** @description Customer employment details */
            Employment?: {
                /**
                 * @description Individual's employment type
                 * @enum {string}
                 */
                EmploymentType?: "PrivateSalaried" | "FederalGovernment" | "SelfEmployed" | "Retired" | "NotEmployed" | "Other";
                /** @description Individual's job title */
                JobTitle?: string;
                /** @description Employer name. */
                EmployerName?: string;
                /** @description Nature of employer business */
                NatureOfEmployerBusiness?: string;
                /**
                 * Format: date
                 * @description Individual's employment start date
                 */
                EmploymentStartDate?: string;
                /** @description Monthly income amount and currency */
                MonthlyIncome?: components["schemas"]["AEActiveCurrencyAmount"];
                /** @description Annual income amount and currency */
                AnnualIncome?: components["schemas"]["AEActiveCurrencyAmount"];
            };
        };
        AELifeInsuranceQuoteEmploymentProperties: {
            /**
             * @description Individual's employment type
             * @enum {string}
             */
            EmploymentType?: "PrivateSalaried" | "FederalGovernment" | "SelfEmployed" | "Retired" | "NotEmployed" | "Other";
            /** @description Individual's job title */
            JobTitle: string;
            /** @description Employer name. */
            EmployerName?: string;
            /** @description Nature of employer business */
            NatureOfEmployerBusiness?: string;
            /**
             * Format: date
             * @description Individual's employment start date
             */
            EmploymentStartDate?: string;
            /** @description Monthly income amount and currency */
            MonthlyIncome?: components["schemas"]["AEActiveCurrencyAmount"];
            /** @description Annual income amount and currency */
            AnnualIncome?: components["schemas"]["AEActiveCurrencyAmount"];
        };
        AELifeInsuranceQuoteInsuredPartiesProperties: {
            /** @description The relationship to the policyholder. */
            RelationshipToPolicyholder: components["schemas"]["AEInsuranceRelationshipToInsuredPartyCodes"];
            /** @description The salutation of the individual or customer. */
            Salutation: components["schemas"]["AEInsuranceSalutationCodes"];
            /** @description First Name of the individual. */
            FirstName: string;
            /** @description Middle Name of the individual. */
            MiddleName?: string;
            /** @description Last Name (Surname) of the individual. */
            LastName: string;
            /** @description The gender of the customer */
            Gender: components["schemas"]["AEInsuranceGender"];
            /**
             * Format: date
             * @description Date of birth of the individual.
             */
            DateOfBirth: string;
            /** @description The marital status of the individual. */
            MaritalStatus: components["schemas"]["AEInsuranceMaritalStatus"];
            /** @description Residential Location of the individual. */
            ResidentialLocation?: string;
            /** @description The mobile telephone number of the individual. */
            MobileNumber?: components["schemas"]["AEInsurancePhoneNumberType"];
            /** @description The landline telephone number of the individual. */
            LandlineNumber?: components["schemas"]["AEInsurancePhoneNumberType"];
            /** @description Email address of the individual. */
            EmailAddress?: components["schemas"]["AEInsuranceEmailAddressType"];
            /** @description The nationality of the individual based on the ISO 3166-1 alpha-3 codes */
            Nationality: string;
            /** @description Primary language spoken by the insurance policy customer */
            PrimaryLanguage?: components["schemas"]["AECustomerPrimaryLanguage"];
            /** @description Customer's address details */
            Address?: components["schemas"]["AEInsuranceAddress"][];
            /** @description Required if the applicant or policy was known by a previous name.  One of MaidenName or AliasName must be populated. This property can be omitted if the customer confirms they held no previous names. */
            PreviousNameDetails?: {
                /** @description The maiden name of the customer */
                MaidenName?: string;
                /** @description Any name, whether legal or casual, that the customer uses or has used on any forms in addition to their birth name.  This includes shortened versions of their name. */
                AliasName?: string;
            };
            /** @description Confirmation of the policyholder's second nationality when they have dual nationality */
            SecondNationality?: string;
            /** @description Country of birth of the insured person expressed as an ISO 3166 3 character code. */
            CountryOfBirth?: string;
            /** @description Identification details of the insured party. */
            Identity?: components["schemas"]["AEInsuranceIdentityTypes"];
            Height: number;
            Weight: number;
            /** @description Customer employment details */
            Employment?: components["schemas"]["AELifeInsuranceQuoteEmploymentProperties"];
            LifeStyle: components["schemas"]["AELifeInsuranceLifeStyleProperties"];
        };
        /** @description Details of policy */
        AELifeInsuranceQuotePolicyProperties: {
            /** @description Indicates whether the policy is Sharia compliant. */
            Takaful: boolean;
            /**
             * @description Indicates whether life Cover is required for a single person or jointly for multiple individuals
             * @enum {string}
             */
            CoverType?: "Sole" | "Joint";
            /** @description True (Yes) when that the Policyholder (customer) is also the Life Assured or one of the Life Assured, or false (No) when confirmation that the Policyholder and the Life Assured(s) are different */
            IsPolicyholderLifeAssured?: boolean;
            /** @description Required when the IsPolicyholderLifeAssured is false (No) to confirm the relationship between the Policyholder and Insured Person. */
            RelationshipToLifeInsured?: components["schemas"]["AEInsuranceRelationshipToInsuredPartyCodes"];
            /** @description Required when RelationshipToLifeInsured is Other to confirm that there is an insurable interest between the Policyholder and the Life Assured */
            ReasonDifferent?: string;
            /**
             * @description The type of life insurance required
             * @enum {string}
             */
            TypeOfLifeInsurance?: "WholeLifeInsurance" | "LevelTermInsurance" | "DecreasingTermInsurance";
            /**
             * @description The purpose of the life insurance cover
             * @enum {string}
             */
            InsurancePurpose?: "PersonalCover" | "FamilyProtection" | "MortgageCover";
            /** @description The sum assured amount and currency. */
            SumAssuredAmount: components["schemas"]["AEActiveCurrencyAmount"];
            /**
             * Format: duration
             * @description The insurance policy term in years and months, using ISO 8601 compatible duration format
             * @example P2Y3M
             */
            PolicyTerm?: string;
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
            /** @description Confirmation whether insurance cover is being taken out in connection with a finance / mortgage */
            IsFinanceAgainstPolicy?: boolean;
            /**
             * @description Frequency of premium payments.
             * @enum {string}
             */
            FrequencyPremiumPayment: "Annually" | "OneTime" | "Monthly" | "Quarterly" | "BiAnnual" | "Limited" | "Other";
            /** @description Term of payments. */
            PremiumPaymentTerm?: string;
            /** @description Required add-ons to be included in the quote based on Cover Name. */
            RequiredAddons?: string[];
        };
        AELifeInsuranceQuoteRequestProperties: {
            /** @description Identifier that uniquely and consistently identifies the existing policy customer or Broker unique Id for customer during policy purchase process. */
            CustomerId: string;
            QuoteReference: components["schemas"]["AEInsuranceQuoteReferenceType"];
            /**
             * @description Identification of quote type.
             *
             *     The following quote type values are supported:
             *
             *       * New: New Policy Quote
             *
             *       * Switch: Customer would like to switch policies or brokers
             *
             *       * Renewal: Customer would like renewal quote
             * @enum {string}
             */
            QuoteType: "New" | "Switch" | "Renewal";
            /** @description Broker requests to handle following steps of policy issuance process. */
            PolicyIssuanceRequest: {
                /** @description Broker request to complete capture of customer verification information and documents for this quote. */
                CustomerVerification: boolean;
                /** @description Broker request to host payment checkout. */
                Payment: boolean;
                /** @description Broker request to provide policy documents to customer. */
                PolicyDocuments: boolean;
            };
            /** @description Details of policy */
            Policy: components["schemas"]["AELifeInsuranceQuotePolicyProperties"];
            /** @description Details of persons included in proposed insurance policy. */
            InsuredParties: components["schemas"]["AELifeInsuranceQuoteInsuredPartiesProperties"][];
            /** @description Details of policy holder. Required when the  Policyholder is not one of the Insured Person. */
            PolicyHolder?: components["schemas"]["AELifeInsuranceQuoteCustomerProperties"];
            /** @description One-or-more existing insurance policies, omitted if none are held */
            ExistingLifeInsurance?: {
                /** @description The Life Insurance Company Name the existing Life cover is held with */
                InsurerName: string;
                ExistingPolicyNumber?: string;
                /** @description The minimum amount payable to the assured or his/her dependants on the death of the life assured */
                SumAssured?: components["schemas"]["AEActiveCurrencyAmount"];
                /**
                 * Format: date
                 * @description Life cover start date
                 */
                PolicyStartDate?: string;
                /**
                 * Format: date
                 * @description Life cover maturity (end) date
                 */
                PolicyEndDate?: string;
            }[];
        };
        /** @description Details of car registration. */
        AEMotorInsuranceDataSharingCarRegistration: {
            /** @description The Emirate where the insured motor vehicle was registered */
            EmirateOfRegistration: components["schemas"]["AEInsuranceEmirate"];
            /**
             * Format: date
             * @description Date the motor vehicle was first registered
             */
            DateOfFirstRegistration?: string;
            /**
             * Format: date
             * @description Date when the current registration expires.
             */
            RegistrationExpiry?: string;
            /** @description Confirmation whether the Mulkiya (vehicle registration card) is held by the applicant/customer. The Mulkiya document is collected by the LFI if the Customer elects to proceed with the quote. */
            ValidMulkiyaHeld?: boolean;
        };
        /**
         * @description Details of the engine type for the vehicle.
         * @enum {string}
         */
        AEMotorInsuranceEngineTypeCodes: "Electric" | "Hybrid" | "InternalCombustionEngine";
        AEMotorInsurancePolicyProperties1: {
            /**
             * @description Unique identifier for a given insurance policy
             * @example d330c5bb-0889-4596-86bb-17cc9a4a17b5
             */
            InsurancePolicyId: components["schemas"]["AEInsuranceResourceIdentifierType"];
            /** @description Information about the customer. Requires `ReadCustomerBasic` permission to be granted by the User. */
            PolicyHolder?: components["schemas"]["AEInsuranceDataSharingCustomerBasicProperties"];
            /** @description Identity information for the policyholder or insured person. Requires `ReadCustomerDetail` permission to be granted by the User for the policyholder identity to be provided. */
            Identity?: components["schemas"]["AEInsuranceIdentityTypes"];
            /** @description Details of the insurance policy product. Requires the `ReadInsuranceProduct` permission to be granted by the User. */
            Product?: components["schemas"]["AEMotorInsuranceProductData"];
            /** @description Details of claims made against the insurance policy. Requires the `ReadCustomerClaims` permission to be granted by the User. */
            Claims?: {
                /**
                 * @description Summary of previous claims. `NumberOfPreviousMonths` value must appear only once.
                 *
                 *     If no claims have been made then an array element with `NumberOfPreviousMonths` set to zero must be provided, and all claim amounts must be set to zero, to provide a positive assertion that no claims have been made. Currency must be set to AED for this case.
                 */
                Summary: components["schemas"]["AEInsuranceDataSharingClaimsSummaryProperties"][];
                /** @description Claims history. Only required if claims have been made against the policy. */
                ClaimsHistory?: {
                    /** @description Unique reference that identifies the claim */
                    ClaimUniqueID: string;
                    /**
                     * Format: date
                     * @description The original date the claim was submitted.
                     */
                    ClaimDate: string;
                    /** @description As per CBUAE scheme, total gross claim amount including Direct + Third party + Coinsurance / deductible + Loss Adjusters + VAT. */
                    TotalGrossClaimAmount: components["schemas"]["AEActiveCurrencyAmount"];
                    /** @description The amounts paid with amount, currency, and date. */
                    ClaimPayments?: {
                        Currency: components["schemas"]["AEActiveOrHistoricCurrencyCode"];
                        Amount: components["schemas"]["AEActiveOrHistoricAmount"];
                        /**
                         * Format: date
                         * @description The date on which the claim payment was made.
                         */
                        PaymentDate: string;
                    }[];
                    /** @description Deductible and co-insurance amount paid by customer. */
                    DeductibleGrossClaimAmount?: components["schemas"]["AEActiveCurrencyAmount"];
                    /** @description All the claimed policy benefits. */
                    PolicyClaimedBenefits: {
                        ClaimedBenefitType: string;
                        ClaimedBenefitDescription: string;
                    }[];
                    /**
                     * Format: date
                     * @description The most recent approval date for any portion of the claim.
                     */
                    ClaimApprovalDate?: string;
                    /**
                     * Format: date
                     * @description Last update date of the claim.
                     */
                    ClaimLastUpdateDate: string;
                    /** @description Amount of the claim paid directly. */
                    DirectGrossClaimAmount?: components["schemas"]["AEActiveCurrencyAmount"];
                    /** @description Amount of claim to be paid via third party insurance company. */
                    ThirdPartyGrossClaimAmount?: components["schemas"]["AEActiveCurrencyAmount"];
                    /** @description Name of recovery third party insurance company. */
                    ThirdPartyRecoveryCompany?: string;
                    /**
                     * @description Status of recovery.
                     * @enum {string}
                     */
                    ThirdPartyRecoveryStatus?: "Approved" | "Reopened" | "RecoveryOpened" | "Paid" | "RecoveryReopenedAndClaimClosed" | "Rejected" | "InProgress";
                    /** @description Loss Adjusters fees on above claims. */
                    LossAdjusterGrossClaimAmount?: components["schemas"]["AEActiveCurrencyAmount"];
                    /** @description Claim payment amount outstanding. */
                    OutstandingPayAmount?: components["schemas"]["AEActiveCurrencyAmount"];
                    /**
                     * @description The status of the claim, based on the following CBUAE standard definitions:
                     *
                     *     * `Open`: Once the claim is submitted.
                     *
                     *     * `Outstanding`: The claim is under processing.
                     *
                     *     * `Closed`: Once the claim is settled & closed.
                     *
                     *     * `Reopened`: The claim is reopened.
                     *
                     *     * `Cancelled`: The claim cancelled.
                     *
                     *     * `Deleted`: The claim entered incorrectly and deleted.
                     *
                     *     * `Rejected`: Company rejected the claim.
                     * @enum {string}
                     */
                    Status: "Open" | "Outstanding" | "Closed" | "Reopened" | "Cancelled" | "Deleted" | "Rejected";
                    /**
                     * Format: date
                     * @description Start date of the incident.
                     */
                    IncidentStartDate: string;
                    /** @description Police report number related to the incident */
                    PoliceReportNumber?: string;
                    /** @description As per CBUAE schema, accident type as provided within company systems */
                    AccidentType?: string;
                    /** @description Is the vehicle total loss? */
                    IsTotalLoss?: boolean;
                    /** @description Financial total loss is where the insurance company will declare a vehicle to be a total loss when the preliminary cost of repairs reaches some pre-determined percentage of the vehicles value: usually 50%. */
                    TotalLossType?: string;
                    /** @description As per CBUAE schema, severity of accident */
                    SeverityOfAccident?: string;
                    /**
                     * Format: date-time
                     * @description Incident date and time
                     */
                    IncidentDateTime?: string;
                    /** @description Is the claimant at fault? */
                    ClaimantAtFault?: boolean;
                    /** @description Percentage fault of claimant. */
                    ClaimantPercentageAtFault?: components["schemas"]["AEInsurancePercentageValue"];
                    /**
                     * @description Cause of crash.
                     * @enum {string}
                     */
                    CrashCause?: "Collision" | "MaliciousDamage" | "OverTurning" | "OffRoad" | "WindscreenDamage" | "Parked" | "UnknownDamage" | "TyreBurst" | "Theft" | "Fire" | "Other";
                }[];
                /** @description The total number of years the insured has held a No Claims Discount (NCD) without making a claim. */
                NoClaimsDiscountLength?: number;
                /** @description Indicates whether the insured's No Claims Discount (NCD) is currently available for transfer or application to the new policy */
                NoClaimsDiscountAvailable: boolean;
            };
            /** @description Details of the insurance policy premium. Requires the `ReadInsurancePremium` permission to be granted by the User. */
            Premium?: components["schemas"]["AEInsuranceDataSharingPremiumProperties"] | components["schemas"]["AEInsurancePremiumJWE"];
        };
        AEMotorInsuranceProductData: {
            /** @description Details of the policy. */
            Policy: {
                TypeOfPolicy: components["schemas"]["AEMotorInsuranceQuoteCoverTypes"];
                /**
                 * @description Indicates whether the policy is for a brand new car, renewal of registration and insurance or a change of ownership (purchasing a pre-owned / 'second-hand' car)
                 * @enum {string}
                 */
                RegistrationType?: "New" | "RenewalOfExistingVehicle";
                /**
                 * Format: date
                 * @description Policy start date
                 */
                PolicyStartDate: string;
                /**
                 * Format: date
                 * @description Policy end date
                 */
                PolicyEndDate?: string;
                /**
                 * @description The primary purpose of the vehicle usage
                 * @enum {string}
                 */
                CarUsage: "Private" | "Commercial";
                /** @description The assessed value of the insured vehicle */
                CarValuation?: components["schemas"]["AEActiveCurrencyAmount"];
                /** @description The official reference number assigned to the policy by the LFI for identification and tracking and is known by User */
                PolicyNumber: string;
                /**
                 * Format: date
                 * @description The date when the insurance policy was purchased by the policyholder.
                 */
                PurchaseDate: string;
                /** @description Indicates whether the policy is Sharia compliant. */
                Takaful: boolean;
                /** @description Business name of the policy product as provided externally to the customer. */
                ProductName: string;
                /** @description When applicable, the amount that would be deductible from any claim. */
                PolicyExcess?: components["schemas"]["AEActiveCurrencyAmount"];
                /** @description Cover and benefits provided by the policy. */
                PolicyCoverAndBenefits: {
                    /** @description Type of cover as defined in company systems. */
                    CoverType: string;
                    /** @description Description of the cover / benefit. */
                    Description: string;
                    /** @description To confirm whether the cover or benefit is required as part of the base insurance policy or is optional. */
                    Required: boolean;
                    /** @description When applicable, the benefit coverage limit that could be paid if a claim was made. */
                    CoverLimit?: components["schemas"]["AEActiveCurrencyAmount"];
                    /** @description included inclusions and exclusions for cover type. */
                    CoverInclusionsAndExclusions?: {
                        /** @description Description of the inclusion or exclusion. */
                        InclusionAndExclusionDescription: string;
                    }[];
                    /** @description When applicable, the amount that would be deductible from any claim. */
                    CoverExcess?: components["schemas"]["AEActiveCurrencyAmount"];
                    /** @description Insurers internal unique ID for specific cover. */
                    CoverID?: string;
                }[];
                /**
                 * @description Sales channel of policy.
                 * @enum {string}
                 */
                PolicyPurchaseChannelType: "Direct" | "Agent" | "Broker" | "Bank" | "InvFinInst" | "TPA" | "OnlineInsideUAE" | "OnlineOutsideUAE" | "Aggregation" | "Outside" | "Other";
            };
            VehicleDetails: {
                /** @description The identification of the motor vehicle engine */
                EngineNumber?: string;
                /** @description The manufacturing year of the vehicle. */
                ModelYear: string;
                /** @description The brand or manufacturer of the vehicle. */
                Make: string;
                /** @description The specific model name of the vehicle. */
                Model: string;
                /** @description The variant or trim level of the vehicle, indicating features and specifications */
                Trim: string;
                /**
                 * @description The type motor vehicle like saloon, Station/SUV, coupe
                 * @enum {string}
                 */
                BodyType: "Saloon" | "4WD" | "Pickup" | "Truck" | "TrailerHead" | "Trailer" | "Water" | "Fuel Tanker" | "Buses" | "Dumper" | "Agriculture" | "Forklift" | "Heavy Equipment" | "Motorcycle" | "Others";
                /** @description The exterior colour of the vehicle. */
                Color?: string;
                /** @description The maximum weight the vehicle can carry, including passengers and cargo */
                LoadingCapacity?: string;
                /** @description The total weight of the vehicle when empty to nearest kilograms */
                Weight?: number;
                /** @description The country where the vehicle was manufactured */
                CountryOfOrigin?: string;
                /** @description The number of passengers that can be carried in the car */
                NoOfPassengersIncDriver: number;
                /** @description Vehicle mileage to nearest kilometre */
                Mileage?: number;
                /** @description Properties of the vehicle engine. */
                EngineProperties?: {
                    EngineType?: components["schemas"]["AEMotorInsuranceEngineTypeCodes"];
                    /** @description The capacity of the battery. */
                    BatteryCapacity?: string;
                    /** @description The power of the vehicle motor. */
                    MotorPower?: string;
                    /** @description The engine displacement volume in cubic centimetres (cc). */
                    EngineCapacity?: string;
                    /** @description The number of cylinders */
                    CylinderCapacity?: string;
                };
                /** @description The chassis number (Vehicle Identification Number - VIN) of the motor vehicle to be insured */
                ChassisNumber?: string;
                /** @description Plate code of the vehicle registration plate that identifies the Emirate where the vehicle is registered */
                PlateCode?: string;
                /** @description Vehicle registration plate number */
                PlateNumber?: string;
                /**
                 * @description The abbreviation of the Emirate where a vehicle's license plate is registered
                 * @enum {string}
                 */
                PlateSource?: "AUH" | "DXB" | "SHJ" | "AJM" | "UAQ" | "RAK" | "FUJ";
                /**
                 * @description The type of transmission system in the vehicle
                 * @enum {string}
                 */
                Transmission?: "Automatic" | "Manual";
                /**
                 * @description Confirm whether the car specification is a Gulf Cooperation Council (GCC) specification.
                 * @enum {string}
                 */
                Specification?: "GCC" | "NonGCC";
            };
            CarRegistration: components["schemas"]["AEMotorInsuranceDataSharingCarRegistration"];
            /** @description Details of policyholder driving license history. */
            DrivingLicenseHistory: {
                /** @description The policyholder or applicant driving license number. */
                DrivingLicenseNumber: string;
                DrivingLicenseIssuingEmirate?: components["schemas"]["AEInsuranceEmirate"];
                /** @description The total duration (in years and months) that the policyholder or applicant has been actively driving in the UAE */
                TimeDrivingInUAE?: components["schemas"]["AEDurationYearsAndMonths"];
                /**
                 * Format: date
                 * @description The date when the policyholder or applicant UAE driving license was issued.
                 */
                DrivingLicenseIssueDate?: string;
                /** @description The driving license number that was issued by the customer's home country */
                HomeCountryDrivingLicenseNumber?: string;
                /** @description The Traffic Code Number (TC number) as detailed on the vehicle registration card (Mulkiya) or the driver's driving licence. */
                TrafficIdNumber?: string;
                /** @description The length of time driving in home country, as a duration in years and months. */
                HomeCountryDrivingExperience?: components["schemas"]["AEDurationYearsAndMonths"];
            };
            /** @description Details of additional drivers on the policy. Omitted if no additional drivers are insured. */
            AdditionalDrivers?: {
                /**
                 * @description The additional driver's relationship to the main driver
                 * @enum {string}
                 */
                RelationshipToMainDriver?: "Spouse" | "Parent" | "Sibling" | "Child" | "Friend" | "Employee" | "Other";
                /** @description Full name of the additional driver */
                FullName: string;
                /**
                 * Format: date
                 * @description Date of birth of the individual.
                 */
                DateOfBirth?: string;
                /** @description The gender of the customer */
                Gender?: components["schemas"]["AEInsuranceGender"];
                /** @description The nationality of the individual based on the ISO 3166-1 alpha-3 codes */
                Nationality?: string;
                /** @description The policyholder or applicant driving license number. */
                DrivingLicenseNumber?: string;
                DrivingLicenseIssuingEmirate?: components["schemas"]["AEInsuranceEmirate"];
                /** @description The total duration (in years and months) that the policyholder or applicant has been actively driving in the UAE */
                TimeDrivingInUAE?: components["schemas"]["AEDurationYearsAndMonths"];
                /**
                 * Format: date
                 * @description The date when the policyholder or applicant UAE driving license was issued.
                 */
                DrivingLicenseIssueDate?: string;
                /** @description Emirates identification number */
                EmiratesIdNumber?: string;
            }[];
            /** @description Details of any finance on the insured vehicle. Omitted if no finance held or recorded. */
            CarFinance?: {
                /** @description Confirm the Bank or registered finance company providing the car finance. */
                BankName: string;
                /** @description The finance amount secured against the car. */
                FinanceAmount?: components["schemas"]["AEActiveCurrencyAmount"];
                /**
                 * Format: date
                 * @description Finance start date
                 */
                FinanceStartDate?: string;
                /**
                 * Format: date
                 * @description Finance end date
                 */
                FinanceEndDate?: string;
                /** @description The finance term in months */
                FinanceTerm?: number;
                /** @description Finance interest rate */
                FinanceInterestRate?: number;
                /** @description Confirmation of the outstanding finance balance. */
                OutstandingFinanceBalance?: components["schemas"]["AEActiveCurrencyAmount"];
            };
        };
        AEMotorInsuranceQuoteAcceptQuoteRequestProperties: {
            /** @description Quote status. */
            QuoteStatus: components["schemas"]["AEInsuranceAcceptedByUserQuoteStatusCodes"];
            QuoteReference: components["schemas"]["AEInsuranceQuoteReferenceType"];
            /** @description Insurance sub-type, describing the insurance type specific to the sector. */
            InsuranceSubType: string;
            /** @description Details of the quoted premium, as provided in the quote response. */
            Premium: components["schemas"]["AEInsurancePremiumProperties"];
            /** @description Details of the commission, as provided in the quote response. */
            Commission: {
                /** @description The total monetary value of the commission paid to the TPP if the User proceeds with the quote application and purchases the policy based on the quote information provided. */
                CommissionAmount?: components["schemas"]["AEActiveCurrencyAmount"];
                /**
                 * @description The method to be used to pay the commission to the TPP if the User elects to proceed with the application and successfully purchases the policy.
                 * @enum {string}
                 */
                PaymentMethod: "DirectToTPP" | "ThroughAPIHub";
            };
            /**
             * @description Confirmation whether the customer monthly salary is less than or greater than AED 4,000 each month. Required for Health Insurance.
             * @enum {string}
             */
            CustomerSalary?: "Under4K" | "Over4K";
            /**
             * Format: date-time
             * @description The quote creation date and time, as supplied by the LFI in the property `CreationDateTime`.
             */
            QuoteCreationDateTime: string;
            /**
             * Format: date-time
             * @description The expiration date of the quote, as provided in the quote response, if provided by the LFI.
             */
            ExpirationDateTime?: string;
            /** @description Broker requests to handle following steps of policy issuance process. */
            PolicyIssuanceRequest?: {
                /** @description Broker request to complete capture of customer verification information and documents for this quote. */
                CustomerVerification: boolean;
                /** @description Broker request to host payment checkout. */
                Payment: boolean;
                /** @description Broker request to provide policy documents to customer. */
                PolicyDocuments: boolean;
            };
            /** @description Customer documents encoded for submission to the LFI. Omitted if not required or quote status is `ApplicationPending`. */
            Documents?: components["schemas"]["AEDocumentProperties"][];
            /** @description Verified details captured by the TPP, when the TPP is a Broker. Omitted if not required. */
            VerifiedDetails?: {
                /** @description Revised details, verified by the TPP. */
                Policy: {
                    /** @description Indicates whether the policy is Sharia compliant. */
                    Takaful?: boolean;
                    CoverType?: components["schemas"]["AEMotorInsuranceQuoteCoverTypes"];
                    /**
                     * @description Indicates whether the policy is for a brand new car, renewal of registration and insurance or a change of ownership (purchasing a pre-owned / 'second-hand' car)
                     * @enum {string}
                     */
                    RegistrationType?: "New" | "RenewalOfExistingVehicle";
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
                     * @description The primary purpose of the vehicle usage
                     * @enum {string}
                     */
                    CarUsage?: "Private" | "Commercial";
                    /** @description The assessed value of the insured vehicle */
                    CarValuation?: components["schemas"]["AEActiveCurrencyAmount"];
                    OptionalCoverAddOns: components["schemas"]["AEMotorInsuranceQuoteOptionalCoverAddOnsProperties"];
                };
                VehicleDetails: {
                    /** @description The identification of the motor vehicle engine */
                    EngineNumber?: string;
                    /** @description The manufacturing year of the vehicle. */
                    ModelYear: string;
                    /** @description The brand or manufacturer of the vehicle. */
                    Make: string;
                    /** @description The specific model name of the vehicle. */
                    Model: string;
                    /** @description The variant or trim level of the vehicle, indicating features and specifications */
                    Trim: string;
                    /**
                     * @description The type motor vehicle like saloon, Station/SUV, coupe
                     * @enum {string}
                     */
                    BodyType: "Saloon" | "4WD" | "Pickup" | "Truck" | "TrailerHead" | "Trailer" | "Water" | "Fuel Tanker" | "Buses" | "Dumper" | "Agriculture" | "Forklift" | "Heavy Equipment" | "Motorcycle" | "Others";
                    /** @description The exterior colour of the vehicle. */
                    Color: string;
                    /** @description The maximum weight the vehicle can carry, including passengers and cargo */
                    LoadingCapacity?: string;
                    /** @description The total weight of the vehicle when empty to nearest kilograms */
                    Weight?: number;
                    /** @description The country where the vehicle was manufactured */
                    CountryOfOrigin: string;
                    /** @description The number of passengers that can be carried in the car */
                    NoOfPassengersIncDriver: number;
                    /** @description Vehicle mileage to nearest kilometre */
                    Mileage?: number;
                    /** @description Properties of the vehicle engine. */
                    EngineProperties: components["schemas"]["AEEngineProperties"];
                    /** @description The chassis number (Vehicle Identification Number - VIN) of the motor vehicle to be insured */
                    ChassisNumber?: string;
                    /** @description Plate code of the vehicle registration plate that identifies the Emirate where the vehicle is registered */
                    PlateCode?: string;
                    /** @description Vehicle registration plate number */
                    PlateNumber?: string;
                    /**
                     * @description The abbreviation of the Emirate where a vehicle's license plate is registered
                     * @enum {string}
                     */
                    PlateSource?: "AUH" | "DXB" | "SHJ" | "AJM" | "UAQ" | "RAK" | "FUJ";
                    /**
                     * @description The type of transmission system in the vehicle
                     * @enum {string}
                     */
                    Transmission?: "Automatic" | "Manual";
                    /**
                     * @description Confirm whether the car specification is a Gulf Cooperation Council (GCC) specification.
                     * @enum {string}
                     */
                    Specification: "GCC" | "NonGCC";
                };
                CarRegistration: components["schemas"]["AEMotorInsuranceQuoteCarRegistrationProperties"];
                MainDriver?: {
                    /** @description The salutation of the individual or customer. */
                    Salutation?: components["schemas"]["AEInsuranceSalutationCodes"];
                    /** @description First Name of the individual. */
                    FirstName?: string;
                    /** @description Middle Name of the individual. */
                    MiddleName?: string;
                    /** @description Last Name (Surname) of the individual. */
                    LastName?: string;
                    /** @description The gender of the customer */
                    Gender?: components["schemas"]["AEInsuranceGender"];
                    /**
                     * Format: date
                     * @description Date of birth of the individual.
                     */
                    DateOfBirth: string;
                    /** @description The marital status of the individual. */
                    MaritalStatus?: components["schemas"]["AEInsuranceMaritalStatus"];
                    /** @description Residential Location of the individual. */
                    ResidentialLocation?: string;
                    /** @description The landline telephone number of the individual. */
                    LandlineNumber?: components["schemas"]["AEInsurancePhoneNumberType"];
                    /** @description The nationality of the individual based on the ISO 3166-1 alpha-3 codes */
                    Nationality: string;
                    /** @description Primary language spoken by the insurance policy customer */
                    PrimaryLanguage?: components["schemas"]["AECustomerPrimaryLanguage"];
                    /** @description The mobile telephone number of the individual. */
                    MobileNumber?: components["schemas"]["AEInsurancePhoneNumberType"];
                    /** @description Email address of the individual. */
                    EmailAddress?: components["schemas"]["AEInsuranceEmailAddressType"];
                    /** @description Customer's address details */
                    Address: components["schemas"]["AEInsuranceAddress"][];
                    /** @description Revised identity details, verified by the TPP. */
                    Identity?: components["schemas"]["AEInsuranceQuoteVerifiedIdentityProperties"];
                    /** @description Confirmation of the main driver's driving license details and driving history */
                    DrivingLicenseHistory: {
                        /** @description The policyholder or applicant driving license number. */
                        DrivingLicenseNumber?: string;
                        DrivingLicenseIssuingEmirate?: components["schemas"]["AEInsuranceEmirate"];
                        /** @description The total duration (in years and months) that the policyholder or applicant has been actively driving in the UAE */
                        TimeDrivingInUAE: components["schemas"]["AEDurationYearsAndMonths"];
                        /**
                         * Format: date
                         * @description The date when the policyholder or applicant UAE driving license was issued.
                         */
                        DrivingLicenseIssueDate?: string;
                        /**
                         * Format: date
                         * @description The date the driving license will expire
                         */
                        DrivingLicenseExpiryDate: string;
                        /** @description Unique ID which links individual traffic file to driver and car registration */
                        TCNumber: string;
                        VCCNumber: string;
                        HiyazaCertificateNumber: string;
                    };
                    /** @description Details of motor insurance claims made by the proposer. */
                    MotorClaims: {
                        /** @description Indicates whether the insured has made a motor insurance claim in the last 24 months */
                        MotorClaimInLast24Months: boolean;
                        /**
                         * Format: date
                         * @description The date when the most recent motor insurance claim was made
                         */
                        MotorLastClaimMade?: string;
                        /**
                         * @description Confirmation whether the insured has a No Claim Certificate issued by the previous insurer confirming the insured's no-claims history.  The customer must be advised that the No Claims Certificate will be required by the LFI if they decide to proceed with the application
                         * @enum {string}
                         */
                        NoClaimsCertificate: "NoNCD" | "1Year" | "2Years" | "3Years" | "4Years" | "5+Years";
                    };
                };
                /** @description Required if additional drivers are to be covered under the motor insurance cover */
                AdditionalDrivers?: {
                    /**
                     * @description The additional driver's relationship to the main driver
                     * @enum {string}
                     */
                    RelationshipToMainDriver: "Spouse" | "Parent" | "Sibling" | "Child" | "Friend" | "Employee" | "Other";
                    /** @description Full name of the additional driver */
                    FullName: string;
                    /**
                     * Format: date
                     * @description Date of birth of the individual.
                     */
                    DateOfBirth: string;
                    /** @description The gender of the customer */
                    Gender?: components["schemas"]["AEInsuranceGender"];
                    /** @description The nationality of the individual based on the ISO 3166-1 alpha-3 codes */
                    Nationality: string;
                    /** @description The policyholder or applicant driving license number. */
                    DrivingLicenseNumber: string;
                    DrivingLicenseIssuingEmirate?: components["schemas"]["AEInsuranceEmirate"];
                    /** @description The total duration (in years and months) that the policyholder or applicant has been actively driving in the UAE */
                    TimeDrivingInUAE?: components["schemas"]["AEDurationYearsAndMonths"];
                    /**
                     * Format: date
                     * @description The date when the policyholder or applicant UAE driving license was issued.
                     */
                    DrivingLicenseIssueDate: string;
                    /**
                     * Format: date
                     * @description The date the driving license will expire
                     */
                    DrivingLicenseExpiryDate: string;
                    /** @description Revised identity details, verified by the TPP. */
                    Identity?: components["schemas"]["AEInsuranceQuoteVerifiedIdentityProperties"];
                }[];
                /** @description Required when the RegistrationType selected is Renewal */
                ExistingPolicy?: {
                    /** @description The Insurance Company Name when existing motor insurance cover is held */
                    InsurerName: string;
                    /** @description The Insurance Policy Number when existing motor insurance cover is held */
                    ExistingPolicyNumber?: string;
                    /** @description Indicator to confirm the car is currently covered by an existing active insurance policy */
                    CurrentInsuranceActive: boolean;
                    TypeOfCurrentInsurance: components["schemas"]["AEMotorInsuranceQuoteCoverTypes"];
                    /**
                     * Format: date
                     * @description The date the existing insurance cover will expire
                     */
                    CurrentInsuranceExpiryDate: string;
                    /** @description Yes' / 'No' confirmation  whether the existing policy includes repairs at the authorized dealer or manufacturers service centre */
                    AgencyRepairsIncluded?: boolean;
                    /** @description Yes' / 'No' confirmation whether the policy includes breakdown roadside assistance Cover */
                    BreakdownCoverIncluded?: boolean;
                };
                /** @description Confirmation whether a finance will be or is being used to purchase the car and the finance is secured by a mortgage over the car. This value can be omitted when the finance is for other purposes. */
                CarFinance?: {
                    /** @description Confirm the Bank or registered finance company providing the car finance. */
                    BankName: string;
                    /** @description The finance amount secured against the car. */
                    FinanceAmount?: components["schemas"]["AEActiveCurrencyAmount"];
                    /**
                     * Format: date
                     * @description Finance start date
                     */
                    FinanceStartDate?: string;
                    /**
                     * Format: date
                     * @description Finance end date
                     */
                    FinanceEndDate?: string;
                    /** @description The finance term in months */
                    FinanceTerm?: number;
                };
            };
        };
        AEMotorInsuranceQuoteCarRegistrationProperties: {
            /** @description The Emirate where the insured motor vehicle was registered */
            EmirateOfRegistration: components["schemas"]["AEInsuranceEmirate"];
            /**
             * Format: date
             * @description Date the motor vehicle was first registered
             */
            DateOfFirstRegistration?: string;
            /**
             * Format: date
             * @description Date when the current registration expires.
             */
            RegistrationExpiry?: string;
            /** @description Confirmation whether the Mulkiya (vehicle registration card) is held by the applicant/customer. The Mulkiya document is collected by the LFI if the Customer elects to proceed with the quote. */
            ValidMulkiyaHeld?: boolean;
        };
        /**
         * @description Specifies whether the motor insurance policy is Comprehensive or Third Party Liability.
         * @enum {string}
         */
        AEMotorInsuranceQuoteCoverTypes: "Comprehensive" | "ThirdPartyLiability";
        AEMotorInsuranceQuoteOptionalCoverAddOnsProperties: {
            /** @description Indicates whether the Customer wants to include personal accident cover for the driver in the motor insurance policy. */
            DriverCover: boolean;
            /** @description Indicates whether the Customer wants to include personal accident cover for passengers in the insured vehicle. */
            PassengerCover: boolean;
            /** @description Indicates whether the Customer wants to include roadside assistance services in the motor insurance policy. */
            RoadsideAssistance: boolean;
            /** @description Indicates whether the Customer wants to protect their No Claims Discount (NCD) in the event of a claim. */
            ProtectedNoClaims: boolean;
            /** @description Indicates whether the Customer wants repairs to be carried out at the vehicle manufacturer’s authorized service center (agency repairs) rather than at non-agency garages. */
            AgencyRepairs: boolean;
            /** @description Indicates whether the Customer wants Cover for the cost of replacing lost, stolen, or damaged car keys. */
            LossOfKeys: boolean;
            /** @description Indicates whether the Customer wants to include a temporary replacement vehicle (rental car) in case their insured vehicle is under repair due to a covered claim. */
            HireCar: boolean;
            /** @description Indicates whether the Customer wants to extend the motor insurance Cover to other Gulf Cooperation Council (GCC) countries. */
            GCC: boolean;
            /** @description Indicates whether the Customer wants to extend the motor insurance Cover to Oman */
            OmanCover: boolean;
        };
        AEMotorInsuranceQuotePolicyProperties: {
            /** @description Indicates whether the policy is Sharia compliant. */
            Takaful: boolean;
            CoverType?: components["schemas"]["AEMotorInsuranceQuoteCoverTypes"];
            /**
             * @description Indicates whether the policy is for a brand new car, renewal of registration and insurance or a change of ownership (purchasing a pre-owned / 'second-hand' car)
             * @enum {string}
             */
            RegistrationType?: "New" | "RenewalOfExistingVehicle";
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
             * @description The primary purpose of the vehicle usage
             * @enum {string}
             */
            CarUsage: "Private" | "Commercial";
            /** @description The assessed value of the insured vehicle */
            CarValuation: components["schemas"]["AEActiveCurrencyAmount"];
            OptionalCoverAddOns: components["schemas"]["AEMotorInsuranceQuoteOptionalCoverAddOnsProperties"];
        };
        AEMotorInsuranceQuoteRequestProperties: {
            /** @description Identifier that uniquely and consistently identifies the existing policy customer or Broker unique Id for customer during policy purchase process. */
            CustomerId: string;
            QuoteReference: components["schemas"]["AEInsuranceQuoteReferenceType"];
            /**
             * @description Identification of quote type.
             *
             *     The following quote type values are supported:
             *
             *       * New: New Policy Quote
             *
             *       * Switch: Customer would like to switch policies or brokers
             *
             *       * Renewal: Customer would like renewal quote
             * @enum {string}
             */
            QuoteType: "New" | "Switch" | "Renewal";
            /** @description Broker requests to handle following steps of policy issuance process. */
            PolicyIssuanceRequest: {
                /** @description Broker request to complete capture of customer verification information and documents for this quote. */
                CustomerVerification: boolean;
                /** @description Broker request to host payment checkout. */
                Payment: boolean;
                /** @description Broker request to provide policy documents to customer. */
                PolicyDocuments: boolean;
            };
            Policy: components["schemas"]["AEMotorInsuranceQuotePolicyProperties"];
            VehicleDetails: {
                /** @description The identification of the motor vehicle engine */
                EngineNumber?: string;
                /** @description The manufacturing year of the vehicle. */
                ModelYear: string;
                /** @description The brand or manufacturer of the vehicle. */
                Make: string;
                /** @description The specific model name of the vehicle. */
                Model: string;
                /** @description The variant or trim level of the vehicle, indicating features and specifications */
                Trim: string;
                /**
                 * @description The type motor vehicle like saloon, Station/SUV, coupe
                 * @enum {string}
                 */
                BodyType: "Saloon" | "4WD" | "Pickup" | "Truck" | "TrailerHead" | "Trailer" | "Water" | "Fuel Tanker" | "Buses" | "Dumper" | "Agriculture" | "Forklift" | "Heavy Equipment" | "Motorcycle" | "Others";
                /** @description The exterior colour of the vehicle. */
                Color?: string;
                /** @description The maximum weight the vehicle can carry, including passengers and cargo */
                LoadingCapacity?: string;
                /** @description The total weight of the vehicle when empty to nearest kilograms */
                Weight?: number;
                /** @description The country where the vehicle was manufactured */
                CountryOfOrigin?: string;
                /** @description The number of passengers that can be carried in the car */
                NoOfPassengersIncDriver: number;
                /** @description Vehicle mileage to nearest kilometre */
                Mileage?: number;
                /** @description Properties of the vehicle engine. */
                EngineProperties: components["schemas"]["AEEngineProperties"];
                /** @description The chassis number (Vehicle Identification Number - VIN) of the motor vehicle to be insured */
                ChassisNumber?: string;
                /** @description Plate code of the vehicle registration plate that identifies the Emirate where the vehicle is registered */
                PlateCode?: string;
                /** @description Vehicle registration plate number */
                PlateNumber?: string;
                /**
                 * @description The abbreviation of the Emirate where a vehicle's license plate is registered
                 * @enum {string}
                 */
                PlateSource?: "AUH" | "DXB" | "SHJ" | "AJM" | "UAQ" | "RAK" | "FUJ";
                /**
                 * @description The type of transmission system in the vehicle
                 * @enum {string}
                 */
                Transmission?: "Automatic" | "Manual";
                /**
                 * @description Confirm whether the car specification is a Gulf Cooperation Council (GCC) specification.
                 * @enum {string}
                 */
                Specification: "GCC" | "NonGCC";
            };
            CarRegistration: {
                /** @description The Emirate where the insured motor vehicle was registered */
                EmirateOfRegistration: components["schemas"]["AEInsuranceEmirate"];
                /**
                 * Format: date
                 * @description Date the motor vehicle was first registered
                 */
                DateOfFirstRegistration?: string;
                /**
                 * Format: date
                 * @description Date when the current registration expires.
                 */
                RegistrationExpiry?: string;
                /** @description Confirmation whether the Mulkiya (vehicle registration card) is held by the applicant/customer. The Mulkiya document is collected by the LFI if the Customer elects to proceed with the quote. */
                ValidMulkiyaHeld?: boolean;
            };
            MainDriver?: {
                /** @description The salutation of the individual or customer. */
                Salutation?: components["schemas"]["AEInsuranceSalutationCodes"];
                /** @description First Name of the individual. */
                FirstName?: string;
                /** @description Middle Name of the individual. */
                MiddleName?: string;
                /** @description Last Name (Surname) of the individual. */
                LastName?: string;
                /** @description The gender of the customer */
                Gender?: components["schemas"]["AEInsuranceGender"];
                /**
                 * Format: date
                 * @description Date of birth of the individual.
                 */
                DateOfBirth: string;
                /** @description The marital status of the individual. */
                MaritalStatus?: components["schemas"]["AEInsuranceMaritalStatus"];
                /** @description Residential Location of the individual. */
                ResidentialLocation?: string;
                /** @description The landline telephone number of the individual. */
                LandlineNumber?: components["schemas"]["AEInsurancePhoneNumberType"];
                /** @description The nationality of the individual based on the ISO 3166-1 alpha-3 codes */
                Nationality: string;
                /** @description Primary language spoken by the insurance policy customer */
                PrimaryLanguage?: components["schemas"]["AECustomerPrimaryLanguage"];
                /** @description The mobile telephone number of the individual. */
                MobileNumber?: components["schemas"]["AEInsurancePhoneNumberType"];
                /** @description Email address of the individual. */
                EmailAddress?: components["schemas"]["AEInsuranceEmailAddressType"];
                /** @description Customer's address details */
                Address?: components["schemas"]["AEInsuranceAddress"][];
                /** @description Identification details of the main driver. */
                Identity?: components["schemas"]["AEInsuranceIdentityTypes"];
                /** @description Confirmation of the main driver's driving license details and driving history */
                DrivingLicenseHistory: {
                    /** @description The policyholder or applicant driving license number. */
                    DrivingLicenseNumber?: string;
                    DrivingLicenseIssuingEmirate?: components["schemas"]["AEInsuranceEmirate"];
                    /** @description The total duration (in years and months) that the policyholder or applicant has been actively driving in the UAE */
                    TimeDrivingInUAE: components["schemas"]["AEDurationYearsAndMonths"];
                    /**
                     * Format: date
                     * @description The date when the policyholder or applicant UAE driving license was issued.
                     */
                    DrivingLicenseIssueDate?: string;
                    /**
                     * Format: date
                     * @description The date the driving license will expire
                     */
                    DrivingLicenseExpiryDate?: string;
                    /** @description Unique ID which links individual traffic file to driver and car registration */
                    TCNumber?: string;
                    VCCNumber?: string;
                    HiyazaCertificateNumber?: string;
                };
                /** @description Details of motor insurance claims made by the proposer. */
                MotorClaims: {
                    /** @description Indicates whether the insured has made a motor insurance claim in the last 24 months */
                    MotorClaimInLast24Months: boolean;
                    /**
                     * Format: date
                     * @description The date when the most recent motor insurance claim was made
                     */
                    MotorLastClaimMade?: string;
                    /**
                     * @description Confirmation whether the insured has a No Claim Certificate issued by the previous insurer confirming the insured's no-claims history.  The customer must be advised that the No Claims Certificate will be required by the LFI if they decide to proceed with the application
                     * @enum {string}
                     */
                    NoClaimsCertificate: "NoNCD" | "1Year" | "2Years" | "3Years" | "4Years" | "5+Years";
                };
            };
            /** @description Required if additional drivers are to be covered under the motor insurance cover */
            AdditionalDrivers?: {
                /**
                 * @description The additional driver's relationship to the main driver
                 * @enum {string}
                 */
                RelationshipToMainDriver: "Spouse" | "Parent" | "Sibling" | "Child" | "Friend" | "Employee" | "Other";
                /** @description Full name of the additional driver */
                FullName: string;
                /**
                 * Format: date
                 * @description Date of birth of the individual.
                 */
                DateOfBirth: string;
                /** @description The gender of the customer */
                Gender?: components["schemas"]["AEInsuranceGender"];
                /** @description The nationality of the individual based on the ISO 3166-1 alpha-3 codes */
                Nationality: string;
                /** @description The policyholder or applicant driving license number. */
                DrivingLicenseNumber: string;
                DrivingLicenseIssuingEmirate?: components["schemas"]["AEInsuranceEmirate"];
                /** @description The total duration (in years and months) that the policyholder or applicant has been actively driving in the UAE */
                TimeDrivingInUAE?: components["schemas"]["AEDurationYearsAndMonths"];
                /**
                 * Format: date
                 * @description The date when the policyholder or applicant UAE driving license was issued.
                 */
                DrivingLicenseIssueDate: string;
                /**
                 * Format: date
                 * @description The date the driving license will expire
                 */
                DrivingLicenseExpiryDate?: string;
                /** @description Identification details of the additional driver. */
                Identity?: components["schemas"]["AEInsuranceIdentityTypes"];
            }[];
            /** @description Required when the RegistrationType selected is Renewal */
            ExistingPolicy?: {
                /** @description The Insurance Company Name when existing motor insurance cover is held */
                InsurerName: string;
                /** @description The Insurance Policy Number when existing motor insurance cover is held */
                ExistingPolicyNumber?: string;
                /** @description Indicator to confirm the car is currently covered by an existing active insurance policy */
                CurrentInsuranceActive: boolean;
                TypeOfCurrentInsurance: components["schemas"]["AEMotorInsuranceQuoteCoverTypes"];
                /**
                 * Format: date
                 * @description The date the existing insurance cover will expire
                 */
                CurrentInsuranceExpiryDate: string;
                /** @description Yes' / 'No' confirmation  whether the existing policy includes repairs at the authorized dealer or manufacturers service centre */
                AgencyRepairsIncluded?: boolean;
                /** @description Yes' / 'No' confirmation whether the policy includes breakdown roadside assistance Cover */
                BreakdownCoverIncluded?: boolean;
            };
            /** @description Confirmation whether a finance will be or is being used to purchase the car and the finance is secured by a mortgage over the car. This value can be omitted when the finance is for other purposes. */
            CarFinance?: {
                /** @description Confirm the Bank or registered finance company providing the car finance. */
                BankName: string;
                /** @description The finance amount secured against the car. */
                FinanceAmount?: components["schemas"]["AEActiveCurrencyAmount"];
                /**
                 * Format: date
                 * @description Finance start date
                 */
                FinanceStartDate?: string;
                /**
                 * Format: date
                 * @description Finance end date
                 */
                FinanceEndDate?: string;
                /** @description The finance term in months */
                FinanceTerm?: number;
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
        AEPatchConsent: {
            /** @description The Revoked status must only be set if the current Consent Status is set to either Authorized or AwaitingAuthorization */
            Status: components["schemas"]["AEPatchConsentStatus1"];
            /** @description Denotes the Identifier of the revocation. */
            RevokedBy?: components["schemas"]["AERevokedByCode"];
        };
        /** @enum {string} */
        AEPatchConsentStatus1: "Revoked";
        AEReadEmploymentInsurancePolicy1: {
            Data: components["schemas"]["AEEmploymentInsurancePolicyProperties1"];
            Links: components["schemas"]["LinksSelf"];
            Meta: components["schemas"]["Meta"];
        };
        AEReadEmploymentInsurancePolicy1Signed: {
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
            message: components["schemas"]["AEReadEmploymentInsurancePolicy1"];
        };
        AEReadHealthInsurancePolicy1: {
            Data: components["schemas"]["AEHealthInsurancePolicyProperties1"];
            Links: components["schemas"]["LinksSelf"];
            Meta: components["schemas"]["Meta"];
        };
        AEReadHealthInsurancePolicy1Signed: {
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
            message: components["schemas"]["AEReadHealthInsurancePolicy1"];
        };
        AEReadHomeInsurancePolicy1: {
            Data: components["schemas"]["AEHomeInsurancePolicyProperties1"];
            Links: components["schemas"]["LinksSelf"];
            Meta: components["schemas"]["Meta"];
        };
        AEReadHomeInsurancePolicy1Signed: {
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
            message: components["schemas"]["AEReadHomeInsurancePolicy1"];
        };
        AEReadInsuranceConsent1: {
            Data: components["schemas"]["AEReadInsuranceConsent1Properties"];
            Subscription?: components["schemas"]["EventNotification"];
            Links: components["schemas"]["LinksSelf"];
            Meta: components["schemas"]["Meta"];
        };
        AEReadInsuranceConsent1Properties: {
            ConsentId: components["schemas"]["uuid"];
            BaseConsentId?: components["schemas"]["uuid"];
            /**
             * @description Specifies the permitted insurance policy data types.
             *     This is a list of the data groups being consented by the User, and requested for authorization with the LFI.
             */
            Permissions: components["schemas"]["AEConsentPermissions"][];
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
            RevokedBy?: components["schemas"]["AERevokedByCode"];
        };
        AEReadInsuranceConsent1Signed: {
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
            message: components["schemas"]["AEReadInsuranceConsent1"];
        };
        AEReadInsuranceConsents1: {
            Data: components["schemas"]["AEReadInsuranceConsent1Properties"][];
            Links: components["schemas"]["LinksResource"];
            Meta: components["schemas"]["MetaTotalPages"];
        };
        AEReadInsuranceConsents1Signed: {
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
            message: components["schemas"]["AEReadInsuranceConsents1"];
        };
        AEReadInsurancePolicies1: {
            Data: components["schemas"]["AEInsurancePolicies1"];
            Links: components["schemas"]["LinksResource"];
            Meta: components["schemas"]["MetaTotalPages"];
        };
        AEReadLifeInsurancePolicies1: {
            Data: components["schemas"]["AELifeInsurancePolicies1"];
            Links: components["schemas"]["LinksResource"];
            Meta: components["schemas"]["MetaTotalPages"];
        };
        AEReadLifeInsurancePolicy1: {
            Data: components["schemas"]["AELifeInsurancePolicyProperties1"];
            Links: components["schemas"]["LinksSelf"];
            Meta: components["schemas"]["Meta"];
        };
        AEReadLifeInsurancePolicy1Signed: {
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
            message: components["schemas"]["AEReadLifeInsurancePolicy1"];
        };
        AEReadMotorInsurancePolicy1: {
            Data: components["schemas"]["AEMotorInsurancePolicyProperties1"];
            Links: components["schemas"]["LinksSelf"];
            Meta: components["schemas"]["Meta"];
        };
        AEReadMotorInsurancePolicy1Signed: {
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
            message: components["schemas"]["AEReadMotorInsurancePolicy1"];
        };
        AEReadPaymentDetails1: {
            Data: components["schemas"]["AEInsurancePaymentDetails"];
            Links: components["schemas"]["LinksSelf"];
            Meta: components["schemas"]["Meta"];
        };
        AEReadPaymentDetails1Signed: {
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
            message: components["schemas"]["AEReadPaymentDetails1"];
        };
        AEReadRentersInsurancePolicy1: {
            Data: components["schemas"]["AERentersInsurancePolicyProperties1"];
            Links: components["schemas"]["LinksSelf"];
            Meta: components["schemas"]["Meta"];
        };
        AEReadRentersInsurancePolicy1Signed: {
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
            message: components["schemas"]["AEReadRentersInsurancePolicy1"];
        };
        AEReadTravelInsurancePolicy1: {
            Data: components["schemas"]["AETravelInsurancePolicyProperties1"];
            Links: components["schemas"]["LinksSelf"];
            Meta: components["schemas"]["Meta"];
        };
        AEReadTravelInsurancePolicy1Signed: {
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
            message: components["schemas"]["AEReadTravelInsurancePolicy1"];
        };
        AERentersInsuranceImportantQuestions: {
            /** @description Confirmation whether the property is the customer's primary residence */
            PrimaryResidence?: boolean;
            /** @description Confirmation whether the property will be used for business purposes */
            BusinessPurposes?: boolean;
            /** @description Confirmation whether the property will be occupied solely by the customer, their family and Domestic Helper? */
            PropertyOccupation?: boolean;
            /** @description Confirmation whether the home will be occupied during the day time. */
            DayTimeOccupation?: boolean;
            /** @description Confirmation whether the property will be left un-occupied for more than 60 days. */
            UnoccupiedOverSixtyDays: boolean;
            /** @description The number of other tenants when the property will not be solely occupied by the customer and their family. */
            NumberOfTenants?: number;
        };
        AERentersInsurancePolicyProperties1: {
            /**
             * @description Unique identifier for a given insurance policy
             * @example d330c5bb-0889-4596-86bb-17cc9a4a17b5
             */
            InsurancePolicyId: components["schemas"]["AEInsuranceResourceIdentifierType"];
            /** @description Information about the customer. Requires `ReadCustomerBasic` permission to be granted by the User. */
            PolicyHolder?: components["schemas"]["AEInsuranceCustomerQuoteProperties"];
            /** @description Identity information for the policyholder or insured person. Requires `ReadCustomerDetail` permission to be granted by the User for the policyholder identity to be provided. */
            Identity?: components["schemas"]["AEInsuranceIdentityTypes"];
            /** @description Information about the insurance product. Requires `ReadInsuranceProduct` permission to be granted by the User. */
            Product?: {
                /** @description Details of the policy. */
                Policy: {
                    /**
                     * Format: date
                     * @description Policy start date
                     */
                    PolicyStartDate: string;
                    /**
                     * Format: date
                     * @description Policy end date
                     */
                    PolicyEndDate?: string;
                    /** @description Indicates whether the policy is Sharia compliant. */
                    Takaful: boolean;
                    /** @description Business name of the policy product as provided externally to the customer. */
                    ProductName: string;
                    /** @description When applicable, the amount that would be deductible from any claim. */
                    PolicyExcess?: components["schemas"]["AEActiveCurrencyAmount"];
                    /** @description Cover and benefits provided by the policy. */
                    PolicyCoverAndBenefits: {
                        /** @description Type of cover as defined in company systems. */
                        CoverType: string;
                        /** @description Description of the cover / benefit. */
                        Description: string;
                        /** @description To confirm whether the cover or benefit is required as part of the base insurance policy or is optional. */
                        Required: boolean;
                        /** @description When applicable, the benefit coverage limit that could be paid if a claim was made. */
                        CoverLimit?: components["schemas"]["AEActiveCurrencyAmount"];
                        /** @description included inclusions and exclusions for cover type. */
                        CoverInclusionsAndExclusions?: {
                            /** @description Description of the inclusion or exclusion. */
                            InclusionAndExclusionDescription: string;
                        }[];
                        /** @description When applicable, the amount that would be deductible from any claim. */
                        CoverExcess?: components["schemas"]["AEActiveCurrencyAmount"];
                        /** @description Insurers internal unique ID for specific cover. */
                        CoverID?: string;
                    }[];
                    /**
                     * @description Sales channel of policy.
                     * @enum {string}
                     */
                    PolicyPurchaseChannelType: "Direct" | "Agent" | "Broker" | "Bank" | "InvFinInst" | "TPA" | "OnlineInsideUAE" | "OnlineOutsideUAE" | "Aggregation" | "Outside" | "Other";
                };
                /** @description Details of the rented property. */
                PropertyDetails: {
                    /**
                     * @description Based on enumeration values.
                     * @enum {string}
                     */
                    TypeOfProperty: "House" | "Villa" | "Apartment" | "Flat" | "Other";
                    /**
                     * @description Based on enumeration values.
                     * @enum {string}
                     */
                    OwnershipStatus?: "Owner" | "OwnerWithMortgage" | "Landlord" | "Tenant";
                    /**
                     * @description Type of construction
                     * @enum {string}
                     */
                    Construction?: "ClassA" | "ClassB" | "ClassC";
                    /** @description Confirmation whether the property is over 10 years old */
                    OverTenYears?: boolean;
                    /** @description Confirmation whether the buildings and/or contents have suffered damage by storm, tempest or flood during the past five years */
                    FloodDamage?: boolean;
                    /** @description The number of adults that will be living in the home */
                    NumberOfAdults?: number;
                    /** @description The number of children that will be living in the home */
                    NumberOfChildren?: number;
                    /** @description The total number of floors in the insured property, including all above-ground levels. */
                    NumberOfFloors?: number;
                    /** @description The total number of rooms within the property, excluding bathrooms. */
                    NumberOfRooms?: number;
                    /** @description The full address of the property to be insured */
                    InsuredPropertyAddress?: components["schemas"]["AEInsuranceAddressProperties"];
                    /** @description Details of property safety and security features. */
                    SafetySecurityFeatures?: {
                        /** @description The shortest distance from the insured property to the nearest coastline, measured in meters */
                        DistanceFromShoreline?: string;
                        /** @description The elevation of the insured property above sea level, measured in meters */
                        DistanceAboveSeaLevel?: string;
                        /** @description Confirmation whether the property to be insured or is being insured is in a Designated Flood Zone */
                        InDesignatedFloodZone?: boolean;
                        /** @description Confirmation whether the property to be insured or is being insured has Water Leak Detection Systems */
                        WaterLeakDetectionSystems?: boolean;
                        /** @description Confirmation whether the property to be insured or is being insured has a burglar installed */
                        BurglarAlarm?: boolean;
                        /** @description Confirmation whether the property to be insured or is being insured has Surveillance or Security Cameras */
                        SurveillanceCameras?: boolean;
                        /** @description Confirmation whether the property to be insured or is being insured has a door camera */
                        DoorCamera?: boolean;
                        /** @description Confirmation whether the property to be insured or is being insured has Security Guards employed */
                        SecurityGuards?: boolean;
                        /** @description Confirmation whether the property to be insured or is being insured has Smoke Detectors installed */
                        SmokeDetectors?: boolean;
                        /** @description Confirmation whether the property to be insured or is being insured has Fire Extinguishers */
                        FireExtinguishers?: boolean;
                        /** @description Confirmation whether the property to be insured or is being insured has Sprinkler System installed */
                        SprinklerSystem?: boolean;
                        /** @description Confirmation whether the property to be insured or is being insured has Dead bolt Locks installed */
                        DeadboltLocks?: boolean;
                        /** @description Confirmation whether the property to be insured or is being insured has Window Locks installed */
                        WindowLocks?: boolean;
                    };
                    /** @description Year of construction */
                    YearOfConstruction?: string;
                    /**
                     * @description Construction type, based on enumeration values.
                     * @enum {string}
                     */
                    ConstructionType?: "Concrete" | "Wood" | "Mixed" | "Other";
                    /**
                     * @description Foundation type, based on enumeration values.
                     * @enum {string}
                     */
                    FoundationType?: "Slab" | "CrawlSpace" | "Basement";
                    /**
                     * @description Exterior wall construction, based on enumeration values.
                     * @enum {string}
                     */
                    ExteriorWalls?: "Brick" | "Stone" | "Concrete" | "Stucco" | "Wood" | "Other";
                    /**
                     * @description Type of rooting, based on enumeration values.
                     * @enum {string}
                     */
                    RoofType?: "Tile" | "Shingle" | "Metal" | "Other";
                    /**
                     * @description Property condition, based on enumeration values.
                     * @enum {string}
                     */
                    PropertyCondition?: "Excellent" | "Good" | "Fair" | "Poor";
                    /**
                     * @description Property usage, based on enumeration values.
                     * @enum {string}
                     */
                    UsageByApplicant?: "PrimaryResidence" | "SecondaryResidence" | "RentalProperty" | "VacantProperty" | "Other";
                    /** @description The total number of people currently residing or will be residing in the insured property. */
                    NumberOfCurrentOccupants?: number;
                    /** @description Total built-up area in square meters. */
                    TotalBuiltUpArea?: number;
                    /** @description The total number of bathrooms in the property, including full and half-bathrooms */
                    NumberOfBathrooms?: number;
                    /** @description The total number of bedrooms in the insured property */
                    NumberOfBedrooms?: number;
                    /** @description Indicates whether the insured property has an attic */
                    PresenceOfAttic?: boolean;
                    /** @description Indicates whether the insured property has a basement */
                    PresenceOfBasement?: boolean;
                    /** @description The primary cooling system installed in the property */
                    TypeOfCoolingSystem?: string;
                    /** @description Age of the cooling system in years. */
                    AgeOfCoolingSystem?: string;
                    /** @description The primary heating system used in the property */
                    TypeOfHeatingSystem?: string;
                    /** @description Age of the heating system in years */
                    AgeOfHeatingSystem?: string;
                    /** @description Any detached structures on the property, such as garages, sheds, guesthouses, or swimming pools. Omitted if none present at property. */
                    AdditionalStructures?: string[];
                    /** @description The maximum number of consecutive days the property is expected to be unoccupied during the policy period */
                    ConsecutiveDaysUnoccupied?: number;
                };
                /** @description Details of the lease. Omitted if no data is available. */
                LeaseDetails?: {
                    /** @description Confirmation whether the lease duration is a short-term lease, one-year lease or long-term lease when greater than one year. */
                    TermType?: string;
                    /**
                     * Format: date
                     * @description The date when the lease agreement for the rented property begins.
                     */
                    StartDate?: string;
                    /**
                     * Format: date
                     * @description The date when the lease agreement for the rented property ends.
                     */
                    EndDate?: string;
                    /**
                     * @description Furnishing status at start of lease
                     * @enum {string}
                     */
                    FurnishingStatus?: "Furnished" | "SemiFurnished" | "Unfurnished";
                    /** @description The Landlord's full name */
                    LandlordFullName?: string;
                    /** @description Phone number of the property Landlord */
                    LandlordTelephoneNumber?: components["schemas"]["AEInsurancePhoneNumberType"];
                    /** @description Email address of the property Landlord */
                    LandlordEmailAddress?: components["schemas"]["AEInsuranceEmailAddressType"];
                    /** @description The agreed monthly rental amount for the leased property. */
                    MonthlyRentAmount?: components["schemas"]["AEActiveCurrencyAmount"];
                };
                /** @description Required when Cover is ContentsCover */
                ContentsCoverDetails?: components["schemas"]["AEInsuranceDataSharingContentsCoverDetails"];
                /** @description Details of the contents, if contents cover is included. */
                PersonalBelongings?: components["schemas"]["AEInsuranceDataSharingPersonalBelongings"];
                /** @description Details of domestic helper cover, if domestic helper cover is included. */
                DomesticHelpers?: components["schemas"]["AERentersInsuranceQuoteDomesticHelperProperties"];
                /** @description Important questions asked when the policy was created. Omitted if not available. */
                ImportantQuestions?: {
                    /** @description Confirmation whether the property is the customer's primary residence */
                    PrimaryResidence?: boolean;
                    /** @description Confirmation whether the property will be used for business purposes */
                    BusinessPurposes?: boolean;
                    /** @description Confirmation whether the property will be occupied solely by the customer, their family and Domestic Helper? */
                    PropertyOccupation?: boolean;
                    /** @description Confirmation whether the home will be occupied during the day time. */
                    DayTimeOccupation?: boolean;
                    /** @description Confirmation whether the property will be left un-occupied for more than 60 days. */
                    UnoccupiedOverSixtyDays?: boolean;
                    /** @description The number of other tenants when the property will not be solely occupied by the customer and their family. */
                    NumberOfTenants?: number;
                };
            };
            /** @description Details of claims made against the insurance policy. Requires the `ReadCustomerClaims` permission to be granted by the User. */
            Claims?: components["schemas"]["AEInsuranceDataSharingClaimsWithLossCauseProperties"];
            /** @description Details of the insurance policy premium. Requires the `ReadInsurancePremium` permission to be granted by the User. */
            Premium?: components["schemas"]["AEInsuranceDataSharingPremiumProperties"] | components["schemas"]["AEInsurancePremiumJWE"];
        };
        AERentersInsuranceQuoteAcceptQuoteRequestProperties: {
            /** @description Quote status. */
            QuoteStatus: components["schemas"]["AEInsuranceAcceptedByUserQuoteStatusCodes"];
            QuoteReference: components["schemas"]["AEInsuranceQuoteReferenceType"];
            /** @description Insurance sub-type, describing the insurance type specific to the sector. */
            InsuranceSubType: string;
            /** @description Details of the quoted premium, as provided in the quote response. */
            Premium: components["schemas"]["AEInsurancePremiumProperties"];
            /** @description Details of the commission, as provided in the quote response. */
            Commission: {
                /** @description The total monetary value of the commission paid to the TPP if the User proceeds with the quote application and purchases the policy based on the quote information provided. */
                CommissionAmount?: components["schemas"]["AEActiveCurrencyAmount"];
                /**
                 * @description The method to be used to pay the commission to the TPP if the User elects to proceed with the application and successfully purchases the policy.
                 * @enum {string}
                 */
                PaymentMethod: "DirectToTPP" | "ThroughAPIHub";
            };
            /**
             * @description Confirmation whether the customer monthly salary is less than or greater than AED 4,000 each month. Required for Health Insurance.
             * @enum {string}
             */
            CustomerSalary?: "Under4K" | "Over4K";
            /**
             * Format: date-time
             * @description The quote creation date and time, as supplied by the LFI in the property `CreationDateTime`.
             */
            QuoteCreationDateTime: string;
            /**
             * Format: date-time
             * @description The expiration date of the quote, as provided in the quote response, if provided by the LFI.
             */
            ExpirationDateTime?: string;
            /** @description Broker requests to handle following steps of policy issuance process. */
            PolicyIssuanceRequest?: {
                /** @description Broker request to complete capture of customer verification information and documents for this quote. */
                CustomerVerification: boolean;
                /** @description Broker request to host payment checkout. */
                Payment: boolean;
                /** @description Broker request to provide policy documents to customer. */
                PolicyDocuments: boolean;
            };
            /** @description Customer documents encoded for submission to the LFI. Omitted if not required or quote status is `ApplicationPending`. */
            Documents?: components["schemas"]["AEDocumentProperties"][];
            /** @description Verified details captured by the TPP, when the TPP is a Broker. Omitted if not required. */
            VerifiedDetails?: {
                /** @description Revised details, verified by the TPP. */
                Policy?: {
                    /** @description Indicates whether the policy is Sharia compliant. */
                    Takaful?: boolean;
                    /** @description Confirmation whether the customer wishes to include Contents cover */
                    ContentsCover?: boolean;
                    /** @description Confirmation whether the customer wishes to include Accidental Damage cover. */
                    AccidentalDamageCover?: boolean;
                    /** @description Confirmation whether the customer wishes to include Personal Belongings cover. */
                    PersonalBelongingsCover?: boolean;
                    /** @description Confirmation whether the customer wishes to include Liability cover. */
                    LiabilityCover?: boolean;
                    /** @description Confirmation whether the customer wishes to include cover for temporary housing expenses if the rented property becomes uninhabitable due to an insured peril. */
                    AlternativeAccommodation?: boolean;
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
                };
                /** @description Revised details, verified by the TPP. */
                PolicyHolder?: {
                    /** @description The salutation of the individual or customer. */
                    Salutation?: components["schemas"]["AEInsuranceSalutationCodes"];
                    /** @description First Name of the individual. */
                    FirstName?: string;
                    /** @description Middle Name of the individual. */
                    MiddleName?: string;
                    /** @description Last Name (Surname) of the individual. */
                    LastName?: string;
                    /** @description The gender of the customer */
                    Gender?: components["schemas"]["AEInsuranceGender"];
                    /**
                     * Format: date
                     * @description Date of birth of the individual.
                     */
                    DateOfBirth?: string;
                    /** @description The marital status of the individual. */
                    MaritalStatus?: components["schemas"]["AEInsuranceMaritalStatus"];
                    /** @description Residential Location of the individual. */
                    ResidentialLocation?: string;
                    /** @description The landline telephone number of the individual. */
                    LandlineNumber?: components["schemas"]["AEInsurancePhoneNumberType"];
                    /** @description The nationality of the individual based on the ISO 3166-1 alpha-3 codes */
                    Nationality?: string;
                    /** @description Primary language spoken by the insurance policy customer */
                    PrimaryLanguage?: components["schemas"]["AECustomerPrimaryLanguage"];
                    /** @description The mobile telephone number of the individual. */
                    MobileNumber?: components["schemas"]["AEInsurancePhoneNumberType"];
                    /** @description Email address of the individual. */
                    EmailAddress?: components["schemas"]["AEInsuranceEmailAddressType"];
                    /** @description Address details */
                    Address?: {
                        /**
                         * @description The type of address.
                         * @enum {string}
                         */
                        AddressType?: "Billing" | "Business" | "Correspondence" | "DeliveryTo" | "MailTo" | "POBox" | "Postal" | "Permanent" | "Residential" | "Statement" | "Other";
                        /**
                         * @description Information that locates and identifies a specific address for a transaction entry, that is presented in free format text.
                         *
                         *     This value should be used where the address is provided or stored as a single string.
                         */
                        AddressLine?: components["schemas"]["AEInsuranceAddressLine"][];
                        /** @description The unit, apartment, or villa number within a building or community */
                        BuildingNumber?: string;
                        /** @description Name of the building or house. */
                        BuildingName?: string;
                        /** @description Floor or storey within a building. */
                        Floor?: string;
                        /** @description The name of the street or road where the property is located */
                        StreetName?: string;
                        /** @description The district, community, or neighbourhood where the property is located */
                        DistrictName?: string;
                        /** @description The P.O. Box number assigned to the recipient for mail delivery */
                        PostBox?: string;
                        /** @description Name of a built-up area, such as a town or city */
                        TownName?: string;
                        /** @description Country subdivision, such as state or province. This is the Emirate where the address is registered. */
                        CountrySubDivision?: components["schemas"]["AEInsuranceEmirate"];
                        /** @description The country associated with the address, represented using the ISO 3166-1 alpha-2 country code. */
                        Country?: components["schemas"]["AEInsuranceCountryCode"];
                    }[];
                    /** @description Identification details of the policyholder. */
                    Identity?: components["schemas"]["AEInsuranceQuoteVerifiedIdentityProperties"];
                    /** @description Employer name. */
                    EmployerName?: string;
                    /** @description The individuals profession. */
                    Profession?: string;
                };
                /** @description Revised details, verified by the TPP. */
                DomesticHelpers?: {
                    /** @description Required when Domestic Helpers cover is required.  Confirms the number of Domestic Helpers to be covered */
                    NumberOfDomesticHelpers?: number;
                    /** @description Domestic Helpers details when included in the insurance cover */
                    IndividualDetails?: {
                        /** @description First Name of the individual. */
                        FirstName?: string;
                        /** @description Last Name (Surname) of the individual. */
                        LastName?: string;
                        /** @description The nationality of the individual based on the ISO 3166-1 alpha-3 codes */
                        Nationality?: string;
                        /**
                         * Format: date
                         * @description Date of birth of the individual.
                         */
                        DateOfBirth?: string;
                        /** @description Passport number */
                        PassportNumber?: string;
                    }[];
                };
                /** @description Revised details, verified by the TPP. */
                LeaseDetails?: {
                    /** @description Confirmation whether the lease duration is a short-term lease, one-year lease or long-term lease when greater than one year. */
                    TermType?: string;
                    /**
                     * Format: date
                     * @description The date when the lease agreement for the rented property begins.
                     */
                    StartDate?: string;
                    /**
                     * Format: date
                     * @description The date when the lease agreement for the rented property ends.
                     */
                    EndDate?: string;
                    /**
                     * @description Furnishing status at start of lease
                     * @enum {string}
                     */
                    FurnishingStatus?: "Furnished" | "SemiFurnished" | "Unfurnished";
                    /** @description The Landlord's full name */
                    LandlordFullName?: string;
                    /** @description Phone number of the property Landlord */
                    LandlordTelephoneNumber?: components["schemas"]["AEInsurancePhoneNumberType"];
                    /** @description Email address of the property Landlord */
                    LandlordEmailAddress?: components["schemas"]["AEInsuranceEmailAddressType"];
                    /** @description The agreed monthly rental amount for the leased property. */
                    MonthlyRentAmount?: {
                        Currency?: components["schemas"]["AEActiveOrHistoricCurrencyCode"];
                        Amount?: components["schemas"]["AEActiveOrHistoricAmount"];
                    };
                };
                /** @description Revised details, verified by the TPP. */
                ExistingInsurance?: {
                    /** @description The type of existing insurance cover held */
                    CoverType?: components["schemas"]["AEInsuranceQuoteTypeOfCover"];
                    /** @description The name of the existing home insurance provider */
                    ProviderName?: string;
                    /** @description The expiry date of the existing home insurance cover */
                    ExpiryDate?: string;
                    /** @description Confirmation of whether this proposal will replace the existing insurance cover */
                    ReplacementCover?: boolean;
                };
            };
        };
        AERentersInsuranceQuoteDomesticHelperIndividualDetailsProperties: {
            /** @description First Name of the individual. */
            FirstName: string;
            /** @description Last Name (Surname) of the individual. */
            LastName: string;
            /** @description The nationality of the individual based on the ISO 3166-1 alpha-3 codes */
            Nationality: string;
            /**
             * Format: date
             * @description Date of birth of the individual.
             */
            DateOfBirth: string;
            /** @description Passport number */
            PassportNumber?: string;
        };
        AERentersInsuranceQuoteDomesticHelperProperties: {
            /** @description Required when Domestic Helpers cover is required.  Confirms the number of Domestic Helpers to be covered */
            NumberOfDomesticHelpers: number;
            /** @description Domestic Helpers details when included in the insurance cover */
            IndividualDetails?: components["schemas"]["AERentersInsuranceQuoteDomesticHelperIndividualDetailsProperties"][];
        };
        AERentersInsuranceQuoteExistingInsuranceProperties: {
            /** @description The type of existing insurance cover held */
            CoverType: components["schemas"]["AEInsuranceQuoteTypeOfCover"];
            /** @description The name of the existing home insurance provider */
            ProviderName: string;
            /** @description The expiry date of the existing home insurance cover */
            ExpiryDate: string;
            /** @description Confirmation of whether this proposal will replace the existing insurance cover */
            ReplacementCover: boolean;
        };
        AERentersInsuranceQuoteLeaseProperties: {
            /** @description Confirmation whether the lease duration is a short-term lease, one-year lease or long-term lease when greater than one year. */
            TermType: string;
            /**
             * Format: date
             * @description The date when the lease agreement for the rented property begins.
             */
            StartDate: string;
            /**
             * Format: date
             * @description The date when the lease agreement for the rented property ends.
             */
            EndDate?: string;
            /**
             * @description Furnishing status at start of lease
             * @enum {string}
             */
            FurnishingStatus?: "Furnished" | "SemiFurnished" | "Unfurnished";
            /** @description The Landlord's full name */
            LandlordFullName: string;
            /** @description Phone number of the property Landlord */
            LandlordTelephoneNumber: components["schemas"]["AEInsurancePhoneNumberType"];
            /** @description Email address of the property Landlord */
            LandlordEmailAddress?: components["schemas"]["AEInsuranceEmailAddressType"];
            /** @description The agreed monthly rental amount for the leased property. */
            MonthlyRentAmount?: components["schemas"]["AEActiveCurrencyAmount"];
        };
        AERentersInsuranceQuotePolicyHolderProperties: {
            /** @description The salutation of the individual or customer. */
            Salutation?: components["schemas"]["AEInsuranceSalutationCodes"];
            /** @description First Name of the individual. */
            FirstName?: string;
            /** @description Middle Name of the individual. */
            MiddleName?: string;
            /** @description Last Name (Surname) of the individual. */
            LastName?: string;
            /** @description The gender of the customer */
            Gender?: components["schemas"]["AEInsuranceGender"];
            /**
             * Format: date
             * @description Date of birth of the individual.
             */
            DateOfBirth?: string;
            /** @description The marital status of the individual. */
            MaritalStatus?: components["schemas"]["AEInsuranceMaritalStatus"];
            /** @description Residential Location of the individual. */
            ResidentialLocation?: string;
            /** @description The landline telephone number of the individual. */
            LandlineNumber?: components["schemas"]["AEInsurancePhoneNumberType"];
            /** @description The nationality of the individual based on the ISO 3166-1 alpha-3 codes */
            Nationality?: string;
            /** @description Primary language spoken by the insurance policy customer */
            PrimaryLanguage?: components["schemas"]["AECustomerPrimaryLanguage"];
            /** @description The mobile telephone number of the individual. */
            MobileNumber?: components["schemas"]["AEInsurancePhoneNumberType"];
            /** @description Email address of the individual. */
            EmailAddress?: components["schemas"]["AEInsuranceEmailAddressType"];
            /** @description Customer's address details */
            Address?: components["schemas"]["AEInsuranceAddress"][];
            /** @description Identification details of the policyholder. */
            Identity?: components["schemas"]["AEInsuranceIdentityTypes"];
            /** @description Employer name. */
            EmployerName?: string;
            /** @description The individuals profession. */
            Profession?: string;
        };
        AERentersInsuranceQuotePolicyProperties: {
            /** @description Indicates whether the policy is Sharia compliant. */
            Takaful: boolean;
            /** @description Confirmation whether the customer wishes to include Contents cover */
            ContentsCover?: boolean;
            /** @description Confirmation whether the customer wishes to include Accidental Damage cover. */
            AccidentalDamageCover?: boolean;
            /** @description Confirmation whether the customer wishes to include Personal Belongings cover. */
            PersonalBelongingsCover?: boolean;
            /** @description Confirmation whether the customer wishes to include Liability cover. */
            LiabilityCover?: boolean;
            /** @description Confirmation whether the customer wishes to include cover for temporary housing expenses if the rented property becomes uninhabitable due to an insured peril. */
            AlternativeAccommodation?: boolean;
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
        };
        AERentersInsuranceQuoteRequestProperties: {
            /** @description Identifier that uniquely and consistently identifies the existing policy customer or Broker unique Id for customer during policy purchase process. */
            CustomerId: string;
            QuoteReference: components["schemas"]["AEInsuranceQuoteReferenceType"];
            /**
             * @description Identification of quote type.
             *
             *     The following quote type values are supported:
             *
             *       * New: New Policy Quote
             *
             *       * Switch: Customer would like to switch policies or brokers
             *
             *       * Renewal: Customer would like renewal quote
             * @enum {string}
             */
            QuoteType: "New" | "Switch" | "Renewal";
            /** @description Broker requests to handle following steps of policy issuance process. */
            PolicyIssuanceRequest: {
                /** @description Broker request to complete capture of customer verification information and documents for this quote. */
                CustomerVerification: boolean;
                /** @description Broker request to host payment checkout. */
                Payment: boolean;
                /** @description Broker request to provide policy documents to customer. */
                PolicyDocuments: boolean;
            };
            Policy: components["schemas"]["AERentersInsuranceQuotePolicyProperties"];
            PolicyHolder?: components["schemas"]["AERentersInsuranceQuotePolicyHolderProperties"];
            PropertyDetails: {
                /**
                 * @description Based on enumeration values.
                 * @enum {string}
                 */
                TypeOfRentalProperty: "House" | "Villa" | "Apartment" | "Flat" | "SharedAccommodation" | "Other";
                /**
                 * @description Based on enumeration values.
                 * @enum {string}
                 */
                OwnershipStatus?: "Owner" | "OwnerWithMortgage" | "Landlord" | "Tenant";
                /**
                 * @description Type of construction
                 * @enum {string}
                 */
                Construction?: "ClassA" | "ClassB" | "ClassC";
                /** @description Confirmation whether the property is over 10 years old */
                OverTenYears?: boolean;
                /** @description Confirmation whether the buildings and/or contents have suffered damage by storm, tempest or flood during the past five years */
                FloodDamage?: boolean;
                /** @description The number of adults that will be living in the home */
                NumberOfAdults?: number;
                /** @description The number of children that will be living in the home */
                NumberOfChildren?: number;
                /** @description The total number of floors in the insured property, including all above-ground levels. */
                NumberOfFloors?: number;
                /** @description The total number of rooms within the property, excluding bathrooms. */
                NumberOfRooms?: number;
                /** @description The full address of the property to be insured */
                InsuredPropertyAddress?: components["schemas"]["AEInsuranceAddressProperties"];
                /** @description Details of property safety and security features. */
                SafetySecurityFeatures?: components["schemas"]["AEInsuranceSafetySecurityFeatures"];
            };
            ContentsCoverDetails?: components["schemas"]["AEInsuranceQuoteContentsCoverDetails"];
            PersonalBelongings?: components["schemas"]["AEInsuranceQuotePersonalBelongings"];
            /** @description Details of domestic helper cover to be included in the policy. Omitted if cover for domestic helpers if not required. */
            DomesticHelpers?: components["schemas"]["AERentersInsuranceQuoteDomesticHelperProperties"];
            /** @description Details of the lease. */
            LeaseDetails?: components["schemas"]["AERentersInsuranceQuoteLeaseProperties"];
            /** @description Details of property claims. */
            PropertyClaims: components["schemas"]["AEInsuranceQuotePropertyClaims"];
            /** @description Details of existing insurance. This property can be omitted when the applicant or policyholder does not have existing insurance. */
            ExistingInsurance?: components["schemas"]["AERentersInsuranceQuoteExistingInsuranceProperties"];
            /** @description Details of previous applications. */
            PreviousApplications?: components["schemas"]["AEInsuranceQuotePreviousApplications"];
            /** @description Important questions to be provided with quote. */
            ImportantQuestions?: components["schemas"]["AERentersInsuranceImportantQuestions"];
        };
        /** @enum {string} */
        AERevokedByCode: "LFI" | "TPP" | "LFI.InitiatedByUser" | "TPP.InitiatedByUser";
        AETravelInsuranceDestinationCountry: string;
        AETravelInsurancePolicyProperties1: {
            /**
             * @description Unique identifier for a given insurance policy
             * @example d330c5bb-0889-4596-86bb-17cc9a4a17b5
             */
            InsurancePolicyId: components["schemas"]["AEInsuranceResourceIdentifierType"];
            /** @description Information about the customer. Requires `ReadCustomerBasic` permission to be granted by the User. */
            PolicyHolder?: {
                /** @description The salutation of the individual or customer. */
                Salutation?: components["schemas"]["AEInsuranceSalutationCodes"];
                /** @description First Name of the individual. */
                FirstName: string;
                /** @description Middle Name of the individual. */
                MiddleName?: string;
                /** @description Last Name (Surname) of the individual. */
                LastName: string;
                /** @description The gender of the customer */
                Gender: components["schemas"]["AEInsuranceGender"];
                /**
                 * Format: date
                 * @description Date of birth of the individual.
                 */
                DateOfBirth: string;
                /** @description The marital status of the individual. */
                MaritalStatus?: components["schemas"]["AEInsuranceMaritalStatus"];
                /** @description Residential Location of the individual. */
                ResidentialLocation?: string;
                /** @description The landline telephone number of the individual. */
                LandlineNumber?: components["schemas"]["AEInsurancePhoneNumberType"];
                /** @description The nationality of the individual based on the ISO 3166-1 alpha-3 codes */
                Nationality: string;
                /** @description Primary language spoken by the insurance policy customer */
                PrimaryLanguage?: components["schemas"]["AECustomerPrimaryLanguage"];
                /** @description The mobile telephone number of the individual. */
                MobileNumber: components["schemas"]["AEInsurancePhoneNumberType"];
                /** @description Email address of the individual. */
                EmailAddress: components["schemas"]["AEInsuranceEmailAddressType"];
                /** @description Customer's address details */
                Address?: components["schemas"]["AEInsuranceAddress"][];
            };
            /** @description Identity information for the policyholder or insured person. Requires `ReadCustomerDetail` permission to be granted by the User for the policyholder identity to be provided. */
            Identity?: components["schemas"]["AEInsuranceIdentityTypes"];
            /** @description Details of the insurance product. Requires `ReadInsuranceProduct` permission to be granted by the User. */
            Product?: {
                /** @description Details of the trip or trips cover by the insurance. */
                Policy: {
                    /**
                     * Format: date
                     * @description Policy start date
                     */
                    PolicyStartDate: string;
                    /**
                     * Format: date
                     * @description Policy end date
                     */
                    PolicyEndDate?: string;
                    /** @description The total number of days the insured individual will be traveling */
                    TripDuration: number;
                    /** @description The total number of individuals traveling with the insured person who will also be covered under the policy. */
                    NumberOfInsuredCompanions: number;
                    /** @description The total number of adult travellers included in the policy. */
                    NumberOfAdults: number;
                    /** @description The total number of child travellers included in the policy. */
                    NumberOfChildren: number;
                    /** @description The total number of senior travellers included in the policy */
                    NumberOfSeniors: number;
                    /** @description Indicates whether the policy is multi-trip */
                    MultiTrip: boolean;
                    /**
                     * @description The primary reason for travel
                     * @enum {string}
                     */
                    PurposeOfTravel?: "Personal" | "Business";
                    /**
                     * @description The relationship of the insured individual's travel companions
                     * @enum {string}
                     */
                    TravellingWith?: "Individual" | "Couple" | "Family" | "Group";
                    /**
                     * @description The geographical region where the insured individual will be traveling
                     * @enum {string}
                     */
                    TravelDestinationRegion?: "WithinUAE" | "Worldwide" | "WorldwideExcludingUSAandCanada";
                    /** @description The country or countries where the insured individual will be traveling. */
                    TravelDestinationCountryCountries?: components["schemas"]["AETravelInsuranceDestinationCountry"][];
                    /** @description Indicates whether the policy is Sharia compliant. */
                    Takaful: boolean;
                    /** @description Business name of the policy product as provided externally to the customer. */
                    ProductName: string;
                    /** @description When applicable, the amount that would be deductible from any claim. */
                    PolicyExcess?: components["schemas"]["AEActiveCurrencyAmount"];
                    /** @description Cover and benefits provided by the policy. */
                    PolicyCoverAndBenefits: {
                        /** @description Type of cover as defined in company systems. */
                        CoverType: string;
                        /** @description Description of the cover / benefit. */
                        Description: string;
                        /** @description To confirm whether the cover or benefit is required as part of the base insurance policy or is optional. */
                        Required: boolean;
                        /** @description When applicable, the benefit coverage limit that could be paid if a claim was made. */
                        CoverLimit?: components["schemas"]["AEActiveCurrencyAmount"];
                        /** @description included inclusions and exclusions for cover type. */
                        CoverInclusionsAndExclusions?: {
                            /** @description Description of the inclusion or exclusion. */
                            InclusionAndExclusionDescription: string;
                        }[];
                        /** @description When applicable, the amount that would be deductible from any claim. */
                        CoverExcess?: components["schemas"]["AEActiveCurrencyAmount"];
                        /** @description Insurers internal unique ID for specific cover. */
                        CoverID?: string;
                    }[];
                    /**
                     * @description Sales channel of policy.
                     * @enum {string}
                     */
                    PolicyPurchaseChannelType: "Direct" | "Agent" | "Broker" | "Bank" | "InvFinInst" | "TPA" | "OnlineInsideUAE" | "OnlineOutsideUAE" | "Aggregation" | "Outside" | "Other";
                };
                /** @description Details of the travellers cover by the insurance. Omitted if only the policyholder is covered. */
                InsuredParties?: {
                    /**
                     * @description Relationship to the primary traveller.
                     * @enum {string}
                     */
                    RelationshipToPrimaryTraveller?: "Spouse" | "Child" | "FamilyMember" | "GroupMember";
                    /** @description First Name of the individual. */
                    FirstName: string;
                    /** @description Last Name (Surname) of the individual. */
                    LastName: string;
                    /**
                     * Format: date
                     * @description Date of birth of the individual.
                     */
                    DateOfBirth: string;
                    /** @description The nationality of the individual based on the ISO 3166-1 alpha-3 codes */
                    Nationality: string;
                    /** @description The gender of the customer */
                    Gender?: components["schemas"]["AEInsuranceGender"];
                    /** @description Passport number */
                    PassportNumber?: string;
                    /** @description The applicant, policyholder or insured person name as detailed on their passport */
                    NameOnPassport?: string;
                    /** @description Emirates identification number */
                    EmiratesIdNumber?: string;
                }[];
                /** @description Details of optional travel cover items. Omitted if none of the listed options are included. */
                OptionalTravelCoverOptions?: components["schemas"]["AETravelInsuranceQuoteOptionalTravelCoverOptionProperties"];
                /** @description Details of high risk activities included in the cover. Omitted if no high risk activities are included. */
                HighRiskActivities?: components["schemas"]["AETravelInsuranceQuoteHighRiskActivityProperties"][];
            };
            /** @description Details of claims made against the insurance policy. Requires the `ReadCustomerClaims` permission to be granted by the User. */
            Claims?: components["schemas"]["AEInsuranceDataSharingClaimsWithLossCauseProperties"];
            /** @description Details of the insurance policy premium. Requires the `ReadInsurancePremium` permission to be granted by the User. */
            Premium?: components["schemas"]["AEInsuranceDataSharingPremiumProperties"] | components["schemas"]["AEInsurancePremiumJWE"];
        };
        AETravelInsuranceQuoteAcceptQuoteRequestProperties: {
            /** @description Quote status. */
            QuoteStatus: components["schemas"]["AEInsuranceAcceptedByUserQuoteStatusCodes"];
            QuoteReference: components["schemas"]["AEInsuranceQuoteReferenceType"];
            /** @description Insurance sub-type, describing the insurance type specific to the sector. */
            InsuranceSubType: string;
            /** @description Details of the quoted premium, as provided in the quote response. */
            Premium: components["schemas"]["AEInsurancePremiumProperties"];
            /** @description Details of the commission, as provided in the quote response. */
            Commission: {
                /** @description The total monetary value of the commission paid to the TPP if the User proceeds with the quote application and purchases the policy based on the quote information provided. */
                CommissionAmount?: components["schemas"]["AEActiveCurrencyAmount"];
                /**
                 * @description The method to be used to pay the commission to the TPP if the User elects to proceed with the application and successfully purchases the policy.
                 * @enum {string}
                 */
                PaymentMethod: "DirectToTPP" | "ThroughAPIHub";
            };
            /**
             * @description Confirmation whether the customer monthly salary is less than or greater than AED 4,000 each month. Required for Health Insurance.
             * @enum {string}
             */
            CustomerSalary?: "Under4K" | "Over4K";
            /**
             * Format: date-time
             * @description The quote creation date and time, as supplied by the LFI in the property `CreationDateTime`.
             */
            QuoteCreationDateTime: string;
            /**
             * Format: date-time
             * @description The expiration date of the quote, as provided in the quote response, if provided by the LFI.
             */
            ExpirationDateTime?: string;
            /** @description Broker requests to handle following steps of policy issuance process. */
            PolicyIssuanceRequest?: {
                /** @description Broker request to complete capture of customer verification information and documents for this quote. */
                CustomerVerification: boolean;
                /** @description Broker request to host payment checkout. */
                Payment: boolean;
                /** @description Broker request to provide policy documents to customer. */
                PolicyDocuments: boolean;
            };
            /** @description Customer documents encoded for submission to the LFI. Omitted if not required or quote status is `ApplicationPending`. */
            Documents?: components["schemas"]["AEDocumentProperties"][];
            /** @description Verified details captured by the TPP, when the TPP is a Broker. Omitted if not required. */
            VerifiedDetails?: {
                /** @description Revised details, verified by the TPP. */
                Policy?: {
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
                    /** @description The total number of individuals traveling with the insured person who will also be covered under the policy. */
                    NumberOfInsuredCompanions?: number;
                    /** @description Indicates whether the policy is Sharia compliant. */
                    Takaful?: boolean;
                    /**
                     * @description The type and extent of insurance Cover selected for the trip
                     * @enum {string}
                     */
                    CoverType?: "Single" | "MultiTrip";
                    /**
                     * @description The primary reason for travel
                     * @enum {string}
                     */
                    PurposeOfTravel?: "Personal" | "Business";
                    /**
                     * @description The relationship of the insured individual's travel companions
                     * @enum {string}
                     */
                    TravellingWith?: "Individual" | "Couple" | "Family" | "Group";
                    /**
                     * @description The geographical region where the insured individual will be traveling
                     * @enum {string}
                     */
                    TravelDestinationRegion?: "WithinUAE" | "Worldwide" | "WorldwideExcludingUSAandCanada";
                    /** @description The ISO 3166 alpha-3 code of the country or countries of destination. */
                    TravelDestinationCountries?: components["schemas"]["AETravelInsuranceDestinationCountry"][];
                    /** @description Ages of all insured parties */
                    AgesOfInsured?: number[];
                    /** @description The ISO 3166 alpha-3 code of the country of origin. */
                    OriginCountry?: string;
                    OptionalTravelCoverOptions?: {
                        /** @description Indicator whether the Customer wishes to include the optional Gadgets insurance cover within the policy Cover */
                        Gadgets?: boolean;
                        /** @description Indicator whether the Customer wishes to include the optional winter sports insurance cover within the policy Cover */
                        WinterSports?: boolean;
                        /** @description Indicator whether the Customer wishes to include the optional Cruise insurance cover within the policy Cover */
                        Cruise?: boolean;
                        /** @description Indicator whether the Customer wishes to include the optional Business insurance cover within the policy Cover */
                        Business?: boolean;
                        /** @description Indicator whether the Customer wishes to include the optional Golf insurance cover within the policy Cover */
                        Golf?: boolean;
                        /** @description Indicator whether the Customer wishes to include the optional Scuba Diving insurance cover within the policy Cover */
                        ScubaDiving?: boolean;
                        /** @description Indicator whether the Customer wishes to include the optional Adventure Sports insurance cover within the policy Cover */
                        AdventureSports?: boolean;
                        /** @description Indicator whether the Customer wishes to include the optional Terrorism Extension insurance cover within the policy */
                        TerrorismExtension?: boolean;
                    };
                };
                /** @description Revised details, verified by the TPP. */
                PolicyHolder?: {
                    /** @description First Name of the individual. */
                    FirstName?: string;
                    /** @description Last Name (Surname) of the individual. */
                    LastName?: string;
                    /**
                     * Format: date
                     * @description Date of birth of the individual.
                     */
                    DateOfBirth?: string;
                    /** @description The nationality of the individual based on the ISO 3166-1 alpha-3 codes */
                    Nationality?: string;
                    /** @description The gender of the customer */
                    Gender?: components["schemas"]["AEInsuranceGender"];
                    /** @description Email address of the individual. */
                    EmailAddress?: components["schemas"]["AEInsuranceEmailAddressType"];
                    /** @description The mobile telephone number of the individual. */
                    MobileNumber?: components["schemas"]["AEInsurancePhoneNumberType"];
                    Address?: {
                        /**
                         * @description The type of address.
                         * @enum {string}
                         */
                        AddressType?: "Billing" | "Business" | "Correspondence" | "DeliveryTo" | "MailTo" | "POBox" | "Postal" | "Permanent" | "Residential" | "Statement" | "Other";
                        /**
                         * @description Information that locates and identifies a specific address for a transaction entry, that is presented in free format text.
                         *
                         *     This value should be used where the address is provided or stored as a single string.
                         */
                        AddressLine?: components["schemas"]["AEInsuranceAddressLine"][];
                        /** @description The unit, apartment, or villa number within a building or community */
                        BuildingNumber?: string;
                        /** @description Name of the building or house. */
                        BuildingName?: string;
                        /** @description Floor or storey within a building. */
                        Floor?: string;
                        /** @description The name of the street or road where the property is located */
                        StreetName?: string;
                        /** @description The district, community, or neighbourhood where the property is located */
                        DistrictName?: string;
                        /** @description The P.O. Box number assigned to the recipient for mail delivery */
                        PostBox?: string;
                        /** @description Name of a built-up area, such as a town or city */
                        TownName?: string;
                        /** @description Country subdivision, such as state or province. This is the Emirate where the address is registered. */
                        CountrySubDivision?: components["schemas"]["AEInsuranceEmirate"];
                        /** @description The country associated with the address, represented using the ISO 3166-1 alpha-2 country code. */
                        Country?: components["schemas"]["AEInsuranceCountryCode"];
                    }[];
                    /** @description Revised identity details, verified by the TPP. */
                    Identity?: components["schemas"]["AEInsuranceQuoteVerifiedIdentityProperties"];
                };
                /** @description Revised details, verified by the TPP. */
                InsuredTravelers?: {
                    /** @description Is the individual the primary traveler? */
                    IsPrimaryTraveller?: boolean;
                    /** @enum {string} */
                    RelationshipToPrimaryTraveller?: "Spouse" | "Child" | "FamilyMember" | "GroupMember";
                    /** @description First Name of the individual. */
                    FirstName?: string;
                    /** @description Last Name (Surname) of the individual. */
                    LastName?: string;
                    /**
                     * Format: date
                     * @description Date of birth of the individual.
                     */
                    DateOfBirth?: string;
                    /** @description The nationality of the individual based on the ISO 3166-1 alpha-3 codes */
                    Nationality?: string;
                    /** @description The gender of the customer */
                    Gender?: components["schemas"]["AEInsuranceGender"];
                    /** @description Email address of the individual. */
                    EmailAddress?: components["schemas"]["AEInsuranceEmailAddressType"];
                    /** @description The mobile telephone number of the individual. */
                    MobileNumber?: components["schemas"]["AEInsurancePhoneNumberType"];
                    Address?: {
                        /**
                         * @description The type of address.
                         * @enum {string}
                         */
                        AddressType?: "Billing" | "Business" | "Correspondence" | "DeliveryTo" | "MailTo" | "POBox" | "Postal" | "Permanent" | "Residential" | "Statement" | "Other";
                        /**
                         * @description Information that locates and identifies a specific address for a transaction entry, that is presented in free format text.
                         *
                         *     This value should be used where the address is provided or stored as a single string.
                         */
                        AddressLine?: components["schemas"]["AEInsuranceAddressLine"][];
                        /** @description The unit, apartment, or villa number within a building or community */
                        BuildingNumber?: string;
                        /** @description Name of the building or house. */
                        BuildingName?: string;
                        /** @description Floor or storey within a building. */
                        Floor?: string;
                        /** @description The name of the street or road where the property is located */
                        StreetName?: string;
                        /** @description The district, community, or neighbourhood where the property is located */
                        DistrictName?: string;
                        /** @description The P.O. Box number assigned to the recipient for mail delivery */
                        PostBox?: string;
                        /** @description Name of a built-up area, such as a town or city */
                        TownName?: string;
                        /** @description Country subdivision, such as state or province. This is the Emirate where the address is registered. */
                        CountrySubDivision?: components["schemas"]["AEInsuranceEmirate"];
                        /** @description The country associated with the address, represented using the ISO 3166-1 alpha-2 country code. */
                        Country?: components["schemas"]["AEInsuranceCountryCode"];
                    }[];
                    /** @description Identification details of the insured traveler. */
                    Identity?: components["schemas"]["AEInsuranceQuoteVerifiedIdentityProperties"];
                }[];
            };
        };
        AETravelInsuranceQuoteHighRiskActivityProperties: {
            /** @description The name of the traveller who will be participating in the hazardous activities. */
            TravellerName: string;
            Activities: components["schemas"]["AEInsuranceCustomerHighRiskActivityProperties"];
        };
        AETravelInsuranceQuoteInsuredTravelersProperties: {
            /** @description Is the individual the primary traveler? */
            IsPrimaryTraveller?: boolean;
            /** @enum {string} */
            RelationshipToPrimaryTraveller: "Spouse" | "Child" | "FamilyMember" | "GroupMember";
            /** @description First Name of the individual. */
            FirstName?: string;
            /** @description Last Name (Surname) of the individual. */
            LastName?: string;
            /**
             * Format: date
             * @description Date of birth of the individual.
             */
            DateOfBirth: string;
            /** @description The nationality of the individual based on the ISO 3166-1 alpha-3 codes */
            Nationality?: string;
            /** @description The gender of the customer */
            Gender?: components["schemas"]["AEInsuranceGender"];
            /** @description Email address of the individual. */
            EmailAddress?: components["schemas"]["AEInsuranceEmailAddressType"];
            /** @description The mobile telephone number of the individual. */
            MobileNumber?: components["schemas"]["AEInsurancePhoneNumberType"];
            Address?: components["schemas"]["AEInsuranceAddress"][];
            /** @description Identification details of the insured traveler. */
            Identity?: components["schemas"]["AEInsuranceIdentityTypes"];
        };
        AETravelInsuranceQuoteOptionalTravelCoverOptionProperties: {
            /** @description Indicator whether the Customer wishes to include the optional Gadgets insurance cover within the policy Cover */
            Gadgets: boolean;
            /** @description Indicator whether the Customer wishes to include the optional winter sports insurance cover within the policy Cover */
            WinterSports: boolean;
            /** @description Indicator whether the Customer wishes to include the optional Cruise insurance cover within the policy Cover */
            Cruise: boolean;
            /** @description Indicator whether the Customer wishes to include the optional Business insurance cover within the policy Cover */
            Business: boolean;
            /** @description Indicator whether the Customer wishes to include the optional Golf insurance cover within the policy Cover */
            Golf: boolean;
            /** @description Indicator whether the Customer wishes to include the optional Scuba Diving insurance cover within the policy Cover */
            ScubaDiving: boolean;
            /** @description Indicator whether the Customer wishes to include the optional Adventure Sports insurance cover within the policy Cover */
            AdventureSports: boolean;
        };
        AETravelInsuranceQuotePolicyHolderProperties: {
            /** @description First Name of the individual. */
            FirstName?: string;
            /** @description Last Name (Surname) of the individual. */
            LastName?: string;
            /**
             * Format: date
             * @description Date of birth of the individual.
             */
            DateOfBirth: string;
            /** @description The nationality of the individual based on the ISO 3166-1 alpha-3 codes */
            Nationality?: string;
            /** @description The gender of the customer */
            Gender?: components["schemas"]["AEInsuranceGender"];
            /** @description Email address of the individual. */
            EmailAddress?: components["schemas"]["AEInsuranceEmailAddressType"];
            /** @description The mobile telephone number of the individual. */
            MobileNumber?: components["schemas"]["AEInsurancePhoneNumberType"];
            Address?: components["schemas"]["AEInsuranceAddress"][];
            /** @description Identification details of the policyholder. */
            Identity?: components["schemas"]["AEInsuranceIdentityTypes"];
        };
        AETravelInsuranceQuotePolicyProperties: {
            /**
             * Format: date
             * @description Policy start date
             */
            PolicyStartDate: string;
            /**
             * Format: date
             * @description Policy end date
             */
            PolicyEndDate?: string;
            /** @description The total number of individuals traveling with the insured person who will also be covered under the policy. */
            NumberOfInsuredCompanions: number;
            /** @description Indicates whether the policy is Sharia compliant. */
            Takaful: boolean;
            /**
             * @description The type and extent of insurance Cover selected for the trip
             * @enum {string}
             */
            CoverType: "Single" | "MultiTrip";
            /**
             * @description The primary reason for travel
             * @enum {string}
             */
            PurposeOfTravel?: "Personal" | "Business";
            /**
             * @description The relationship of the insured individual's travel companions
             * @enum {string}
             */
            TravellingWith?: "Individual" | "Couple" | "Family" | "Group";
            /**
             * @description The geographical region where the insured individual will be traveling
             * @enum {string}
             */
            TravelDestinationRegion: "WithinUAE" | "Worldwide" | "WorldwideExcludingUSAandCanada";
            /** @description The ISO 3166 alpha-3 code of the country or countries of destination. */
            TravelDestinationCountries?: components["schemas"]["AETravelInsuranceDestinationCountry"][];
            /** @description Ages of all insured parties */
            AgesOfInsured: number[];
            /** @description The ISO 3166 alpha-3 code of the country of origin. */
            OriginCountry: string;
            OptionalTravelCoverOptions?: {
                /** @description Indicator whether the Customer wishes to include the optional Gadgets insurance cover within the policy Cover */
                Gadgets?: boolean;
                /** @description Indicator whether the Customer wishes to include the optional winter sports insurance cover within the policy Cover */
                WinterSports?: boolean;
                /** @description Indicator whether the Customer wishes to include the optional Cruise insurance cover within the policy Cover */
                Cruise?: boolean;
                /** @description Indicator whether the Customer wishes to include the optional Business insurance cover within the policy Cover */
                Business?: boolean;
                /** @description Indicator whether the Customer wishes to include the optional Golf insurance cover within the policy Cover */
                Golf?: boolean;
                /** @description Indicator whether the Customer wishes to include the optional Scuba Diving insurance cover within the policy Cover */
                ScubaDiving?: boolean;
                /** @description Indicator whether the Customer wishes to include the optional Adventure Sports insurance cover within the policy Cover */
                AdventureSports?: boolean;
                /** @description Indicator whether the Customer wishes to include the optional Terrorism Extension insurance cover within the policy */
                TerrorismExtension?: boolean;
            };
        };
        AETravelInsuranceQuoteRequestProperties: {
            /** @description Identifier that uniquely and consistently identifies the existing policy customer or Broker unique Id for customer during policy purchase process. */
            CustomerId: string;
            QuoteReference: components["schemas"]["AEInsuranceQuoteReferenceType"];
            /**
             * @description Identification of quote type.
             *
             *     The following quote type values are supported:
             *
             *       * New: New Policy Quote
             *
             *       * Switch: Customer would like to switch policies or brokers
             *
             *       * Renewal: Customer would like renewal quote
             * @enum {string}
             */
            QuoteType: "New" | "Switch" | "Renewal";
            /** @description Broker requests to handle following steps of policy issuance process. */
            PolicyIssuanceRequest: {
                /** @description Broker request to complete capture of customer verification information and documents for this quote. */
                CustomerVerification: boolean;
                /** @description Broker request to host payment checkout. */
                Payment: boolean;
                /** @description Broker request to provide policy documents to customer. */
                PolicyDocuments: boolean;
            };
            Policy: components["schemas"]["AETravelInsuranceQuotePolicyProperties"];
            PolicyHolder?: components["schemas"]["AETravelInsuranceQuotePolicyHolderProperties"];
            /** @description Required when additional travelers are insured with proposer. */
            InsuredTravelers?: components["schemas"]["AETravelInsuranceQuoteInsuredTravelersProperties"][];
            /** @description Indications of whether any travellers have medical conditions that need to be reported for the quote. */
            MedicalQuestions?: {
                /** @description Confirmation whether any of the Travellers have been been prescribed medication, received treatment or had a consultation for any medical condition in the past two years? */
                PastTreatment?: boolean;
                /** @description Confirmation whether any of the Travellers have been diagnosed with or treated for a heart or respiratory condition */
                HeartRespiratory?: boolean;
                /** @description Confirmation whether any of the Travellers have been diagnosed with or treated for a Circulatory condition */
                Circulatory?: boolean;
                /** @description Confirmation whether any of the Travellers have been diagnosed with or treated for a liver condition */
                Liver?: boolean;
                /** @description Confirmation whether any of the Travellers have been diagnosed with or treated for a cancerous condition */
                Cancerous?: boolean;
                /** @description Confirmation whether any of the Travellers have been diagnosed with a terminal condition */
                Terminal?: boolean;
                /** @description Confirmation whether any of the Travellers are currently on a waiting list for treatment or investigation */
                WaitingList?: boolean;
                /** @description Confirmation whether any of the Travellers have been diagnosed with or treated for any mental health conditions */
                MentalHealth?: boolean;
                /** @description Required when one or more of the medical questions have a 'Yes' response */
                ConditionDetails?: {
                    /** @description The name of the Traveller the medical 'Yes' response relates to */
                    TravellerName: string;
                    /** @description The Question property name of the 'Yes' response. For example, if `PastTreatment` is true this value should be set to `PastTreatment`. */
                    QuestionName: string;
                    /** @description The description of the medical condition, diagnosis or treatment */
                    Description: string;
                    /**
                     * @description The current diagnosis of the declared condition.
                     * @enum {string}
                     */
                    CurrentDiagnosis: "NoSymptoms" | "OngoingSymptoms" | "OngoingHospitalization" | "PendingHospitalization" | "OngoingTreatment" | "PendingTreatment";
                    /**
                     * @description Whether the condition relates to hospital treatment
                     * @enum {string}
                     */
                    Treated: "Outpatient" | "Hospitalized" | "Both" | "NotApplicable";
                }[];
            }[];
            /** @description Details of previous travel insurance claims */
            PreviousClaims?: {
                /** @description Confirmation whether the customer made any travel insurance claims in the previous 3 years. */
                PreviousClaim: boolean;
                /** @description Details of previous claims. */
                PreviousClaimDetails?: {
                    /**
                     * Format: date
                     * @description Date the claim was made.
                     */
                    DateOfClaim: string;
                    /** @description The value of the claim. */
                    ClaimAmount: components["schemas"]["AEActiveCurrencyAmount"];
                    /** @description Details of the claim made or nature of the loss. */
                    Reason: string;
                    /** @enum {string} */
                    Outcome: "Ongoing" | "Paid" | "PartiallyPaid" | "Rejected" | "Other";
                }[];
            };
            /** @description One-or-more existing insurance policies, omitted if none are held. */
            ExistingInsurance?: components["schemas"]["AEInsuranceExistingInsuranceProperties"][];
        };
        /** @description Patch Account Access Consent */
        AEUpdateConsent1: {
            Data: components["schemas"]["AEPatchConsent"];
            Subscription?: components["schemas"]["EventNotification"];
        };
        AEUpdateConsent1Signed: {
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
            message: components["schemas"]["AEUpdateConsent1"];
        };
        /** @description A Webhook Subscription Schema */
        AEWebhook: {
            /** @description The registered Webhook URL at which event notifications will be received. Required on first registration of the Webhook. */
            Url?: string;
            /** @description Indicator for whether event notifications should be sent to the TPP. When true event notifications will be sent to the registered URL. */
            IsActive: boolean;
        };
        EventNotification: {
            /** @description Properties of the Webhook registered to receive event notifications related to entity status. */
            Webhook: components["schemas"]["AEWebhook"];
        };
        /**
         * Format: uri
         * @description A link to the first page in a paginated result set
         */
        First: string;
        /**
         * Format: uri
         * @description A link to the last page in a paginated result set
         */
        Last: string;
        /** @description Links relevant to the resource */
        LinksResource: {
            Self: components["schemas"]["Self"];
            First?: components["schemas"]["First"];
            Prev?: components["schemas"]["Prev"];
            Next?: components["schemas"]["Next"];
            Last?: components["schemas"]["Last"];
        };
        /** @description Links relevant to the resource */
        LinksSelf: {
            Self: components["schemas"]["Self"];
        };
        /** @description Metadata relevant to the resource */
        Meta: Record<string, never>;
        MetaTotalPages: {
            TotalPages: components["schemas"]["TotalPages"];
        };
        /**
         * Format: uri
         * @description A link to the next page in a paginated result set
         */
        Next: string;
        /**
         * Format: uri
         * @description A link to the previous page in a paginated result set
         */
        Prev: string;
        /**
         * Format: uri
         * @description A link to the current resource
         */
        Self: string;
        /**
         * Format: int32
         * @description Total number of pages where a result set is paginated
         */
        TotalPages: number;
        UpdateEmploymentInsuranceQuoteStatusMessageProperties: {
            /** @description Properties of the accepted quote. Must be supplied when accepting the quote, but can be omitted when managing Webhook subscriptions. */
            Data?: components["schemas"]["AEEmploymentInsuranceQuoteAcceptQuoteRequestProperties"];
            /**
             * @description Event notification subscription for updates to quote, optionally provided by TPP.
             *
             *     If Webhooks are not used the TPP will need to poll for updates to the resource.
             */
            Subscription?: components["schemas"]["EventNotification"];
        };
        UpdateHealthInsuranceQuoteStatusMessageProperties: {
            /** @description Properties of the accepted quote. Must be supplied when accepting the quote, but can be omitted when managing Webhook subscriptions. */
            Data?: components["schemas"]["AEHealthInsuranceQuoteAcceptQuoteRequestProperties"];
            /**
             * @description Event notification subscription for updates to quote, optionally provided by TPP.
             *
             *     If Webhooks are not used the TPP will need to poll for updates to the resource.
             */
            Subscription?: components["schemas"]["EventNotification"];
        };
        UpdateHomeInsuranceQuoteStatusMessageProperties: {
            /** @description Properties of the accepted quote. Must be supplied when accepting the quote, but can be omitted when managing Webhook subscriptions. */
            Data?: components["schemas"]["AEHomeInsuranceQuoteAcceptQuoteRequestProperties"];
            /**
             * @description Event notification subscription for updates to quote, optionally provided by TPP.
             *
             *     If Webhooks are not used the TPP will need to poll for updates to the resource.
             */
            Subscription?: components["schemas"]["EventNotification"];
        };
        UpdateLifeInsuranceQuoteStatusMessageProperties: {
            /** @description Properties of the accepted quote. Must be supplied when accepting the quote, but can be omitted when managing Webhook subscriptions. */
            Data?: components["schemas"]["AELifeInsuranceQuoteAcceptQuoteRequestProperties"];
            /**
             * @description Event notification subscription for updates to quote, optionally provided by TPP.
             *
             *     If Webhooks are not used the TPP will need to poll for updates to the resource.
             */
            Subscription?: components["schemas"]["EventNotification"];
        };
        UpdateMotorInsuranceQuoteStatusMessageProperties: {
            /** @description Properties of the accepted quote. Must be supplied when accepting the quote, but can be omitted when managing Webhook subscriptions. */
            Data?: components["schemas"]["AEMotorInsuranceQuoteAcceptQuoteRequestProperties"];
            /**
             * @description Event notification subscription for updates to quote, optionally provided by TPP.
             *
             *     If Webhooks are not used the TPP will need to poll for updates to the resource.
             */
            Subscription?: components["schemas"]["EventNotification"];
        };
        UpdateRentersInsuranceQuoteStatusMessageProperties: {
            /** @description Properties of the accepted quote. Must be supplied when accepting the quote, but can be omitted when managing Webhook subscriptions. */
            Data?: components["schemas"]["AERentersInsuranceQuoteAcceptQuoteRequestProperties"];
            /**
             * @description Event notification subscription for updates to quote, optionally provided by TPP.
             *
             *     If Webhooks are not used the TPP will need to poll for updates to the resource.
             */
            Subscription?: components["schemas"]["EventNotification"];
        };
        UpdateTravelInsuranceQuoteStatusMessageProperties: {
            /** @description Properties of the accepted quote. Must be supplied when accepting the quote, but can be omitted when managing Webhook subscriptions. */
            Data?: components["schemas"]["AETravelInsuranceQuoteAcceptQuoteRequestProperties"];
            /**
             * @description Event notification subscription for updates to quote, optionally provided by TPP.
             *
             *     If Webhooks are not used the TPP will need to poll for updates to the resource.
             */
            Subscription?: components["schemas"]["EventNotification"];
        };
        /**
         * Format: uuid
         * @description A unique identifier, which may be a UUID. `format: uuid` is provided as a hint to OpenAPI parsers, but LFIs can implement a unique identification mechanism of their choosing.
         */
        uuid: string;
    };
    responses: {
        /** @description The LFI did not respond with a quote as the request policy requirements could not be fulfilled. */
        "204DeclinedToQuote": {
            headers: {
                /** @description An RFC4122 UID used as a correlation ID. */
                "x-fapi-interaction-id"?: string;
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Quote successfully patched */
        "204Patch": {
            headers: {
                /** @description An RFC4122 UID used as a correlation ID. */
                "x-fapi-interaction-id"?: string;
                [name: string]: unknown;
            };
            content?: never;
        };
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
        /** @description Unique identifier for a given insurance policy */
        "AEInsuranceParameters.AEInsurancePolicyId": components["schemas"]["uuid"];
        /** @description Unique identifier for a given quote */
        "AEInsuranceParameters.AEInsuranceQuoteId": components["schemas"]["uuid"];
        /** @description An Access Token as per https://tools.ietf.org/html/rfc6750 */
        Authorization: string;
        /** @description A base consent identifier that links to other consent resources */
        BaseConsentId: components["schemas"]["uuid"];
        /** @description Unique identifier for a given consent resource */
        ConsentId: components["schemas"]["uuid"];
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
    EmploymentInsurancePolicies_list: {
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
                    "application/json; charset=utf-8": components["schemas"]["AEReadInsurancePolicies1"];
                    "application/json": components["schemas"]["AEReadInsurancePolicies1"];
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
                        message: components["schemas"]["AEReadInsurancePolicies1"];
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
    EmploymentInsuranceCreatePolicy_signedRequest: {
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
                    message: components["schemas"]["AEInsuranceCreatePolicy1"];
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
                        message: {
                            Data: components["schemas"]["AEInsuranceInsurancePolicyResponseData1"];
                            Links: components["schemas"]["AECreateInsurancePolicyLinks1"];
                            Meta: components["schemas"]["Meta"];
                        };
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
    EmploymentInsurancePoliciesById_read: {
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
                /** @description Unique identifier for a given insurance policy */
                InsurancePolicyId: components["parameters"]["AEInsuranceParameters.AEInsurancePolicyId"];
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
                    "application/json; charset=utf-8": components["schemas"]["AEReadEmploymentInsurancePolicy1"];
                    "application/json": components["schemas"]["AEReadEmploymentInsurancePolicy1"];
                    "application/jwt": components["schemas"]["AEReadEmploymentInsurancePolicy1Signed"];
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
    EmploymentInsurancePolicyByIdBankAccountDetails_read: {
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
                /** @description Unique identifier for a given insurance policy */
                InsurancePolicyId: components["parameters"]["AEInsuranceParameters.AEInsurancePolicyId"];
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
                    "application/json; charset=utf-8": components["schemas"]["AEReadPaymentDetails1"];
                    "application/json": components["schemas"]["AEReadPaymentDetails1"];
                    "application/jwt": components["schemas"]["AEReadPaymentDetails1Signed"];
                };
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
    CreateEmploymentInsuranceQuote_unsignedRequest_CreateEmploymentInsuranceQuote_signedRequest: {
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
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["AECreateEmploymentInsuranceQuoteRequestBody1"];
                "application/json": components["schemas"]["AECreateEmploymentInsuranceQuoteRequestBody1"];
                "application/jwt": components["schemas"]["AECreateEmploymentInsuranceQuoteRequestBody1Signed"];
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
                    "application/json; charset=utf-8": components["schemas"]["AECreateInsuranceQuoteResponseBody1"];
                    "application/json": components["schemas"]["AECreateInsuranceQuoteResponseBody1"];
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
                        message: components["schemas"]["AECreateInsuranceQuoteResponseBody1"];
                    };
                };
            };
            204: components["responses"]["204DeclinedToQuote"];
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
    EmploymentInsuranceGetQuoteByQuoteId_read: {
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
                /** @description Unique identifier for a given quote */
                QuoteId: components["parameters"]["AEInsuranceParameters.AEInsuranceQuoteId"];
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
                    "application/json; charset=utf-8": components["schemas"]["AEInsuranceQuoteReadResponseBody1"];
                    "application/json": components["schemas"]["AEInsuranceQuoteReadResponseBody1"];
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
                        message: components["schemas"]["AEInsuranceQuoteReadResponseBody1"];
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
    EmploymentInsuranceQuotePatch: {
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
                /** @description Unique identifier for a given quote */
                QuoteId: components["parameters"]["AEInsuranceParameters.AEInsuranceQuoteId"];
            };
            cookie?: never;
        };
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
                    message: components["schemas"]["UpdateEmploymentInsuranceQuoteStatusMessageProperties"];
                };
            };
        };
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    /** @description An RFC4122 UID used as a correlation ID. */
                    "x-fapi-interaction-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
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
                        message: {
                            Data: {
                                /** @description Broker requests to handle following steps of policy issuance process. */
                                PolicyIssuanceAllowed?: {
                                    /** @description Broker allowed to complete capture of customer verification information and documents for this quote. */
                                    CustomerVerification: boolean;
                                    /** @description Broker allowed to host payment checkout. */
                                    Payment: boolean;
                                    /** @description Broker allowed to provide policy documents to customer. */
                                    PolicyDocuments: boolean;
                                };
                            };
                            Links: {
                                Self: components["schemas"]["Self"];
                                /**
                                 * Format: uri
                                 * @description Hosted payment URL for TPP to present to customer.  Required when the Payment field is true.
                                 */
                                PaymentUrl?: string;
                            };
                        };
                    };
                };
            };
            204: components["responses"]["204Patch"];
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
    HealthInsurancePolicies_list: {
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
                    "application/json; charset=utf-8": components["schemas"]["AEReadInsurancePolicies1"];
                    "application/json": components["schemas"]["AEReadInsurancePolicies1"];
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
                        message: components["schemas"]["AEReadInsurancePolicies1"];
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
    HealthInsuranceCreatePolicy_signedRequest: {
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
                    message: components["schemas"]["AEInsuranceCreatePolicy1"];
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
                        message: {
                            Data: components["schemas"]["AEInsuranceInsurancePolicyResponseData1"];
                            Links: components["schemas"]["AECreateInsurancePolicyLinks1"];
                            Meta: components["schemas"]["Meta"];
                        };
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
    HealthInsurancePoliciesById_read: {
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
                /** @description Unique identifier for a given insurance policy */
                InsurancePolicyId: components["parameters"]["AEInsuranceParameters.AEInsurancePolicyId"];
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
                    "application/json; charset=utf-8": components["schemas"]["AEReadHealthInsurancePolicy1"];
                    "application/json": components["schemas"]["AEReadHealthInsurancePolicy1"];
                    "application/jwt": components["schemas"]["AEReadHealthInsurancePolicy1Signed"];
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
    HealthInsurancePolicyByIdBankAccountDetails_read: {
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
                /** @description Unique identifier for a given insurance policy */
                InsurancePolicyId: components["parameters"]["AEInsuranceParameters.AEInsurancePolicyId"];
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
                    "application/json; charset=utf-8": components["schemas"]["AEReadPaymentDetails1"];
                    "application/json": components["schemas"]["AEReadPaymentDetails1"];
                    "application/jwt": components["schemas"]["AEReadPaymentDetails1Signed"];
                };
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
    CreateHealthInsuranceQuoteUnsignedOperation_CreateHealthInsuranceQuoteSignedOperation: {
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
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["AECreateHealthInsuranceQuoteRequestBody1"];
                "application/json": components["schemas"]["AECreateHealthInsuranceQuoteRequestBody1"];
                "application/jwt": components["schemas"]["AECreateHealthInsuranceQuoteRequestBody1Signed"];
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
                    "application/json; charset=utf-8": components["schemas"]["AECreateHealthInsuranceQuoteResponseBody"];
                    "application/json": components["schemas"]["AECreateHealthInsuranceQuoteResponseBody"];
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
                        message: components["schemas"]["AECreateHealthInsuranceQuoteResponseBody"];
                    };
                };
            };
            204: components["responses"]["204DeclinedToQuote"];
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
    HealthInsuranceGetQuoteByQuoteId_read: {
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
                /** @description Unique identifier for a given quote */
                QuoteId: components["parameters"]["AEInsuranceParameters.AEInsuranceQuoteId"];
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
                    "application/json; charset=utf-8": components["schemas"]["AEHealthInsuranceQuoteReadResponseBody1"];
                    "application/json": components["schemas"]["AEHealthInsuranceQuoteReadResponseBody1"];
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
                        message: components["schemas"]["AEHealthInsuranceQuoteReadResponseBody1"];
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
    HealthInsuranceQuotePatch: {
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
                /** @description Unique identifier for a given quote */
                QuoteId: components["parameters"]["AEInsuranceParameters.AEInsuranceQuoteId"];
            };
            cookie?: never;
        };
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
                    message: components["schemas"]["UpdateHealthInsuranceQuoteStatusMessageProperties"];
                };
            };
        };
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    /** @description An RFC4122 UID used as a correlation ID. */
                    "x-fapi-interaction-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
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
                        message: {
                            Data: {
                                /** @description Broker requests to handle following steps of policy issuance process. */
                                PolicyIssuanceAllowed?: {
                                    /** @description Broker allowed to complete capture of customer verification information and documents for this quote. */
                                    CustomerVerification: boolean;
                                    /** @description Broker allowed to host payment checkout. */
                                    Payment: boolean;
                                    /** @description Broker allowed to provide policy documents to customer. */
                                    PolicyDocuments: boolean;
                                };
                            };
                            Links: {
                                Self: components["schemas"]["Self"];
                                /**
                                 * Format: uri
                                 * @description Hosted payment URL for TPP to present to customer.  Required when the Payment field is true.
                                 */
                                PaymentUrl?: string;
                            };
                        };
                    };
                };
            };
            204: components["responses"]["204Patch"];
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
    HomeInsurancePolicies_list: {
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
                    "application/json; charset=utf-8": components["schemas"]["AEReadInsurancePolicies1"];
                    "application/json": components["schemas"]["AEReadInsurancePolicies1"];
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
                        message: components["schemas"]["AEReadInsurancePolicies1"];
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
    HomeInsuranceCreatePolicy_signedRequest: {
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
                    message: components["schemas"]["AEInsuranceCreatePolicy1"];
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
                        message: {
                            Data: components["schemas"]["AEInsuranceInsurancePolicyResponseData1"];
                            Links: components["schemas"]["AECreateInsurancePolicyLinks1"];
                            Meta: components["schemas"]["Meta"];
                        };
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
    HomeInsurancePoliciesById_read: {
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
                /** @description Unique identifier for a given insurance policy */
                InsurancePolicyId: components["parameters"]["AEInsuranceParameters.AEInsurancePolicyId"];
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
                    "application/json; charset=utf-8": components["schemas"]["AEReadHomeInsurancePolicy1"];
                    "application/json": components["schemas"]["AEReadHomeInsurancePolicy1"];
                    "application/jwt": components["schemas"]["AEReadHomeInsurancePolicy1Signed"];
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
    HomeInsurancePolicyByIdBankAccountDetails_read: {
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
                /** @description Unique identifier for a given insurance policy */
                InsurancePolicyId: components["parameters"]["AEInsuranceParameters.AEInsurancePolicyId"];
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
                    "application/json; charset=utf-8": components["schemas"]["AEReadPaymentDetails1"];
                    "application/json": components["schemas"]["AEReadPaymentDetails1"];
                    "application/jwt": components["schemas"]["AEReadPaymentDetails1Signed"];
                };
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
    CreateHomeInsuranceQuote_unsignedRequest_CreateHomeInsuranceQuote_signedRequest: {
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
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["AECreateHomeInsuranceQuoteRequestBody1"];
                "application/json": components["schemas"]["AECreateHomeInsuranceQuoteRequestBody1"];
                "application/jwt": components["schemas"]["AECreateHomeInsuranceQuoteRequestBody1Signed"];
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
                    "application/json; charset=utf-8": components["schemas"]["AECreateInsuranceQuoteResponseBody1"];
                    "application/json": components["schemas"]["AECreateInsuranceQuoteResponseBody1"];
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
                        message: components["schemas"]["AECreateInsuranceQuoteResponseBody1"];
                    };
                };
            };
            204: components["responses"]["204DeclinedToQuote"];
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
    HomeInsuranceGetQuoteByQuoteId_read: {
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
                /** @description Unique identifier for a given quote */
                QuoteId: components["parameters"]["AEInsuranceParameters.AEInsuranceQuoteId"];
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
                    "application/json; charset=utf-8": components["schemas"]["AEInsuranceQuoteReadResponseBody1"];
                    "application/json": components["schemas"]["AEInsuranceQuoteReadResponseBody1"];
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
                        message: components["schemas"]["AEInsuranceQuoteReadResponseBody1"];
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
    HomeInsuranceQuotePatch: {
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
                /** @description Unique identifier for a given quote */
                QuoteId: components["parameters"]["AEInsuranceParameters.AEInsuranceQuoteId"];
            };
            cookie?: never;
        };
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
                    message: components["schemas"]["UpdateHomeInsuranceQuoteStatusMessageProperties"];
                };
            };
        };
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    /** @description An RFC4122 UID used as a correlation ID. */
                    "x-fapi-interaction-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
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
                        message: {
                            Data: {
                                /** @description Broker requests to handle following steps of policy issuance process. */
                                PolicyIssuanceAllowed?: {
                                    /** @description Broker allowed to complete capture of customer verification information and documents for this quote. */
                                    CustomerVerification: boolean;
                                    /** @description Broker allowed to host payment checkout. */
                                    Payment: boolean;
                                    /** @description Broker allowed to provide policy documents to customer. */
                                    PolicyDocuments: boolean;
                                };
                            };
                            Links: {
                                Self: components["schemas"]["Self"];
                                /**
                                 * Format: uri
                                 * @description Hosted payment URL for TPP to present to customer.  Required when the Payment field is true.
                                 */
                                PaymentUrl?: string;
                            };
                        };
                    };
                };
            };
            204: components["responses"]["204Patch"];
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
    InsuranceConsents_list: {
        parameters: {
            query: {
                /** @description A base consent identifier that links to other consent resources */
                BaseConsentId: components["parameters"]["BaseConsentId"];
            };
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
        requestBody?: never;
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["AEReadInsuranceConsents1"];
                    "application/json": components["schemas"]["AEReadInsuranceConsents1"];
                    "application/jwt": components["schemas"]["AEReadInsuranceConsents1Signed"];
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
    InsuranceConsentsByConsentId_read: {
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
                /** @description Unique identifier for a given consent resource */
                ConsentId: components["parameters"]["ConsentId"];
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
                    "application/json; charset=utf-8": components["schemas"]["AEReadInsuranceConsent1"];
                    "application/json": components["schemas"]["AEReadInsuranceConsent1"];
                    "application/jwt": components["schemas"]["AEReadInsuranceConsent1Signed"];
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
    InsuranceConsentsByConsentId_unsignedRequestBodyUpdate_InsuranceConsentsByConsentId_signedRequestBodyUpdate: {
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
                /** @description Unique identifier for a given consent resource */
                ConsentId: components["parameters"]["ConsentId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["AEUpdateConsent1"];
                "application/json": components["schemas"]["AEUpdateConsent1"];
                "application/jwt": components["schemas"]["AEUpdateConsent1Signed"];
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
    LifeInsurancePolicies_list: {
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
                    "application/json; charset=utf-8": components["schemas"]["AEReadLifeInsurancePolicies1"];
                    "application/json": components["schemas"]["AEReadLifeInsurancePolicies1"];
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
                        message: components["schemas"]["AEReadLifeInsurancePolicies1"];
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
    LifeInsuranceCreatePolicy_signedRequest: {
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
                    message: components["schemas"]["AEInsuranceCreatePolicy1"];
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
                        message: {
                            Data: components["schemas"]["AEInsuranceInsurancePolicyResponseData1"];
                            Links: components["schemas"]["AECreateInsurancePolicyLinks1"];
                            Meta: components["schemas"]["Meta"];
                        };
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
    LifeInsurancePoliciesById_read: {
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
                /** @description Unique identifier for a given insurance policy */
                InsurancePolicyId: components["parameters"]["AEInsuranceParameters.AEInsurancePolicyId"];
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
                    "application/json; charset=utf-8": components["schemas"]["AEReadLifeInsurancePolicy1"];
                    "application/json": components["schemas"]["AEReadLifeInsurancePolicy1"];
                    "application/jwt": components["schemas"]["AEReadLifeInsurancePolicy1Signed"];
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
    LifeInsurancePolicyByIdBankAccountDetails_read: {
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
                /** @description Unique identifier for a given insurance policy */
                InsurancePolicyId: components["parameters"]["AEInsuranceParameters.AEInsurancePolicyId"];
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
                    "application/json; charset=utf-8": components["schemas"]["AEReadPaymentDetails1"];
                    "application/json": components["schemas"]["AEReadPaymentDetails1"];
                    "application/jwt": components["schemas"]["AEReadPaymentDetails1Signed"];
                };
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
    CreateLifeInsuranceQuote_unsignedRequest_CreateLifeInsuranceQuote_signedRequest: {
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
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["AECreateLifeInsuranceQuoteRequestBody1"];
                "application/json": components["schemas"]["AECreateLifeInsuranceQuoteRequestBody1"];
                "application/jwt": components["schemas"]["AECreateLifeInsuranceQuoteRequestBody1Signed"];
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
                    "application/json; charset=utf-8": components["schemas"]["AECreateInsuranceQuoteResponseBody1"];
                    "application/json": components["schemas"]["AECreateInsuranceQuoteResponseBody1"];
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
                        message: components["schemas"]["AECreateInsuranceQuoteResponseBody1"];
                    };
                };
            };
            204: components["responses"]["204DeclinedToQuote"];
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
    LifeInsuranceGetQuoteByQuoteId_read: {
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
                /** @description Unique identifier for a given quote */
                QuoteId: components["parameters"]["AEInsuranceParameters.AEInsuranceQuoteId"];
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
                    "application/json; charset=utf-8": components["schemas"]["AEInsuranceQuoteReadResponseBody1"];
                    "application/json": components["schemas"]["AEInsuranceQuoteReadResponseBody1"];
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
                        message: components["schemas"]["AEInsuranceQuoteReadResponseBody1"];
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
    LifeInsuranceQuotePatch: {
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
                /** @description Unique identifier for a given quote */
                QuoteId: components["parameters"]["AEInsuranceParameters.AEInsuranceQuoteId"];
            };
            cookie?: never;
        };
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
                    message: components["schemas"]["UpdateLifeInsuranceQuoteStatusMessageProperties"];
                };
            };
        };
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    /** @description An RFC4122 UID used as a correlation ID. */
                    "x-fapi-interaction-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
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
                        message: {
                            Data: {
                                /** @description Broker requests to handle following steps of policy issuance process. */
                                PolicyIssuanceAllowed?: {
                                    /** @description Broker allowed to complete capture of customer verification information and documents for this quote. */
                                    CustomerVerification: boolean;
                                    /** @description Broker allowed to host payment checkout. */
                                    Payment: boolean;
                                    /** @description Broker allowed to provide policy documents to customer. */
                                    PolicyDocuments: boolean;
                                };
                            };
                            Links: {
                                Self: components["schemas"]["Self"];
                                /**
                                 * Format: uri
                                 * @description Hosted payment URL for TPP to present to customer.  Required when the Payment field is true.
                                 */
                                PaymentUrl?: string;
                            };
                        };
                    };
                };
            };
            204: components["responses"]["204Patch"];
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
    MotorInsurancePolicies_list: {
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
                    "application/json; charset=utf-8": components["schemas"]["AEReadInsurancePolicies1"];
                    "application/json": components["schemas"]["AEReadInsurancePolicies1"];
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
                        message: components["schemas"]["AEReadInsurancePolicies1"];
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
    MotorInsuranceCreatePolicy_signedRequest: {
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
                    message: components["schemas"]["AEInsuranceCreatePolicy1"];
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
                        message: {
                            Data: components["schemas"]["AEInsuranceInsurancePolicyResponseData1"];
                            Links: components["schemas"]["AECreateInsurancePolicyLinks1"];
                            Meta: components["schemas"]["Meta"];
                        };
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
    MotorInsurancePoliciesById_read: {
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
                /** @description Unique identifier for a given insurance policy */
                InsurancePolicyId: components["parameters"]["AEInsuranceParameters.AEInsurancePolicyId"];
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
                    "application/json; charset=utf-8": components["schemas"]["AEReadMotorInsurancePolicy1"];
                    "application/json": components["schemas"]["AEReadMotorInsurancePolicy1"];
                    "application/jwt": components["schemas"]["AEReadMotorInsurancePolicy1Signed"];
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
    MotorInsurancePolicyByIdBankAccountDetails_read: {
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
                /** @description Unique identifier for a given insurance policy */
                InsurancePolicyId: components["parameters"]["AEInsuranceParameters.AEInsurancePolicyId"];
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
                    "application/json; charset=utf-8": components["schemas"]["AEReadPaymentDetails1"];
                    "application/json": components["schemas"]["AEReadPaymentDetails1"];
                    "application/jwt": components["schemas"]["AEReadPaymentDetails1Signed"];
                };
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
    CreateMotorInsuranceQuote_unsignedRequest_CreateMotorInsuranceQuote_signedRequest: {
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
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["AECreateMotorInsuranceQuoteRequestBody1"];
                "application/json": components["schemas"]["AECreateMotorInsuranceQuoteRequestBody1"];
                "application/jwt": components["schemas"]["AECreateMotorInsuranceQuoteRequestBody1Signed"];
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
                    "application/json; charset=utf-8": components["schemas"]["AECreateInsuranceQuoteResponseBody1"];
                    "application/json": components["schemas"]["AECreateInsuranceQuoteResponseBody1"];
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
                        message: components["schemas"]["AECreateInsuranceQuoteResponseBody1"];
                    };
                };
            };
            204: components["responses"]["204DeclinedToQuote"];
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
    MotorInsuranceGetQuoteByQuoteId_read: {
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
                /** @description Unique identifier for a given quote */
                QuoteId: components["parameters"]["AEInsuranceParameters.AEInsuranceQuoteId"];
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
                    "application/json; charset=utf-8": components["schemas"]["AEInsuranceQuoteReadResponseBody1"];
                    "application/json": components["schemas"]["AEInsuranceQuoteReadResponseBody1"];
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
                        message: components["schemas"]["AEInsuranceQuoteReadResponseBody1"];
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
    MotorInsuranceQuotePatch: {
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
                /** @description Unique identifier for a given quote */
                QuoteId: components["parameters"]["AEInsuranceParameters.AEInsuranceQuoteId"];
            };
            cookie?: never;
        };
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
                    message: components["schemas"]["UpdateMotorInsuranceQuoteStatusMessageProperties"];
                };
            };
        };
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    /** @description An RFC4122 UID used as a correlation ID. */
                    "x-fapi-interaction-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
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
                        message: {
                            Data: {
                                /** @description Broker requests to handle following steps of policy issuance process. */
                                PolicyIssuanceAllowed?: {
                                    /** @description Broker allowed to complete capture of customer verification information and documents for this quote. */
                                    CustomerVerification: boolean;
                                    /** @description Broker allowed to host payment checkout. */
                                    Payment: boolean;
                                    /** @description Broker allowed to provide policy documents to customer. */
                                    PolicyDocuments: boolean;
                                };
                            };
                            Links: {
                                Self: components["schemas"]["Self"];
                                /**
                                 * Format: uri
                                 * @description Hosted payment URL for TPP to present to customer.  Required when the Payment field is true.
                                 */
                                PaymentUrl?: string;
                            };
                        };
                    };
                };
            };
            204: components["responses"]["204Patch"];
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
    RentersInsurancePolicies_list: {
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
                    "application/json; charset=utf-8": components["schemas"]["AEReadInsurancePolicies1"];
                    "application/json": components["schemas"]["AEReadInsurancePolicies1"];
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
                        message: components["schemas"]["AEReadInsurancePolicies1"];
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
    RentersInsuranceCreatePolicy_signedRequest: {
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
                    message: components["schemas"]["AEInsuranceCreatePolicy1"];
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
                        message: {
                            Data: components["schemas"]["AEInsuranceInsurancePolicyResponseData1"];
                            Links: components["schemas"]["AECreateInsurancePolicyLinks1"];
                            Meta: components["schemas"]["Meta"];
                        };
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
    RentersInsurancePoliciesById_read: {
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
                /** @description Unique identifier for a given insurance policy */
                InsurancePolicyId: components["parameters"]["AEInsuranceParameters.AEInsurancePolicyId"];
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
                    "application/json; charset=utf-8": components["schemas"]["AEReadRentersInsurancePolicy1"];
                    "application/json": components["schemas"]["AEReadRentersInsurancePolicy1"];
                    "application/jwt": components["schemas"]["AEReadRentersInsurancePolicy1Signed"];
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
    RentersInsurancePolicyByIdBankAccountDetails_read: {
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
                /** @description Unique identifier for a given insurance policy */
                InsurancePolicyId: components["parameters"]["AEInsuranceParameters.AEInsurancePolicyId"];
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
                    "application/json; charset=utf-8": components["schemas"]["AEReadPaymentDetails1"];
                    "application/json": components["schemas"]["AEReadPaymentDetails1"];
                    "application/jwt": components["schemas"]["AEReadPaymentDetails1Signed"];
                };
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
    CreateRentersInsuranceQuote_unsignedRequest_CreateRentersInsuranceQuote_signedRequest: {
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
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["AECreateRentersInsuranceQuoteRequestBody1"];
                "application/json": components["schemas"]["AECreateRentersInsuranceQuoteRequestBody1"];
                "application/jwt": components["schemas"]["AECreateRentersInsuranceQuoteRequestBody1Signed"];
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
                    "application/json; charset=utf-8": components["schemas"]["AECreateInsuranceQuoteResponseBody1"];
                    "application/json": components["schemas"]["AECreateInsuranceQuoteResponseBody1"];
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
                        message: components["schemas"]["AECreateInsuranceQuoteResponseBody1"];
                    };
                };
            };
            204: components["responses"]["204DeclinedToQuote"];
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
    RentersInsuranceGetQuoteByQuoteId_read: {
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
                /** @description Unique identifier for a given quote */
                QuoteId: components["parameters"]["AEInsuranceParameters.AEInsuranceQuoteId"];
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
                    "application/json; charset=utf-8": components["schemas"]["AEInsuranceQuoteReadResponseBody1"];
                    "application/json": components["schemas"]["AEInsuranceQuoteReadResponseBody1"];
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
                        message: components["schemas"]["AEInsuranceQuoteReadResponseBody1"];
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
    RentersInsuranceQuotePatch: {
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
                /** @description Unique identifier for a given quote */
                QuoteId: components["parameters"]["AEInsuranceParameters.AEInsuranceQuoteId"];
            };
            cookie?: never;
        };
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
                    message: components["schemas"]["UpdateRentersInsuranceQuoteStatusMessageProperties"];
                };
            };
        };
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    /** @description An RFC4122 UID used as a correlation ID. */
                    "x-fapi-interaction-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
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
                        message: {
                            Data: {
                                /** @description Broker requests to handle following steps of policy issuance process. */
                                PolicyIssuanceAllowed?: {
                                    /** @description Broker allowed to complete capture of customer verification information and documents for this quote. */
                                    CustomerVerification: boolean;
                                    /** @description Broker allowed to host payment checkout. */
                                    Payment: boolean;
                                    /** @description Broker allowed to provide policy documents to customer. */
                                    PolicyDocuments: boolean;
                                };
                            };
                            Links: {
                                Self: components["schemas"]["Self"];
                                /**
                                 * Format: uri
                                 * @description Hosted payment URL for TPP to present to customer.  Required when the Payment field is true.
                                 */
                                PaymentUrl?: string;
                            };
                        };
                    };
                };
            };
            204: components["responses"]["204Patch"];
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
    TravelInsurancePolicies_list: {
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
                    "application/json; charset=utf-8": components["schemas"]["AEReadInsurancePolicies1"];
                    "application/json": components["schemas"]["AEReadInsurancePolicies1"];
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
                        message: components["schemas"]["AEReadInsurancePolicies1"];
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
    TravelInsuranceCreatePolicy_signedRequest: {
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
                    message: components["schemas"]["AEInsuranceCreatePolicy1"];
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
                        message: {
                            Data: components["schemas"]["AEInsuranceInsurancePolicyResponseData1"];
                            Links: components["schemas"]["AECreateInsurancePolicyLinks1"];
                            Meta: components["schemas"]["Meta"];
                        };
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
    TravelInsurancePoliciesById_read: {
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
                /** @description Unique identifier for a given insurance policy */
                InsurancePolicyId: components["parameters"]["AEInsuranceParameters.AEInsurancePolicyId"];
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
                    "application/json; charset=utf-8": components["schemas"]["AEReadTravelInsurancePolicy1"];
                    "application/json": components["schemas"]["AEReadTravelInsurancePolicy1"];
                    "application/jwt": components["schemas"]["AEReadTravelInsurancePolicy1Signed"];
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
    TravelInsurancePolicyByIdBankAccountDetails_read: {
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
                /** @description Unique identifier for a given insurance policy */
                InsurancePolicyId: components["parameters"]["AEInsuranceParameters.AEInsurancePolicyId"];
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
                    "application/json; charset=utf-8": components["schemas"]["AEReadPaymentDetails1"];
                    "application/json": components["schemas"]["AEReadPaymentDetails1"];
                    "application/jwt": components["schemas"]["AEReadPaymentDetails1Signed"];
                };
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
    CreateTravelInsuranceQuote_unsignedRequest_CreateTravelInsuranceQuote_signedRequest: {
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
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["AECreateTravelInsuranceQuoteRequestBody1"];
                "application/json": components["schemas"]["AECreateTravelInsuranceQuoteRequestBody1"];
                "application/jwt": components["schemas"]["AECreateTravelInsuranceQuoteRequestBody1Signed"];
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
                    "application/json; charset=utf-8": components["schemas"]["AECreateInsuranceQuoteResponseBody1"];
                    "application/json": components["schemas"]["AECreateInsuranceQuoteResponseBody1"];
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
                        message: components["schemas"]["AECreateInsuranceQuoteResponseBody1"];
                    };
                };
            };
            204: components["responses"]["204DeclinedToQuote"];
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
    TravelInsuranceGetQuoteByQuoteId_read: {
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
                /** @description Unique identifier for a given quote */
                QuoteId: components["parameters"]["AEInsuranceParameters.AEInsuranceQuoteId"];
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
                    "application/json; charset=utf-8": components["schemas"]["AEInsuranceQuoteReadResponseBody1"];
                    "application/json": components["schemas"]["AEInsuranceQuoteReadResponseBody1"];
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
                        message: components["schemas"]["AEInsuranceQuoteReadResponseBody1"];
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
    TravelInsuranceQuotePatch: {
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
                /** @description Unique identifier for a given quote */
                QuoteId: components["parameters"]["AEInsuranceParameters.AEInsuranceQuoteId"];
            };
            cookie?: never;
        };
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
                    message: components["schemas"]["UpdateTravelInsuranceQuoteStatusMessageProperties"];
                };
            };
        };
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    /** @description An RFC4122 UID used as a correlation ID. */
                    "x-fapi-interaction-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
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
                        message: {
                            Data: {
                                /** @description Broker requests to handle following steps of policy issuance process. */
                                PolicyIssuanceAllowed?: {
                                    /** @description Broker allowed to complete capture of customer verification information and documents for this quote. */
                                    CustomerVerification: boolean;
                                    /** @description Broker allowed to host payment checkout. */
                                    Payment: boolean;
                                    /** @description Broker allowed to provide policy documents to customer. */
                                    PolicyDocuments: boolean;
                                };
                            };
                            Links: {
                                Self: components["schemas"]["Self"];
                                /**
                                 * Format: uri
                                 * @description Hosted payment URL for TPP to present to customer.  Required when the Payment field is true.
                                 */
                                PaymentUrl?: string;
                            };
                        };
                    };
                };
            };
            204: components["responses"]["204Patch"];
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
