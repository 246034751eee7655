import { formatInteger } from './format';
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
    results: 'Result levels',
    projects: 'Projects',
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
    swedishProjectsOnly:
      'All projects here are Swedish: a region outside Sweden matches none of them.',
    unknownRegion: (code: string) =>
      `Unknown region “${code}” in the address; showing all of Sweden.`,
  },
  provenance: {
    published: 'Published',
    derived: 'Derived',
    illustrative: 'Illustrative data',
    partlyIllustrative: 'Partly illustrative',
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
      `Survey of municipal and regional officials, ${fieldwork}: ${recipients} recipients, ${responseRate} response rate (≈${respondents} respondents, derived: recipients × response rate). Each ranked their five most important of 12 areas; share of all points.`,
    rankingTitle: 'National priorities: share of all points',
    rankingLabel: (summary: string) => `Bar chart of national shares. ${summary}`,
    tiedRank: (rank: number) => `shared ${rank}`,
    summary: (top: string, topShare: string, second: string, secondShare: string) =>
      `${top} is the top priority nationally at ${topShare}, followed by ${second} at ${secondShare}.`,
    compareTitle: (region: string) => `${region} compared with Sweden`,
    compareTitleNoRegion: 'A region compared with Sweden',
    compareWithin: (selected: string, compared: string) =>
      `${selected}: illustrative figures exist for ${compared}, compared here.`,
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
    columns: {
      rank: 'Rank',
      area: 'Area',
      share: 'Share of points',
      region: 'Region',
      nationalRank: 'Rank in Sweden',
      nationalShare: 'Share in Sweden',
      regionalShare: 'Share in the region',
      regionalRank: 'Rank in the region',
    },
    provenanceGroups: {
      national: 'Provenance of the figures for Sweden',
      nationalDetail: 'Where the figures for Sweden come from',
      regional: 'Provenance of the regional figures',
      regionalDetail: 'Where the regional figures come from',
    },
    compareFigureSummary: (top: string, share: string, region: string, regionalRank: string) =>
      `${top} is the top priority nationally at ${share}; in ${region} it ranks ${regionalRank} (illustrative figures).`,
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
    clearFilters: 'Clear region, level, form and selection',
    sourceLine: (title: string, publisher: string) => `Source: ${publisher}, “${title}” (2024).`,
    illustrativeLine:
      'Per-example data: illustrative. The report names neither its 19 examples nor their sectors; these examples are made up to follow its published order.',
    columns: {
      group: 'Group',
      position: 'Position',
      sector: 'Sector',
      example: 'Example',
      form: 'Form',
      place: 'Place',
      lead: 'Leads',
      involved: 'Takes part',
      none: 'Not involved',
      total: 'Examples',
    },
    topGroup: (group: string, sectors: string, count: number, total: number) =>
      `${group}, ${sectors} (${count} of ${total})`,
    summarySummary: (groups: string) =>
      `Taking part most often in the illustrative examples: ${groups}.`,
    matrixSummary: (shown: number, sectors: string) =>
      `${shown} illustrative ${shown === 1 ? 'example' : 'examples'}; sectors taking part (leading or not): ${sectors}.`,
  },
  results: {
    title: 'Result levels across projects',
    matrixTitle: 'Which projects report results at which level',
    matrixSubtitle: (shown: number, total: number) =>
      `${formatInteger('en', shown)} of ${formatInteger('en', total)} projects. Result levels per project are not published anywhere.`,
    matrixCaption: 'Projects (rows) and the result levels at which each reports results',
    project: 'Project',
    hasResults: 'Results at this level',
    noResults: 'No results at this level',
    countLabel: (count: number) =>
      count === 1 ? '1 project' : `${formatInteger('en', count)} projects`,
    totalsNote: (limit: number) =>
      `Over ${formatInteger('en', limit)} projects: the matrix shows how many in each group report results at each level. The project list has every project.`,
    totalsCaption: 'Groups of projects (rows) and how many in each report results at each level',
    totalsGroup: 'Group',
    totalsCell: (count: number, total: number) =>
      `${formatInteger('en', count)} of ${formatInteger('en', total)}`,
    totalsSummary: (projects: string, groups: number) =>
      `${projects} in ${groups} ${groups === 1 ? 'group' : 'groups'}, counted per level; the levels of every project are illustrative.`,
    levelMode: 'Level filter',
    levelModes: { highlight: 'Highlight the level', narrow: 'Show only its projects' },
    levelModeHint: 'Applies when a level is chosen.',
    nationalEverywhereHint: 'Applies when a region is chosen.',
    highlightNote: (level: string, count: number, total: number) =>
      `${level} is highlighted: ${formatInteger('en', count)} of ${formatInteger('en', total)} projects have results at this level.`,
    narrowNote: (level: string) => `Only projects with results at the ${level} are shown.`,
    countsSubtitle: (projects: string, place: string) =>
      `Counted among ${projects} in ${place}. A project can report results at several levels.`,
    nationalIncluded: 'National projects are counted too.',
    wholeCountry: 'Sweden',
    mostCommon: (level: string, count: number, total: number) =>
      `${level} is the most common: ${formatInteger('en', count)} of ${formatInteger('en', total)} projects.`,
    mostCommonTied: (levels: string, count: number, total: number) =>
      `${levels} are the most common: ${formatInteger('en', count)} of ${formatInteger('en', total)} projects each.`,
    allEquallyCommon: (count: number, total: number) =>
      `Every level is as common as the others: ${formatInteger('en', count)} of ${formatInteger('en', total)} projects each.`,
    levelsMadeUp: 'Levels: illustrative',
    noLevels: 'No project reports results at any level.',
    definitionsLegend: 'What the levels mean',
    definitionSource: (source: string) => `Published definition: ${source}.`,
    definitionOf: (level: string, definition: string) => `${level}: ${definition}`,
    countsTitle: 'Projects per result level',
    countsLabel: (summary: string) => `Bar chart of projects per result level. ${summary}`,
    countsSummary: (level: string, count: number, total: number) =>
      `${level}: ${formatInteger('en', count)} of ${formatInteger('en', total)}`,
    nationalGroup: 'National projects',
    nationalEverywhere: 'Count national projects in every region',
    noProjects: 'No project matches these filters.',
    clearFilters: 'Clear region and level',
    levelsSourceLine: (title: string) =>
      `Level definitions: Mötesplats Social Innovation, “${title}” (2024).`,
    illustrativeLine:
      'Which project reports results at which level: illustrative for every project. Projects named “Illustrative project” are illustrative in every field.',
    columns: {
      level: 'Level',
      count: 'Projects',
      total: 'Out of',
      group: 'Group',
      caseNumber: 'Case number',
      project: 'Project',
      place: 'County',
    },
    matrixSummary: (projects: string, groups: number, nationalFirst: boolean) =>
      `${projects} in ${groups} ${groups === 1 ? 'group' : 'groups'}${nationalFirst ? ', national projects first' : ''}; the levels of every project are illustrative.`,
  },
  projects: {
    title: 'Projects',
    search: 'Search by name, owner or case number',
    programmeArea: 'Programme area',
    allAreas: 'All programme areas',
    fund: 'Fund',
    allFunds: 'All funds',
    tableTitle: 'Project list',
    tableCaption: (shown: number, total: number) =>
      `${formatInteger('en', shown)} of ${formatInteger('en', total)} projects`,
    sortBy: (column: string) => `Sort by ${column}`,
    columns: {
      caseNumber: 'Case number',
      name: 'Name',
      owner: 'Owner',
      region: 'Region',
      programmeArea: 'Area',
      fund: 'Fund',
      startDate: 'Start',
      endDate: 'End',
      resultLevels: 'Result levels',
    },
    notPublished: 'not published',
    timelineTitle: 'Project periods',
    timelineItem: (name: string, start: string, end: string, kind: string) =>
      `${name}: ${start}–${end} (${kind.toLowerCase()})`,
    periodLegend: 'What the bars’ textures mean',
    periodKinds: {
      published: 'Published dates',
      derived: 'A date derived from a published one',
      illustrative: 'Dates made up to demonstrate',
    },
    dateKinds: { published: 'published', derived: 'derived', illustrative: 'illustrative' },
    timelineLabel: (count: number, first: string, last: string) =>
      `Timeline of ${formatInteger('en', count)} project ${count === 1 ? 'period' : 'periods'} from ${first} to ${last}.`,
    undated: (names: string) => `Dates not published: ${names}.`,
    undatedCount: (count: number) =>
      `Dates not published for ${formatInteger('en', count)} ${count === 1 ? 'project' : 'projects'}.`,
    runningHint: (limit: number) =>
      `Over ${formatInteger('en', limit)} dated projects: the chart counts the projects running in each month. The project list has every project.`,
    runningPeak: (count: number, month: string) =>
      `At most ${formatInteger('en', count)} running at once, in ${month}.`,
    runningMonth: (month: string, running: number, starting: number) =>
      `${month}: ${formatInteger('en', running)} running, ${formatInteger('en', starting)} starting`,
    runningColumns: { month: 'Month', running: 'Projects running', starting: 'Projects starting' },
    runningDetail:
      'Counted from the projects’ start and end dates; the projects include illustrative ones.',
    mapTitle: 'Projects per ESF region',
    mapHint: 'Choose a region to filter the list; choose it again to clear.',
    mapLabel: (region: string, count: number) =>
      `${region}: ${formatInteger('en', count)} ${count === 1 ? 'project' : 'projects'}`,
    mapSummary: (regions: string, count: number, total: number, tied: boolean) =>
      `Most projects: ${regions}, ${formatInteger('en', count)}${tied ? ' each' : ''} of the ${formatInteger('en', total)} that match the other filters.`,
    mapSummaryNone: 'No project matches the other filters.',
    derivedExplanation:
      'Calculated from published values: the table and the downloads say how, row by row.',
    mapCountsPublishedLine: 'Counts of the published records that match.',
    mapCountsLine:
      'Counts include illustrative projects: they show how the dashboard works, not published figures.',
    nationalEverywhere: 'Count national projects in every region',
    publishedRecord: 'Published record',
    illustrativeRecord: 'Illustrative',
    noResultLevels: 'none',
    noProjects: 'No project matches the search and filters.',
    clearAll: 'Clear search and filters',
    open: (name: string) => `Open ${name}`,
    back: 'All projects',
    detailTitle: (name: string) => name,
    notFound: (id: string) => `There is no project “${id}” in the dataset.`,
    fieldsTitle: 'Every field of the record',
    fieldSv: 'Field (Swedish)',
    fieldEn: 'Field (English)',
    value: 'Value',
    provenance: 'Provenance',
    periodTitle: 'Project period',
    noPeriod: 'The project’s dates are not published.',
    partners: 'Partners',
    amountKinds: { 'total-budget': 'Total budget', 'eu-contribution': 'EU contribution' },
    yes: 'Yes',
    no: 'No',
    illustrativeProject:
      'An illustrative project: every field is made up to show how the dashboard works.',
    publishedProject:
      'A published record: its fields are from the sources named beside each value.',
    sourceOf: (title: string, locator: string) => `${title}: ${locator}`,
    tableSourceLine:
      'Records 22-018-S01, 22-017-S04, 23-017-S04 and Social Innovation Skåne: published (Swedish ESF Council project bank, Kohesio, Coompanion Skåne). All “Illustrative project” rows and every project’s result levels: illustrative.',
    mapColumns: { region: 'ESF region', count: 'Projects' },
    provenanceGroups: {
      record: 'Provenance of the record',
      recordDetail: 'Where the record comes from',
      period: 'Provenance of the period',
      periodDetail: 'Where the start and end dates come from',
      resultLevels: 'Provenance of the result levels',
      resultLevelsDetail: 'Where the result levels come from',
    },
    tableSummary: (shown: number, published: number, illustrative: number) =>
      `${formatInteger('en', shown)} ${shown === 1 ? 'project' : 'projects'}: ${formatInteger('en', published)} published ${published === 1 ? 'record' : 'records'} and ${formatInteger('en', illustrative)} illustrative.`,
  },
  projectDetail: {
    notFoundTitle: 'Project not found',
    filtersKept: 'Kept for the project list; a record always shows all its fields.',
    caseNumber: (caseNumber: string) => `Case number ${caseNumber}`,
    recordSubtitle:
      'Field names as the Swedish ESF Council’s project bank gives them. Fields a record does not have are left out.',
    recordCaption:
      'Every field of the project record: its name in Swedish and English, its value and where the value comes from',
    publishedExplanation:
      'The values of this record come from the sources named beside each of them. Its result levels are illustrative, as for every project.',
    illustrativeProjectExplanation:
      'This project is made up to show how the dashboard works. None of its values are facts.',
    someIllustrativeExplanation:
      'Values marked “Illustrative data” are not published anywhere. They are made up to show how the dashboard works and must not be read as facts.',
    derivedExplanation: 'Calculated from published values; the formula is shown below.',
    sourceLine: (title: string, publisher: string) => `Source: ${publisher}, “${title}”.`,
    derivedLine: (field: string, formula: string) => `${field}: derived, ${formula}.`,
    resultLevelsLine:
      'Result levels: illustrative for every project; no source classifies ESF projects by result level.',
    periodLabel: (name: string, start: string, end: string) =>
      `Timeline of ${name}: one bar from ${start} to ${end}.`,
    periodSummary: (start: string, end: string) => `From ${start} to ${end}.`,
  },
  overview: {
    title: 'Social innovation in Sweden',
    intro:
      'This dashboard brings together what Swedish sources publish about social innovation in the public sector: what officials want to learn, who takes part in regional collaboration, and what projects achieve.',
    surveyCardBody:
      'What municipal and regional officials ranked as their most important competence areas, nationally and by region.',
    open: 'Open',
    resultsCardBody:
      'Which ESF projects report results at the policy, collaboration, organisation and individual level.',
    projectsCardBody:
      'Browse, search and sort the projects; open a record such as 22-018-S01 to see every field and its source.',
    sectorsCardBody:
      'Which sectors take part in 12 Swedish and 7 international regional collaborations, and how the order differs.',
    filtersNotApplicable: 'Filters apply inside the views, not to this overview.',
    surveyProvenance: 'The report publishes the national shares; the regional figures are made up.',
    sectorsProvenance:
      'The mapping publishes the order of the sectors; the examples and their sectors are made up.',
    resultsProvenance:
      'The levels’ definitions are published; which project reports which level is made up.',
    projectsProvenance:
      'Project records name the source of each value; the example projects are made up.',
    topPriority: 'Top priority nationally',
    honestyTitle: 'How to read the numbers',
    honestyPublished: 'Stated in a source document, which is named with every chart.',
    honestyDerived: 'Calculated from published values; the formula is shown.',
    honestyIllustrative:
      'Not published anywhere, made up to show how the dashboard works. Charts with such values carry a visible mark.',
  },
  present: {
    present: 'Present',
    presentOwn: (count: number) => `Present your ${count === 1 ? 'step' : `${count} steps`}`,
    addStep: 'Add this view as a step',
    stepAdded: (count: number) => `Added as step ${count} of your presentation.`,
    controls: 'Presentation controls',
    stepCounter: (step: number, count: number) => `Step ${step} of ${count}`,
    previous: 'Previous',
    next: 'Next',
    steps: 'Steps and settings',
    stepsShort: 'Steps',
    stepsTitle: 'Steps in this presentation',
    ownSequence: 'Your own sequence. It is kept in this browser and in the presentation’s link.',
    defaultSequence:
      'The default story. Use “Add this view as a step” on any view to build your own sequence.',
    moveUp: (title: string) => `Move “${title}” up`,
    moveDown: (title: string) => `Move “${title}” down`,
    remove: (title: string) => `Remove “${title}”`,
    copyLink: 'Copy link to this presentation',
    linkCopied: 'Link copied.',
    copyThisLink: 'Copy this link to share the presentation:',
    useDefaultStory: 'Use the default story',
    fullscreen: 'Full screen',
    exitFullscreen: 'Leave full screen',
    leave: 'Leave presentation',
    leaveShort: 'Leave',
    blackedOut: 'The screen is black. Press any key to return.',
    keysTitle: 'Keys',
    keys: '→ ↓ Space PageDown: next · ← ↑ PageUp: previous · Home, End: first, last · a number and Enter: that step · f: full screen · b or .: black screen · Esc: leave',
    typedStep: (digits: string) => `Go to step ${digits}: press Enter`,
    refresh: 'Refresh data',
    autoAdvance: 'Next step automatically',
    off: 'Off',
    every: (duration: string) => `Every ${duration}`,
    seconds: (seconds: number) => `${seconds} s`,
    minutes: (minutes: number) => `${minutes} min`,
    updated: (time: string) => `updated ${time}`,
    nextIn: (seconds: number) => `Next step in ${seconds} s`,
    paused: 'Auto-advance paused',
    pause: 'Pause',
    resume: 'Resume',
    captionLabel: 'Active filters',
    captionRegion: (name: string) => `Region: ${name}`,
    captionLevel: (name: string) => `Level: ${name}`,
    captionCount: (count: string) => `n = ${count}`,
    pageTitle: (step: number, count: number) => `Presentation, step ${step} of ${count}`,
    stepAnnouncement: (step: number, count: number, title: string) =>
      `Step ${step} of ${count}: ${title}`,
  },
  connectivity: {
    offline: 'offline',
    offlineDataFrom: (time: string) => `offline · data from ${time}`,
    offlineSavedData: 'offline · saved data',
    offlineExplanation:
      'No network: the data shown is the copy saved on this device and cannot be refreshed until the network is back.',
    updateAvailable: 'A new version is available.',
    reload: 'Reload',
  },
  sources: {
    nav: 'Sources',
    title: 'Sources and method',
    intro:
      'Every value in this dashboard says where it comes from. This page lists every source of every dataset and what was taken from it, how the survey was made, what the sectors and result levels mean, and how many values are published, derived or illustrative.',
    chartSources: 'Sources and method',
    filtersNotApplicable: 'Filters do not apply to the list of sources.',
    overviewLink: 'Every source, the survey’s method and the definitions',
    publishedDetail: (title: string, locator: string) => `${title}, ${locator}`,
    madeUp: 'made up to demonstrate',
    partProvenance: (part: string, kind: string, detail: string) =>
      `${part}: ${kind.toLowerCase()}, ${detail.replace(/\.$/, '')}.`,
    datasetsTitle: 'Datasets and their sources',
    file: (file: string) => `File: ${file}`,
    publisher: 'Publisher',
    date: 'Date',
    notDated: 'not dated',
    document: 'Source text',
    link: 'Link',
    noLink: 'no public link',
    takenFrom: 'Taken from it',
    notCited: 'No value of this dataset cites it directly.',
    valueCount: (count: number) => (count === 1 ? '1 value' : `${count} values`),
    methodTitle: 'How the survey was made',
    methodCaption: 'The survey’s method: each value and where it comes from',
    methodFields: {
      fieldwork: 'Fieldwork',
      recipients: 'Sent to',
      responseRate: 'Response rate',
      respondents: 'Respondents (about)',
      areasOffered: 'Areas offered',
      areasRanked: 'Areas each respondent ranked',
    },
    field: 'Field',
    value: 'Value',
    provenance: 'Provenance',
    definitionsTitle: 'What the sectors and result levels mean',
    sectorsHeading: 'Sectors',
    sectorsNote:
      'The report names the four sectors but does not define them: these definitions are the dashboard’s own wording.',
    sectorDefinitions: {
      public: 'Municipalities, regions and government agencies.',
      academia: 'Universities, university colleges and research institutes.',
      'civil-society': 'Non-profit associations, foundations, cooperatives and faith communities.',
      business: 'Companies and their organisations.',
    },
    levelsHeading: 'Result levels',
    kindsTitle: 'Published, derived and illustrative values',
    kindsCaption: 'How many values of each dataset are published, derived or illustrative',
    dataset: 'Dataset',
    whyIllustrativeTitle: 'Why illustrative values exist',
    whyIllustrative:
      'The sources publish national figures only: the survey gives no regional figures, the 2024 mapping names none of its 19 examples, and no source classifies projects by result level. To show how the dashboard works with regional and per-project data, those values are made up. They are marked “Illustrative data” wherever they appear and must not be read as facts.',
  },
  embed: {
    openInDashboard: 'Open in the dashboard',
    unknownChart: (chartId: string) => `There is no chart “${chartId}” to embed.`,
    knownCharts: 'Charts that can be embedded:',
    pageTitle: (title: string) => `${title} (embedded chart)`,
  },
  share: {
    tools: 'Table, downloads and sharing',
    showAs: 'Show as',
    chart: 'Chart',
    table: 'Table',
    tableCaption: (title: string) => `${title}: the values the chart shows`,
    provenance: 'Provenance',
    provenanceDetail: 'Where it comes from',
    noRows: 'There are no values to show.',
    firstRows: (shown: number, total: number) =>
      `The first ${formatInteger('en', shown)} of ${formatInteger('en', total)} rows; download the CSV for every row.`,
    download: 'Download',
    image: (format: string, preset: string) => `${format} image, ${preset}`,
    presets: { '16:9': '16:9', '4:3': '4:3', square: 'square' },
    csv: 'CSV data (commas, decimal point)',
    csvSemicolon: 'CSV data for Swedish Excel (semicolons, decimal comma)',
    json: 'JSON data',
    darkTheme: 'Dark background for images',
    downloadFailed: 'The file could not be made. Try again.',
    illustrativeMark: '⚠ Illustrative data',
    moreRows: (count: number) =>
      `… and ${count} more ${count === 1 ? 'row' : 'rows'}: download the CSV for every row.`,
    copyLink: 'Copy link',
    linkCopied: 'Link copied',
    copyThisLink: 'Copy this link:',
    embed: 'Embed',
    embedTitle: (title: string) => `Embed “${title}”`,
    embedIntro:
      'Paste the code into a web page to show this chart there. The chart adjusts its height to its content.',
    embedUrl: 'Address of the chart alone',
    lockFilters: 'Lock the filters (readers cannot change them)',
    snippet: 'Code to paste into the page',
    copyCode: 'Copy code',
    codeCopied: 'Code copied',
    copyFailed: 'Copying did not work: select the text and copy it by hand.',
    close: 'Close',
  },
};

type Widen<T> = T extends (...args: infer A) => string
  ? (...args: A) => string
  : T extends string
    ? string
    : { [K in keyof T]: Widen<T[K]> };

export type Messages = Widen<typeof en>;
