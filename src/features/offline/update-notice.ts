// <update-notice>, on every page: registers the guide's service worker after the page has loaded,
// and offers a new version once one has installed. The new worker waits (it never takes over an
// open page by itself); "Reload" tells it to take over, and the page reloads once it has. When
// another tab's Reload takes this page over, the notice shows here too and reloads only when asked.
// Kept small and free of imports (it loads on every page, and a shared import would become one more
// file): the worker's URL, scope, opt-out key and Workbox's skip-waiting message come from data-*
// attributes that UpdateNotice.astro fills from offline-names.ts.

/** Whether the learner removed the offline copy (progress page); then nothing is saved again. */
function removed(key: string): boolean {
  try {
    return localStorage.getItem(key) === '1';
  } catch {
    return true; // Storage blocked: so is Cache Storage; do not try.
  }
}

class UpdateNotice extends HTMLElement {
  #registration: ServiceWorkerRegistration | undefined;
  #reloadRequested = false;

  connectedCallback() {
    const workers = navigator.serviceWorker;
    if (!workers || removed(this.dataset['optOutKey']!)) return;
    this.querySelector('[data-reload]')!.addEventListener('click', () => this.#reload());
    this.querySelector('[data-dismiss]')!.addEventListener('click', () => this.#show(false));
    const hadController = Boolean(workers.controller);
    workers.addEventListener('controllerchange', () => {
      if (this.#reloadRequested) location.reload();
      // The first version taking a fresh page over is no news; a newer one taking over is.
      else if (hadController) this.#show();
    });
    // After the load event, so saving the guide never competes with the page's own files.
    // A browser that refuses (private mode, blocked by policy) simply has no offline copy.
    const register = () => this.#register().catch(() => {});
    if (document.readyState === 'complete') void register();
    else addEventListener('load', () => void register(), { once: true });
  }

  async #register() {
    const registration = (this.#registration = await navigator.serviceWorker.register(this.dataset['serviceWorker']!, { scope: this.dataset['scope']! }));
    // "installed" while a worker controls this page: a new version has its files and is waiting.
    const showIfWaiting = () => registration.waiting && navigator.serviceWorker.controller && this.#show();
    showIfWaiting();
    registration.addEventListener('updatefound', () => registration.installing?.addEventListener('statechange', showIfWaiting));
  }

  /**
   * Hidden, the whole notice stays out of the accessibility tree (and out of the page's own status
   * messages). Shown, its live region joins the page first and its text a frame later, so it is announced.
   */
  #show(shown = true) {
    this.hidden = !shown;
    requestAnimationFrame(() => (this.querySelector<HTMLElement>('.update-notice-card')!.hidden = !shown));
  }

  #reload() {
    const waiting = this.#registration?.waiting;
    if (!waiting) return location.reload();
    this.#reloadRequested = true;
    waiting.postMessage({ type: this.dataset['skipWaiting'] });
  }
}

customElements.define('update-notice', UpdateNotice);
