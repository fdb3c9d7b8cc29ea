import type { OzoneCatalogueProduct } from '@hub/ozone-connect';

/**
 * Products as a bank's Ozone Connect publishes them (GET /products, bank products data v2.1.2):
 * a mortgage with hybrid rates and LTV tiers, an Ijara home finance with ownership transfer, a
 * credit card with rewards, a savings account with tiered deposit rates, a current account and a
 * Murabaha auto finance. Taken from a mock bank's catalogue; the mapping spec checks they are
 * valid against the Ozone Connect document before mapping them.
 */
export const OC_PRODUCTS: OzoneCatalogueProduct[] = [
  {
    "ProductId": "prd-229a58071276",
    "ProductCategory": "CurrentAccount",
    "ProductName": "Everyday Current Account",
    "Description": "A current account for salaries and daily spending, with a debit card and a cheque book.",
    "IsShariaCompliant": false,
    "IsSalaryTransferRequired": false,
    "DenominationCurrency": "AED",
    "Links": {
      "ApplicationUri": "https://www.falcon-bank.example.ae/products/everyday-current-account/apply",
      "ApplicationPhoneNumber": "+971683777134",
      "ApplicationEmail": "sales@falcon-bank.example.ae",
      "ApplicationDescription": "Apply online, in the Falcon Bank app, at any branch or by calling +971683777134.",
      "KfsUri": "https://www.falcon-bank.example.ae/products/everyday-current-account/key-facts.pdf",
      "OverviewUri": "https://www.falcon-bank.example.ae/products/everyday-current-account",
      "TermsUri": "https://www.falcon-bank.example.ae/products/everyday-current-account/terms.pdf",
      "FeesAndPricingUri": "https://www.falcon-bank.example.ae/fees",
      "ScheduleOfChargesUri": "https://www.falcon-bank.example.ae/schedule-of-charges.pdf",
      "EligibilityUri": "https://www.falcon-bank.example.ae/products/everyday-current-account#eligibility"
    },
    "Eligibility": {
      "ResidenceStatus": [
        {
          "Type": "UaeResident",
          "Description": "UAE nationals"
        },
        {
          "Type": "ExpatriatesResident",
          "Description": "Residents with a valid UAE residence visa"
        },
        {
          "Type": "GCCNational",
          "Description": "GCC nationals"
        }
      ],
      "CustomerType": [
        {
          "Type": "Retail",
          "Description": "Personal customers"
        },
        {
          "Type": "New",
          "Description": "New to the bank"
        },
        {
          "Type": "Existing",
          "Description": "Existing customers"
        }
      ],
      "AccountOwnership": [
        {
          "Type": "Individual",
          "Description": "In one name"
        },
        {
          "Type": "Joint",
          "Description": "Jointly with up to three holders"
        }
      ],
      "Age": [
        {
          "Type": "MinimumAge",
          "Description": "At least 18 years old",
          "Value": 18
        }
      ]
    },
    "Channels": [
      {
        "Type": "MobileApp",
        "Description": "Open and manage it in the mobile app"
      },
      {
        "Type": "Internet",
        "Description": "Online banking"
      },
      {
        "Type": "Branch",
        "Description": "Any branch in the UAE"
      },
      {
        "Type": "Phone",
        "Description": "Call centre, 24/7"
      }
    ],
    "Product": {
      "CurrentAccount": {
        "Type": "Basic",
        "IsOverdraftAvailable": false,
        "Documentation": [
          {
            "Type": "IDCard",
            "Description": "Emirates ID"
          },
          {
            "Type": "Passport",
            "Description": "Passport with a valid residence visa"
          }
        ],
        "Features": [
          {
            "Type": "DebitCard",
            "Description": "Mastercard debit card"
          },
          {
            "Type": "ChequeBook",
            "Description": "First cheque book free"
          },
          {
            "Type": "Contactless",
            "Description": "Tap to pay up to AED 500"
          },
          {
            "Type": "SMSNotifications",
            "Description": "An SMS for every transaction"
          }
        ],
        "Charges": [
          {
            "Type": "BalanceFallBelow",
            "Name": "Minimum balance fee",
            "Description": "Charged monthly when the average balance is below AED 3,000",
            "Charge": [
              {
                "Amount": {
                  "Amount": "30.00",
                  "Currency": "AED"
                }
              }
            ]
          },
          {
            "Type": "ChequeBook",
            "Name": "Cheque book",
            "Description": "Each cheque book after the first",
            "Charge": [
              {
                "Amount": {
                  "Amount": "36.00",
                  "Currency": "AED"
                }
              }
            ]
          },
          {
            "Type": "ReturnCheque",
            "Name": "Returned cheque",
            "Description": "Each cheque returned for insufficient funds",
            "Charge": [
              {
                "Amount": {
                  "Amount": "119.00",
                  "Currency": "AED"
                }
              }
            ]
          }
        ],
        "Limits": [
          {
            "Type": "MinimumBalance",
            "Description": "Average monthly balance to avoid the fee",
            "Amount": {
              "Amount": "3000.00",
              "Currency": "AED"
            }
          },
          {
            "Type": "MaximumCashATMWithdrawal",
            "Description": "Cash a day at ATMs",
            "Amount": {
              "Amount": "10000.00",
              "Currency": "AED"
            }
          }
        ]
      }
    },
    "EffectiveFromDateTime": "2023-02-13T08:20:54+04:00",
    "LastUpdatedDateTime": "2025-12-20T08:20:54+04:00"
  },
  {
    "ProductId": "prd-52fae58d5386",
    "ProductCategory": "SavingsAccount",
    "ProductName": "Smart Saver",
    "Description": "An instant-access savings account with tiered interest paid monthly.",
    "IsShariaCompliant": false,
    "IsSalaryTransferRequired": false,
    "DenominationCurrency": "AED",
    "Links": {
      "ApplicationUri": "https://www.falcon-bank.example.ae/products/smart-saver/apply",
      "ApplicationPhoneNumber": "+971683777134",
      "ApplicationEmail": "sales@falcon-bank.example.ae",
      "ApplicationDescription": "Apply online, in the Falcon Bank app, at any branch or by calling +971683777134.",
      "KfsUri": "https://www.falcon-bank.example.ae/products/smart-saver/key-facts.pdf",
      "OverviewUri": "https://www.falcon-bank.example.ae/products/smart-saver",
      "TermsUri": "https://www.falcon-bank.example.ae/products/smart-saver/terms.pdf",
      "FeesAndPricingUri": "https://www.falcon-bank.example.ae/fees",
      "ScheduleOfChargesUri": "https://www.falcon-bank.example.ae/schedule-of-charges.pdf",
      "EligibilityUri": "https://www.falcon-bank.example.ae/products/smart-saver#eligibility"
    },
    "Eligibility": {
      "ResidenceStatus": [
        {
          "Type": "UaeResident",
          "Description": "UAE nationals"
        },
        {
          "Type": "ExpatriatesResident",
          "Description": "Residents with a valid UAE residence visa"
        },
        {
          "Type": "GCCNational",
          "Description": "GCC nationals"
        }
      ],
      "CustomerType": [
        {
          "Type": "Retail",
          "Description": "Personal customers"
        },
        {
          "Type": "New",
          "Description": "New to the bank"
        },
        {
          "Type": "Existing",
          "Description": "Existing customers"
        }
      ],
      "AccountOwnership": [
        {
          "Type": "Individual",
          "Description": "In one name"
        },
        {
          "Type": "Joint",
          "Description": "Jointly with up to three holders"
        }
      ],
      "Age": [
        {
          "Type": "MinimumAge",
          "Description": "At least 18 years old",
          "Value": 18
        }
      ]
    },
    "Channels": [
      {
        "Type": "MobileApp",
        "Description": "Open and manage it in the mobile app"
      },
      {
        "Type": "Internet",
        "Description": "Online banking"
      },
      {
        "Type": "Branch",
        "Description": "Any branch in the UAE"
      },
      {
        "Type": "Phone",
        "Description": "Call centre, 24/7"
      }
    ],
    "Product": {
      "SavingsAccount": {
        "Type": "Savings",
        "MinimumBalance": {
          "Amount": "5000.00",
          "Currency": "AED"
        },
        "Documentation": [
          {
            "Type": "IDCard",
            "Description": "Emirates ID"
          }
        ],
        "Features": [
          {
            "Type": "NoLockIn",
            "Description": "Withdraw any time without losing interest"
          },
          {
            "Type": "SMSNotifications",
            "Description": "Monthly interest alert"
          }
        ],
        "Charges": [
          {
            "Type": "BalanceFallBelow",
            "Name": "Minimum balance fee",
            "Description": "Charged monthly when the balance is below AED 5,000",
            "Charge": [
              {
                "Amount": {
                  "Amount": "30.00",
                  "Currency": "AED"
                }
              }
            ]
          }
        ],
        "Limits": [
          {
            "Type": "MinimumOpeningBalance",
            "Description": "To open the account",
            "Amount": {
              "Amount": "5000.00",
              "Currency": "AED"
            }
          }
        ]
      },
      "DepositRates": {
        "RateType": "VariableInterest",
        "RateDetails": [
          {
            "RateCategory": "Standard",
            "AnnualRate": 1.04,
            "Tier": {
              "MinBalance": "5000",
              "MaxBalance": "99999.99",
              "Currency": "AED"
            },
            "CalculationMethod": "DailyClosingBalance",
            "CalculationFrequency": "Daily",
            "ApplicationFrequency": "Monthly"
          },
          {
            "RateCategory": "Standard",
            "AnnualRate": 1.54,
            "Tier": {
              "MinBalance": "100000",
              "Currency": "AED"
            },
            "CalculationMethod": "DailyClosingBalance",
            "CalculationFrequency": "Daily",
            "ApplicationFrequency": "Monthly"
          },
          {
            "RateCategory": "Introductory",
            "AnnualRate": 2.29,
            "Term": "P3M",
            "CalculationMethod": "DailyClosingBalance",
            "CalculationFrequency": "Daily",
            "ApplicationFrequency": "Monthly",
            "Notes": "For new customers on new money"
          }
        ]
      }
    },
    "EffectiveFromDateTime": "2020-11-19T11:35:52+04:00",
    "LastUpdatedDateTime": "2024-08-20T11:35:52+04:00"
  },
  {
    "ProductId": "prd-a44f20c16c5b",
    "ProductCategory": "CreditCard",
    "ProductName": "Titanium Credit Card",
    "Description": "A credit card with reward points on every purchase and up to 55 days interest-free.",
    "IsShariaCompliant": false,
    "IsSalaryTransferRequired": false,
    "DenominationCurrency": "AED",
    "Links": {
      "ApplicationUri": "https://www.falcon-bank.example.ae/products/titanium-credit-card/apply",
      "ApplicationPhoneNumber": "+971683777134",
      "ApplicationEmail": "sales@falcon-bank.example.ae",
      "ApplicationDescription": "Apply online, in the Falcon Bank app, at any branch or by calling +971683777134.",
      "KfsUri": "https://www.falcon-bank.example.ae/products/titanium-credit-card/key-facts.pdf",
      "OverviewUri": "https://www.falcon-bank.example.ae/products/titanium-credit-card",
      "TermsUri": "https://www.falcon-bank.example.ae/products/titanium-credit-card/terms.pdf",
      "FeesAndPricingUri": "https://www.falcon-bank.example.ae/fees",
      "ScheduleOfChargesUri": "https://www.falcon-bank.example.ae/schedule-of-charges.pdf",
      "EligibilityUri": "https://www.falcon-bank.example.ae/products/titanium-credit-card#eligibility",
      "CardImageUri": "https://www.falcon-bank.example.ae/products/titanium-credit-card/card.png"
    },
    "Eligibility": {
      "ResidenceStatus": [
        {
          "Type": "UaeResident",
          "Description": "UAE nationals"
        },
        {
          "Type": "ExpatriatesResident",
          "Description": "Residents with a valid UAE residence visa"
        }
      ],
      "EmploymentStatus": [
        {
          "Type": "Salaried",
          "Description": "Employed with a salary paid monthly"
        },
        {
          "Type": "SelfEmployed",
          "Description": "Business owners with two years of audited accounts"
        },
        {
          "Type": "MinimumSalary",
          "Description": "A monthly salary of at least AED 15,000"
        },
        {
          "Type": "MinimumEmploymentTenure",
          "Description": "Six months with the current employer"
        }
      ],
      "CustomerType": [
        {
          "Type": "Retail",
          "Description": "Personal customers"
        },
        {
          "Type": "New",
          "Description": "New to the bank"
        },
        {
          "Type": "Existing",
          "Description": "Existing customers"
        }
      ],
      "AccountOwnership": [
        {
          "Type": "Individual",
          "Description": "In the applicant's name"
        }
      ],
      "Age": [
        {
          "Type": "MinimumAge",
          "Description": "At least 21 years old",
          "Value": 21
        },
        {
          "Type": "MaximumAge",
          "Description": "At most 65 years old at the end of the term",
          "Value": 65
        }
      ],
      "FinancialRequirements": [
        {
          "Type": "MinimumCreditScore",
          "Description": "Al Etihad Credit Bureau score",
          "Value": 580
        },
        {
          "Type": "MinimumSalaryTransferRequirement",
          "Description": "Monthly salary",
          "Amount": {
            "Amount": "15000.00",
            "Currency": "AED"
          }
        },
        {
          "Type": "DebtBurdenRatio",
          "Description": "Monthly repayments at most half of the salary (CBUAE limit)",
          "Value": 50
        },
        {
          "Type": "NoRecentDefaults",
          "Description": "No default reported to Falcon Bank or the credit bureau in the last 12 months"
        }
      ],
      "AdditionalEligibility": [
        {
          "Type": "TimeInCountry",
          "Description": "Resident in the UAE for at least six months"
        }
      ]
    },
    "Channels": [
      {
        "Type": "MobileApp",
        "Description": "Open and manage it in the mobile app"
      },
      {
        "Type": "Internet",
        "Description": "Online banking"
      },
      {
        "Type": "Branch",
        "Description": "Any branch in the UAE"
      },
      {
        "Type": "Phone",
        "Description": "Call centre, 24/7"
      }
    ],
    "Product": {
      "CreditCard": {
        "Type": "Mastercard",
        "Documentation": [
          {
            "Type": "IDCard",
            "Description": "Emirates ID"
          },
          {
            "Type": "SalaryCertificate",
            "Description": "Salary certificate, or three months of bank statements"
          }
        ],
        "Features": [
          {
            "Type": "BalanceTransfer",
            "Description": "Move card balances from other banks"
          },
          {
            "Type": "InstalmentPaymentPlans",
            "Description": "Split purchases over 3 to 24 months"
          },
          {
            "Type": "CardControl",
            "Description": "Freeze and set limits in the app"
          }
        ],
        "Charges": [
          {
            "Type": "AnnualFees",
            "Name": "Annual fee",
            "Description": "Waived in the first year",
            "Charge": [
              {
                "Amount": {
                  "Amount": "357.00",
                  "Currency": "AED"
                }
              }
            ]
          },
          {
            "Type": "LatePayment",
            "Name": "Late payment fee",
            "Description": "When the minimum payment is late",
            "Charge": [
              {
                "Amount": {
                  "Amount": "274.00",
                  "Currency": "AED"
                }
              }
            ]
          },
          {
            "Type": "CashAdvance",
            "Name": "Cash advance fee",
            "Description": "Of the amount withdrawn, at least AED 99",
            "Charge": [
              {
                "Rate": 3
              }
            ]
          },
          {
            "Type": "ForeignTransaction",
            "Name": "Foreign currency fee",
            "Description": "Of purchases in another currency",
            "Charge": [
              {
                "Rate": 2.49
              }
            ]
          }
        ],
        "Limits": [
          {
            "Type": "MinimumCreditLimit",
            "Description": "Smallest credit limit",
            "Amount": {
              "Amount": "5000.00",
              "Currency": "AED"
            }
          },
          {
            "Type": "MaximumCreditLimit",
            "Description": "Up to four salaries",
            "Amount": {
              "Amount": "150000.00",
              "Currency": "AED"
            }
          }
        ]
      },
      "FinanceRates": {
        "RateType": "FixedInterest",
        "Rate": 36.78,
        "Description": "Annual rate on balances not paid in full",
        "CalculationFrequency": "Daily",
        "ApplicationFrequency": "Monthly",
        "InterestCalculationMethod": "OutstandingBalance"
      },
      "RewardsBenefits": [
        {
          "Type": "Points",
          "Name": "Falcon Rewards",
          "PointsType": "Reward points",
          "RewardBasis": [
            "1 point per AED 1 spent",
            "2 points per AED 1 spent abroad"
          ]
        },
        {
          "Type": "ComplimentaryServices",
          "Name": "Airport lounges",
          "RewardBasis": [
            "Four free lounge visits a year"
          ]
        }
      ]
    },
    "EffectiveFromDateTime": "2025-08-15T10:27:42+04:00",
    "LastUpdatedDateTime": "2025-09-30T10:27:42+04:00"
  },
  {
    "ProductId": "prd-28a4c57285ac",
    "ProductCategory": "Finance",
    "ProductName": "Murabaha Auto Finance",
    "Description": "Sharia-compliant car finance: the bank buys the car and sells it to you at a disclosed profit, paid in instalments.",
    "IsShariaCompliant": true,
    "ShariaStructure": "Murabaha",
    "AlternativeBrandName": "Falcon Tayseer Auto Finance",
    "ShariaInformation": "Murabaha over the vehicle, approved by the Internal Sharia Supervision Committee of Falcon Tayseer.",
    "IsSalaryTransferRequired": true,
    "DenominationCurrency": "AED",
    "Links": {
      "ApplicationUri": "https://www.falcon-bank.example.ae/products/murabaha-auto-finance/apply",
      "ApplicationPhoneNumber": "+971683777134",
      "ApplicationEmail": "sales@falcon-bank.example.ae",
      "ApplicationDescription": "Apply online, in the Falcon Bank app, at any branch or by calling +971683777134.",
      "KfsUri": "https://www.falcon-bank.example.ae/products/murabaha-auto-finance/key-facts.pdf",
      "OverviewUri": "https://www.falcon-bank.example.ae/products/murabaha-auto-finance",
      "TermsUri": "https://www.falcon-bank.example.ae/products/murabaha-auto-finance/terms.pdf",
      "FeesAndPricingUri": "https://www.falcon-bank.example.ae/fees",
      "ScheduleOfChargesUri": "https://www.falcon-bank.example.ae/schedule-of-charges.pdf",
      "EligibilityUri": "https://www.falcon-bank.example.ae/products/murabaha-auto-finance#eligibility"
    },
    "Eligibility": {
      "ResidenceStatus": [
        {
          "Type": "UaeResident",
          "Description": "UAE nationals"
        },
        {
          "Type": "ExpatriatesResident",
          "Description": "Residents with a valid UAE residence visa"
        }
      ],
      "EmploymentStatus": [
        {
          "Type": "Salaried",
          "Description": "Employed with a salary paid monthly"
        },
        {
          "Type": "SelfEmployed",
          "Description": "Business owners with two years of audited accounts"
        },
        {
          "Type": "MinimumSalary",
          "Description": "A monthly salary of at least AED 15,000"
        },
        {
          "Type": "MinimumEmploymentTenure",
          "Description": "Six months with the current employer"
        }
      ],
      "CustomerType": [
        {
          "Type": "Retail",
          "Description": "Personal customers"
        },
        {
          "Type": "New",
          "Description": "New to the bank"
        },
        {
          "Type": "Existing",
          "Description": "Existing customers"
        }
      ],
      "AccountOwnership": [
        {
          "Type": "Individual",
          "Description": "In the applicant's name"
        }
      ],
      "Age": [
        {
          "Type": "MinimumAge",
          "Description": "At least 21 years old",
          "Value": 21
        },
        {
          "Type": "MaximumAge",
          "Description": "At most 65 years old at the end of the term",
          "Value": 65
        }
      ],
      "FinancialRequirements": [
        {
          "Type": "MinimumCreditScore",
          "Description": "Al Etihad Credit Bureau score",
          "Value": 620
        },
        {
          "Type": "MinimumSalaryTransferRequirement",
          "Description": "Monthly salary",
          "Amount": {
            "Amount": "15000.00",
            "Currency": "AED"
          }
        },
        {
          "Type": "DebtBurdenRatio",
          "Description": "Monthly repayments at most half of the salary (CBUAE limit)",
          "Value": 50
        },
        {
          "Type": "NoRecentDefaults",
          "Description": "No default reported to Falcon Bank or the credit bureau in the last 12 months"
        }
      ],
      "AdditionalEligibility": [
        {
          "Type": "TimeInCountry",
          "Description": "Resident in the UAE for at least six months"
        }
      ]
    },
    "Channels": [
      {
        "Type": "MobileApp",
        "Description": "Open and manage it in the mobile app"
      },
      {
        "Type": "Internet",
        "Description": "Online banking"
      },
      {
        "Type": "Branch",
        "Description": "Any branch in the UAE"
      },
      {
        "Type": "Phone",
        "Description": "Call centre, 24/7"
      }
    ],
    "Product": {
      "Finance": {
        "Type": "AutoFinance",
        "MinimumFinanceAmount": {
          "Amount": "30000.00",
          "Currency": "AED"
        },
        "MaximumFinanceAmount": {
          "Amount": "600000.00",
          "Currency": "AED"
        },
        "Features": [
          {
            "Type": "IslamicFinance",
            "Description": "Murabaha"
          },
          {
            "Type": "DefermentFacility",
            "Description": "Defer two instalments a year"
          }
        ],
        "Charges": [
          {
            "Type": "Processing",
            "Name": "Processing fee",
            "Description": "Of the amount financed, at most AED 2,500",
            "Charge": [
              {
                "Rate": 1
              }
            ]
          },
          {
            "Type": "LatePayment",
            "Name": "Late payment",
            "Description": "Donated to charity",
            "Charge": [
              {
                "Amount": {
                  "Amount": "238.00",
                  "Currency": "AED"
                }
              }
            ],
            "DonatedToCharity": true
          }
        ]
      },
      "FinanceRates": {
        "RateType": "FixedProfit",
        "Rate": 6.35,
        "Description": "Annual reducing profit rate",
        "ProfitCalculationMethod": "OutstandingBalance",
        "CalculationFrequency": "Monthly",
        "ApplicationFrequency": "Monthly"
      },
      "Tenor": [
        {
          "MinimumTenor": "P6M",
          "MaximumTenor": "P4Y"
        }
      ]
    },
    "EffectiveFromDateTime": "2023-03-11T10:50:43+04:00",
    "LastUpdatedDateTime": "2025-07-12T10:50:43+04:00"
  },
  {
    "ProductId": "prd-c1b7de5fdd4d",
    "ProductCategory": "Mortgage",
    "ProductName": "Home Loan",
    "Description": "A mortgage for a ready property: fixed for the first years, then EIBOR plus a margin.",
    "IsShariaCompliant": false,
    "IsSalaryTransferRequired": true,
    "DenominationCurrency": "AED",
    "Links": {
      "ApplicationUri": "https://www.falcon-bank.example.ae/products/home-loan/apply",
      "ApplicationPhoneNumber": "+971683777134",
      "ApplicationEmail": "sales@falcon-bank.example.ae",
      "ApplicationDescription": "Apply online, in the Falcon Bank app, at any branch or by calling +971683777134.",
      "KfsUri": "https://www.falcon-bank.example.ae/products/home-loan/key-facts.pdf",
      "OverviewUri": "https://www.falcon-bank.example.ae/products/home-loan",
      "TermsUri": "https://www.falcon-bank.example.ae/products/home-loan/terms.pdf",
      "FeesAndPricingUri": "https://www.falcon-bank.example.ae/fees",
      "ScheduleOfChargesUri": "https://www.falcon-bank.example.ae/schedule-of-charges.pdf",
      "EligibilityUri": "https://www.falcon-bank.example.ae/products/home-loan#eligibility"
    },
    "Eligibility": {
      "ResidenceStatus": [
        {
          "Type": "UaeResident",
          "Description": "UAE nationals"
        },
        {
          "Type": "ExpatriatesResident",
          "Description": "Residents with a valid UAE residence visa"
        },
        {
          "Type": "NonUaeResident",
          "Description": "Non-residents buying in designated freehold areas"
        }
      ],
      "EmploymentStatus": [
        {
          "Type": "Salaried",
          "Description": "Employed with a salary paid monthly"
        },
        {
          "Type": "SelfEmployed",
          "Description": "Business owners with two years of audited accounts"
        },
        {
          "Type": "MinimumSalary",
          "Description": "A monthly salary of at least AED 15,000"
        },
        {
          "Type": "MinimumEmploymentTenure",
          "Description": "Six months with the current employer"
        }
      ],
      "CustomerType": [
        {
          "Type": "Retail",
          "Description": "Personal customers"
        },
        {
          "Type": "New",
          "Description": "New to the bank"
        },
        {
          "Type": "Existing",
          "Description": "Existing customers"
        }
      ],
      "AccountOwnership": [
        {
          "Type": "Individual",
          "Description": "In the applicant's name"
        }
      ],
      "Age": [
        {
          "Type": "MinimumAge",
          "Description": "At least 21 years old",
          "Value": 21
        },
        {
          "Type": "MaximumAge",
          "Description": "At most 70 years old at the end of the term",
          "Value": 70
        }
      ],
      "FinancialRequirements": [
        {
          "Type": "MinimumCreditScore",
          "Description": "Al Etihad Credit Bureau score",
          "Value": 650
        },
        {
          "Type": "MinimumSalaryTransferRequirement",
          "Description": "Monthly salary",
          "Amount": {
            "Amount": "15000.00",
            "Currency": "AED"
          }
        },
        {
          "Type": "DebtBurdenRatio",
          "Description": "Monthly repayments at most half of the salary (CBUAE limit)",
          "Value": 50
        },
        {
          "Type": "NoRecentDefaults",
          "Description": "No default reported to Falcon Bank or the credit bureau in the last 12 months"
        }
      ],
      "AdditionalEligibility": [
        {
          "Type": "TimeInCountry",
          "Description": "Resident in the UAE for at least six months"
        }
      ]
    },
    "Channels": [
      {
        "Type": "Branch",
        "Description": "Any branch in the UAE"
      },
      {
        "Type": "RelationshipManager",
        "Description": "A relationship manager guides the application"
      },
      {
        "Type": "Internet",
        "Description": "Start the application online"
      }
    ],
    "Product": {
      "Mortgage": {
        "MinimumFinanceAmount": {
          "Amount": "500000.00",
          "Currency": "AED"
        },
        "MaximumFinanceAmount": {
          "Amount": "15000000.00",
          "Currency": "AED"
        },
        "DownPayment": [
          {
            "CustomerCategory": "UaeResident",
            "MinimumPercent": 15,
            "Basis": "First home up to AED 5 million"
          },
          {
            "CustomerCategory": "ExpatriatesResident",
            "MinimumPercent": 20,
            "Basis": "First home up to AED 5 million"
          },
          {
            "CustomerCategory": "NonUaeResident",
            "MinimumPercent": 40,
            "Basis": "Any property"
          }
        ],
        "Documentation": [
          {
            "Type": "SalesandPurchaseAgreement",
            "Description": "Signed sale and purchase agreement"
          },
          {
            "Type": "ValuationReport",
            "Description": "By a bank-approved valuer"
          },
          {
            "Type": "SalaryCertificate",
            "Description": "Salary certificate"
          }
        ],
        "Features": [
          {
            "Type": "PreApproval",
            "Description": "Pre-approval valid 60 days"
          },
          {
            "Type": "FreePropertyValuation",
            "Description": "First valuation free"
          },
          {
            "Type": "Overpayments",
            "Description": "Overpay up to 25% a year without fee"
          }
        ],
        "Charges": [
          {
            "Type": "Processing",
            "Name": "Arrangement fee",
            "Description": "Of the amount financed, at most AED 20,000",
            "Charge": [
              {
                "Rate": 1
              }
            ]
          },
          {
            "Type": "EarlySettlement",
            "Name": "Early settlement",
            "Description": "Of the outstanding balance, at most AED 10,000",
            "Charge": [
              {
                "Rate": 1
              }
            ]
          },
          {
            "Type": "Other",
            "Name": "Valuation fee",
            "Description": "Property valuation",
            "Charge": [
              {
                "Amount": {
                  "Amount": "2975.00",
                  "Currency": "AED"
                }
              }
            ]
          }
        ],
        "Limits": [
          {
            "Type": "MaximumOverpayment",
            "Description": "Overpayments a year without fee",
            "Percentage": 25
          }
        ]
      },
      "FinanceRates": {
        "RateType": "HybridInterest",
        "FixedRate": {
          "Rate": 3.45,
          "Description": "Fixed for the first years",
          "FixedRateEnd": "P3Y",
          "InterestCalculationMethod": "OutstandingBalance"
        },
        "VariableRate": {
          "Description": "3-month EIBOR plus the margin",
          "BenchMark": "3M EIBOR",
          "BenchMarkRate": 4.1,
          "Margin": 0.93,
          "Rate": 5.03,
          "RateReviewFrequency": "P3M",
          "InterestCalculationMethod": "OutstandingBalance"
        },
        "Tiers": [
          {
            "Name": "Loan to value",
            "Unit": "LTV",
            "ApplicationMethod": "WholeBalance",
            "LTVTierDetails": [
              {
                "LTVStart": 0,
                "LTVEnd": 60,
                "TierRate": 3.3
              },
              {
                "LTVStart": 60,
                "LTVEnd": 85,
                "TierRate": 3.52
              }
            ]
          }
        ]
      },
      "Tenor": [
        {
          "MinimumTenor": "P5Y",
          "MaximumTenor": "P25Y"
        }
      ],
      "AssetBacked": [
        {
          "Type": "Collateral",
          "AssetType": "Property",
          "Description": "First-degree mortgage over the property, registered with the land department"
        }
      ]
    },
    "EffectiveFromDateTime": "2023-07-04T14:55:46+04:00",
    "LastUpdatedDateTime": "2025-06-06T14:55:46+04:00"
  },
  {
    "ProductId": "prd-ac288d42443d",
    "ProductCategory": "Mortgage",
    "ProductName": "Ijara Home Finance",
    "Description": "Sharia-compliant home finance: the bank buys the home and leases it to you until you own it.",
    "IsShariaCompliant": true,
    "ShariaStructure": "Ijara",
    "AlternativeBrandName": "Falcon Tayseer Home Finance",
    "ShariaInformation": "Ijara Muntahia Bittamleek, approved by the Internal Sharia Supervision Committee of Falcon Tayseer.",
    "IsSalaryTransferRequired": false,
    "DenominationCurrency": "AED",
    "Links": {
      "ApplicationUri": "https://www.falcon-bank.example.ae/products/ijara-home-finance/apply",
      "ApplicationPhoneNumber": "+971683777134",
      "ApplicationEmail": "sales@falcon-bank.example.ae",
      "ApplicationDescription": "Apply online, in the Falcon Bank app, at any branch or by calling +971683777134.",
      "KfsUri": "https://www.falcon-bank.example.ae/products/ijara-home-finance/key-facts.pdf",
      "OverviewUri": "https://www.falcon-bank.example.ae/products/ijara-home-finance",
      "TermsUri": "https://www.falcon-bank.example.ae/products/ijara-home-finance/terms.pdf",
      "FeesAndPricingUri": "https://www.falcon-bank.example.ae/fees",
      "ScheduleOfChargesUri": "https://www.falcon-bank.example.ae/schedule-of-charges.pdf",
      "EligibilityUri": "https://www.falcon-bank.example.ae/products/ijara-home-finance#eligibility"
    },
    "Eligibility": {
      "ResidenceStatus": [
        {
          "Type": "UaeResident",
          "Description": "UAE nationals"
        },
        {
          "Type": "ExpatriatesResident",
          "Description": "Residents with a valid UAE residence visa"
        }
      ],
      "EmploymentStatus": [
        {
          "Type": "Salaried",
          "Description": "Employed with a salary paid monthly"
        },
        {
          "Type": "SelfEmployed",
          "Description": "Business owners with two years of audited accounts"
        },
        {
          "Type": "MinimumSalary",
          "Description": "A monthly salary of at least AED 15,000"
        },
        {
          "Type": "MinimumEmploymentTenure",
          "Description": "Six months with the current employer"
        }
      ],
      "CustomerType": [
        {
          "Type": "Retail",
          "Description": "Personal customers"
        },
        {
          "Type": "New",
          "Description": "New to the bank"
        },
        {
          "Type": "Existing",
          "Description": "Existing customers"
        }
      ],
      "AccountOwnership": [
        {
          "Type": "Individual",
          "Description": "In the applicant's name"
        }
      ],
      "Age": [
        {
          "Type": "MinimumAge",
          "Description": "At least 21 years old",
          "Value": 21
        },
        {
          "Type": "MaximumAge",
          "Description": "At most 70 years old at the end of the term",
          "Value": 70
        }
      ],
      "FinancialRequirements": [
        {
          "Type": "MinimumCreditScore",
          "Description": "Al Etihad Credit Bureau score",
          "Value": 650
        },
        {
          "Type": "MinimumSalaryTransferRequirement",
          "Description": "Monthly salary",
          "Amount": {
            "Amount": "15000.00",
            "Currency": "AED"
          }
        },
        {
          "Type": "DebtBurdenRatio",
          "Description": "Monthly repayments at most half of the salary (CBUAE limit)",
          "Value": 50
        },
        {
          "Type": "NoRecentDefaults",
          "Description": "No default reported to Falcon Bank or the credit bureau in the last 12 months"
        }
      ],
      "AdditionalEligibility": [
        {
          "Type": "TimeInCountry",
          "Description": "Resident in the UAE for at least six months"
        }
      ]
    },
    "Channels": [
      {
        "Type": "Branch",
        "Description": "Any branch in the UAE"
      },
      {
        "Type": "RelationshipManager",
        "Description": "A relationship manager guides the application"
      },
      {
        "Type": "Internet",
        "Description": "Start the application online"
      }
    ],
    "Product": {
      "Mortgage": {
        "MinimumFinanceAmount": {
          "Amount": "500000.00",
          "Currency": "AED"
        },
        "MaximumFinanceAmount": {
          "Amount": "15000000.00",
          "Currency": "AED"
        },
        "DownPayment": [
          {
            "CustomerCategory": "UaeResident",
            "MinimumPercent": 15,
            "Basis": "First home up to AED 5 million"
          },
          {
            "CustomerCategory": "ExpatriatesResident",
            "MinimumPercent": 20,
            "Basis": "First home up to AED 5 million"
          }
        ],
        "Features": [
          {
            "Type": "IslamicFinance",
            "Description": "Ijara"
          },
          {
            "Type": "PropertyInsurance",
            "Description": "Takaful cover for the property"
          }
        ],
        "Charges": [
          {
            "Type": "Processing",
            "Name": "Arrangement fee",
            "Description": "Of the amount financed, at most AED 20,000",
            "Charge": [
              {
                "Rate": 1
              }
            ]
          }
        ]
      },
      "FinanceRates": {
        "RateType": "VariableProfit",
        "Description": "Rent: 3-month EIBOR plus the margin",
        "BenchMark": "3M EIBOR",
        "BenchMarkRate": 4.1,
        "Margin": 0.86,
        "RateReviewFrequency": "P3M",
        "ProfitCalculationMethod": "OutstandingBalance"
      },
      "Tenor": [
        {
          "MinimumTenor": "P5Y",
          "MaximumTenor": "P25Y"
        }
      ],
      "AssetBacked": [
        {
          "Type": "OwnershipTransfer",
          "AssetType": "Property",
          "Description": "The bank owns the home during the lease",
          "OwnershipTransfer": {
            "Type": "Gift",
            "Method": "EndOfLease",
            "TransferConditions": [
              "AllLeasePaymentsCompleted",
              "CustomerRequestRequired"
            ]
          }
        }
      ]
    },
    "EffectiveFromDateTime": "2021-09-02T13:54:53+04:00",
    "LastUpdatedDateTime": "2025-10-04T13:54:53+04:00"
  }
];
