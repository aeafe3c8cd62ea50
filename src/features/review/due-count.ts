/**
 * `<due-count>`: shows how many reviews are due. It is on every page, so it stays tiny: it imports
 * nothing, reads the raw store, and only when there are answers loads the scheduler chunk to count.
 */
// The same values as PROGRESS_KEY (src/features/progress/progress-format.ts) and PROGRESS_EVENT (progress-client.ts),
// written out so this script does not pull the progress store into every page.
const PROGRESS_KEY = 'genai-guide:progress';
const PROGRESS_EVENT = 'guide:progress';

class DueCount extends HTMLElement {
  connectedCallback() {
    const link = this.querySelector('a')!;
    const update = async () => {
      let raw: string | null = null;
      try {
        raw = localStorage.getItem(PROGRESS_KEY);
      } catch {
        // Storage blocked: nothing saved, so nothing due.
      }
      const count = raw?.includes('"at"') ? (await import('./due-count-compute.ts')).countDueIn(raw, new Date()) : 0;
      link.querySelector('.due-number')!.textContent = String(count);
      link.hidden = count === 0;
    };
    void update();
    document.addEventListener(PROGRESS_EVENT, () => void update());
    setInterval(() => void update(), 60_000);
  }
}

customElements.define('due-count', DueCount);
