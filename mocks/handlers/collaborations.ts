import {
  emptyCollaborations,
  malformedCollaborations,
  validCollaborations,
} from '../fixtures/collaborationsFixtures';
import type { Scenario } from '../scenarios';
import { datasetHandler } from './datasetHandler';

export const collaborationsHandler = (scenario?: Scenario) =>
  datasetHandler(
    'collaborations.json',
    { valid: validCollaborations, malformed: malformedCollaborations, empty: emptyCollaborations },
    scenario,
  );
