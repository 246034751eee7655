import { FUNDS, PROGRAMME_AREAS } from './projectCodes';
import { RESULT_LEVELS } from './resultLevels';

const TEXT = { sv: 'Uppvärmning', en: 'Warm-up' };
const MADE_UP = { kind: 'illustrative' } as const;
const REGIONS = ['SE0', 'SE11', 'SE12', 'SE21', 'SE22', 'SE23', 'SE31', 'SE32', 'SE33'];

/**
 * A columnar projects file of made-up rows shaped like a real one. The dataset worker parses it
 * while the page is idle, so that the parser's code is compiled before a real file arrives.
 */
export function warmUpProjectsFile(rowCount: number): string {
  const indices = (size: number) =>
    Array.from({ length: rowCount }, (_, row) => (row * 7919) % size);
  const column = (dictionary: readonly string[]) => ({
    dictionary,
    indices: indices(dictionary.length),
    provenance: MADE_UP,
  });
  const words = (word: string, count: number) =>
    Array.from({ length: count }, (_, index) => `${word} ${index}`);
  const startDays = indices(3000).map((offset) => 18_000 + offset);
  return JSON.stringify({
    dataset: 'projects',
    encoding: 'columns',
    title: TEXT,
    sources: [
      { id: 'warm-up', title: TEXT, publisher: 'warm-up', date: null, document: null, url: null },
    ],
    resultLevels: RESULT_LEVELS.map((id) => ({
      id,
      label: TEXT,
      definition: TEXT,
      provenance: MADE_UP,
    })),
    programmeAreas: PROGRAMME_AREAS.map((id) => ({ id, label: TEXT, provenance: MADE_UP })),
    rowCount,
    columns: {
      id: { prefix: 'WARM-', first: 1, digits: 7 },
      name: column(words('Projektet för välfärd', Math.ceil(rowCount / 2))),
      owner: column(words('Kommunen i Skåne', 100)),
      country: column(['SE']),
      fund: column(FUNDS),
      region: column(REGIONS),
      programmeArea: column(PROGRAMME_AREAS),
      startDate: { days: startDays, provenance: MADE_UP },
      endDate: { days: startDays.map((day) => day + 700), provenance: MADE_UP },
      resultLevels: { masks: indices(1 << RESULT_LEVELS.length), provenance: MADE_UP },
    },
  });
}
