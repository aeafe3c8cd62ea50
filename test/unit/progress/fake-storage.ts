import type { StorageLike } from '../../../src/features/progress/progress-store.ts';

/**
 * An in-memory localStorage shared by any number of "tabs", with a quota counted in characters (keys
 * and values, as browsers count them) and switches to block it or make it drop writes silently.
 */
export class FakeStorage implements StorageLike {
  items = new Map<string, string>();
  blocked = false;
  /** Writes "succeed" but keep nothing, as some privacy modes do. */
  forgetful = false;

  constructor(
    initial: Record<string, string> = {},
    readonly quota = Infinity,
  ) {
    for (const [key, value] of Object.entries(initial)) this.items.set(key, value);
  }

  used(): number {
    return [...this.items].reduce((sum, [key, value]) => sum + key.length + value.length, 0);
  }

  getItem(key: string) {
    if (this.blocked) throw new DOMException('blocked', 'SecurityError');
    return this.items.get(key) ?? null;
  }

  setItem(key: string, value: string) {
    if (this.blocked) throw new DOMException('blocked', 'SecurityError');
    const after = this.used() - (this.items.has(key) ? key.length + this.items.get(key)!.length : 0) + key.length + value.length;
    if (after > this.quota) throw new DOMException('full', 'QuotaExceededError');
    if (!this.forgetful) this.items.set(key, value);
  }

  removeItem(key: string) {
    if (this.blocked) throw new DOMException('blocked', 'SecurityError');
    this.items.delete(key);
  }
}
