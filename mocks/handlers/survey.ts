import { emptySurvey, malformedSurvey, validSurvey } from '../fixtures/surveyFixtures';
import type { Scenario } from '../scenarios';
import { datasetHandler } from './datasetHandler';

export const surveyHandler = (scenario?: Scenario) =>
  datasetHandler(
    'survey-2019.json',
    { valid: validSurvey, malformed: malformedSurvey, empty: emptySurvey },
    scenario,
  );
