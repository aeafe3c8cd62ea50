// `<search-page>`: the search page (/search/?q=…). Reads the query and filters from the URL, so a
// shared link shows the same results, and keeps the URL in step as the learner refines the search.
import { SearchController } from './search-controller.ts';
import { FILTER_NAMES, type SearchFilters } from './search-engine.ts';

class SearchPage extends HTMLElement {
  connectedCallback() {
    const params = new URL(window.location.href).searchParams;
    const filters: SearchFilters = {};
    for (const name of FILTER_NAMES) {
      const value = params.get(name);
      if (value) filters[name] = value;
    }
    const controller = new SearchController(this, { mode: 'list', base: this.dataset['base'] ?? '/', syncUrl: true });
    controller.fill(params.get('q') ?? '', filters);
    this.querySelector<HTMLInputElement>('input[name="q"]')?.focus();
  }
}

customElements.define('search-page', SearchPage);
