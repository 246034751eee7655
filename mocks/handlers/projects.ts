import { emptyProjects, malformedProjects, validProjects } from '../fixtures/projectsFixtures';
import type { Scenario } from '../scenarios';
import { datasetHandler } from './datasetHandler';

export const projectsHandler = (scenario?: Scenario) =>
  datasetHandler(
    'projects.json',
    { valid: validProjects, malformed: malformedProjects, empty: emptyProjects },
    scenario,
  );
