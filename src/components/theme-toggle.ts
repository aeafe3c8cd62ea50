import { THEME_KEY as STORAGE_KEY } from './theme-init-script.ts';

/** `<theme-toggle>`: flips light/dark and remembers the choice; ThemeInit applies it before paint. */
class ThemeToggle extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button');
    if (!button) return;
    const root = document.documentElement;
    const sync = () => button.setAttribute('aria-pressed', String(root.dataset['theme'] === 'dark'));
    sync();
    button.hidden = false;
    button.addEventListener('click', () => {
      const theme = root.dataset['theme'] === 'dark' ? 'light' : 'dark';
      root.dataset['theme'] = theme;
      try {
        localStorage.setItem(STORAGE_KEY, theme);
      } catch {
        // Storage blocked: the choice lasts for this page only.
      }
      sync();
    });
  }
}

customElements.define('theme-toggle', ThemeToggle);
