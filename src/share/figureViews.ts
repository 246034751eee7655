import { createContext } from 'react';

/**
 * Where a page keeps which of its charts show their data tables (the address, in the dashboard).
 * Without it each figure keeps its own choice.
 */
export interface FigureViews {
  isTable: (chartId: string) => boolean;
  show: (chartId: string, view: 'chart' | 'table') => void;
}

export const FigureViewsContext = createContext<FigureViews | null>(null);
