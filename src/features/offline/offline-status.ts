// <offline-status>: the progress page's line on the offline copy: "Available offline: N files, X MB"
// with a Remove button, or why there is none (with a button to keep one again).
import { allowOfflineCopy, measureOfflineCopy, offlineCopyRemoved, registerOfflineCopy, removeOfflineCopy } from './offline-copy.ts';
import { base } from '../../paths.ts';

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

class OfflineStatus extends HTMLElement {
  #text!: HTMLElement;
  #remove!: HTMLButtonElement;
  #keep!: HTMLButtonElement;

  connectedCallback() {
    this.#text = this.querySelector('[data-offline-text]')!;
    this.#remove = this.querySelector('[data-remove]')!;
    this.#keep = this.querySelector('[data-keep]')!;
    if (!('serviceWorker' in navigator) || !('caches' in window)) {
      this.#say('This browser cannot keep an offline copy of the guide.');
      return;
    }
    this.#remove.addEventListener('click', () => void this.#removeCopy());
    this.#keep.addEventListener('click', () => void this.#keepCopy());
    void this.#refresh();
  }

  /** Shows the state and its one button; focus on a button that disappears moves to the one shown (or the line). */
  #say(text: string, button?: 'remove' | 'keep') {
    const focused = document.activeElement;
    this.#text.textContent = text;
    this.#remove.hidden = button !== 'remove';
    this.#keep.hidden = button !== 'keep';
    const hiddenButton = [this.#remove, this.#keep].some((candidate) => candidate === focused && candidate.hidden);
    // While saving, focus waits on the status line; once saved, it moves on to the button shown.
    if (hiddenButton || (focused === this.#text && button)) (button === 'remove' ? this.#remove : button === 'keep' ? this.#keep : this.#text).focus();
  }

  async #refresh() {
    if (offlineCopyRemoved()) return this.#say('No offline copy is kept in this browser: you removed it.', 'keep');
    const registration = await navigator.serviceWorker.getRegistration(base);
    if (!registration?.active) this.#say('Saving the guide for offline use…');
    const ready = await navigator.serviceWorker.ready;
    const { files, bytes } = await measureOfflineCopy(ready.scope);
    this.#say(`Available offline: ${files} files, ${megabytes(bytes)} in this browser.`, 'remove');
  }

  async #removeCopy() {
    const registration = await navigator.serviceWorker.getRegistration(base);
    if (registration) await removeOfflineCopy(registration);
    this.#say('The offline copy is removed. Pages now need the network; your progress is still here.', 'keep');
  }

  async #keepCopy() {
    allowOfflineCopy();
    this.#say('Saving the guide for offline use…');
    await registerOfflineCopy();
    await this.#refresh();
  }
}

customElements.define('offline-status', OfflineStatus);
