/** The English catalogue; its shape is the contract every other language fills. */
export const en = {
  app: {
    name: 'Social innovation in Sweden',
    tagline: 'Priorities, collaboration and results, from published sources',
    skipToContent: 'Skip to content',
    navigation: 'Views',
    language: 'Language',
    notFoundTitle: 'Page not found',
    notFoundBody: 'There is no view at this address.',
    backToOverview: 'Go to the overview',
  },
  views: {
    overview: 'Overview',
    survey: 'Survey priorities',
  },
  filters: {
    legend: 'Filters',
    region: 'Region',
    level: 'Level',
    allRegions: 'All of Sweden',
    allLevels: 'All levels',
    esfRegions: 'ESF regions',
    regionWithCounties: (name: string) => `${name} (all counties)`,
    levels: {
      policy: 'Policy',
      collaboration: 'Collaboration',
      organisation: 'Organisation',
      individual: 'Individual',
    },
    regionsUnavailable: 'The list of regions could not be loaded.',
    unknownRegion: (code: string) =>
      `Unknown region “${code}” in the address; showing all of Sweden.`,
  },
  provenance: {
    published: 'Published',
    derived: 'Derived',
    illustrative: 'Illustrative data',
    publishedExplanation: 'Every value in this chart is published in the source named below.',
    illustrativeExplanation:
      'Some values in this chart are not published anywhere. They are made up to show how the dashboard works and must not be read as facts.',
    derivedFrom: (formula: string) => `Derived: ${formula}`,
    source: 'Source',
  },
  states: {
    loading: 'Loading…',
    errorTitle: 'The data could not be loaded',
    retry: 'Try again',
    staleData: 'Showing the data loaded earlier; refreshing it failed.',
    chartCrashed: 'This chart failed to draw.',
  },
  survey: {
    title: 'Which competences do public officials need for social innovation?',
    subtitle: (fieldwork: string, recipients: string, responseRate: string, respondents: string) =>
      `Survey of municipal and regional officials, ${fieldwork}: ${recipients} recipients, ${responseRate} response rate (≈${respondents} respondents). Each ranked their five most important of 12 areas; share of all points.`,
    rankingTitle: 'National priorities: share of all points',
    rankingLabel: (summary: string) => `Bar chart of national shares. ${summary}`,
    tiedRank: (rank: number) => `shared ${rank}`,
    summary: (top: string, topShare: string, second: string, secondShare: string) =>
      `${top} is the top priority nationally at ${topShare}, followed by ${second} at ${secondShare}.`,
    compareTitle: (region: string) => `${region} compared with Sweden`,
    compareTitleNoRegion: 'A region compared with Sweden',
    rankShiftUpMark: (steps: number) => `▲ ${steps}`,
    rankShiftDownMark: (steps: number) => `▼ ${steps}`,
    rankShiftSameMark: '=',
    compareLegendNational: 'Sweden (published)',
    compareLegendRegion: (region: string) => `${region} (illustrative)`,
    rankShift: 'Rank in the region compared with Sweden (rows in national order)',
    rankShiftUp: (steps: number) => `up ${steps}`,
    rankShiftDown: (steps: number) => `down ${steps}`,
    rankShiftSame: 'same rank',
    compareLabel: (region: string, summary: string) =>
      `Dot plot of ${region} against the national shares. ${summary}`,
    compareSummary: (region: string, top: string, nationalRank: string) =>
      `In ${region}, ${top} ranks first (nationally ${nationalRank}).`,
    noRegionalData: (region: string) =>
      `The survey publishes no figures for ${region}. Regional examples exist for:`,
    chooseRegionHint:
      'Choose a region in the filter bar to compare it with the national figures. The survey publishes only national figures; regional figures here are illustrative.',
    noNationalData: 'The dataset has no national figures.',
    levelNotApplicable: 'Result level does not apply to the survey.',
    sourceLine: (title: string, publisher: string) => `Source: ${publisher}, “${title}”.`,
    regionalSourceLine:
      'Regional figures: illustrative, not published (the source says only that regional rankings differ).',
  },
  overview: {
    title: 'Social innovation in Sweden',
    intro:
      'This dashboard brings together what Swedish sources publish about social innovation in the public sector: what officials want to learn, who takes part in regional collaboration, and what projects achieve.',
    surveyCardBody:
      'What municipal and regional officials ranked as their most important competence areas, nationally and by region.',
    open: 'Open',
    filtersNotApplicable: 'Filters apply inside the views, not to this overview.',
    topPriority: 'Top priority nationally',
    honestyTitle: 'How to read the numbers',
    honestyPublished: 'Stated in a source document, which is named with every chart.',
    honestyDerived: 'Calculated from published values; the formula is shown.',
    honestyIllustrative:
      'Not published anywhere, made up to show how the dashboard works. Charts with such values carry a visible mark.',
  },
};

type Widen<T> = T extends (...args: infer A) => string
  ? (...args: A) => string
  : T extends string
    ? string
    : { [K in keyof T]: Widen<T[K]> };

export type Messages = Widen<typeof en>;
