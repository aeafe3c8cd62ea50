// `<search-dialog>`: opens the search dialog from the header button, `/` or Ctrl/⌘+K, and closes it
// with Escape, the close button or a click outside, giving focus back to where it was. The search
// code (search-controller.ts, then Pagefind) loads the first time the dialog opens, not before.
import type { SearchController } from './search-controller.ts';

/** Keys that open search from anywhere on the page. */
const isOpenShortcut = (event: KeyboardEvent) =>
  (event.key === 'k' || event.key === 'K') && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey;

/** Whether the key press is typing into something (so `/` is a character, not a shortcut). */
function isTyping(event: KeyboardEvent): boolean {
  const target = event.composedPath()[0];
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(target.type);
}

class SearchDialog extends HTMLElement {
  #dialog: HTMLDialogElement | null = null;
  #input: HTMLInputElement | null = null;
  #returnFocus: HTMLElement | null = null;
  #controller: Promise<SearchController> | undefined;

  connectedCallback() {
    this.#dialog = this.querySelector('dialog');
    this.#input = this.querySelector('input[name="q"]');
    if (!this.#dialog || !this.#input) return;

    for (const trigger of document.querySelectorAll<HTMLElement>('[data-search-open]')) this.#upgradeTrigger(trigger);
    document.addEventListener('keydown', (event) => this.#onDocumentKeydown(event));
    this.#dialog.addEventListener('close', () => this.#restoreFocus());
    // A click on the backdrop lands on the <dialog> itself; the panel covers the rest.
    this.#dialog.addEventListener('click', (event) => {
      if (event.target === this.#dialog) this.close();
    });
    this.querySelector('[data-search-close]')?.addEventListener('click', () => this.close());
  }

  /** Opens the dialog with the query box focused; loads the search on first use. */
  open(): void {
    const dialog = this.#dialog;
    if (!dialog || !this.#input) return;
    // The search page has its own box: shortcuts and the header button go there instead.
    const pageInput = document.querySelector<HTMLInputElement>('search-page input[name="q"]');
    if (pageInput) {
      pageInput.focus();
      pageInput.select();
      return;
    }
    if (dialog.open) {
      this.#input.focus();
      return;
    }
    this.#returnFocus = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
    dialog.showModal();
    this.#input.focus();
    this.#input.select();
    this.#controller ??= import('./search-controller.ts').then(
      ({ SearchController }) =>
        new SearchController(this, {
          mode: 'listbox',
          base: this.dataset['base'] ?? '/',
          onNavigate: () => this.close(),
        }),
    );
  }

  close(): void {
    if (this.#dialog?.open) this.#dialog.close();
  }

  #restoreFocus(): void {
    const target = this.#returnFocus;
    this.#returnFocus = null;
    if (target?.isConnected) target.focus();
  }

  #onDocumentKeydown(event: KeyboardEvent): void {
    if (event.defaultPrevented) return;
    if (isOpenShortcut(event)) {
      event.preventDefault();
      if (this.#dialog?.open) this.close();
      else this.open();
    } else if (event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event)) {
      event.preventDefault();
      this.open();
    }
  }

  /** The header link goes to the search page without JavaScript; with it, it opens the dialog. */
  #upgradeTrigger(trigger: HTMLElement): void {
    trigger.setAttribute('role', 'button');
    trigger.setAttribute('aria-haspopup', 'dialog');
    trigger.setAttribute('aria-keyshortcuts', '/ Control+K Meta+K');
    const apple = /Mac|iPhone|iPad/.test(navigator.userAgent);
    for (const key of trigger.querySelectorAll<HTMLElement>('[data-search-modifier]')) key.textContent = apple ? '⌘' : 'Ctrl';
    trigger.addEventListener('click', (event) => {
      if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return; // new tab, new window
      event.preventDefault();
      this.open();
    });
    // A link activates with Enter only; as a button it answers Space too.
    trigger.addEventListener('keydown', (event) => {
      if (event.key === ' ') {
        event.preventDefault();
        this.open();
      }
    });
  }
}

customElements.define('search-dialog', SearchDialog);
