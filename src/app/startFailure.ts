// The entry shows this when the app's own code cannot be fetched: the network dropped during the
// first visit, before the service worker had kept a copy. The message catalogues come with that
// code, so the few words needed here live here, and the page is built without React.
const MESSAGES = {
  sv: {
    title: 'Instrumentpanelen kunde inte laddas',
    body: 'Nätverket svarade inte. Försök igen när anslutningen är tillbaka.',
    retry: 'Försök igen',
  },
  en: {
    title: 'The dashboard could not load',
    body: 'The network did not answer. Try again once the connection is back.',
    retry: 'Try again',
  },
} as const;

/** The language the address asks for; Swedish unless it says `lang=en`. */
function languageOf(search: string): keyof typeof MESSAGES {
  return new URLSearchParams(search).get('lang') === 'en' ? 'en' : 'sv';
}

/**
 * Replaces the empty page with a message and a button that reloads it, and reloads by itself
 * when the browser is back online.
 */
export function showStartFailure(reload: () => void = () => window.location.reload()): void {
  const root = document.getElementById('root');
  if (!root) return;
  const lang = languageOf(window.location.search);
  const text = MESSAGES[lang];
  const message = document.createElement('div');
  message.className = 'start-failure';
  message.setAttribute('role', 'alert');
  const heading = document.createElement('h1');
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
  window.addEventListener('online', reload, { once: true });
}
