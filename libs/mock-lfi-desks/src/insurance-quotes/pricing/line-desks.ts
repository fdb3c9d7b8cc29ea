import type { InsuranceLine } from '@hub/mock-lfi-data';
import type { Members } from '../quote-members';
import { employmentDesk } from './employment-pricing';
import { healthDesk } from './health-pricing';
import { homeDesk } from './home-pricing';
import { lifeDesk } from './life-pricing';
import type { Declined, LineDesk, LineQuote } from './line-quote';
import { motorDesk } from './motor-pricing';
import { rentersDesk } from './renters-pricing';
import { travelDesk } from './travel-pricing';

/**
 * A line's desk with its risk type kept inside: `read` takes what pricing needs from the request
 * and answers the quote to make of it, so a risk is only ever priced by the line that read it.
 */
export interface PricingDesk {
  read(members: Members, on: string): () => LineQuote | Declined;
}

function pricingDesk<Risk>(desk: LineDesk<Risk>): PricingDesk {
  return {
    read: (members, on) => {
      const risk = desk.read(members, on);
      return () => desk.quote(risk);
    },
  };
}

/** The pricing of each line of business (its risk type is the line's own business). */
export const LINE_DESKS: Record<InsuranceLine, PricingDesk> = {
  employment: pricingDesk(employmentDesk),
  health: pricingDesk(healthDesk),
  home: pricingDesk(homeDesk),
  life: pricingDesk(lifeDesk),
  motor: pricingDesk(motorDesk),
  renters: pricingDesk(rentersDesk),
  travel: pricingDesk(travelDesk),
};
