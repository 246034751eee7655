import { MatrixTable } from '../../charts/MatrixTable';
import { palette } from '../../charts/palette';
import { PatternDef, patternFill, PatternSwatch, useSvgId } from '../../charts/patterns';
import type { GroupId } from '../../data/collaborationsSchema';
import { INVOLVEMENTS, type Involvement } from '../../data/involvements';
import { sectorStyle } from './sectorStyles';
import type { MatrixRow } from './sectorSeries';

export interface SectorMatrixProps {
  rows: MatrixRow[];
  sectors: { id: string; label: string }[];
  groupTitles: Record<GroupId, string>;
  caption: string;
  exampleHeading: string;
  involvementLabels: Record<Involvement, string>;
  selectedSector: string | null;
  selectedGroup: GroupId | null;
  onSelectSector: (sector: string) => void;
  onSelectGroup: (group: GroupId) => void;
}

function InvolvementGlyph({ involvement, fill }: { involvement: Involvement; fill: string }) {
  if (involvement === 'none') {
    return (
      <svg width="22" height="22" aria-hidden="true">
        <line x1="7" x2="15" y1="11" y2="11" stroke={palette.muted} strokeWidth="2" />
      </svg>
    );
  }
  const lead = involvement === 'lead';
  return (
    <svg width="22" height="22" aria-hidden="true">
      <rect
        x={lead ? 1.5 : 4}
        y={lead ? 1.5 : 4}
        width={lead ? 19 : 14}
        height={lead ? 19 : 14}
        rx="2"
        fill={fill}
        stroke={lead ? palette.ink : 'none'}
        strokeWidth={lead ? 3 : 0}
      />
    </svg>
  );
}

/** Examples × sectors: each cell shows whether the sector leads, takes part or is not involved. */
export function SectorMatrix({
  rows,
  sectors,
  groupTitles,
  caption,
  exampleHeading,
  involvementLabels,
  selectedSector,
  selectedGroup,
  onSelectSector,
  onSelectGroup,
}: SectorMatrixProps) {
  const patternPrefix = useSvgId();
  const groups = [...new Set(rows.map((row) => row.group))];
  return (
    <>
      <svg width="0" height="0" className="pattern-defs" aria-hidden="true">
        <defs>
          {sectors.map((sector) => (
            <PatternDef
              key={sector.id}
              id={`${patternPrefix}-${sector.id}`}
              style={sectorStyle(sector.id)}
            />
          ))}
        </defs>
      </svg>
      <ul className="chart-legend">
        {INVOLVEMENTS.map((involvement) => (
          <li key={involvement}>
            <InvolvementGlyph involvement={involvement} fill={palette.muted} />
            {involvementLabels[involvement]}
          </li>
        ))}
      </ul>
      <MatrixTable
        caption={caption}
        cornerHeader={exampleHeading}
        columns={sectors.map((sector) => ({
          id: sector.id,
          header: (
            <button
              type="button"
              className="matrix__header-button"
              aria-pressed={selectedSector === sector.id}
              onClick={() => onSelectSector(sector.id)}
            >
              <PatternSwatch
                id={`${patternPrefix}-h-${sector.id}`}
                style={sectorStyle(sector.id)}
              />
              <span>{sector.label}</span>
            </button>
          ),
        }))}
        groups={groups.map((group) => ({
          id: group,
          header: (
            <button
              type="button"
              className="link-button"
              aria-pressed={selectedGroup === group}
              onClick={() => onSelectGroup(group)}
            >
              {groupTitles[group]}
            </button>
          ),
          rows: rows
            .filter((row) => row.group === group)
            .map((row) => ({
              id: row.id,
              header: (
                <>
                  <span className="matrix__name">{row.name}</span>
                  <span className="matrix__meta">
                    {row.form} · {row.region}
                  </span>
                </>
              ),
              cells: row.cells.map((cell) => (
                <span key={cell.sector} data-involvement={cell.involvement}>
                  <InvolvementGlyph
                    involvement={cell.involvement}
                    fill={patternFill(`${patternPrefix}-${cell.sector}`)}
                  />
                  <span className="visually-hidden">{involvementLabels[cell.involvement]}</span>
                </span>
              )),
            })),
        }))}
      />
    </>
  );
}
