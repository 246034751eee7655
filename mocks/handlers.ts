import { collaborationsHandler } from './handlers/collaborations';
import { projectsHandler } from './handlers/projects';
import { regionsHandler } from './handlers/regions';
import { surveyHandler } from './handlers/survey';
import type { Scenario } from './scenarios';

/** Every endpoint of the data contract, in one scenario. */
export function handlersFor(scenario: Scenario = 'default') {
  return [
    surveyHandler(scenario),
    regionsHandler(scenario),
    collaborationsHandler(scenario),
    projectsHandler(scenario),
  ];
}
