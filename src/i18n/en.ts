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
    sectors: 'Sector mix',
  },
  filters: {
    legend: 'Filters',
    region: 'Region',
    level: 'Level',
    allRegions: 'All of Sweden',
    allLevels: 'All levels',
    esfRegions: 'ESF regions',
    regionWithCounties: (name: string) => `${name} (all counties)`,
    regionWithCountries: (name: string) => `${name} (all countries)`,
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
    compareWithin: (selected: string, compared: string) =>
      `${selected}: illustrative figures exist for ${compared}, compared here.`,
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
  sectors: {
    title: 'Who takes part in regional collaboration?',
    tierTitle: 'Sectors from most to least common: Sweden and the world',
    tierSubtitle:
      'A 2024 mapping of 12 Swedish and 7 international regional collaborations (networks, partnerships, platforms, clusters). Only the order is published, not counts.',
    tierFiltersNote: 'The published order covers all 19 examples; filters do not change it.',
    tierMostCommon: 'Most common',
    tierThen: 'Then',
    tierLabel: (summary: string) => `Order of sectors in Sweden and abroad. ${summary}`,
    tierSummary: (sweden: string, international: string) =>
      `In Sweden ${sweden} take part most often; internationally ${international}.`,
    and: 'and',
    matrixTitle: 'Sectors in each example',
    matrixSubtitle: (shown: number, total: number) => `${shown} of ${total} examples shown.`,
    matrixCaption: 'Examples (rows) and whether each sector leads, takes part or is not involved',
    example: 'Example',
    involvement: { lead: 'Leads', involved: 'Takes part', none: 'Not involved' },
    summaryTitle: 'How often each sector takes part, by group',
    summaryLabel: (summary: string) => `Stacked bars of sector involvement per group. ${summary}`,
    summaryRow: (sector: string, taking: number, total: number) =>
      `${sector}: ${taking} of ${total}`,
    ofTotal: (count: number, total: number) => `${count} of ${total}`,
    filterBySector: 'Select a sector',
    filterByGroup: 'Select a group',
    form: 'Form',
    allForms: 'All forms',
    selection: 'Selection',
    sectorChip: (label: string) => `Sector: ${label}`,
    groupChip: (label: string) => `Group: ${label}`,
    removeChip: (label: string) => `Remove ${label}`,
    clearHint: 'Escape clears the selection.',
    noExamples: 'No example matches these filters.',
    clearFilters: 'Clear region, level and form',
    sourceLine: (title: string, publisher: string) => `Source: ${publisher}, “${title}” (2024).`,
    illustrativeLine:
      'Per-example data: illustrative. The report names neither its 19 examples nor their sectors; these examples are made up to follow its published order.',
  },
  overview: {
    title: 'Social innovation in Sweden',
    intro:
      'This dashboard brings together what Swedish sources publish about social innovation in the public sector: what officials want to learn, who takes part in regional collaboration, and what projects achieve.',
    surveyCardBody:
      'What municipal and regional officials ranked as their most important competence areas, nationally and by region.',
    open: 'Open',
    sectorsCardBody:
      'Which sectors take part in 12 Swedish and 7 international regional collaborations, and how the order differs.',
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
