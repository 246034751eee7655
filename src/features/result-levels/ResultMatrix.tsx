import { Link } from '@tanstack/react-router';
import { MatrixTable } from '../../charts/MatrixTable';
import type { ResultLevel } from '../../data/resultLevels';
import { sharedFilters } from '../../filters/filterSchema';
import { useI18n } from '../../i18n/I18nProvider';
import { LevelDefinitionTip } from './LevelDefinitionTip';
import type { LevelCount, ResultGroupTotal, ResultMatrixGroup } from './resultSeries';

export interface ResultMatrixProps {
  groups: ResultMatrixGroup[];
  levels: LevelCount[];
  /** The level whose column is emphasised. */
  chosenLevel: ResultLevel | null;
  /** Whether the rows with results at the chosen level are emphasised too. */
  highlightRows: boolean;
}

function ResultMark({ hasResults }: { hasResults: boolean }) {
  const { t } = useI18n();
  return (
    <span className={`result-mark result-mark--${hasResults ? 'yes' : 'no'}`}>
      <span aria-hidden="true" className="result-mark__glyph" />
      <span className="visually-hidden">
        {hasResults ? t.results.hasResults : t.results.noResults}
      </span>
    </span>
  );
}

/** Projects × result levels, grouped by ESF region; each project name opens its record. */
export function ResultMatrix({ groups, levels, chosenLevel, highlightRows }: ResultMatrixProps) {
  const { t } = useI18n();
  const rowLevel = highlightRows ? chosenLevel : null;
  return (
    <div className="result-matrix">
      <MatrixTable
        caption={t.results.matrixCaption}
        cornerHeader={t.results.project}
        columns={levels.map((level) => ({
          id: level.level,
          header: <LevelDefinitionTip level={level} chosen={level.level === chosenLevel} short />,
        }))}
        groups={groups.map((group) => ({
          id: group.id,
          header: (
            <>
              {group.title}{' '}
              <span className="result-matrix__group-count">
                {t.results.countLabel(group.rows.length)}
              </span>
            </>
          ),
          rows: group.rows.map((row) => ({
            id: row.id,
            header: (
              <span
                className="result-matrix__project"
                data-match={rowLevel === null ? undefined : row.levels.includes(rowLevel)}
              >
                <Link
                  to="/projects/$projectId"
                  params={{ projectId: row.id }}
                  search={sharedFilters}
                  className="matrix__name"
                >
                  {row.name}
                </Link>
                {row.caseNumber !== null || row.place !== null || row.madeUpLevelsOfRealRecord ? (
                  <span className="matrix__meta">
                    {[row.caseNumber, row.place].filter(Boolean).join(' · ')}
                    {row.madeUpLevelsOfRealRecord ? (
                      <>
                        {' '}
                        <span className="provenance-chip provenance-chip--illustrative">
                          {t.results.levelsMadeUp}
                        </span>
                      </>
                    ) : null}
                  </span>
                ) : null}
              </span>
            ),
            cells: levels.map((level) => (
              <span
                key={level.level}
                className="result-matrix__cell"
                data-level={level.level}
                data-chosen={level.level === chosenLevel ? true : undefined}
              >
                <ResultMark hasResults={row.levels.includes(level.level)} />
              </span>
            )),
          })),
        }))}
      />
    </div>
  );
}

export interface ResultTotalsMatrixProps {
  totals: ResultGroupTotal[];
  levels: LevelCount[];
  chosenLevel: ResultLevel | null;
}

/** Groups × result levels with counts: the matrix when there are too many projects to list. */
export function ResultTotalsMatrix({ totals, levels, chosenLevel }: ResultTotalsMatrixProps) {
  const { t } = useI18n();
  return (
    <div className="result-matrix">
      <MatrixTable
        caption={t.results.totalsCaption}
        cornerHeader={t.results.totalsGroup}
        columns={levels.map((level) => ({
          id: level.level,
          header: <LevelDefinitionTip level={level} chosen={level.level === chosenLevel} short />,
        }))}
        groups={[
          {
            id: 'totals',
            rows: totals.map((group) => ({
              id: group.id,
              header: (
                <>
                  {group.title}{' '}
                  <span className="result-matrix__group-count">
                    {t.results.countLabel(group.count)}
                  </span>
                </>
              ),
              cells: levels.map((level, index) => (
                <span
                  key={level.level}
                  className="result-matrix__cell result-matrix__total"
                  data-level={level.level}
                  data-chosen={level.level === chosenLevel ? true : undefined}
                >
                  {t.results.totalsCell(group.perLevel[index] ?? 0, group.count)}
                </span>
              )),
            })),
          },
        ]}
      />
    </div>
  );
}
