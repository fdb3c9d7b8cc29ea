import type { InsuranceLine } from '@hub/mock-lfi-data';
import { employmentDesk } from './employment-pricing';
import { healthDesk } from './health-pricing';
import { homeDesk } from './home-pricing';
import { lifeDesk } from './life-pricing';
import type { LineDesk } from './line-quote';
import { motorDesk } from './motor-pricing';
import { rentersDesk } from './renters-pricing';
import { travelDesk } from './travel-pricing';

/** The pricing of each line of business (its risk type is the line's own business). */
export const LINE_DESKS: Record<InsuranceLine, LineDesk<any>> = {
  employment: employmentDesk,
  health: healthDesk,
  home: homeDesk,
  life: lifeDesk,
  motor: motorDesk,
  renters: rentersDesk,
  travel: travelDesk,
};
