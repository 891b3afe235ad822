import type { State } from '../store/records.js';
import { seedKnowledgeBase, seedNotifications, seedUpstreams } from './customer-portal.js';
import { demoState, emptyState } from './demo.js';

/** Which data a server starts (and resets) with. */
export type SeedName = 'demo' | 'empty';

/** Adds a domain's demo data to the core demo state (customer portal, KB, upstreams…). */
export type DemoSeeder = (state: State) => void;

/** Domain seeders applied after the core demo data, in order. Add yours here. */
export const demoSeeders: readonly DemoSeeder[] = [seedKnowledgeBase, seedNotifications, seedUpstreams];

/** A fresh state for a seed name. */
export function seedState(seed: SeedName): State {
  if (seed === 'empty') return emptyState();
  const state = demoState();
  for (const add of demoSeeders) add(state);
  return state;
}
