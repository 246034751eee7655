import { afterEach, describe, expect, it } from 'vitest';
import {
  appendDigit,
  isTypingTarget,
  keyCommand,
  type KeyPress,
} from '../../src/presentation/keyMap';

const idle = { typingStepNumber: false };
const typing = { typingStepNumber: true };
const press = (key: string, extra: Partial<KeyPress> = {}): KeyPress => ({
  key,
  target: document.body,
  ...extra,
});

/** An element made of `tag` with `attributes`, inside `parent` (or the body). */
function element(
  tag: string,
  attributes: Record<string, string> = {},
  parent: Element = document.body,
): HTMLElement {
  const made = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) made.setAttribute(name, value);
  parent.append(made);
  return made;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('keyCommand', () => {
  it.each([
    ['ArrowRight', 'next'],
    ['ArrowDown', 'next'],
    [' ', 'next'],
    ['PageDown', 'next'],
    ['ArrowLeft', 'previous'],
    ['ArrowUp', 'previous'],
    ['PageUp', 'previous'],
    ['Home', 'first'],
    ['End', 'last'],
    ['f', 'fullscreen'],
    ['F', 'fullscreen'],
    ['b', 'blackout'],
    ['.', 'blackout'],
    ['Escape', 'leave'],
  ])('%j gives %s', (key, command) => {
    expect(keyCommand(press(key), idle)).toBe(command);
  });

  it('reads digits as a step number, which Enter then jumps to', () => {
    expect(keyCommand(press('3'), idle)).toEqual({ digit: 3 });
    expect(keyCommand(press('0'), typing)).toEqual({ digit: 0 });
    expect(keyCommand(press('Enter'), typing)).toBe('jump');
    expect(keyCommand(press('Enter'), idle)).toBeNull();
  });

  it('takes Shift+Space back a step', () => {
    expect(keyCommand(press(' ', { shiftKey: true }), idle)).toBe('previous');
  });

  it('leaves other keys and browser shortcuts alone', () => {
    expect(keyCommand(press('x'), idle)).toBeNull();
    expect(keyCommand(press('Tab'), idle)).toBeNull();
    expect(keyCommand(press('f', { ctrlKey: true }), idle)).toBeNull();
    expect(keyCommand(press('ArrowLeft', { altKey: true }), idle)).toBeNull();
    expect(keyCommand(press('r', { metaKey: true }), idle)).toBeNull();
  });

  it.each([
    ['a text field', () => element('input', { type: 'search' })],
    ['a radio button', () => element('input', { type: 'radio' })],
    ['a select', () => element('select')],
    ['a text area', () => element('textarea')],
    ['an editable element', () => element('p', {}, element('div', { contenteditable: 'true' }))],
  ])('ignores every key typed into %s', (_, make) => {
    const target = make();
    expect(isTypingTarget(target)).toBe(true);
    for (const key of ['ArrowRight', ' ', 'f', 'b', 'Escape', '3', 'Home']) {
      expect(keyCommand(press(key, { target }), idle)).toBeNull();
    }
  });

  it('lets Space and Enter press a focused button or link', () => {
    for (const target of [element('button'), element('a', { href: '/survey' })]) {
      expect(isTypingTarget(target)).toBe(false);
      expect(keyCommand(press(' ', { target }), idle)).toBeNull();
      expect(keyCommand(press('Enter', { target }), idle)).toBeNull();
      expect(keyCommand(press('ArrowRight', { target }), idle)).toBe('next');
    }
  });

  it('lets Escape close an open disclosure first', () => {
    const target = element('button', { 'aria-expanded': 'true' });
    expect(keyCommand(press('Escape', { target }), idle)).toBeNull();
    target.setAttribute('aria-expanded', 'false');
    expect(keyCommand(press('Escape', { target }), idle)).toBe('leave');
  });
});

describe('appendDigit', () => {
  it('keeps the last three digits typed', () => {
    expect(appendDigit('', 1)).toBe('1');
    expect(appendDigit('1', 2)).toBe('12');
    expect(appendDigit('123', 4)).toBe('234');
  });
});
