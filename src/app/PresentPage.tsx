import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useRouter, useSearch } from '@tanstack/react-router';
import {
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ComponentType,
  type FocusEvent,
} from 'react';
import { ChartTextScaleContext } from '../charts/useChartSize';
import type { CollaborationsDataset } from '../data/collaborationsSchema';
import type { ProjectsDataset } from '../data/projectsSchema';
import { collaborationsQuery, projectsQuery, regionsQuery, surveyQuery } from '../data/queries';
import type { Region } from '../data/regionsSchema';
import { ProjectsPanel } from '../features/projects/ProjectsPanel';
import { matchProjects } from '../features/projects/projectTable';
import { ResultLevelsPanel } from '../features/result-levels/ResultLevelsPanel';
import { tallyResults } from '../features/result-levels/resultSeries';
import { parseResultsSearch } from '../features/result-levels/resultsSearch';
import { SectorMixPanel } from '../features/sector-mix/SectorMixPanel';
import { parseSectorSelection } from '../features/sector-mix/sectorSearch';
import { filterExamples, selectExamples } from '../features/sector-mix/sectorSeries';
import { SurveyPrioritiesPanel } from '../features/survey-priorities/SurveyPrioritiesPanel';
import { parseProjectsSearch } from '../features/projects/projectsSearch';
import { parseFilters } from '../filters/filterSchema';
import { useI18n, type I18n } from '../i18n/I18nProvider';
import { OfflineBadge } from './connectivity/OfflineBadge';
import { useShownDataFetchedAt } from './connectivity/useShownDataFetchedAt';
import { Blackout } from '../presentation/Blackout';
import { IntervalSelect } from '../presentation/IntervalSelect';
import { keepCaptionRoom, useCaptionRoom } from '../presentation/captionRoom';
import { appendDigit, keyCommand } from '../presentation/keyMap';
import { PresentationControls } from '../presentation/PresentationControls';
import { formatClock, joinCaption } from '../presentation/presentationText';
import { stepFigure, usePresentationFit } from '../presentation/presentationFit';
import { presentationChartTextScale, useViewportWidth } from '../presentation/projectorScale';
import { storeSequence } from '../presentation/sequenceStorage';
import { moveItem, moveStep, nextStepLooping } from '../presentation/stepNavigation';
import { StepsPanel } from '../presentation/StepsPanel';
import { useCountdown } from '../presentation/useCountdown';
import { useFullscreen } from '../presentation/useFullscreen';
import { useIdle } from '../presentation/useIdle';
import { useInterval } from '../presentation/useInterval';
import { useKeyHandler } from '../presentation/useKeyHandler';
import {
  decodeSteps,
  DEFAULT_STORY,
  encodeSteps,
  filterCaptionParts,
  presentStepSearch,
  stepSearch,
  stepTitle,
  type PresentationStep,
  type StepPath,
} from './presentationSteps';
import '../presentation/presentation.css';

const PANELS: Record<StepPath, ComponentType> = {
  '/survey': SurveyPrioritiesPanel,
  '/sectors': SectorMixPanel,
  '/results': ResultLevelsPanel,
  '/projects': ProjectsPanel,
};

const REFRESH_CHOICES = [30, 60, 300] as const;
const AUTO_ADVANCE_CHOICES = [10, 20, 30, 60] as const;
/** A typed step number is forgotten when Enter does not follow within this time. */
const TYPED_STEP_MS = 4000;
const PRESENTING_CLASS = 'is-presenting';

/** The datasets a step's view shows, as far as they have loaded. */
export interface StepData {
  regions?: readonly Region[];
  projects?: ProjectsDataset;
  collaborations?: CollaborationsDataset;
}

/**
 * How many records the step's main chart shows (examples in the sector matrix, projects in the
 * result matrix or the project list), or `null` where that is not a count of records (the survey)
 * or the data has not arrived. The same series functions as the views', on the same search.
 */
export function stepRecordCount(
  path: StepPath,
  search: Record<string, unknown>,
  data: StepData,
): number | null {
  const { regions } = data;
  if (!regions) return null;
  const { region, level } = parseFilters(search);
  if (path === '/results' && data.projects) {
    const { levelMode, nationalEverywhere } = parseResultsSearch(search);
    const selection = { region, level, levelMode, nationalEverywhere };
    return tallyResults(data.projects, regions, selection).shown.total;
  }
  if (path === '/projects' && data.projects) {
    const { query, area, fund, nationalEverywhere } = parseProjectsSearch(search);
    const filters = { query, area, fund, nationalEverywhere, region, level };
    return matchProjects(data.projects, regions, filters).rows.length;
  }
  if (path === '/sectors' && data.collaborations) {
    const selection = parseSectorSelection(search);
    const filtered = filterExamples(data.collaborations.examples, regions, {
      region,
      level,
      form: selection.form,
    });
    return selectExamples(filtered, selection).length;
  }
  return null;
}

/** The caption shown while the controls are hidden: the active filters and the number of records. */
export function stepCaption(
  path: StepPath,
  search: Record<string, unknown>,
  data: StepData,
  i18n: I18n,
): string {
  const count = stepRecordCount(path, search, data);
  return joinCaption([
    ...filterCaptionParts(path, search, data.regions, i18n, { allRegions: true }),
    count === null ? null : i18n.t.present.captionCount(i18n.integer(count)),
  ]);
}

/**
 * Whether the step's chart shows illustrative values: every chart but the national survey and the
 * sectors' published order (the sector view's first chart, whatever its filters) does.
 */
export function stepShowsIllustrative(
  path: StepPath,
  search: Record<string, unknown>,
  highlight?: number,
): boolean {
  if (path === '/survey') return parseFilters(search).region !== null;
  if (path === '/sectors') return (highlight ?? 1) > 1;
  return true;
}

function isFocusVisible(element: Element): boolean {
  try {
    return element.matches(':focus-visible');
  } catch {
    return true;
  }
}

/**
 * `/present`: the steps of a sequence, one view at a time, full-page and scaled for a projector,
 * with keys for a clicker, controls that fade, a caption of the active filters, a black screen,
 * optional refresh and auto-advance, and an editable, shareable sequence.
 */
export function PresentPage() {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const search = useSearch({ from: '/present' });
  const navigate = useNavigate();
  const router = useRouter();
  const queryClient = useQueryClient();
  const stepsPanelId = useId();

  const customSteps = useMemo(() => decodeSteps(search.seq), [search.seq]);
  const steps: readonly PresentationStep[] = customSteps ?? DEFAULT_STORY;
  const count = steps.length;
  const stepNumber = search.step;
  const step = steps[stepNumber - 1] ?? DEFAULT_STORY[0]!;
  const viewSearch = useMemo(() => stepSearch(step.path, search), [step.path, search]);
  const title = stepTitle(step, i18n);
  const settings = useMemo(
    () => ({ seq: search.seq, refresh: search.refresh, auto: search.auto, lang }),
    [search.seq, search.refresh, search.auto, lang],
  );

  const showStep = useCallback(
    (number: number, options: { replace?: boolean } = {}) =>
      void navigate({
        to: '/present',
        search: presentStepSearch(steps, number - 1, settings),
        replace: options.replace ?? false,
        // The step places its chart itself, once its data is in (see the layout effect below).
        resetScroll: false,
      }),
    [navigate, steps, settings],
  );
  const changeSettings = (patch: { refresh?: number; auto?: number }) =>
    void navigate({
      to: '/present',
      search: { ...search, ...patch },
      replace: true,
      resetScroll: false,
    });

  // Every dataset the sequence uses is loaded now and kept while presenting (an observed query is
  // never garbage-collected), so that a network lost mid-talk blanks no later step.
  const paths = useMemo(() => new Set(steps.map((entry) => entry.path)), [steps]);
  const regions = useQuery(regionsQuery);
  const survey = useQuery({ ...surveyQuery, enabled: paths.has('/survey') });
  const collaborations = useQuery({ ...collaborationsQuery, enabled: paths.has('/sectors') });
  const projects = useQuery({
    ...projectsQuery,
    enabled: paths.has('/results') || paths.has('/projects'),
  });
  const stepDataReady =
    regions.data !== undefined &&
    {
      '/survey': survey.data,
      '/sectors': collaborations.data,
      '/results': projects.data,
      '/projects': projects.data,
    }[step.path] !== undefined;

  // The presenter's own sequence is the one "Add this view as a step" adds to.
  useEffect(() => {
    if (search.seq && customSteps) storeSequence(search.seq);
  }, [search.seq, customSteps]);

  // A bare `/present?step=2` shows the step's filters, not the view's defaults.
  const checkedStepSearch = useRef(false);
  useEffect(() => {
    if (checkedStepSearch.current) return;
    checkedStepSearch.current = true;
    if (Object.keys(viewSearch).length === 0 && Object.keys(step.search).length > 0) {
      showStep(stepNumber, { replace: true });
    }
  }, [viewSearch, step.search, showStep, stepNumber]);

  useEffect(() => {
    const root = document.documentElement;
    root.classList.add(PRESENTING_CLASS);
    return () => root.classList.remove(PRESENTING_CLASS);
  }, []);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `${title} · ${t.present.pageTitle(stepNumber, count)} · ${t.app.name}`;
  }, [lang, title, t, stepNumber, count]);

  const stageRef = useRef<HTMLElement>(null);
  const captionRef = useRef<HTMLDivElement>(null);
  const viewportWidth = useViewportWidth();
  const fit = usePresentationFit({
    stage: stageRef,
    stepKey: `${stepNumber} ${step.path}`,
    highlight: step.highlight,
    ready: stepDataReady,
    viewportWidth,
  });
  // Before the browser paints and the fit measures the chart: it measures where the step shows it.
  // A step shows its view from the top, or scrolls the chart it highlights in below the caption.
  useLayoutEffect(() => {
    if (!stepDataReady) return;
    if (step.highlight === undefined) {
      window.scrollTo?.(0, 0);
      return;
    }
    // The caption's text has just changed with the data: its room, before the chart scrolls in.
    keepCaptionRoom(captionRef.current);
    stepFigure(stageRef.current, step.highlight)?.scrollIntoView?.({ block: 'start' });
    // A new fit moves the chart: it scrolls in again.
  }, [stepDataReady, step, stepNumber, fit]);

  const chartScale = useMemo(
    () => presentationChartTextScale(viewportWidth, fit),
    [viewportWidth, fit],
  );

  const { isFullscreen, toggle: toggleFullscreen, exit: exitFullscreen } = useFullscreen();
  const [blackedOut, setBlackedOut] = useState(false);
  const [stepsOpen, setStepsOpen] = useState(false);
  const [keyboardInControls, setKeyboardInControls] = useState(false);
  const idle = useIdle();
  const controlsVisible = !idle || keyboardInControls || stepsOpen;

  const [typedStep, setTypedStep] = useState('');
  useEffect(() => {
    if (typedStep === '') return;
    const timer = window.setTimeout(() => setTypedStep(''), TYPED_STEP_MS);
    return () => window.clearTimeout(timer);
  }, [typedStep]);

  const [autoPaused, setAutoPaused] = useState(false);
  const autoSeconds = search.auto;
  const autoRunning = autoSeconds !== undefined && !autoPaused && !blackedOut;
  const secondsLeft = useCountdown({
    seconds: autoSeconds ?? 0,
    running: autoRunning,
    restartKey: `${stepNumber}/${search.seq ?? ''}`,
    onElapsed: () => showStep(nextStepLooping(stepNumber, count), { replace: true }),
  });

  const refetchActive = useCallback(
    () => void queryClient.refetchQueries({ type: 'active' }),
    [queryClient],
  );
  useInterval(refetchActive, search.refresh === undefined ? null : search.refresh * 1000);
  const updatedAt = useShownDataFetchedAt();
  const updatedText =
    search.refresh !== undefined && typeof updatedAt === 'number'
      ? t.present.updated(formatClock(lang, updatedAt))
      : null;

  const leave = () => {
    exitFullscreen();
    void navigate({
      to: step.path,
      search: { ...viewSearch, lang: lang === 'sv' ? undefined : lang },
    });
  };

  const editSequence = (next: PresentationStep[], shownIndex: number, keepView: boolean) => {
    const seq = encodeSteps(next);
    storeSequence(seq);
    void navigate({
      to: '/present',
      search: presentStepSearch(
        next,
        shownIndex,
        { ...settings, seq },
        keepView ? viewSearch : undefined,
      ),
    });
  };
  const moveStepAt = (index: number, offset: -1 | 1) => {
    const shown = stepNumber - 1;
    const target = index + offset;
    const shownIndex = index === shown ? target : target === shown ? index : shown;
    editSequence(moveItem(steps, index, offset), shownIndex, true);
  };
  const removeStepAt = (index: number) => {
    const shown = stepNumber - 1;
    const next = steps.filter((_, position) => position !== index);
    if (index === shown) editSequence(next, Math.min(index, next.length - 1), false);
    else editSequence(next, index < shown ? shown - 1 : shown, true);
  };
  const restoreDefaultStory = () => {
    storeSequence(null);
    void navigate({
      to: '/present',
      search: presentStepSearch(DEFAULT_STORY, 0, { ...settings, seq: undefined }),
    });
  };
  const shareUrl = new URL(
    router.buildLocation({ to: '/present', search: presentStepSearch(steps, 0, settings) })
      .publicHref,
    window.location.origin,
  ).href;

  useKeyHandler((event) => {
    if (autoSeconds !== undefined) setAutoPaused(true);
    if (blackedOut) {
      setBlackedOut(false);
      return true;
    }
    const command = keyCommand(event, { typingStepNumber: typedStep !== '' });
    if (command === null) {
      setTypedStep('');
      return false;
    }
    if (typeof command === 'object') {
      setTypedStep(appendDigit(typedStep, command.digit));
      return true;
    }
    setTypedStep('');
    switch (command) {
      case 'jump':
        showStep(moveStep({ jump: Number(typedStep) }, stepNumber, count));
        break;
      case 'fullscreen':
        toggleFullscreen();
        break;
      case 'blackout':
        setBlackedOut(true);
        break;
      case 'leave':
        if (isFullscreen) exitFullscreen();
        else if (stepsOpen) setStepsOpen(false);
        else leave();
        break;
      default:
        showStep(moveStep(command, stepNumber, count));
    }
    return true;
  });

  const followFocus = (event: FocusEvent<HTMLElement>) =>
    setKeyboardInControls(isFocusVisible(event.target));
  const loseFocus = (event: FocusEvent<HTMLElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget)) setKeyboardInControls(false);
  };

  const caption = stepCaption(
    step.path,
    viewSearch,
    {
      regions: regions.data?.regions,
      projects: projects.data,
      collaborations: collaborations.data,
    },
    i18n,
  );
  // The caption's text, and its size with the fit: its room is measured again before the paint.
  const captionBeside = useCaptionRoom(captionRef, `${joinCaption([caption, updatedText])} ${fit}`);
  const autoStatus =
    autoSeconds === undefined ? null : (
      <div className="presentation-auto">
        <span aria-live="off">
          {autoPaused ? t.present.paused : t.present.nextIn(Math.ceil(secondsLeft))}
        </span>
        <button type="button" className="toggle" onClick={() => setAutoPaused((paused) => !paused)}>
          {autoPaused ? t.present.resume : t.present.pause}
        </button>
      </div>
    );
  const Panel = PANELS[step.path];

  return (
    <ChartTextScaleContext value={chartScale}>
      <div className="presentation" data-idle={controlsVisible ? undefined : ''}>
        <div
          className={`presentation-dock${controlsVisible ? '' : ' presentation-dock--hidden'}`}
          onFocus={followFocus}
          onBlur={loseFocus}
        >
          {stepsOpen ? (
            <StepsPanel
              id={stepsPanelId}
              titles={steps.map((entry) => stepTitle(entry, i18n))}
              current={stepNumber}
              custom={customSteps !== null}
              shareUrl={shareUrl}
              onGo={(number) => showStep(number)}
              onMove={moveStepAt}
              onRemove={removeStepAt}
              onUseDefault={restoreDefaultStory}
              settings={
                <>
                  <IntervalSelect
                    label={t.present.refresh}
                    value={search.refresh}
                    choices={REFRESH_CHOICES}
                    onChange={(refresh) => changeSettings({ refresh })}
                  />
                  <IntervalSelect
                    label={t.present.autoAdvance}
                    value={autoSeconds}
                    choices={AUTO_ADVANCE_CHOICES}
                    onChange={(auto) => {
                      setAutoPaused(false);
                      changeSettings({ auto });
                    }}
                  />
                </>
              }
            />
          ) : null}
          <PresentationControls
            title={title}
            step={stepNumber}
            count={count}
            onPrevious={() => showStep(moveStep('previous', stepNumber, count))}
            onNext={() => showStep(moveStep('next', stepNumber, count))}
            stepsPanelId={stepsPanelId}
            stepsOpen={stepsOpen}
            onToggleSteps={() => setStepsOpen((open) => !open)}
            isFullscreen={isFullscreen}
            onToggleFullscreen={toggleFullscreen}
            onLeave={leave}
            status={
              updatedText || autoStatus ? (
                <>
                  {updatedText ? <span>{updatedText}</span> : null}
                  {autoStatus}
                </>
              ) : null
            }
          />
        </div>

        <main
          id="main"
          ref={stageRef}
          tabIndex={-1}
          className={captionBeside ? 'presentation-stage--caption-beside' : undefined}
        >
          <div
            ref={captionRef}
            className="presentation-caption"
            data-shown={controlsVisible ? undefined : ''}
          >
            <p className="presentation-caption__text">
              <span className="visually-hidden">{t.present.captionLabel}: </span>
              {joinCaption([caption, updatedText])}
            </p>
            {stepShowsIllustrative(step.path, viewSearch, step.highlight) ? (
              <span className="provenance-chip provenance-chip--illustrative">
                ⚠ {t.provenance.illustrative}
              </span>
            ) : null}
            <OfflineBadge />
          </div>
          <Panel key={step.path} />
        </main>

        {autoRunning && autoSeconds !== undefined ? (
          <div className="presentation-progress" aria-hidden="true">
            <div
              className="presentation-progress__bar"
              style={{ transform: `scaleX(${1 - secondsLeft / autoSeconds})` }}
            />
          </div>
        ) : null}

        {typedStep !== '' ? (
          <p className="presentation-typed" role="status">
            {t.present.typedStep(typedStep)}
          </p>
        ) : null}
        <p className="visually-hidden" aria-live="polite">
          {t.present.stepAnnouncement(stepNumber, count, title)}
        </p>
        {blackedOut ? <Blackout onReturn={() => setBlackedOut(false)} /> : null}
      </div>
    </ChartTextScaleContext>
  );
}
