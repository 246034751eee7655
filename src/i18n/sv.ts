import type { Messages } from './en';

export const sv: Messages = {
  app: {
    name: 'Social innovation i Sverige',
    tagline: 'Prioriteringar, samverkan och resultat, ur publicerade källor',
    skipToContent: 'Hoppa till innehållet',
    navigation: 'Vyer',
    language: 'Språk',
    notFoundTitle: 'Sidan finns inte',
    notFoundBody: 'Det finns ingen vy på den här adressen.',
    backToOverview: 'Till översikten',
  },
  views: {
    overview: 'Översikt',
    survey: 'Enkätens prioriteringar',
    sectors: 'Sektorsmix',
  },
  filters: {
    legend: 'Filter',
    region: 'Region',
    level: 'Nivå',
    allRegions: 'Hela Sverige',
    allLevels: 'Alla nivåer',
    esfRegions: 'ESF-regioner',
    regionWithCounties: (name) => `${name} (alla län)`,
    regionWithCountries: (name) => `${name} (alla länder)`,
    levels: {
      policy: 'Policy',
      collaboration: 'Samverkan',
      organisation: 'Organisation',
      individual: 'Individ',
    },
    regionsUnavailable: 'Listan över regioner kunde inte laddas.',
    unknownRegion: (code) => `Okänd region ”${code}” i adressen; visar hela Sverige.`,
  },
  provenance: {
    published: 'Publicerad',
    derived: 'Härledd',
    illustrative: 'Exempeldata',
    publishedExplanation: 'Alla värden i diagrammet är publicerade i källan som anges nedan.',
    illustrativeExplanation:
      'Vissa värden i diagrammet är inte publicerade någonstans. De är påhittade för att visa hur instrumentpanelen fungerar och ska inte läsas som fakta.',
    derivedFrom: (formula) => `Härlett: ${formula}`,
    source: 'Källa',
  },
  states: {
    loading: 'Laddar…',
    errorTitle: 'Data kunde inte laddas',
    retry: 'Försök igen',
    staleData: 'Visar tidigare laddade data; uppdateringen misslyckades.',
    chartCrashed: 'Diagrammet kunde inte ritas.',
  },
  survey: {
    title: 'Vilka kompetenser behöver offentliganställda för social innovation?',
    subtitle: (fieldwork, recipients, responseRate, respondents) =>
      `Enkät till tjänstepersoner i kommuner och regioner, ${fieldwork}: ${recipients} mottagare, svarsfrekvens ${responseRate} (≈${respondents} svarande). Var och en rangordnade sina fem viktigaste av 12 områden; andel av alla poäng.`,
    rankingTitle: 'Nationella prioriteringar: andel av alla poäng',
    rankingLabel: (summary) => `Stapeldiagram över nationella andelar. ${summary}`,
    tiedRank: (rank) => `delad ${rank}`,
    summary: (top, topShare, second, secondShare) =>
      `${top} är högst prioriterat nationellt med ${topShare}, följt av ${second} med ${secondShare}.`,
    compareTitle: (region) => `${region} jämfört med Sverige`,
    compareTitleNoRegion: 'En region jämfört med Sverige',
    rankShiftUpMark: (steps) => `▲ ${steps}`,
    rankShiftDownMark: (steps) => `▼ ${steps}`,
    compareWithin: (selected, compared) =>
      `${selected}: exempelsiffror finns för ${compared}, som jämförs här.`,
    rankShiftSameMark: '=',
    compareLegendNational: 'Sverige (publicerat)',
    compareLegendRegion: (region) => `${region} (exempeldata)`,
    rankShift: 'Rang i regionen jämfört med Sverige (rader i nationell ordning)',
    rankShiftUp: (steps) => `upp ${steps}`,
    rankShiftDown: (steps) => `ned ${steps}`,
    rankShiftSame: 'samma rang',
    compareLabel: (region, summary) =>
      `Punktdiagram över ${region} mot de nationella andelarna. ${summary}`,
    compareSummary: (region, top, nationalRank) =>
      `I ${region} rankas ${top} högst (nationellt ${nationalRank}).`,
    noRegionalData: (region) =>
      `Enkäten publicerar inga siffror för ${region}. Regionala exempel finns för:`,
    chooseRegionHint:
      'Välj en region i filterraden för att jämföra den med de nationella siffrorna. Enkäten publicerar bara nationella siffror; regionala siffror här är exempeldata.',
    noNationalData: 'Datamängden saknar nationella siffror.',
    levelNotApplicable: 'Resultatnivå gäller inte enkäten.',
    sourceLine: (title, publisher) => `Källa: ${publisher}, ”${title}”.`,
    regionalSourceLine:
      'Regionala siffror: exempeldata, inte publicerade (källan säger bara att rangordningen skiljer sig mellan regioner).',
  },
  sectors: {
    title: 'Vilka deltar i regional samverkan?',
    tierTitle: 'Sektorer från vanligast till minst vanlig: Sverige och världen',
    tierSubtitle:
      'En kartläggning 2024 av 12 svenska och 7 internationella exempel på regional samverkan (nätverk, partnerskap, plattformar, kluster). Bara ordningen är publicerad, inte antal.',
    tierFiltersNote: 'Den publicerade ordningen gäller alla 19 exempel; filtren ändrar den inte.',
    tierMostCommon: 'Vanligast',
    tierThen: 'Därefter',
    tierLabel: (summary) => `Sektorernas ordning i Sverige och internationellt. ${summary}`,
    tierSummary: (sweden, international) =>
      `I Sverige deltar ${sweden} oftast; internationellt ${international}.`,
    and: 'och',
    matrixTitle: 'Sektorer i varje exempel',
    matrixSubtitle: (shown, total) => `${shown} av ${total} exempel visas.`,
    matrixCaption: 'Exempel (rader) och om varje sektor leder, deltar eller inte är involverad',
    example: 'Exempel',
    involvement: { lead: 'Leder', involved: 'Deltar', none: 'Inte involverad' },
    summaryTitle: 'Hur ofta varje sektor deltar, per grupp',
    summaryLabel: (summary) => `Staplade staplar över sektorernas deltagande per grupp. ${summary}`,
    summaryRow: (sector, taking, total) => `${sector}: ${taking} av ${total}`,
    ofTotal: (count, total) => `${count} av ${total}`,
    filterBySector: 'Välj en sektor',
    filterByGroup: 'Välj en grupp',
    form: 'Form',
    allForms: 'Alla former',
    selection: 'Urval',
    sectorChip: (label) => `Sektor: ${label}`,
    groupChip: (label) => `Grupp: ${label}`,
    removeChip: (label) => `Ta bort ${label}`,
    clearHint: 'Escape rensar urvalet.',
    noExamples: 'Inget exempel matchar filtren.',
    clearFilters: 'Rensa region, nivå och form',
    sourceLine: (title, publisher) => `Källa: ${publisher}, ”${title}” (2024).`,
    illustrativeLine:
      'Data per exempel: exempeldata. Rapporten namnger varken sina 19 exempel eller deras sektorer; exemplen här är påhittade och följer den publicerade ordningen.',
  },
  overview: {
    title: 'Social innovation i Sverige',
    intro:
      'Den här instrumentpanelen samlar vad svenska källor publicerar om social innovation i offentlig sektor: vad tjänstepersoner vill lära sig, vilka som deltar i regional samverkan och vad projekt uppnår.',
    surveyCardBody:
      'Vilka kompetensområden tjänstepersoner i kommuner och regioner rangordnade som viktigast, nationellt och per region.',
    open: 'Öppna',
    sectorsCardBody:
      'Vilka sektorer som deltar i 12 svenska och 7 internationella exempel på regional samverkan, och hur ordningen skiljer sig.',
    filtersNotApplicable: 'Filtren gäller i vyerna, inte i den här översikten.',
    topPriority: 'Högst prioriterat nationellt',
    honestyTitle: 'Så läser du siffrorna',
    honestyPublished: 'Anges i ett källdokument, som namnges vid varje diagram.',
    honestyDerived: 'Beräknad från publicerade värden; formeln visas.',
    honestyIllustrative:
      'Inte publicerat någonstans, påhittat för att visa hur instrumentpanelen fungerar. Diagram med sådana värden bär en synlig märkning.',
  },
};
