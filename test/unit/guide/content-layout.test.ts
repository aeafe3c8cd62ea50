import { describe, expect, it } from 'vitest';
import { CONTENT_LAYOUT, collectionFiles, collectionFolder } from '../../../src/guide/content-layout.ts';

// The fixture guide of the build tests: one module, one concept, one question file.
const FIXTURE = 'test/build/fixtures/content';

describe('content layout: the one map of content folders', () => {
  it('lists the entry files of each collection, relative to its folder', () => {
    expect(collectionFiles('modules', FIXTURE)).toEqual(['basics.yaml']);
    expect(collectionFiles('concepts', FIXTURE)).toEqual(['basics/first-idea.mdx']);
    expect(collectionFiles('questions', FIXTURE)).toEqual(['first-idea.yaml']);
    expect(collectionFolder('concepts', FIXTURE)).toBe(`${FIXTURE}/${CONTENT_LAYOUT.concepts.folder}`);
  });

  it('says which folder is missing and which variable points at it', () => {
    expect(() => collectionFiles('modules', 'no/such/folder')).toThrowErrorMatchingInlineSnapshot(`[Error: The content folder no/such/folder/modules/ does not exist. Is GUIDE_CONTENT_DIR (now "no/such/folder") the folder that holds modules/, concepts/ and questions/?]`);
  });
});
