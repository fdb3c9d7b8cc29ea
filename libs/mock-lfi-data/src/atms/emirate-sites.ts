/** The Emirate as the ATM document spells it (PostalAddress.CountrySubDivision). */
export type Emirate = 'AbuDhabi' | 'Dubai' | 'Sharjah' | 'Ajman' | 'UmmAlQuwain' | 'RasAlKhaimah' | 'Fujairah';

/** A neighbourhood where banks put ATMs: its centre, its town and streets, a landmark to stand in. */
export interface AtmDistrict {
  name: string;
  town: string;
  latitude: number;
  longitude: number;
  streets: readonly string[];
  sites: readonly string[];
  postBox: string;
}

const d = (name: string, town: string, latitude: number, longitude: number, streets: string[], sites: string[], postBox: string): AtmDistrict => ({ name, town, latitude, longitude, streets, sites, postBox });

/**
 * Real districts of the seven Emirates with their approximate centres (WGS 84). An ATM is placed
 * within a few hundred metres of its district's centre, so every coordinate falls inside the
 * Emirate its address names.
 */
export const EMIRATE_DISTRICTS: Readonly<Record<Emirate, readonly AtmDistrict[]>> = {
  AbuDhabi: [
    d('Al Markaziyah', 'Abu Dhabi', 24.4899, 54.3573, ['Hamdan Bin Mohammed Street', 'Sheikh Zayed the First Street', 'Electra Street'], ['World Trade Center Mall', 'Hamdan Centre'], '3865'),
    d('Al Khalidiyah', 'Abu Dhabi', 24.4703, 54.3463, ['Al Khaleej Al Arabi Street', 'Corniche Road West'], ['Khalidiyah Mall', 'Al Khalidiyah Co-op'], '4710'),
    d('Khalifa City', 'Abu Dhabi', 24.4195, 54.5776, ['Al Qurm Street', 'Al Raha Beach Road'], ['Khalifa City Market', 'Pearl Plaza'], '5301'),
    d('Al Jimi', 'Al Ain', 24.2323, 55.7196, ['Khalifa Bin Zayed Street', 'Al Jimi Road'], ['Al Jimi Mall', 'Al Ain Hospital'], '15258'),
    d('Mussafah', 'Abu Dhabi', 24.3523, 54.5030, ['Mussafah Road', 'Street 10'], ['Mazyad Mall', 'Mussafah Shabiya Centre'], '9112'),
  ],
  Dubai: [
    d('Al Rigga', 'Dubai', 25.2637, 55.3240, ['Al Rigga Road', 'Omar Bin Al Khattab Road'], ['Al Ghurair Centre', 'Al Rigga Metro Station'], '1502'),
    d('Al Mankhool', 'Dubai', 25.2520, 55.2930, ['Kuwait Street', 'Khalid Bin Al Waleed Road'], ['BurJuman', 'Al Mankhool Park'], '2460'),
    d('Downtown Dubai', 'Dubai', 25.1972, 55.2744, ['Sheikh Mohammed Bin Rashid Boulevard', 'Financial Centre Road'], ['The Dubai Mall', 'Boulevard Plaza'], '9440'),
    d('Dubai Marina', 'Dubai', 25.0805, 55.1403, ['Al Marsa Street', 'King Salman Bin Abdulaziz Al Saud Street'], ['Marina Mall', 'Marina Walk'], '32923'),
    d('Al Barsha', 'Dubai', 25.1130, 55.2000, ['Al Barsha Road', 'Umm Suqeim Street'], ['Mall of the Emirates', 'Al Barsha Pond Park'], '25741'),
    d('Jumeirah', 'Dubai', 25.2048, 55.2421, ['Jumeirah Beach Road', 'Al Wasl Road'], ['Mercato Mall', 'Jumeirah Plaza'], '74147'),
  ],
  Sharjah: [
    d('Al Majaz', 'Sharjah', 25.3260, 55.3850, ['Al Majaz Street', 'Corniche Street'], ['Al Majaz Waterfront', 'Qanat Al Qasba'], '6800'),
    d('Al Nahda', 'Sharjah', 25.3000, 55.3710, ['Al Nahda Street', 'Al Ittihad Road'], ['Sahara Centre', 'Al Nahda Park'], '26211'),
    d('Muwaileh', 'Sharjah', 25.2950, 55.4600, ['University City Road', 'Maliha Road'], ['Muwaileh Commercial', 'University City'], '27272'),
    d('Al Khan', 'Sharjah', 25.3316, 55.3750, ['Al Khan Street', 'Al Taawun Road'], ['Al Khan Lagoon', 'Sharjah Aquarium'], '1450'),
  ],
  Ajman: [
    d('Al Nuaimiya', 'Ajman', 25.3930, 55.4460, ['Sheikh Khalifa Bin Zayed Street', 'Al Nuaimiya Street'], ['Ajman City Centre', 'Nesto Hypermarket'], '4041'),
    d('Al Rashidiya', 'Ajman', 25.4010, 55.4420, ['Sheikh Humaid Bin Rashid Street', 'Corniche Road'], ['Ajman Corniche', 'Al Rashidiya Market'], '1334'),
    d('Al Jurf', 'Ajman', 25.4020, 55.5030, ['Emirates Road', 'Al Jurf Street'], ['Ajman University', 'Al Jurf Industrial'], '346'),
  ],
  UmmAlQuwain: [
    d('Al Maidan', 'Umm Al Quwain', 25.5647, 55.5552, ['King Faisal Street', 'Al Maidan Street'], ['Umm Al Quwain Fort', 'Old Souq'], '2700'),
    d('Al Salamah', 'Umm Al Quwain', 25.5150, 55.6050, ['Sheikh Ahmed Bin Rashid Al Mualla Road', 'Al Salamah Street'], ['Lulu Hypermarket', 'Al Salamah Co-op'], '1118'),
    d('Al Ramlah', 'Umm Al Quwain', 25.5350, 55.5850, ['Al Ittihad Street', 'King Faisal Road'], ['Umm Al Quwain Mall', 'Al Ramlah Park'], '3210'),
  ],
  RasAlKhaimah: [
    d('Al Nakheel', 'Ras Al Khaimah', 25.7900, 55.9600, ['Oman Street', 'Al Muntasir Road'], ['Manar Mall', 'Al Nakheel Souq'], '5020'),
    d('Al Hamra', 'Ras Al Khaimah', 25.6900, 55.7800, ['Al Hamra Road', 'Sheikh Mohammed Bin Salem Road'], ['Al Hamra Mall', 'Al Hamra Marina'], '34455'),
    d('Al Dhait', 'Ras Al Khaimah', 25.7300, 55.9900, ['Al Dhait Road', 'Emirates Road'], ['RAK Mall', 'Al Dhait Co-op'], '12181'),
  ],
  Fujairah: [
    d('Fujairah City', 'Fujairah', 25.1288, 56.3265, ['Hamad Bin Abdullah Road', 'Sheikh Zayed Bin Sultan Road'], ['Fujairah City Centre', 'Fujairah Fort Road Plaza'], '1100'),
    d('Dibba Al Fujairah', 'Dibba Al Fujairah', 25.5920, 56.2610, ['Dibba Corniche Road', 'Sheikh Khalifa Road'], ['Dibba Market', 'Dibba Corniche'], '11233'),
    d('Al Faseel', 'Fujairah', 25.1460, 56.3480, ['Corniche Road', 'Al Faseel Road'], ['Al Faseel Beach', 'Lulu Fujairah'], '2280'),
  ],
};

export const EMIRATES = Object.keys(EMIRATE_DISTRICTS) as Emirate[];

/**
 * A box around each Emirate (WGS 84, generous, degrees) that the tests hold every generated
 * coordinate to: latitude and longitude ranges.
 */
export const EMIRATE_BOUNDS: Readonly<Record<Emirate, { lat: [number, number]; lon: [number, number] }>> = {
  AbuDhabi: { lat: [22.6, 24.9], lon: [51.5, 56.0] },
  Dubai: { lat: [24.7, 25.36], lon: [54.9, 55.65] },
  Sharjah: { lat: [25.1, 25.5], lon: [55.35, 55.9] },
  Ajman: { lat: [25.36, 25.45], lon: [55.42, 55.6] },
  UmmAlQuwain: { lat: [25.45, 25.65], lon: [55.5, 55.9] },
  RasAlKhaimah: { lat: [25.6, 26.1], lon: [55.7, 56.2] },
  Fujairah: { lat: [25.0, 25.7], lon: [56.15, 56.4] },
};
