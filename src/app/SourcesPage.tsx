import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { ChartError, ChartSkeleton } from '../charts/ChartStates';
import { ProvenanceBadge } from '../charts/ProvenanceBadge';
import type { ProvenanceKind, Source } from '../data/provenanceSchema';
import {
  collaborationsQuery,
  projectsQuery,
  regionsQuery,
  surveyQuery,
  SURVEY_FILE,
  COLLABORATIONS_FILE,
  PROJECTS_FILE,
  REGIONS_FILE,
} from '../data/queries';
import type { SurveyDataset } from '../data/surveySchema';
import { provenanceWords } from '../filters/provenanceWords';
import { useI18n, type I18n } from '../i18n/I18nProvider';
import { projectFieldName } from '../features/projects/projectRecord';
import { PLACE_SEPARATOR, provenanceCounts, sourceUses, type SourceUse } from './sourcesSummary';
import './sources.css';

const KINDS: readonly ProvenanceKind[] = ['published', 'derived', 'illustrative'];
const SECTION_SKELETON_HEIGHT = 160;

interface LoadedDataset {
  dataset: string;
  title: { sv: string; en: string };
  sources: Source[];
}

function isWebLink(url: string | null): url is string {
  return url !== null && /^https?:\/\//.test(url);
}

function valueText(value: SourceUse['items'][number]['value'], i18n: I18n): string | null {
  if (value === null) return null;
  if (typeof value === 'boolean') return value ? i18n.t.projects.yes : i18n.t.projects.no;
  return String(value);
}

function sourceDate(date: string | null, i18n: I18n): string {
  if (date === null) return i18n.t.sources.notDated;
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? i18n.date(date) : date;
}

function kindLabel(kind: ProvenanceKind, i18n: I18n): string {
  return i18n.t.provenance[kind];
}

/** The loading skeleton or the error with a retry, else the loaded content. */
function Loaded<T>({
  query,
  children,
}: {
  query: UseQueryResult<T>;
  children: (data: T) => ReactNode;
}) {
  const { t } = useI18n();
  if (query.data !== undefined) return children(query.data);
  if (query.isError) {
    return (
      <ChartError
        title={t.states.errorTitle}
        message={query.error.message}
        retryLabel={t.states.retry}
        onRetry={() => void query.refetch()}
      />
    );
  }
  return <ChartSkeleton height={SECTION_SKELETON_HEIGHT} label={t.states.loading} />;
}

const PROJECTS_PLACE = `projects${PLACE_SEPARATOR}`;
const CODE = /^[A-Z0-9][A-Z0-9-]*$/;

/** The datasets' keys in words; kept here, as only this page shows them. */
const KEY_NAMES: Readonly<Record<string, { sv: string; en: string }>> = {
  method: { sv: 'Metod', en: 'Method' },
  fieldwork: { sv: 'Fältarbete', en: 'Fieldwork' },
  recipients: { sv: 'Mottagare', en: 'Recipients' },
  responseRate: { sv: 'Svarsfrekvens (%)', en: 'Response rate (%)' },
  areasOffered: { sv: 'Föreslagna områden', en: 'Areas offered' },
  areasRanked: { sv: 'Områden som varje svarande rangordnade', en: 'Areas each respondent ranked' },
  areas: { sv: 'Kompetensområden', en: 'Competence areas' },
  shares: { sv: 'Nationella andelar', en: 'National shares' },
  sectors: { sv: 'Sektorer', en: 'Sectors' },
  forms: { sv: 'Organisationsformer', en: 'Forms of organisation' },
  groups: { sv: 'Grupper', en: 'Groups' },
  projects: { sv: 'Projekt', en: 'Projects' },
  amounts: { sv: 'Belopp', en: 'Amounts' },
  programmeAreas: { sv: 'Programområden', en: 'Programme areas' },
  resultLevels: { sv: 'Resultatnivåer', en: 'Result levels' },
  regions: { sv: 'Regioner', en: 'Regions' },
};

/** A key of a dataset in words, where it has a name; otherwise (an id, a code) as it is. */
function keyName(key: string, i18n: I18n): string {
  const name = Object.hasOwn(KEY_NAMES, key) ? KEY_NAMES[key] : undefined;
  return name ? i18n.text(name) : key;
}

/** Where values sit, in words: "Metod", "Projekt › 22-018-S01 › Belopp". */
function placeName(place: string, i18n: I18n): string {
  return place
    .split(PLACE_SEPARATOR)
    .map((key) => keyName(key, i18n))
    .join(PLACE_SEPARATOR);
}

/**
 * A value by its own name (a sector's, a region's), a project's field by the name its record page
 * gives it, else its key in words.
 */
function itemName(place: string, item: SourceUse['items'][number], i18n: I18n): string {
  // A code is what a code list publishes ("SE-AC"): it stays beside the name.
  if (item.label !== undefined) {
    const name = i18n.text(item.label);
    return CODE.test(item.name) && name !== item.name ? `${name} (${item.name})` : name;
  }
  const fieldName = place.startsWith(PROJECTS_PLACE) ? projectFieldName(item.name) : undefined;
  return fieldName ? i18n.text(fieldName) : keyName(item.name, i18n);
}

function SourceEntry({ source, dataset }: { source: Source; dataset: LoadedDataset }) {
  const i18n = useI18n();
  const { t } = i18n;
  const uses = sourceUses(dataset, source.id);
  return (
    <li className="sources-entry">
      <h4 className="sources-entry__title">{i18n.text(source.title)}</h4>
      <dl className="sources-entry__facts">
        <dt>{t.sources.publisher}</dt>
        <dd>{source.publisher}</dd>
        <dt>{t.sources.date}</dt>
        <dd>{sourceDate(source.date, i18n)}</dd>
        {source.document ? (
          <>
            <dt>{t.sources.document}</dt>
            <dd>
              <code>{source.document}</code>
            </dd>
          </>
        ) : null}
        <dt>{t.sources.link}</dt>
        <dd>
          {isWebLink(source.url) ? (
            <a href={source.url} rel="noopener noreferrer" className="sources-entry__link">
              {source.url}
            </a>
          ) : (
            t.sources.noLink
          )}
        </dd>
      </dl>
      <p className="sources-entry__taken">{t.sources.takenFrom}</p>
      {uses.length === 0 ? (
        <p>{t.sources.notCited}</p>
      ) : (
        <ul className="sources-entry__uses">
          {uses.map((use) => (
            <li key={use.place}>
              <span className="sources-entry__place">{placeName(use.place, i18n)}</span>:{' '}
              {[
                ...use.items.map((item) => {
                  const text = valueText(item.value, i18n);
                  const shown = itemName(use.place, item, i18n);
                  return text === null ? shown : `${shown} (${text})`;
                }),
                ...(use.unnamed > 0 ? [t.sources.valueCount(use.unnamed)] : []),
              ].join(', ')}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

function DatasetSources({ dataset, file }: { dataset: LoadedDataset; file: string }) {
  const i18n = useI18n();
  return (
    <>
      <p className="sources-dataset__file">{i18n.t.sources.file(file)}</p>
      <ul className="sources-list">
        {dataset.sources.map((source) => (
          <SourceEntry key={source.id} source={source} dataset={dataset} />
        ))}
      </ul>
    </>
  );
}

function methodValue(key: keyof SurveyDataset['method'], survey: SurveyDataset, i18n: I18n) {
  const measure = survey.method[key];
  if (key === 'fieldwork') return i18n.month(String(measure.value));
  if (key === 'responseRate') return i18n.percent(Number(measure.value));
  return i18n.integer(Number(measure.value));
}

function SurveyMethod({ survey }: { survey: SurveyDataset }) {
  const i18n = useI18n();
  const { t } = i18n;
  const keys = Object.keys(t.sources.methodFields) as (keyof SurveyDataset['method'])[];
  return (
    <div className="matrix-scroll" tabIndex={0} role="region" aria-label={t.sources.methodCaption}>
      <table className="matrix sources-table">
        <caption>{t.sources.methodCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.sources.field}</th>
            <th scope="col">{t.sources.value}</th>
            <th scope="col">{t.sources.provenance}</th>
          </tr>
        </thead>
        <tbody>
          {keys.map((key) => {
            const words = provenanceWords(survey.method[key].provenance, survey.sources, i18n);
            return (
              <tr key={key}>
                <th scope="row">{t.sources.methodFields[key]}</th>
                <td>{methodValue(key, survey, i18n)}</td>
                <td>
                  {kindLabel(words.kind, i18n)}: {words.detail}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** `/sources`: every source of every dataset, the survey's method, definitions and provenance. */
export function SourcesPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const survey = useQuery(surveyQuery);
  const collaborations = useQuery(collaborationsQuery);
  const projects = useQuery(projectsQuery);
  const regions = useQuery(regionsQuery);
  const datasets = [
    { query: survey, file: SURVEY_FILE, id: 'survey-2019' },
    { query: collaborations, file: COLLABORATIONS_FILE, id: 'collaborations' },
    { query: projects, file: PROJECTS_FILE, id: 'projects' },
    { query: regions, file: REGIONS_FILE, id: 'regions' },
  ] as const;
  const allLoaded = datasets.every(({ query }) => query.data !== undefined);

  // The page renders its sections after the data arrives: scroll to `#dataset` once it exists.
  useEffect(() => {
    if (!allLoaded || !window.location.hash) return;
    document.getElementById(decodeURIComponent(window.location.hash.slice(1)))?.scrollIntoView();
  }, [allLoaded]);

  return (
    <div className="view sources">
      <h1 className="view__title">{t.sources.title}</h1>
      <p className="sources__intro">{t.sources.intro}</p>

      <section aria-labelledby="sources-datasets">
        <h2 id="sources-datasets">{t.sources.datasetsTitle}</h2>
        {datasets.map(({ query, file, id }) => (
          <section key={id} id={id} className="sources-dataset" aria-labelledby={`${id}-title`}>
            <h3 id={`${id}-title`}>{query.data ? i18n.text(query.data.title) : file}</h3>
            <Loaded query={query as UseQueryResult<LoadedDataset>}>
              {(dataset) => <DatasetSources dataset={dataset} file={file} />}
            </Loaded>
          </section>
        ))}
      </section>

      <section aria-labelledby="sources-method">
        <h2 id="sources-method">{t.sources.methodTitle}</h2>
        <Loaded query={survey}>{(data) => <SurveyMethod survey={data} />}</Loaded>
      </section>

      <section aria-labelledby="sources-definitions">
        <h2 id="sources-definitions">{t.sources.definitionsTitle}</h2>
        <h3>{t.sources.sectorsHeading}</h3>
        <Loaded query={collaborations}>
          {(data) => (
            <>
              <p>{t.sources.sectorsNote}</p>
              <dl className="sources-definitions">
                {data.sectors.map((sector) => (
                  <div key={sector.id}>
                    <dt>{i18n.text(sector.label)}</dt>
                    <dd>
                      {Object.hasOwn(t.sources.sectorDefinitions, sector.id)
                        ? t.sources.sectorDefinitions[
                            sector.id as keyof typeof t.sources.sectorDefinitions
                          ]
                        : null}
                    </dd>
                  </div>
                ))}
              </dl>
            </>
          )}
        </Loaded>
        <h3>{t.sources.levelsHeading}</h3>
        <Loaded query={projects}>
          {(data) => (
            <dl className="sources-definitions">
              {data.resultLevels.map((level) => {
                const words = provenanceWords(level.provenance, data.sources, i18n);
                return (
                  <div key={level.id}>
                    <dt>{i18n.text(level.label)}</dt>
                    <dd>
                      {i18n.text(level.definition)}{' '}
                      <span className="sources-definitions__provenance">
                        ({kindLabel(words.kind, i18n)}: {words.detail})
                      </span>
                    </dd>
                  </div>
                );
              })}
            </dl>
          )}
        </Loaded>
      </section>

      <section aria-labelledby="sources-kinds">
        <h2 id="sources-kinds">{t.sources.kindsTitle}</h2>
        <ul className="chart-legend">
          {KINDS.map((kind) => (
            <li key={kind}>
              <ProvenanceBadge
                kind={kind}
                label={kindLabel(kind, i18n)}
                explanation={
                  kind === 'published'
                    ? t.overview.honestyPublished
                    : kind === 'derived'
                      ? t.overview.honestyDerived
                      : t.overview.honestyIllustrative
                }
              />
            </li>
          ))}
        </ul>
        <div
          className="matrix-scroll"
          tabIndex={0}
          role="region"
          aria-label={t.sources.kindsCaption}
        >
          <table className="matrix sources-table">
            <caption>{t.sources.kindsCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.sources.dataset}</th>
                {KINDS.map((kind) => (
                  <th key={kind} scope="col">
                    {kindLabel(kind, i18n)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {datasets.map(({ query, file, id }) => {
                const counts = query.data ? provenanceCounts(query.data) : null;
                return (
                  <tr key={id}>
                    <th scope="row">{query.data ? i18n.text(query.data.title) : file}</th>
                    {KINDS.map((kind) => (
                      <td key={kind} className="sources-table__count">
                        {counts ? i18n.integer(counts[kind]) : '…'}
                      </td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <h3>{t.sources.whyIllustrativeTitle}</h3>
        <p>{t.sources.whyIllustrative}</p>
      </section>
    </div>
  );
}
