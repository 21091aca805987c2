import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outsideProject } from '../../../src/integrations/out-dir-guard.ts';

describe('outsideProject', () => {
  const project = '/work/project';

  it('accepts the output folders the build, the tests and the bench use, all inside the project', () => {
    for (const outDir of ['dist', './dist', 'tests/.tmp/dist-base', 'node_modules/.cache/dt-bench-x/site-100x'])
      expect(outsideProject(join(project, outDir), project), outDir).toBe(false);
  });

  it('refuses a folder elsewhere, a sibling whose name starts like the project’s included', () => {
    for (const outDir of ['/tmp/site', '/work/project-copy/dist', '/work/other', '/', join(project, '../site')])
      expect(outsideProject(outDir, project), outDir).toBe(true);
  });
});
