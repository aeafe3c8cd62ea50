// The keyboard side of the search dialog's ARIA combobox-with-listbox pattern: focus stays in the query
// box while the arrow keys (or the pointer) move the active option and Enter chooses it. Kept apart so
// the controller only decides what the results are, not how they are walked.

export interface ListboxNavigation {
  /** Takes in new results: opens the list if there are any, with the first option active. */
  show(found: boolean): void;
  /** Takes in added results and makes `option` (the first new one) active, scrolled into view. */
  activate(option: Element | undefined): void;
}

/** Lets the keys in `input` walk the options in `listbox`; `choose` is called on Enter. */
export function listboxNavigation(
  input: HTMLInputElement,
  listbox: HTMLElement,
  choose: (option: HTMLAnchorElement, event: KeyboardEvent) => void,
): ListboxNavigation {
  let options: HTMLAnchorElement[] = [];
  let active = -1;

  const refresh = () => {
    options = [...listbox.querySelectorAll<HTMLAnchorElement>('[role="option"]')];
    active = -1;
    input.removeAttribute('aria-activedescendant');
  };

  const setActive = (index: number, scroll: boolean) => {
    if (index < 0 || index === active) return;
    options[active]?.setAttribute('aria-selected', 'false');
    active = index;
    const option = options[index];
    if (!option) return;
    option.setAttribute('aria-selected', 'true');
    input.setAttribute('aria-activedescendant', option.id);
    if (scroll) option.scrollIntoView({ block: 'nearest' });
  };

  input.addEventListener('keydown', (event) => {
    const count = options.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (count === 0) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      const from = active === -1 && step < 0 ? 0 : active; // ArrowUp from nothing goes to the last
      setActive((from + step + count) % count, true);
    } else if (event.key === 'Enter' && active >= 0 && !event.isComposing) {
      event.preventDefault();
      choose(options[active]!, event);
    }
  });
  listbox.addEventListener('pointermove', (event) => {
    const option = (event.target as Element).closest<HTMLAnchorElement>('[role="option"]');
    if (option) setActive(options.indexOf(option), false);
  });

  return {
    show(found) {
      refresh();
      input.setAttribute('aria-expanded', String(found));
      if (found) setActive(0, false);
    },
    activate(option) {
      refresh();
      setActive(options.indexOf(option as HTMLAnchorElement), true);
    },
  };
}
