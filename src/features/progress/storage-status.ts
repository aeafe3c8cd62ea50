import type { StoreNotice } from './progress-store.ts';

/**
 * `<storage-status>`: the one place a page says what is wrong with saved progress (damaged data set
 * aside or waiting for the learner, storage blocked or full), with a download of the damaged data and,
 * when there was no room to set it aside, a way to clear it. The wording, downloading and clearing load
 * only when there is something to say.
 * It imports nothing from the store: the event's name and where the store publishes its notice come
 * in data-* attributes (StorageStatus.astro), so the quiz's store and scoring stay one chunk.
 */
class StorageStatus extends HTMLElement {
  connectedCallback() {
    const currentNotice = (): StoreNotice | undefined => {
      const json = document.documentElement.dataset[this.dataset['noticeData']!];
      return json ? (JSON.parse(json) as StoreNotice) : undefined;
    };
    const box = this.querySelector<HTMLElement>('[data-notice]')!;
    const done = this.querySelector('[data-done]')!;
    const button = (action: string) => this.querySelector<HTMLButtonElement>(`[data-action="${action}"]`)!;
    const update = async () => {
      const notice = currentNotice();
      if (!notice) {
        box.hidden = true;
        return;
      }
      const { noticeText } = await import('./storage-messages.ts');
      box.querySelector('p')!.textContent = noticeText(notice);
      box.hidden = false;
      button('download').hidden = notice.kind !== 'recovered' && notice.kind !== 'damaged';
      button('clear').hidden = notice.kind !== 'damaged';
    };
    this.addEventListener('click', async (event) => {
      const action = (event.target as HTMLElement).closest<HTMLElement>('[data-action]')?.dataset['action'];
      const notice = currentNotice();
      if (!action || !notice) return;
      const { clearDamaged, downloadStored } = await import('./progress-recovery.ts');
      if (action === 'download') {
        const fileName = downloadStored(notice.kind === 'recovered' ? notice.backupKey : this.dataset['key']!, new Date());
        done.textContent = fileName ? `Downloaded ${fileName}.` : 'That data is no longer in this browser.';
      } else {
        done.textContent = clearDamaged(this.dataset['key']!)
          ? 'The damaged data was cleared. Answers are saved again from now on.'
          : 'This browser did not let the guide clear the damaged data. Nothing was changed.';
      }
    });
    document.addEventListener(this.dataset['event']!, () => void update());
    void update();
  }
}

customElements.define('storage-status', StorageStatus);
