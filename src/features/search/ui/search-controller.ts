// Wires a search form (query box and filter selects) to the engine and its results: runs a search as
// the learner types, renders the results and keeps the status line current. The status wording is in
// search-status.ts, the page address in search-url.ts, and the dialog's arrow-key walk through the
// results (the ARIA combobox-with-listbox pattern) in listbox-navigation.ts.
import { FILTER_NAMES, SearchEngine, type ResultGroup, type SearchFilters, type SearchHit, type SearchOutcome } from './search-engine.ts';
import { KIND_LABELS, renderListItems, renderOptions, resultGroup, showAllLink, showAllOption } from './search-results.ts';
import { loadErrorText, statusText } from './search-status.ts';
import { searchPageUrl } from './search-url.ts';
import { queryWords } from '../engine/search-text.ts';
import { listboxNavigation, type ListboxNavigation } from './listbox-navigation.ts';

export interface SearchControllerOptions {
  /** `listbox`: options walked from the query box (dialog); `list`: headings and links (search page). */
  mode: 'listbox' | 'list';
  /** The site's base path, ending with a slash. */
  base: string;
  /** Called before a result is opened (the dialog closes itself). */
  onNavigate?: () => void;
  /** Keep the page URL in step with the query (`?q=…&module=…`) so results can be shared. */
  syncUrl?: boolean;
}

/** How long typing must pause before a search runs. */
const TYPING_PAUSE_MS = 40;

let engine: Promise<SearchEngine> | undefined;
/** One engine per page, shared by the dialog and the search page. */
function loadEngine(base: string): Promise<SearchEngine> {
  engine ??= SearchEngine.load(base);
  return engine;
}

/** Where a group of results is shown, and how many of its pages are. */
interface ShownGroup {
  data: ResultGroup;
  items: HTMLElement;
  shown: number;
}

export class SearchController {
  readonly #root: HTMLElement;
  readonly #options: SearchControllerOptions;
  readonly #form: HTMLFormElement;
  readonly #input: HTMLInputElement;
  readonly #selects: HTMLSelectElement[];
  readonly #status: HTMLElement;
  readonly #results: HTMLElement;
  readonly #more: HTMLButtonElement | null;
  readonly #pageLink: HTMLAnchorElement | null;
  readonly #hints: HTMLElement | null;
  readonly #noResults: HTMLElement | null;
  readonly #clearFilters: HTMLButtonElement | null;
  /** Present in `listbox` mode only. */
  readonly #listbox: ListboxNavigation | undefined;
  #engine: SearchEngine | undefined;
  #outcome: SearchOutcome | undefined;
  #pages: ShownGroup | undefined;
  #ids = 0;
  #running = false;
  #dirty = false;
  #typedAt = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(root: HTMLElement, options: SearchControllerOptions) {
    this.#root = root;
    this.#options = options;
    this.#form = root.querySelector('form[data-search-form]')!;
    this.#input = this.#form.querySelector('input[name="q"]')!;
    this.#selects = FILTER_NAMES.map((name) => this.#form.querySelector<HTMLSelectElement>(`select[name="${name}"]`)).filter((select) => select !== null);
    this.#status = root.querySelector('[data-search-status]')!;
    this.#results = root.querySelector('[data-search-results]')!;
    this.#more = root.querySelector('button[data-search-more]');
    this.#pageLink = root.querySelector('a[data-search-page-link]');
    this.#hints = root.querySelector('[data-search-hints]');
    this.#noResults = root.querySelector('[data-search-no-results]');
    this.#clearFilters = root.querySelector('button[data-search-clear-filters]');

    this.#input.addEventListener('input', () => this.run(TYPING_PAUSE_MS));
    for (const select of this.#selects) select.addEventListener('change', () => this.run());
    this.#form.addEventListener('submit', (event) => {
      // On the search page the results are already on screen; elsewhere Enter without an active
      // result goes to the search page for this query (the form's own action).
      if (options.syncUrl) event.preventDefault();
    });
    this.#more?.addEventListener('click', () => void this.#showMore());
    this.#clearFilters?.addEventListener('click', () => {
      for (const select of this.#selects) select.value = '';
      this.run();
      this.#input.focus();
    });
    root.addEventListener('click', (event) => this.#onClick(event));
    if (options.mode === 'listbox') {
      // Enter on an option: open it (a new tab with Ctrl/⌘), or narrow to a kind for "Show all".
      this.#listbox = listboxNavigation(this.#input, this.#results, (option, event) => {
        if (option.dataset['searchKind']) this.#chooseKind(option.dataset['searchKind']);
        else if (event.ctrlKey || event.metaKey) window.open(option.href, '_blank', 'noopener');
        else this.#navigate(option.href);
      });
    }
    this.#root.dataset['searchState'] = 'loading';
    this.#status.textContent = 'Loading search…';
    void loadEngine(options.base).then(
      (loaded) => {
        this.#engine = loaded;
        this.#root.dataset['searchState'] = 'ready';
        this.run();
        void this.#pruneFilters(loaded);
      },
      (error: unknown) => this.#showLoadError(error),
    );
  }

  /** Puts a query (and filters) in the form, as from a shared URL, and searches. */
  fill(query: string, filters: SearchFilters): void {
    this.#input.value = query;
    for (const select of this.#selects) select.value = filters[select.name as keyof SearchFilters] ?? '';
    this.run();
  }

  /**
   * Searches for what the form holds, after `delay` ms without another call (so fast typing does not
   * fetch results for every letter); while a search runs, the latest input waits its turn.
   */
  run(delay = 0): void {
    this.#typedAt = performance.now();
    clearTimeout(this.#timer);
    if (delay > 0) this.#timer = setTimeout(() => this.#start(), delay);
    else this.#start();
  }

  #start(): void {
    if (this.#running) this.#dirty = true;
    else void this.#search();
  }

  async #search(): Promise<void> {
    if (!this.#engine) return; // runs again once the engine has loaded
    this.#running = true;
    try {
      do {
        this.#dirty = false;
        const query = this.#input.value;
        const filters = this.#filters();
        const typedAt = this.#typedAt;
        const idle = queryWords(query).length === 0 && Object.keys(filters).length === 0;
        const outcome = idle ? undefined : await this.#engine.search(query, filters);
        if (this.#dirty) continue; // the learner kept typing: show only the latest
        this.#render(outcome, query);
        if (this.#options.syncUrl) this.#syncUrl(query, filters);
        performance.measure('guide-search:keystroke-to-results', { start: typedAt });
      } while (this.#dirty);
    } catch (error) {
      this.#status.textContent = 'Search failed. Try again, or reload the page.';
      console.error(error);
    } finally {
      this.#running = false;
    }
  }

  #filters(): SearchFilters {
    const filters: SearchFilters = {};
    for (const select of this.#selects) {
      if (select.value) filters[select.name as keyof SearchFilters] = select.value;
    }
    return filters;
  }

  #render(outcome: SearchOutcome | undefined, query: string): void {
    this.#outcome = outcome;
    this.#pages = undefined;
    this.#results.replaceChildren();
    const words = this.#highlightWords();
    const mixed = outcome?.questions !== undefined;
    if (outcome && outcome.pages.hits.length > 0) {
      const label = mixed ? 'Pages' : (KIND_LABELS[outcome.filters.kind ?? '']?.many ?? 'Pages');
      const { group, items } = resultGroup(this.#options.mode, label, this.#nextId());
      this.#results.append(group);
      this.#pages = { data: outcome.pages, items, shown: 0 };
      this.#appendHits(this.#pages, outcome.pages.hits, words);
    }
    const questions = outcome?.questions;
    if (questions && questions.hits.length > 0) {
      const label = KIND_LABELS['question']!.many;
      const { group, items } = resultGroup(this.#options.mode, label, this.#nextId());
      this.#results.append(group);
      this.#appendHits({ data: questions, items, shown: 0 }, questions.hits, words);
      if (questions.total > questions.hits.length) {
        const text = `Show all ${questions.total} practice questions`;
        const href = searchPageUrl(this.#options.base, query, { ...outcome.filters, kind: 'question' });
        if (this.#options.mode === 'listbox') items.append(showAllOption(text, href, 'question', this.#nextId()));
        else group.append(showAllLink(text, href, 'question'));
      }
    }
    const found = this.#results.childElementCount > 0;
    this.#results.hidden = !found;
    this.#listbox?.show(found);
    if (this.#more) this.#more.hidden = !this.#pages || this.#pages.shown >= this.#pages.data.total;
    if (this.#pageLink) {
      this.#pageLink.hidden = !found;
      this.#pageLink.href = searchPageUrl(this.#options.base, query, outcome?.filters ?? {});
    }
    if (this.#hints) this.#hints.hidden = outcome !== undefined && found;
    if (this.#noResults) this.#noResults.hidden = !outcome || found;
    if (this.#clearFilters) this.#clearFilters.hidden = !outcome || found || Object.keys(outcome.filters).length === 0;
    this.#status.textContent = outcome ? statusText(outcome, this.#pages?.shown ?? 0) : '';
    this.#results.dataset['query'] = query;
    this.#root.dataset['searchState'] = outcome ? 'results' : 'idle';
  }

  #appendHits(target: ShownGroup, hits: readonly SearchHit[], words: readonly string[]): void {
    target.shown += hits.length;
    if (this.#options.mode === 'listbox') target.items.append(...renderOptions(hits, words, () => this.#nextId()));
    else target.items.append(...renderListItems(hits, words));
  }

  #highlightWords(): string[] {
    return queryWords(this.#outcome?.query ?? '').concat(this.#outcome?.corrections.map((c) => c.to) ?? []);
  }

  #nextId(): string {
    return `${this.#results.id}-${++this.#ids}`;
  }

  async #showMore(): Promise<void> {
    const outcome = this.#outcome;
    const pages = this.#pages;
    if (!outcome || !pages) return;
    const firstNew = pages.items.children.length;
    const hits = await pages.data.more();
    if (outcome !== this.#outcome) return;
    this.#appendHits(pages, hits, this.#highlightWords());
    if (this.#more) this.#more.hidden = pages.shown >= pages.data.total;
    this.#status.textContent = statusText(outcome, pages.shown);
    // Keep the keyboard where the new results start.
    const first = pages.items.children[firstNew];
    if (this.#listbox) {
      this.#listbox.activate(first);
      this.#input.focus();
    } else {
      first?.querySelector<HTMLAnchorElement>('a')?.focus();
    }
  }

  #onClick(event: MouseEvent): void {
    const target = event.target as Element;
    const suggestion = target.closest<HTMLButtonElement>('button[data-search-suggestion]');
    if (suggestion) {
      this.#input.value = suggestion.dataset['searchSuggestion'] ?? suggestion.textContent ?? '';
      this.#input.focus();
      this.run();
      return;
    }
    const link = target.closest<HTMLAnchorElement>('[data-search-results] a[href]');
    if (!link || event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
    if (link.dataset['searchKind']) {
      event.preventDefault();
      this.#chooseKind(link.dataset['searchKind']);
    } else this.#options.onNavigate?.();
  }

  /** Narrows the search to one kind of page, as if chosen in the Kind filter. */
  #chooseKind(kind: string): void {
    const select = this.#selects.find((candidate) => candidate.name === 'kind');
    if (select) select.value = kind;
    this.#input.focus();
    this.run();
  }

  #navigate(href: string): void {
    this.#options.onNavigate?.();
    window.location.assign(href);
  }

  #syncUrl(query: string, filters: SearchFilters): void {
    const url = new URL(searchPageUrl(this.#options.base, query, filters), window.location.href);
    if (url.href !== window.location.href) history.replaceState(history.state, '', url);
  }

  /** Hides filter choices that no indexed page has. */
  async #pruneFilters(loaded: SearchEngine): Promise<void> {
    const values = await loaded.filterValues();
    for (const select of this.#selects) {
      const known = values[select.name] ?? {};
      for (const option of [...select.options]) {
        if (option.value && !(option.value in known)) option.remove();
      }
    }
  }

  #showLoadError(error: unknown): void {
    console.error(error);
    this.#root.dataset['searchState'] = 'error';
    this.#status.textContent = loadErrorText();
  }
}
