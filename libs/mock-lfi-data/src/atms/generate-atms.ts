import type { OzoneAtm, OzoneAtmsResponse } from '@hub/ozone-connect';
import { EPOCH_INSTANT_MS, uaeDateTime } from '../banking/uae-time';
import { SeededRandom, stableId } from '../generator/seeded-random';
import { EMIRATE_DISTRICTS, EMIRATES, type AtmDistrict, type Emirate } from './emirate-sites';

/** The bank whose ATM network is drawn: its tenant id (LFIId) and name (LFIBrandId). */
export interface AtmBank {
  id: string;
  name: string;
}

type Service = NonNullable<OzoneAtm['Services']>[number];
type Accessibility = NonNullable<OzoneAtm['Accessibility']>[number];
type LocationCategory = NonNullable<OzoneAtm['Location']['LocationCategory']>[number];
type Fee = NonNullable<OzoneAtm['ATMFee']>[number];
type Day = NonNullable<NonNullable<OzoneAtm['Availability']>['OperatingHours']>[number]['Days'][number];

/** What every ATM of the sandbox does; the rest is drawn per machine. */
const CORE_SERVICES: Service[] = ['CashWithdrawal', 'Balance', 'FastCash', 'MiniStatement', 'PINChange'];
const EXTRA_SERVICES: Service[] = ['CashDeposits', 'ChequeDeposits', 'BillPayments', 'MobilePhoneTopUp', 'CharityDonation', 'OrderStatement', 'PINActivation', 'PINUnblock', 'MobileBankingRegistration'];
const ACCESSIBILITY: Accessibility[] = ['WheelchairAccess', 'AudioCashMachine', 'LevelAccess', 'LowerLevelCounter', 'AutomaticDoors', 'ExternalRamp', 'InductionLoop', 'InternalRamp'];
const CATEGORIES: LocationCategory[] = ['BranchExternal', 'BranchLobby', 'BranchInternal', 'RetailerOutlet', 'RemoteUnit', 'DriveThru'];
const BRANCH_CATEGORIES = new Set<LocationCategory>(['BranchExternal', 'BranchLobby', 'BranchInternal']);
/** Machines outside a building serve around the clock; the others keep their host's hours. */
const ALWAYS_OPEN = new Set<LocationCategory>(['BranchExternal', 'DriveThru', 'RemoteUnit']);
const EXTRA_LANGUAGES = ['hi', 'ur', 'ml', 'tl', 'fr'];
const WEEKDAYS: Day[] = ['Monday', 'Tuesday', 'Wednesday', 'Thursday'];
const WEEKEND: Day[] = ['Friday', 'Saturday', 'Sunday'];
/** How many machines a bank has in each Emirate: the two large ones get more. */
const MACHINES_PER_EMIRATE: Readonly<Record<Emirate, [number, number]>> = {
  AbuDhabi: [3, 5],
  Dubai: [4, 6],
  Sharjah: [2, 4],
  Ajman: [2, 3],
  UmmAlQuwain: [1, 2],
  RasAlKhaimah: [2, 3],
  Fujairah: [1, 3],
};

/**
 * One bank's ATM network across the seven Emirates, as its Ozone Connect publishes it
 * (`GET /atm`). Pure: the same seed and bank give the same machines; another bank draws its own
 * count, places, services and fees, so comparing banks shows differences.
 */
export function lfiAtms(bank: AtmBank, seed: string): OzoneAtmsResponse {
  const random = new SeededRandom(`${seed}|atms|${bank.id}`);
  const policy = bankPolicy(random);
  const data = EMIRATES.flatMap((emirate) => {
    const [min, max] = MACHINES_PER_EMIRATE[emirate];
    const districts = random.shuffle(EMIRATE_DISTRICTS[emirate]);
    return Array.from({ length: random.int(min, max) }, (_, i) => atmOf(bank, seed, random, policy, emirate, districts[i % districts.length], i));
  });
  // The network was last revised a few days before the data's epoch.
  const updated = EPOCH_INSTANT_MS - random.int(1, 20) * 86_400_000 - random.int(0, 86_399) * 1000;
  return { data, meta: { LastUpdatedDateTime: uaeDateTime(updated), TotalRecords: data.length } };
}

/** What is the same at every machine of one bank: its withdrawal limit and its fees. */
interface BankPolicy {
  maximumAed: number;
  crossBankFeeAed: string;
  internationalPercent: number;
  freeWithdrawals: number;
  networks: NonNullable<Fee['ApplicableNetworks']>;
}

function bankPolicy(random: SeededRandom): BankPolicy {
  return {
    maximumAed: random.pick([5000, 10_000, 15_000, 20_000]),
    crossBankFeeAed: random.pick(['2.10', '2.50', '3.15', '5.25']),
    internationalPercent: random.pick([1.5, 2, 2.5, 3]),
    freeWithdrawals: random.pick([0, 3, 5]),
    networks: random.pick([['Visa', 'Mastercard'], ['Visa', 'Mastercard', 'AmericanExpress'], ['Mastercard', 'Diners', 'Visa']] as NonNullable<Fee['ApplicableNetworks']>[]),
  };
}

function atmOf(bank: AtmBank, seed: string, random: SeededRandom, policy: BankPolicy, emirate: Emirate, district: AtmDistrict, index: number): OzoneAtm {
  const category = random.pick(CATEGORIES);
  const atmId = stableId('ATM', 12, seed, bank.id, emirate, district.name, index).toUpperCase();
  const site = district.sites[index % district.sites.length];
  const services = [...CORE_SERVICES, ...random.shuffle(EXTRA_SERVICES).slice(0, random.int(1, 5))];
  const deposits = services.includes('CashDeposits');
  const open24 = ALWAYS_OPEN.has(category) || random.chance(0.25);
  const status = random.chance(0.08) ? random.pick(['UnderMaintenance', 'Unavailable'] as const) : 'Available';
  const street = random.pick(district.streets);
  return {
    LFIId: bank.id,
    LFIBrandId: bank.name,
    ATMId: atmId,
    SupportedLanguages: ['ar', 'en', ...random.shuffle(EXTRA_LANGUAGES).slice(0, random.int(0, 2))],
    Services: services,
    Accessibility: random.shuffle(ACCESSIBILITY).slice(0, random.int(1, 4)),
    IsAccess24Hour: open24,
    Availability: { Status: status, OperatingHours: open24 ? [{ Days: [...WEEKDAYS, ...WEEKEND], OpenTime: '00:00', CloseTime: '23:59' }] : hostHours(random) },
    SupportedCurrencies: deposits && random.chance(0.4) ? ['AED', 'USD'] : ['AED'],
    MinimumPossibleAmount: { Amount: '100.00', Currency: 'AED' },
    MaximumPossibleAmount: { Amount: `${policy.maximumAed}.00`, Currency: 'AED' },
    Notes: [deposits ? 'Dispenses AED 100 and AED 500 notes; accepts AED 10 to AED 1000 notes for deposits' : 'Dispenses AED 100 and AED 500 notes', ...(status === 'Available' ? [] : [`Temporarily out of service (${status})`])],
    ...(BRANCH_CATEGORIES.has(category) ? { Branch: { SchemeName: 'Other' as const, Identification: `${bank.id.slice(0, 3).toUpperCase()}-${district.name.replace(/[^A-Za-z]/g, '').slice(0, 6).toUpperCase()}` } } : {}),
    Location: {
      LocationCategory: [category],
      Site: { Identification: stableId('SITE', 8, bank.id, district.name, site).toUpperCase(), Name: site },
      PostalAddress: {
        AddressType: 'Business',
        AddressLine: [`${site}, ${street}`, `${district.name}, ${district.town}`],
        BuildingNumber: String(random.int(1, 240)),
        BuildingName: site,
        ...(category === 'BranchInternal' || category === 'RetailerOutlet' ? { Floor: random.pick(['Ground Floor', 'First Floor', 'Mezzanine']) } : {}),
        StreetName: street,
        DistrictName: district.name,
        PostBox: district.postBox,
        TownName: district.town,
        CountrySubDivision: emirate,
        Country: 'AE',
      },
      // Within about 450 m of the district centre: inside the Emirate the address names.
      GeoLocation: { Latitude: (district.latitude + random.int(-4000, 4000) / 1e6).toFixed(6), Longitude: (district.longitude + random.int(-4000, 4000) / 1e6).toFixed(6) },
    },
    Links: { FeesUri: `https://www.${bank.id}.example/fees/atm` },
    ATMFee: fees(policy),
  };
}

/** A mall's or a branch's hours: shorter on weekdays, late on the weekend. */
function hostHours(random: SeededRandom): NonNullable<NonNullable<OzoneAtm['Availability']>['OperatingHours']> {
  const open = random.pick(['07:00', '08:00', '10:00']);
  return [
    { Days: WEEKDAYS, OpenTime: open, CloseTime: random.pick(['22:00', '23:00']) },
    { Days: WEEKEND, OpenTime: open, CloseTime: '23:59' },
  ];
}

function fees(policy: BankPolicy): Fee[] {
  const free = policy.freeWithdrawals ? `Fee applies after the first ${policy.freeWithdrawals} free withdrawals per month.` : 'Fee applies to every withdrawal with another bank\'s card.';
  return [
    { Type: 'DomesticCrossBank', Amount: { Amount: policy.crossBankFeeAed, Currency: 'AED' }, ApplicableNetworks: policy.networks, Conditions: free },
    { Type: 'InternationalWithdrawal', Amount: { Amount: '25.00', Currency: 'AED' }, Percentage: policy.internationalPercent, ApplicableNetworks: policy.networks, Conditions: 'Cards issued outside the UAE: fixed fee plus a percentage of the amount.' },
    { Type: 'BalanceInquiry', Amount: { Amount: '1.05', Currency: 'AED' }, Conditions: 'Other UAE banks\' cards only.' },
  ];
}
