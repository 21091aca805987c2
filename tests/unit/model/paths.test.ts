/** Where records live on the site (src/lib/model/paths.ts). */
import { describe, expect, it } from 'vitest';
import { datasetSlug, paths } from '../../../src/lib/model/paths.ts';

describe('datasetSlug', () => {
  it('writes a dataset name with hyphens, as in the address of its page', () => {
    expect(datasetSlug('task_legal_references')).toBe('task-legal-references');
    expect(datasetSlug('tasks')).toBe('tasks');
    expect(paths.dataset('plan_sections')).toBe('du-lieu/plan-sections/');
  });
});
