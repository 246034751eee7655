/** Runs `task` when the browser is next idle (where it cannot tell, a moment from now). */
export function whenIdle(task: () => void): void {
  if ('requestIdleCallback' in window) requestIdleCallback(task);
  else setTimeout(task, 200);
}
