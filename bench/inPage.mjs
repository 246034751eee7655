// Runs in every measured page (an init script): collects long animation frames and Event Timing
// entries, and measures a change from the trusted `change` event's timestamp until the frame that
// showed the chart's last change has painted (a following frame with no change confirms it).
export function benchInPage() {
  /* global window, document, requestAnimationFrame, MutationObserver */
  const bench = { loafs: [], events: [] };
  window.__bench = bench;
  const observe = (type, options) => {
    try {
      new PerformanceObserver((list) =>
        bench[type === 'event' ? 'events' : 'loafs'].push(
          ...list.getEntries().map((entry) => ({
            name: entry.name,
            start: entry.startTime,
            duration: entry.duration,
            blocking: entry.blockingDuration ?? 0,
          })),
        ),
      ).observe({ type, buffered: true, ...options });
    } catch {
      // An entry type this browser lacks.
    }
  };
  observe('long-animation-frame');
  observe('event', { durationThreshold: 16 });
  /**
   * Resolves once the next frame has painted (a task queued from its animation-frame callbacks
   * runs after its paint), with whether the DOM had changed before that frame began: a change
   * made later, even before the resolve, is the next frame's.
   */
  const paintedFrame = (mutated) =>
    new Promise((done) =>
      requestAnimationFrame(() => {
        const changed = mutated.changed;
        mutated.changed = false;
        setTimeout(() => done(changed), 0);
      }),
    );
  const sleep = (ms) => new Promise((done) => setTimeout(done, ms));
  // Writing an attribute or a text its same value (React re-sets an input's name and type on
  // every render, and blanks a radio's name for a moment) is recorded by MutationObserver but
  // changes nothing on screen: a batch of records changes the DOM only where, for some node and
  // attribute, the value before the batch's first record differs from the value now.
  const changesSomething = (records) => {
    const before = new Map();
    for (const record of records) {
      if (record.type === 'childList') return true;
      const key = record.type === 'attributes' ? record.attributeName : '#text';
      const seen = before.get(record.target) ?? new Map();
      if (!seen.has(key)) seen.set(key, record.oldValue);
      before.set(record.target, seen);
    }
    for (const [target, seen] of before) {
      for (const [key, oldValue] of seen) {
        const now = key === '#text' ? target.data : target.getAttribute(key);
        if (now !== oldValue) return true;
      }
    }
    return false;
  };
  const watchDom = (root = document.body) => {
    const mutated = { changed: false };
    const observer = new MutationObserver((records) => {
      if (changesSomething(records)) mutated.changed = true;
    });
    observer.observe(root, {
      subtree: true,
      childList: true,
      characterData: true,
      characterDataOldValue: true,
      attributes: true,
      attributeOldValue: true,
    });
    mutated.stop = () => observer.disconnect();
    return mutated;
  };
  /**
   * When the last frame that changed the DOM was painted, once `drawn()` holds and a whole frame
   * has then painted with no change; NaN if the deadline passes first. The confirming frame is not
   * counted: the screen was final when the frame before it painted.
   */
  const lastChangePainted = async (mutated, deadline, drawn) => {
    let paintedAt = NaN;
    for (;;) {
      const changed = await paintedFrame(mutated);
      if (changed) paintedAt = performance.now();
      else if (drawn() && Number.isFinite(paintedAt)) return paintedAt;
      if (performance.now() > deadline) return NaN;
    }
  };
  // A page that counts its own finished renders (the peers: Vega draws asynchronously) says so in
  // `data-rendered`; elsewhere the first DOM change after the event stands for the render.
  const renders = () => Number(document.querySelector('[data-rendered]')?.dataset.rendered);
  const chartMarkup = (selector) => document.querySelector(selector)?.outerHTML ?? '';
  const framesWithin = (start, end) =>
    bench.loafs.filter((entry) => entry.start + entry.duration >= start && entry.start <= end);

  /**
   * Where a change is watched: the chart's figure (the peers': the chart's container), or the
   * whole page for a target measured as a whole view.
   */
  const watchedRoot = (selector, scope) => {
    const chart = document.querySelector(selector);
    if (scope === 'page' || !chart) return document.body;
    return chart.closest('figure') ?? chart.parentElement ?? document.body;
  };

  /** Arms the measure of the next `changes` change events (one, or a burst). */
  bench.arm = (changes, selector, timeoutMs, scope) => {
    const chartBefore = chartMarkup(selector);
    const rendersBefore = renders();
    bench.result = new Promise((resolve) => {
      let seen = 0;
      let start = 0;
      let mutated = null;
      const finish = (result) => {
        clearTimeout(timer);
        mutated?.stop();
        document.removeEventListener('change', onChange, true);
        resolve(result);
      };
      const timer = setTimeout(() => finish({ timedOut: true, seen }), timeoutMs);
      async function onChange(event) {
        seen += 1;
        if (seen === 1) {
          start = event.timeStamp;
          mutated = watchDom(watchedRoot(selector, scope));
        }
        if (seen < changes) return;
        document.removeEventListener('change', onChange, true);
        const deadline = start + timeoutMs;
        const drawn = () =>
          Number.isFinite(rendersBefore) ? renders() >= rendersBefore + changes : true;
        const end = await lastChangePainted(mutated, deadline, drawn);
        mutated.stop();
        if (!Number.isFinite(end)) return finish({ timedOut: true, seen });
        // Performance entries reach observers a little after their frame.
        await sleep(100);
        const loafs = framesWithin(start, end);
        const events = bench.events.filter(
          (entry) => entry.start + entry.duration >= start && entry.start <= end,
        );
        finish({
          ms: end - start,
          longestFrame: Math.max(0, ...loafs.map((entry) => entry.duration)),
          longFrames: loafs.filter((entry) => entry.duration > 50).length,
          eventMs: Math.max(0, ...events.map((entry) => entry.duration)),
          chartChanged: chartMarkup(selector) !== chartBefore,
        });
      }
      document.addEventListener('change', onChange, true);
    });
  };

  /**
   * Waits for the first chart and the paint of the page's last change. Times are from navigation
   * start, from the start of the dataset's request (the page's first resource whose path ends in
   * /projects.json; NaN without one: the harness then reads the page's workers) and from the end
   * of its response; the longest frame is of those since `since`.
   */
  bench.chartPainted = async (selector, timeoutMs, since = 0) => {
    const deadline = performance.now() + timeoutMs;
    while (!document.querySelector(selector)) {
      if (performance.now() > deadline) return { timedOut: true };
      await sleep(5);
    }
    const mutated = watchDom();
    // The chart is in the DOM already: the next frame paints it, unless something changes after.
    mutated.changed = true;
    const end = await lastChangePainted(mutated, deadline, () => true);
    mutated.stop();
    if (!Number.isFinite(end)) return { timedOut: true };
    const request = performance
      .getEntriesByType('resource')
      .find((entry) => new URL(entry.name).pathname.endsWith('/projects.json'));
    return {
      navigationMs: end,
      datasetMs: request ? end - request.startTime : NaN,
      receivedMs: request ? end - request.responseEnd : NaN,
      longestFrame: Math.max(0, ...framesWithin(since, end).map((entry) => entry.duration)),
    };
  };

  /**
   * Presses `press` in a page that is open and still, and measures the load that starts; also
   * from the press itself (`pressMs`), which includes whatever runs before the request.
   */
  bench.pressAndLoad = async (press, selector, timeoutMs) => {
    const since = performance.now();
    document.querySelector(press).click();
    const load = await bench.chartPainted(selector, timeoutMs, since);
    return load.timedOut ? load : { ...load, pressMs: load.navigationMs - since };
  };
}
