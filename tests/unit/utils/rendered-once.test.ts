import { afterEach, describe, expect, it, vi } from 'vitest';
import { keepRenderedHtml, renderedHtml, renderedRuns } from '../../../src/utils/rendered-once.ts';

afterEach(() => vi.unstubAllEnvs());

describe('rendered once (a task row repeated on every list)', () => {
  it('repeats the first HTML kept for an id in a production build; a second rendering under the same id is not kept', () => {
    vi.stubEnv('PROD', true);
    expect(renderedHtml('test:a')).toBeUndefined();
    keepRenderedHtml('test:a', '<li>a</li>');
    keepRenderedHtml('test:a', '<li>other</li>');
    expect(renderedHtml('test:a')).toBe('<li>a</li>');
  });

  it('keeps nothing in astro dev, so an edited component or rebuilt data shows at once', () => {
    vi.stubEnv('PROD', false);
    keepRenderedHtml('test:dev', '<li>dev</li>');
    expect(renderedHtml('test:dev')).toBeUndefined();
    vi.stubEnv('PROD', true);
    expect(renderedHtml('test:dev')).toBeUndefined();
  });

  it('joins consecutive items already rendered into one piece, in order, and leaves the others (and items without an id) one by one', () => {
    vi.stubEnv('PROD', true);
    keepRenderedHtml('test:1', '<li>1</li>');
    keepRenderedHtml('test:2', '<li>2</li>');
    keepRenderedHtml('test:4', '<li>4</li>');
    keepRenderedHtml('test:5', '<li>5</li>');
    const id = (n: number) => (n === 6 ? null : `test:${n}`);
    expect(renderedRuns([1, 2, 3, 4, 5, 6], id)).toEqual([
      { html: '<li>1</li><li>2</li>' },
      { item: 3, id: 'test:3' },
      { html: '<li>4</li><li>5</li>' },
      { item: 6, id: null },
    ]);
    expect(renderedRuns([], id)).toEqual([]);
    vi.stubEnv('PROD', false);
    expect(renderedRuns([1, 2], id)).toEqual([
      { item: 1, id: 'test:1' },
      { item: 2, id: 'test:2' },
    ]);
  });
});
