/**
 * Where each bar and segment of the progress overview leads: the pre-rendered list of exactly its
 * items (src/lib/view/progress-overview.ts names the list, this maps it to its route). The site test
 * (tests/site/progress-overview.test.ts) follows every link and counts the list it finds.
 */
import { EVIDENCE_SLUGS, type ProgressList } from '../lib/view/progress-overview.ts';
import { TASK_STATUS_SLUGS } from '../lib/view/task-status-labels.ts';
import { routes } from './routes.ts';

/** The id of a 2025 result's list on /chi-tieu/ (components/TargetResults2025.astro). */
export const targetResultAnchor = (result: string): string => `ket-qua-2025-${result}`;

/** The address of a list. */
export function progressHref(list: ProgressList): string {
  switch (list.kind) {
    case 'all':
      return routes.tasks();
    case 'status':
      return routes.tasksWithStatus(TASK_STATUS_SLUGS[list.status]);
    case 'group':
      return routes.tasksInGroup(list.slug);
    case 'group-status':
      return routes.tasksInGroupWithStatus(list.slug, TASK_STATUS_SLUGS[list.status]);
    case 'body':
      // The body's page, at its list of the tasks it leads ("Nhiệm vụ chủ trì").
      return `${routes.body(list.id)}#chu-tri`;
    case 'body-status':
      return routes.bodyTasksWithStatus(list.id, TASK_STATUS_SLUGS[list.status]);
    case 'evidence':
      return routes.tasksByEvidence(EVIDENCE_SLUGS[list.source]);
    case 'target-result':
      return `${routes.indicators()}#${targetResultAnchor(list.result)}`;
  }
}
