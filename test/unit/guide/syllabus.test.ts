import { describe, expect, it } from 'vitest';
import { buildSyllabus, neighbours, readingOrder } from '../../../src/guide/syllabus.ts';
import { conceptEntry, moduleEntry } from '../fixtures.ts';

describe('syllabus navigation order', () => {
  const modules = [moduleEntry('second', 2), moduleEntry('first', 1)];
  const concepts = [
    conceptEntry('b2', 'second', 2),
    conceptEntry('a2', 'first', 2),
    conceptEntry('b1', 'second', 1),
    conceptEntry('a1', 'first', 1),
    conceptEntry('orphan', 'missing', 1),
  ];
  const syllabus = buildSyllabus(modules, concepts);

  it('orders modules, and concepts inside each module, by their order field', () => {
    expect(syllabus.map(({ module, concepts }) => [module.id, concepts.map((c) => c.slug)])).toEqual([
      ['first', ['a1', 'a2']],
      ['second', ['b1', 'b2']],
    ]);
  });

  it('reads module by module, leaving out concepts of unknown modules', () => {
    expect(readingOrder(syllabus).map((c) => c.slug)).toEqual(['a1', 'a2', 'b1', 'b2']);
  });

  it('links previous and next across module boundaries', () => {
    const order = readingOrder(syllabus);
    expect(neighbours(order, 'a2')).toMatchObject({ previous: { slug: 'a1' }, next: { slug: 'b1' } });
    expect(neighbours(order, 'a1').previous).toBeUndefined();
    expect(neighbours(order, 'b2').next).toBeUndefined();
    expect(neighbours(order, 'nope')).toEqual({ previous: undefined, next: undefined });
  });
});
