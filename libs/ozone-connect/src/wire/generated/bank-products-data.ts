/**
 * GENERATED FILE: do not edit. Regenerate with `npm run wire-types` (tools/generate-wire-types.js,
 * openapi-typescript 7.13.0).
 * Source: ozone-connect/v2.1.x/uae-ozone-connect-bank-products-data-openapi.yaml
 * from the UAE Open Finance OpenAPI documents (MIT licence, Nebras Open Finance).
 */

export interface paths {
    "/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve Products
         * @description Retrieve all Products
         */
        get: operations["GetProducts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/leads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a Lead
         * @description Create a Lead
         */
        post: operations["CreateLead"];
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
        /** @description Product Response */
        ProductResponse: {
            /** @description Products response */
            data?: {
                /** @description The unique identifier for the LFI within the CBUAE ecosystem */
                LFIId: string;
                /** @description The unique identifier for the LFI Brand within the CBUAE ecosystem */
                LFIBrandId: string;
                /** @description The Product array can contain one or more products associated to a single LFI */
                Products: components["schemas"]["Product"][];
            }[];
            meta?: components["schemas"]["Meta"];
        };
        /** @description The request to create a lead. */
        LeadRequest: {
            /** @description The data for the lead request. */
            data?: {
                /**
                 * Format: email
                 * @description Email address of the account holder
                 */
                Email: string;
                /** @description Phone number in E.164 format */
                PhoneNumber?: string;
                Name: components["schemas"]["AEUserName"];
                /** @description Emirates ID number of the Party */
                EmiratesId: string;
                /** @description Nationality of the Party */
                Nationality?: string;
                ResidentialAddress?: components["schemas"]["AEResidentialAddress"];
                /** @description Free text information about the lead. */
                LeadInformation?: string;
                /** @description Whether the lead has opted out of marketing communications. */
                MarketingOptOut: boolean;
                ProductCategories: components["schemas"]["AEProductCategories"];
            };
        };
        LeadResponse: {
            /** @description The data for the lead response. */
            data?: {
                /** @description Unique identifier for the lead */
                LeadId: string;
                /**
                 * Format: email
                 * @description Email address of the account holder
                 */
                Email: string;
                /** @description Phone number in E.164 format */
                PhoneNumber?: string;
                Name: components["schemas"]["AEUserName"];
                /** @description Emirates ID number of the Party */
                EmiratesId: string;
                Nationality?: string;
                ResidentialAddress?: components["schemas"]["AEResidentialAddress"];
                LeadInformation?: string;
                /** @description Whether the lead has opted out of marketing communications. */
                MarketingOptOut: boolean;
                ProductCategories?: components["schemas"]["AEProductCategories"];
            };
        };
        /** @description The Product information */
        Product: {
            /** @description A data holder specific unique identifier for this product. This identifier must be unique to a product but does not otherwise need to adhere to ID permanence guidelines. */
            ProductId: string;
            /**
             * @description The display name of the product.
             * @example Savings Account
             */
            ProductName: string;
            ProductCategory: components["schemas"]["AEProductCategoryCodes"];
            /** @description A human-readable description of the product that can be displayed to the User for marketing and information purposes. */
            Description?: string;
            /**
             * Format: date-time
             * @description The date and time from which this product is effective (i.e. is available for origination). Used to enable the articulation of products to the regime before they are available for customers to originate.
             */
            EffectiveFromDateTime?: string;
            /**
             * Format: date-time
             * @description The date and time at which this product will be retired and will no longer be offered. Used to enable the managed deprecation of products.
             */
            EffectiveToDateTime?: string;
            /**
             * Format: date-time
             * @description The last date and time that the information for this product was changed (or the creation date for the product if it has never been altered).
             */
            LastUpdatedDateTime?: string;
            /** @description Indicates whether the product is Sharia-compliant. */
            IsShariaCompliant?: boolean;
            /**
             * @description Provides the Islamic finance contract or structure type applied to a product when it has been confirmed as Sharia-compliant.
             * @enum {string}
             */
            ShariaStructure?: "Ijara" | "ServiceIjara" | "Murabaha" | "Musharaka" | "Tawarruq";
            /** @description If the product is Shari'a Compliant, alternative brand name to sell the product. */
            AlternativeBrandName?: string;
            /** @description The description of the Sharia compliance information. */
            ShariaInformation?: string;
            /** @description Does the Consumer need to pay their salary into a current account provided by the LFI to be able to open this product. */
            IsSalaryTransferRequired?: boolean;
            Links?: components["schemas"]["ProductLinks"];
            Eligibility?: components["schemas"]["Eligibility"];
            Channels?: components["schemas"]["Channel"][];
            Product?: components["schemas"]["ProductDetails"];
            /** @description Denomination currency of product */
            DenominationCurrency?: string;
        };
        /** @description Links to the Product details */
        ProductLinks: {
            /**
             * Format: uri
             * @description A link to apply for the product.
             */
            ApplicationUri?: string;
            /** @description A phone number to apply for the product. */
            ApplicationPhoneNumber?: string;
            /** @description An email address to apply for the product. */
            ApplicationEmail?: string;
            /** @description A free text description of the application process for the product, with ways to contact the LFI if applicable. */
            ApplicationDescription?: string;
            /**
             * Format: uri
             * @description A link to the Key Facts Statement for the product
             */
            KfsUri?: string;
            /**
             * Format: uri
             * @description A link to a general overview of the product.
             */
            OverviewUri?: string;
            /**
             * Format: uri
             * @description A link to the Terms and conditions for the product.
             */
            TermsUri?: string;
            /**
             * Format: uri
             * @description A link to the Fees and Pricing for the product.
             */
            FeesAndPricingUri?: string;
            /**
             * Format: uri
             * @description A link to the Schedule of Charges for the product.
             */
            ScheduleOfChargesUri?: string;
            /**
             * Format: uri
             * @description A link to the Eligibility for the product.
             */
            EligibilityUri?: string;
            /**
             * Format: uri
             * @description A link to the Card Image for the product.
             */
            CardImageUri?: string;
        };
        /** @description The eligibility criteria for the product. */
        Eligibility: {
            /**
             * @description The residence statuses of the User - that are eligible for the product.
             * @example [
             *       {
             *         "Type": "UaeResident",
             *         "Description": "A person who is a resident of the United Arab Emirates."
             *       }
             *     ]
             */
            ResidenceStatus?: {
                Type?: components["schemas"]["AEProductResidencyStatusCodes"];
                /** @description The description of the residence status eligible for the product. */
                Description?: string;
            }[];
            /** @description The employment statuses of the User - that are eligible for the product. */
            EmploymentStatus?: {
                /**
                 * @description The type of employment status eligible for the product.
                 * @enum {string}
                 */
                Type?: "Salaried" | "NonSalaried" | "EligibleEmployer" | "SelfEmployed" | "Unemployed" | "MinimumSalary" | "EmployerEligibility" | "MinimumEmploymentTenure";
                /** @description The description of the employment status eligible for the product. */
                Description?: string;
            }[];
            /** @description The customer types of the User - that are eligible for the product. */
            CustomerType?: {
                /**
                 * @description The type of customer type eligible for the product.
                 * @enum {string}
                 */
                Type?: "Retail" | "SME" | "Corporate" | "New" | "Existing";
                /** @description The description of the customer type eligible for the product. */
                Description?: string;
            }[];
            /** @description The account ownership types of the User - that are eligible for the product. */
            AccountOwnership?: {
                /**
                 * @description The type of account ownership eligible for the product.
                 * @enum {string}
                 */
                Type?: "Individual" | "Joint" | "Multi";
                /** @description The description of the account ownership eligible for the product. */
                Description?: string;
            }[];
            /** @description The age of the User - that are eligible for the product. */
            Age?: {
                /**
                 * @description The type of age eligibility criteria.
                 * @enum {string}
                 */
                Type?: "MinimumAge" | "MaximumAge";
                /** @description The description of the age eligibility criteria. */
                Description?: string;
                /** @description The value of the age eligibility criteria. */
                Value?: number;
            }[];
            /** @description Finance requirements for the product. */
            FinancialRequirements?: {
                /**
                 * @description The type of financial requirement.
                 * @enum {string}
                 */
                Type?: "MinimumCreditScore" | "NoRecentDefaults" | "NoBankruptcyHistory" | "MaximumDelinquenciesAllowed" | "MinimumCreditHistoryLength" | "MinimumDisposableIncome" | "MinimumSalaryTransferRequirement" | "MaximumDebtToIncomeRatio" | "DebtBurdenRatio" | "Other";
                /** @description The description of the financial requirement. */
                Description?: string;
                /** @description The threshold value that the customer must meet or exceed to satisfy the specified financial requirement. */
                Value?: number;
                Amount?: components["schemas"]["AEActiveOrHistoricCurrencyAndAmount_0"];
            }[];
            /** @description Additional eligibility criteria for the product. */
            AdditionalEligibility?: {
                /**
                 * @description The type of eligibility criteria.
                 * @enum {string}
                 */
                Type?: "Student" | "UaeArmedForces" | "TimeInCountry" | "Other";
                /** @description The description of the eligibility criteria. */
                Description?: string;
            }[];
        };
        /** @description The channels through which the User can use the product. */
        Channel: {
            /**
             * @description The type of channel through which the User can use the product.
             * @enum {string}
             */
            Type?: "Phone" | "Internet" | "MobileApp" | "Branch" | "RelationshipManager" | "Other";
            /** @description The description of the channel through which the User can use the product. */
            Description?: string;
        };
        /** @description The product type specific details for the product. */
        ProductDetails: {
            CurrentAccount?: components["schemas"]["CurrentAccountDetails"];
            SavingsAccount?: components["schemas"]["SavingsDetails"];
            CreditCard?: components["schemas"]["CreditCardDetails"];
            Finance?: components["schemas"]["FinanceDetails"];
            Mortgage?: components["schemas"]["MortgageDetails"];
            DepositRates?: components["schemas"]["AEProductDepositRates"];
            FinanceRates?: components["schemas"]["AEProductFinanceRates"];
            Tenor?: components["schemas"]["AEProductTenorProperties"][];
            AssetBacked?: components["schemas"]["AEProductAssetBackedProducts"];
            RewardsBenefits?: components["schemas"]["AEProductRewardsBenefitsProperties"];
        };
        /**
         * @description A 3 character alphabetic code allocated to a currency under an international currency identification scheme, as described in the latest edition of the international standard ISO 4217 'Codes for the representation of currencies and funds'.
         * @example AED
         */
        ActiveOrHistoricCurrencyCode_1: string;
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
        /** @description The details specific to a current account product. When ProductCategory is "CurrentAccount" the CurrentAccount object must also be returned */
        CurrentAccountDetails: {
            /**
             * @description The type of current account product.
             * @enum {string}
             */
            Type?: "Basic" | "Premium" | "Advanced" | "Other";
            /** @description Indicates whether the current account product has an overdraft facility. */
            IsOverdraftAvailable?: boolean;
            /** @description A list of documents that are required by the LFI when applying for the current account product. */
            Documentation?: {
                /**
                 * @description The type of document required by the LFI when applying for the current account product.
                 * @enum {string}
                 */
                Type?: "ApplicationForm" | "IDCard" | "Passport" | "ResidenceVisa" | "ProofofAddress" | "UtilityBill" | "SalaryCertificate" | "SalarySlip" | "TradeLicence" | "BusinessOwnership" | "Other";
                /** @description The description of the document required by the LFI when applying for the current account product. */
                Description?: string;
            }[];
            /** @description A list of features of the current account product. */
            Features?: {
                /**
                 * @description The type of additional current account feature.
                 * @enum {string}
                 */
                Type?: "IslamicBanking" | "IslamicFinance" | "DebitCard" | "MultipleCurrencies" | "DigitalWallet" | "ChequeBook" | "Cashback" | "ATMTransfers" | "FreeCashWithdrawal" | "FreeInternationalPayments" | "Contactless" | "CardlessATMWithdrawal" | "TellerTransactions" | "SMSNotifications" | "BillPayments" | "FundsTransfer" | "SalaryAdvance" | "WorldWideSupport" | "Other";
                /** @description The description of the additional current account feature. */
                Description?: string;
            }[];
            Charges?: components["schemas"]["AEProductCharges"];
            /** @description A list of limits associated with the current account product. */
            Limits?: {
                /**
                 * @description The type of limit.
                 * @enum {string}
                 */
                Type?: "MinimumDeposit" | "MinimumBalance" | "MaximumWithdrawal" | "MaximumCashATMWithdrawal" | "MaximumInternationalATMWithdrawal" | "RetailDomesticPurchase" | "RetailInternationalPurchase" | "TellerTransactions" | "Other";
                /** @description The description of the limit. */
                Description?: string;
                /** @description The limit amount */
                Amount?: components["schemas"]["AEActiveOrHistoricCurrencyAndAmount_0"];
                /** @description The value of the limit. */
                Value?: number;
            }[];
        };
        /** @description The details specific to a savings account product. When ProductCategory is "SavingsAccount" the SavingsAccount object must also be returned */
        SavingsDetails: {
            /**
             * @description The type of savings account product.
             * @enum {string}
             */
            Type?: "Savings" | "OnlineSaver" | "TermDeposit" | "Notice" | "Other";
            MinimumBalance?: components["schemas"]["AEActiveOrHistoricCurrencyAndAmount_0"];
            /** @description A list of documents that are required by the LFI when applying for the savings account product. */
            Documentation?: {
                /**
                 * @description The type of document required by the LFI when applying for the savings account product.
                 * @enum {string}
                 */
                Type?: "ApplicationForm" | "IDCard" | "Passport" | "ResidenceVisa" | "ProofofAddress" | "UtilityBill" | "SalaryCertificate" | "SalarySlip" | "TradeLicence" | "BusinessOwnership" | "Other";
                /** @description The description of the document required by the LFI when applying for the product. */
                Description?: string;
            }[];
            /** @description A list of features of the savings account product. */
            Features?: {
                /**
                 * @description The type of feature.
                 * @enum {string}
                 */
                Type?: "IslamicBanking" | "IslamicFinance" | "DebitCard" | "MultipleCurrencies" | "ATMCard" | "FreeATMAccess" | "ChequeBook" | "CardlessChequeDeposit" | "CounterTransactions" | "MoneyTransfer" | "NoLockIn" | "SMSNotifications" | "Other";
                /** @description The description of the feature. */
                Description?: string;
            }[];
            Charges?: components["schemas"]["AEProductCharges"];
            /** @description A list of limits associated with the savings account product. */
            Limits?: {
                /**
                 * @description The type of limit.
                 * @enum {string}
                 */
                Type?: "MinimumOpeningBalance" | "MaximumBalance" | "MaximiumWithdrawal" | "MaximumCashATMWithdrawal" | "MaximumInternationalATMWithdrawal" | "MaximumTellerTransactions" | "Other";
                /** @description The description of the limit. */
                Description?: string;
                /** @description The limit amount */
                Amount?: components["schemas"]["AEActiveOrHistoricCurrencyAndAmount_0"];
                /** @description The value of the limit. */
                Value?: number;
            }[];
        };
        /** @description The details specific to a credit card product. When ProductCategory is "CreditCard" the CreditCard object must also be returned */
        CreditCardDetails: {
            /**
             * @description The type of the credit card product.
             * @enum {string}
             */
            Type?: "Visa" | "Mastercard" | "AmericanExpress" | "Diners" | "Other";
            /** @description A list of documents that are required by the LFI when applying for the credit card product. */
            Documentation?: {
                /**
                 * @description The type of document required by the LFI when applying for the product.
                 * @enum {string}
                 */
                Type?: "ApplicationForm" | "IDCard" | "Passport" | "ResidenceVisa" | "ProofofAddress" | "UtilityBill" | "BankStatement" | "SalaryCertificate" | "SalarySlip" | "TradeLicence" | "UndatedSecurityCheque" | "BusinessOwnership" | "Other";
                /** @description The description of the document required by the LFI when applying for the product. */
                Description?: string;
            }[];
            /** @description A list of features of the credit card product. */
            Features?: {
                /**
                 * @description The type of feature.
                 * @enum {string}
                 */
                Type?: "IslamicBanking" | "IslamicFinance" | "AdditionalCards" | "CoBrandedCard" | "BalanceTransfer" | "CashWithdrawal" | "InternationalPayments" | "FlexiblePaymentTerm" | "InstalmentPaymentPlans" | "InsuranceProtection" | "CreditShield" | "CardControl" | "PersonalisedCardDesign" | "Other";
                /** @description The description of the feature. */
                Description?: string;
            }[];
            Charges?: components["schemas"]["AEProductCharges"];
            /** @description A list of limits associated with the credit card product. */
            Limits?: {
                /**
                 * @description The type of limit.
                 * @enum {string}
                 */
                Type?: "MinimumCreditLimit" | "MaximumCreditLimit" | "MinimumSpend" | "MaximumCashATMWithdrawal" | "MaximumInternationalATMWithdrawal" | "Other";
                /** @description The description of the limit. */
                Description?: string;
                /** @description The limit amount */
                Amount?: components["schemas"]["AEActiveOrHistoricCurrencyAndAmount_0"];
                /** @description The value of the limit. */
                Value?: number;
            }[];
        };
        FinanceDetails: {
            /**
             * @description The type of the personal finance product. When ProductCategory is "Finance" the Finance object must also be returned
             * @enum {string}
             */
            Type?: "Finance" | "DebtSettlement" | "EducationFinance" | "TravelFinance" | "BoatFinance" | "AutoFinance" | "LineOfCredit" | "SalaryAdvance" | "HomeImprovement" | "MedicalLoan" | "Other";
            MinimumFinanceAmount?: components["schemas"]["AEActiveOrHistoricCurrencyAndAmount_0"];
            MaximumFinanceAmount?: components["schemas"]["AEActiveOrHistoricCurrencyAndAmount_0"];
            /** @description A list of documents that are required by the LFI when applying for the personal finance product. */
            Documentation?: {
                /**
                 * @description The type of document required by the LFI when applying for the product.
                 * @enum {string}
                 */
                Type?: "ApplicationForm" | "IDCard" | "Passport" | "ResidenceVisa" | "ProofofAddress" | "UtilityBill" | "BankStatement" | "SalaryCertificate" | "SalarySlip" | "UndatedSecurityCheque" | "ProofofBusinessOwnership" | "TradeLicence" | "MemorandumofAssociation" | "BusinessOwnership" | "Other";
                /** @description The description of the document required by the LFI when applying for the product. */
                Description?: string;
            }[];
            /** @description A list of features of the personal finance product. */
            Features?: {
                /**
                 * @description The type of feature.
                 * @enum {string}
                 */
                Type?: "IslamicBanking" | "IslamicFinance" | "QuickApproval" | "FreeDebitCard" | "FreeCreditCard" | "FlexibleRepaymentPeriods" | "BuyOut" | "TransferPersonalFinance" | "FinanceConsolidation" | "FinanceTopUp" | "RevolvingOverdraft" | "DefermentFacility" | "LifeInsurance" | "Guarantor" | "Other";
                /** @description The description of the feature. */
                Description?: string;
            }[];
            /** @description A list of limits associated with the personal finance product. */
            Limits?: {
                /**
                 * @description The type of limit.
                 * @enum {string}
                 */
                Type?: "MaximumOverpayment" | "Other";
                /** @description The description of the limit. */
                Description?: string;
                /** @description The limit amount */
                Amount?: components["schemas"]["AEActiveOrHistoricCurrencyAndAmount_0"];
                /** @description The value of the limit. */
                Value?: number;
            }[];
            Charges?: components["schemas"]["AEProductCharges"];
            /** @description A list of additional information about the personal finance product. */
            AdditionalInformation?: {
                /**
                 * @description The type of personal finance additional information.
                 * @enum {string}
                 */
                Type?: "Other";
                /** @description The description of the personal finance additional information. */
                Description?: string;
            }[];
        };
        /** @description The details specific to a mortgage product. When ProductCategory is "Mortgage" the Mortgage object must also be returned */
        MortgageDetails: {
            MinimumFinanceAmount?: components["schemas"]["AEActiveOrHistoricCurrencyAndAmount_0"];
            MaximumFinanceAmount?: components["schemas"]["AEActiveOrHistoricCurrencyAndAmount_0"];
            /** @description Details of the required down payment for the mortgage product. */
            DownPayment?: {
                CustomerCategory?: components["schemas"]["AEProductResidencyStatusCodes"];
                /** @description Minimum down payment percentage value. */
                MinimumPercent?: number;
                /** @description Description of the basis for the down payment */
                Basis?: string;
            }[];
            /** @description A list of documents that are required by the LFI when applying for the mortgage product. */
            Documentation?: {
                /**
                 * @description The type of document required by the LFI when applying for the product.
                 * @enum {string}
                 */
                Type?: "ApplicationForm" | "IDCard" | "Passport" | "ResidenceVisa" | "EmploymentProof" | "ProofofAddress" | "UtilityBill" | "BankStatement" | "SalaryCertificate" | "SalarySlip" | "TradeLicence" | "BusinessOwnership" | "PropertyOwnership" | "SalesandPurchaseAgreement" | "DeveloperLicense" | "TitleDeed" | "NoObjectionCertificate" | "ValuationReport" | "MortgageStatement" | "Other";
                /** @description The description of the document required by the LFI when applying for the product. */
                Description?: string;
            }[];
            /** @description A list of features of the mortgage product. */
            Features?: {
                /**
                 * @description The type of feature.
                 * @enum {string}
                 */
                Type?: "IslamicBanking" | "IslamicFinance" | "OnlineApplication" | "PreApproval" | "LifeInsurance" | "PropertyInsurance" | "GracePeriod" | "Overpayments" | "Redraw" | "FreeCreditCard" | "FreePropertyValuation" | "BuyOut" | "TopUp" | "InstalmentDeferment" | "EquityRelease" | "NoDeveloperRestriction" | "Guarantor" | "Other";
                /** @description The description of the feature. */
                Description?: string;
            }[];
            Charges?: components["schemas"]["AEProductCharges"];
            /** @description A list of limits associated with the mortgage product. */
            Limits?: {
                /**
                 * @description The type of limit.
                 * @enum {string}
                 */
                Type?: "MaximumOverpayment" | "Other";
                /** @description The description of the limit. */
                Description?: string;
                /** @description The limit amount */
                Amount?: components["schemas"]["AEActiveOrHistoricCurrencyAndAmount_0"];
                /** @description The value of the limit. */
                Value?: number;
                /** @description The percentage of the limit. */
                Percentage?: number;
            }[];
        };
        /** @description This is the value of the amount in the currency */
        AEActiveOrHistoricCurrencyAndAmount_0: {
            Amount: components["schemas"]["AEActiveCurrencyAndAmount_SimpleType"];
            Currency: components["schemas"]["ActiveOrHistoricCurrencyCode_0"];
        };
        /** @description A number of monetary units specified in an active currency where the unit of currency is explicit and compliant with ISO 4217. */
        AEActiveCurrencyAndAmount_SimpleType: string;
        /**
         * @description Identification of the currency in which the account is held. A code allocated to a currency under an international currency identification scheme, as described in the latest edition of the international standard ISO 4217 'Codes for the representation of currencies and funds'.
         * @example AED
         */
        ActiveOrHistoricCurrencyCode_0: string;
        /** @description The name of the account holder. */
        AEUserName: components["schemas"]["AEPersonalAccountName"] | components["schemas"]["AEPersonalAccountFullName"] | components["schemas"]["AEBusinessAccountName"];
        /** @description The name of a personal account */
        AEPersonalAccountName: {
            /** @description The given or first name of the lead */
            GivenName: string;
            /** @description The family or surname of the lead */
            LastName: string;
        };
        /** @description The full name of a personal account */
        AEPersonalAccountFullName: {
            /** @description The full name of the lead */
            FullName: string;
        };
        /** @description The name of a business account */
        AEBusinessAccountName: {
            /** @description The business name of the lead */
            BusinessName: string;
        };
        /** @description Address properties based on ISO 20022 `PostalAddress27` definition */
        AEResidentialAddress: {
            /**
             * @description The type of address. Defaults to `Residential`. Omitted if not held.
             * @enum {string}
             */
            AddressType?: "Residential";
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
        /**
         * @description The supported product category codes for banking products.
         * @enum {string}
         */
        AEProductCategoryCodes: "SavingsAccount" | "CurrentAccount" | "CreditCard" | "Finance" | "Mortgage";
        /** @description The categories of products that are provided or which the lead is interested in. */
        AEProductCategories: components["schemas"]["AEProductCategoryCodes"][];
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
            /** @description Confirmation of what the charge is based and calculated against. */
            Basis?: string;
        };
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
        /**
         * Format: duration
         * @description A period of time implemented using ISO 8601 compatible duration format
         * @example P2Y3M
         */
        AEDuration: string;
        /** @description The tenor for the product. */
        AEProductTenorProperties: {
            MinimumTenor?: components["schemas"]["AEDuration"];
            MaximumTenor?: components["schemas"]["AEDuration"];
            /** @description The condition that applies to the tenor */
            Condition?: string;
        };
        /**
         * @description The type of residence status eligible for the product or product requirement.
         * @enum {string}
         */
        AEProductResidencyStatusCodes: "UaeResident" | "ExpatriatesResident" | "GCCNational" | "NonUaeResident";
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
        AEProductsIntroductoryPeriodOptionsProperties: {
            /** @description Available introductory rates and periods */
            IntroductoryPeriodOptions?: {
                Period: components["schemas"]["AEDuration"];
                IndicativeRate: {
                    /**
                     * Format: float
                     * @description Starting rate
                     * @example 2.1
                     */
                    StartingFrom: number;
                    /**
                     * Format: float
                     * @description Maximum rate
                     * @example 3.05
                     */
                    UpTo: number;
                };
            }[];
        };
        AEProductHybridRatesIntroductoryPeriodOptionsProperties: {
            FixedRate?: components["schemas"]["AEProductsIntroductoryPeriodOptionsProperties"];
        };
        /** @description Properties of available interest rate options */
        AEProductRateOptionsInterestRateProperties: {
            /**
             * @description Available interest rate options (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            RateType: "InterestRateOptions";
            /** @description Rate options available to the User */
            RateOptions: ((components["schemas"]["AEProductFixedInterestRateProperties"] & components["schemas"]["AEProductsIntroductoryPeriodOptionsProperties"]) | components["schemas"]["AEProductVariableInterestRateProperties"] | (components["schemas"]["AEProductHybridInterestRateProperties"] & components["schemas"]["AEProductHybridRatesIntroductoryPeriodOptionsProperties"]))[];
        };
        /** @description Properties of available profit rate options */
        AEProductRateOptionsProfitRateProperties: {
            /**
             * @description Available profit rate options (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            RateType: "ProfitRateOptions";
            /** @description Rate options available to the User */
            RateOptions: ((components["schemas"]["AEProductFixedProfitRateProperties"] & components["schemas"]["AEProductsIntroductoryPeriodOptionsProperties"]) | components["schemas"]["AEProductVariableProfitRateProperties"] | (components["schemas"]["AEProductHybridProfitRateProperties"] & components["schemas"]["AEProductHybridRatesIntroductoryPeriodOptionsProperties"]))[];
        };
        AEProductFinanceRates: components["schemas"]["AEProductFixedInterestRateProperties"] | components["schemas"]["AEProductFixedProfitRateProperties"] | components["schemas"]["AEProductVariableInterestRateProperties"] | components["schemas"]["AEProductVariableProfitRateProperties"] | components["schemas"]["AEProductHybridInterestRateProperties"] | components["schemas"]["AEProductHybridProfitRateProperties"] | components["schemas"]["AEProductRateOptionsInterestRateProperties"] | components["schemas"]["AEProductRateOptionsProfitRateProperties"];
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
        /** @description Message describing what problem has occurred */
        ErrorMessage: string;
        /** @description Default error response payload structure for Ozone Connect */
        Error400: {
            /**
             * @description Error code identifying the problem that occurred. This may either be one of the prescribed Error Code(s) or a namespaced Error Code where the namespace is the system or organisation that has responded with the error, and the code is the code specific to the system or organisation. organisation or system.
             *     LFIs should implement error codes based on the prescribed codes or guidance in the standards, with non-specific codes maintained for backward compatibility with version 1.2.
             */
            errorCode: ("Consent.Invalid" | "Consent.BusinessRuleViolation" | "Consent.FailsControlParameters" | "Consent.InvalidUserIdentifier" | "JWS.InvalidSignature" | "JWS.Malformed" | "JWS.InvalidClaim" | "JWS.InvalidHeader" | "JWE.DecryptionError" | "JWE.InvalidHeader" | "GenericRecoverableError" | "GenericError" | "Event.UnexpectedEvent" | "Body.InvalidFormat" | "Resource.InvalidFormat") | string;
            errorMessage: components["schemas"]["ErrorMessage"];
        };
        /**
         * @description Error code identifying the problem that occurred. The first part of the code is the namespace, which is the name of the organisation or system that is rejecting the payment, and the second part is the specific rejection reason code for the originating organisation or system.
         *     LFIs should implement error codes based on the prescribed codes or guidance in the standards, with non-specific codes maintained for backward compatibility with version 1.2.
         */
        Error403: {
            /** @description Error code identifying the problem that occurred. This may either be one of the prescribed Error Code(s) or a namespaced Error Code where the namespace is the system or organisation that has responded with the error, and the code is the code specific to the system or organisation. */
            errorCode: ("AccessToken.InvalidScope" | "Consent.TransientAccountAccessFailure" | "Consent.AccountTemporarilyBlocked" | "Consent.PermanentAccountAccessFailure" | "GenericRecoverableError" | "GenericError") | string;
            errorMessage: components["schemas"]["ErrorMessage"];
        };
        /**
         * @description Error code identifying the problem that occurred. The first part of the code is the namespace, which is the name of the organisation or system that is rejecting the payment, and the second part is the specific rejection reason code for the originating organisation or system.
         *     LFIs should implement error codes based on the prescribed codes or guidance in the standards, with non-specific codes maintained for backward compatibility with version 1.2.
         */
        Error500: {
            /** @description Error code identifying the problem that occurred. This may either be one of the prescribed Error Code(s) or a namespaced Error Code where the namespace is the system or organisation that has responded with the error, and the code is the code specific to the system or organisation. */
            errorCode: ("GenericRecoverableError" | "GenericError") | string;
            errorMessage: components["schemas"]["ErrorMessage"];
        };
        /** @description Metadata relevant to the resource. */
        Meta: {
            /** @description The number of expected pages for the query. */
            totalPages?: number;
            /** @description The total number of records in the full set. */
            totalRecords?: number;
        };
    };
    responses: {
        /** @description Lead Response */
        "201LeadResponse": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["LeadResponse"];
            };
        };
        /** @description Operation failed due to a invalid request parameter */
        BadRequestResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error400"];
            };
        };
        /** @description The operation failed due to an invalid credential being presented */
        NotAuthorizedResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    /** @description Error code identifying the problem that occurred. Should be implemented based on guidance in standards and API Hub documentation, but custom error code lists maintained for backwards compatibility with v1.2. */
                    errorCode?: string;
                    errorMessage?: components["schemas"]["ErrorMessage"];
                };
            };
        };
        /** @description Operation failed as access to the requested resource is forbidden */
        ForbiddenResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error403"];
            };
        };
        /** @description Operation failed due to an internal server error */
        InternalServerErrorResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error500"];
            };
        };
        /** @description Default error response */
        errorResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    /** @description Error code identifying the problem that occurred. Should be implemented based on guidance in standards and API Hub documentation, but custom error code lists maintained for backwards compatibility with v1.2. */
                    errorCode?: string;
                    errorMessage?: components["schemas"]["ErrorMessage"];
                };
            };
        };
    };
    parameters: {
        /** @description Identifier for the financial institution that the request is targeted to */
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
        /** @description The interaction ID passed in by the caller, if any */
        callerInteractionId: string;
        /** @description An interaction ID generated by Ozone if the caller did not send in one. If the callerInteractionId is specified, this takes the same value. */
        ozoneInteractionId: string;
        /** @description The User's IP address if the User is currently logged in with the TPP. */
        "x-fapi-customer-ip-address": string;
        /** @description Page of results to request (standard pagination) */
        page: number;
        /** @description Page size to request. Default is 25 (standard pagination) */
        "page-size": number;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    GetProducts: {
        parameters: {
            query: {
                /** @description Filter by product category */
                ProductCategory?: components["schemas"]["AEProductCategoryCodes"];
                /** @description Filter by Sharia compliance */
                IsShariaCompliant?: boolean;
                /** @description Filter by last updated date time */
                LastUpdatedDateTime?: string;
                /** @description Order of sorting the results */
                SortOrder?: "asc" | "desc";
                /** @description Field to sort the results by */
                SortField?: "LastUpdatedDateTime" | "ProductId";
                /** @description Page of results to request (standard pagination) */
                page: components["parameters"]["page"];
                /** @description Page size to request. Default is 25 (standard pagination) */
                "page-size": components["parameters"]["page-size"];
            };
            header: {
                /** @description Identifier for the financial institution that the request is targeted to */
                "o3-provider-id": components["parameters"]["providerId"];
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
                /** @description The interaction ID passed in by the caller, if any */
                "o3-caller-interaction-id"?: components["parameters"]["callerInteractionId"];
                /** @description An interaction ID generated by Ozone if the caller did not send in one. If the callerInteractionId is specified, this takes the same value. */
                "o3-ozone-interaction-id": components["parameters"]["ozoneInteractionId"];
                /** @description The User's IP address if the User is currently logged in with the TPP. */
                "x-fapi-customer-ip-address": components["parameters"]["x-fapi-customer-ip-address"];
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
                    "application/json": components["schemas"]["ProductResponse"];
                };
            };
            400: components["responses"]["BadRequestResponse"];
            401: components["responses"]["NotAuthorizedResponse"];
            403: components["responses"]["ForbiddenResponse"];
            500: components["responses"]["InternalServerErrorResponse"];
            default: components["responses"]["errorResponse"];
        };
    };
    CreateLead: {
        parameters: {
            query?: never;
            header: {
                /** @description Identifier for the financial institution that the request is targeted to */
                "o3-provider-id": components["parameters"]["providerId"];
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
                /** @description The interaction ID passed in by the caller, if any */
                "o3-caller-interaction-id"?: components["parameters"]["callerInteractionId"];
                /** @description An interaction ID generated by Ozone if the caller did not send in one. If the callerInteractionId is specified, this takes the same value. */
                "o3-ozone-interaction-id": components["parameters"]["ozoneInteractionId"];
                /** @description The User's IP address if the User is currently logged in with the TPP. */
                "x-fapi-customer-ip-address": components["parameters"]["x-fapi-customer-ip-address"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description Request Body */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["LeadRequest"];
            };
        };
        responses: {
            201: components["responses"]["201LeadResponse"];
            400: components["responses"]["BadRequestResponse"];
            401: components["responses"]["NotAuthorizedResponse"];
            403: components["responses"]["ForbiddenResponse"];
            500: components["responses"]["InternalServerErrorResponse"];
            default: components["responses"]["errorResponse"];
        };
    };
}
