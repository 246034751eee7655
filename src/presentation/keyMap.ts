/** What a key does while presenting. */
export type KeyCommand =
  | 'next'
  | 'previous'
  | 'first'
  | 'last'
  | 'jump'
  | 'fullscreen'
  | 'blackout'
  | 'leave'
  | { digit: number };

/** The parts of a keyboard event the key map reads. */
export interface KeyPress {
  key: string;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  shiftKey?: boolean;
  target: EventTarget | null;
}

// Clickers send PageUp/PageDown; laptops have arrows and Space.
const COMMANDS: Readonly<Record<string, KeyCommand>> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageDown: 'next',
  ' ': 'next',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  PageUp: 'previous',
  Home: 'first',
  End: 'last',
  Enter: 'jump',
  f: 'fullscreen',
  F: 'fullscreen',
  b: 'blackout',
  B: 'blackout',
  '.': 'blackout',
  Escape: 'leave',
};

function asElement(target: EventTarget | null): Element | null {
  return typeof Element !== 'undefined' && target instanceof Element ? target : null;
}

/** Whether keys pressed on `target` belong to it: a text field, a select, an editable element. */
export function isTypingTarget(target: EventTarget | null): boolean {
  const element = asElement(target);
  if (!element) return false;
  if (element.closest('input, select, textarea, [contenteditable=""], [contenteditable="true"]')) {
    return true;
  }
  return element instanceof HTMLElement && element.isContentEditable === true;
}

/** Whether Space and Enter on `target` press it: a button or a link. */
function isPressable(target: EventTarget | null): boolean {
  return asElement(target)?.closest('button, a[href], summary, [role="button"]') != null;
}

/**
 * The command a key press gives, or `null` when the key is not the presentation's: keys with
 * Ctrl, Alt or Meta (browser shortcuts), keys typed into a field, Space and Enter on a button
 * (which press it), Enter with no step number typed, and Escape on an open disclosure (which
 * closes it).
 */
export function keyCommand(
  press: KeyPress,
  options: { typingStepNumber: boolean },
): KeyCommand | null {
  if (press.altKey || press.ctrlKey || press.metaKey) return null;
  if (isTypingTarget(press.target)) return null;
  if (/^[0-9]$/.test(press.key)) return { digit: Number(press.key) };
  const command = COMMANDS[press.key];
  if (!command) return null;
  if (press.key === 'Enter') {
    return options.typingStepNumber ? 'jump' : null;
  }
  if (press.key === ' ') {
    if (isPressable(press.target)) return null;
    return press.shiftKey ? 'previous' : 'next';
  }
  if (press.key === 'Escape' && asElement(press.target)?.getAttribute('aria-expanded') === 'true') {
    return null;
  }
  return command;
}

/** The most digits a typed step number keeps. */
export const MAX_STEP_DIGITS = 3;

/** The typed step number after another digit. */
export function appendDigit(typed: string, digit: number): string {
  return `${typed}${digit}`.slice(-MAX_STEP_DIGITS);
}
