import { emptyRegions, malformedRegions, validRegions } from '../fixtures/regionsFixtures';
import type { Scenario } from '../scenarios';
import { datasetHandler } from './datasetHandler';

export const regionsHandler = (scenario?: Scenario) =>
  datasetHandler(
    'regions.json',
    { valid: validRegions, malformed: malformedRegions, empty: emptyRegions },
    scenario,
  );
