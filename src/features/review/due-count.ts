/**
 * `<due-count>`: shows how many reviews are due. It is on every page, so it stays tiny: it imports
 * nothing, reads the raw store, and only when there are answers loads the scheduler chunk to count.
 */
class DueCount extends HTMLElement {
  connectedCallback() {
    // The progress store's key and event, from DueCount.astro.
    const { storageKey = '', progressEvent = '' } = this.dataset;
    const link = this.querySelector('a')!;
    const update = async () => {
      let raw: string | null = null;
      try {
        raw = localStorage.getItem(storageKey);
      } catch {
        // Storage blocked: nothing saved, so nothing due.
      }
      const count = raw?.includes('"at"') ? (await import('./due-count-compute.ts')).countDueIn(raw, new Date()) : 0;
      link.querySelector('.due-number')!.textContent = String(count);
      link.hidden = count === 0;
    };
    void update();
    document.addEventListener(progressEvent, () => void update());
    setInterval(() => void update(), 60_000);
  }
}

customElements.define('due-count', DueCount);
