import { useId } from 'react';

export type PatternKind = 'solid' | 'stripes' | 'dots' | 'crosshatch';

export interface PatternStyle {
  color: string;
  pattern: PatternKind;
}

/** `url(#…)` for the pattern of `style` defined by `PatternDef` with the same `id`. */
export function patternFill(id: string): string {
  return `url(#${id})`;
}

/** A fill that reads without colour: a colour plus a texture (solid, stripes, dots, cross-hatch). */
export function PatternDef({ id, style }: { id: string; style: PatternStyle }) {
  const { color, pattern } = style;
  return (
    <pattern id={id} patternUnits="userSpaceOnUse" width="8" height="8">
      <rect width="8" height="8" fill={color} />
      {pattern === 'stripes' ? (
        <path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" stroke="#fff" strokeWidth="2" />
      ) : null}
      {pattern === 'dots' ? <circle cx="4" cy="4" r="1.6" fill="#fff" /> : null}
      {pattern === 'crosshatch' ? (
        <path d="M0,0 l8,8 M8,0 l-8,8" stroke="#fff" strokeWidth="1.4" />
      ) : null}
    </pattern>
  );
}

/** A small legend swatch in the pattern, for HTML legends. */
export function PatternSwatch({
  id,
  style,
  size = 16,
}: {
  id: string;
  style: PatternStyle;
  size?: number;
}) {
  return (
    <svg width={size} height={size} aria-hidden="true" className="pattern-swatch">
      <defs>
        <PatternDef id={id} style={style} />
      </defs>
      <rect width={size} height={size} rx="2" fill={patternFill(id)} stroke={style.color} />
    </svg>
  );
}

/** A unique id that is safe inside `url(#…)` references. */
export function useSvgId(): string {
  return `svg${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
}
