// The entry shows this when the app's own code cannot be fetched: the network dropped during the
// first visit, before the service worker had kept a copy, or the host no longer has the files the
// page asks for. The message catalogues come with that code, so the few words needed here live
// here, and the page is built without React. Its styles come from the app's stylesheet, which
// index.html links on its own; should that have failed too, the message is plain but readable.
const MESSAGES = {
  sv: {
    title: 'Instrumentpanelen kunde inte laddas',
    body: 'Dess kod kunde inte hämtas. Kontrollera anslutningen och försök igen.',
    retry: 'Försök igen',
  },
  en: {
    title: 'The dashboard could not load',
    body: 'Its code could not be downloaded. Check the connection and try again.',
    retry: 'Try again',
  },
} as const;

/** The language the address asks for; Swedish unless it says `lang=en`. */
function languageOf(search: string): keyof typeof MESSAGES {
  return new URLSearchParams(search).get('lang') === 'en' ? 'en' : 'sv';
}

/**
 * Replaces the empty page with a message and a button that reloads it, moves focus to the
 * message (the page's only content) so that a screen reader reads it, and reloads by itself when
 * the browser is back online. Returns a function that stops waiting for that.
 */
export function showStartFailure(reload: () => void = () => window.location.reload()): () => void {
  const root = document.getElementById('root');
  if (!root) return () => undefined;
  const lang = languageOf(window.location.search);
  const text = MESSAGES[lang];
  const message = document.createElement('div');
  message.className = 'start-failure';
  const heading = document.createElement('h1');
  heading.tabIndex = -1;
  heading.textContent = text.title;
  const body = document.createElement('p');
  body.textContent = text.body;
  const retry = document.createElement('button');
  retry.type = 'button';
  retry.className = 'toggle';
  retry.textContent = text.retry;
  retry.addEventListener('click', reload);
  message.append(heading, body, retry);
  root.replaceChildren(message);
  document.documentElement.lang = lang;
  document.title = text.title;
  heading.focus();
  window.addEventListener('online', reload, { once: true });
  return () => window.removeEventListener('online', reload);
}
