/** `<menu-button>`: shows and hides the syllabus navigation on small screens, Escape closes it. */
class MenuButton extends HTMLElement {
  #button: HTMLButtonElement | null = null;
  #nav: HTMLElement | null = null;

  connectedCallback() {
    this.#button = this.querySelector('button');
    this.#nav = document.getElementById(this.#button?.getAttribute('aria-controls') ?? '');
    this.#button?.addEventListener('click', () => this.#setOpen(!this.#nav?.hasAttribute('data-open')));
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && this.#nav?.hasAttribute('data-open')) {
        this.#setOpen(false);
        this.#button?.focus();
      }
    });
  }

  #setOpen(open: boolean) {
    if (!this.#nav || !this.#button) return;
    this.#nav.toggleAttribute('data-open', open);
    this.#button.setAttribute('aria-expanded', String(open));
    if (open) (this.#nav.querySelector<HTMLElement>('[aria-current="page"]') ?? this.#nav.querySelector('a'))?.focus();
  }
}

customElements.define('menu-button', MenuButton);
