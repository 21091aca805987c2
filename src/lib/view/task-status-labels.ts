/**
 * Vietnamese words for what is known of a task's implementation, the URL slug of each status's
 * pre-rendered list, and the counts the home and agency pages show. Pure, shared by pages, the
 * filter and the dictionary's docs.
 */
import type { TaskStatus } from '../model/records.ts';

/** Statuses in the order they are shown and counted: what happened first, then what is unknown. */
export const TASK_STATUS_ORDER: readonly TaskStatus[] = ['done', 'in_progress', 'delayed', 'dropped', 'no_information'];

export const TASK_STATUS_LABELS: Record<TaskStatus, string> = {
  no_information: 'Chưa có thông tin công khai',
  in_progress: 'Đang thực hiện',
  done: 'Đã hoàn thành',
  delayed: 'Chậm so với kế hoạch',
  dropped: 'Không thực hiện',
};

/** What each status means and what it rests on (the method page and the dictionary). */
export const TASK_STATUS_DESCRIPTIONS: Record<TaskStatus, string> = {
  done: 'Một nguồn công khai cho biết sản phẩm của nhiệm vụ đã hoàn thành (văn bản đã ban hành, hệ thống đã đưa vào vận hành …). Nhiệm vụ “hàng năm” không bao giờ được ghi là đã hoàn thành.',
  in_progress:
    'Một nguồn công khai cho biết nhiệm vụ đang được làm hoặc đã có một phần kết quả, hoặc (với nhiệm vụ hàng năm) đã được làm trong năm nguồn nói tới.',
  delayed: 'Chính nguồn công khai cho biết nhiệm vụ chậm hoặc chưa xong đúng hạn. Không suy ra từ việc đã quá hạn.',
  dropped: 'Nguồn công khai cho biết nhiệm vụ sẽ không được thực hiện.',
  no_information:
    'Nhóm biên soạn chưa tìm thấy nguồn công khai nào nói về việc thực hiện nhiệm vụ. Điều này không có nghĩa là nhiệm vụ chưa được làm.',
};

/** The slug of a status's pre-rendered list: /nhiem-vu/tinh-trang/<slug>/ (and the filter's URL value). */
export const TASK_STATUS_SLUGS: Record<TaskStatus, string> = {
  done: 'da-hoan-thanh',
  in_progress: 'dang-thuc-hien',
  delayed: 'cham-tien-do',
  dropped: 'khong-thuc-hien',
  no_information: 'chua-co-thong-tin',
};

/** The calendar fact shown beside a task whose time frame has ended (never a claim the work was not done). */
export const PAST_DUE_LABEL = 'Đã quá thời hạn trong Kế hoạch';

/** The status whose list lives at `slug`, or undefined. */
export function statusBySlug(slug: string): TaskStatus | undefined {
  return TASK_STATUS_ORDER.find((s) => TASK_STATUS_SLUGS[s] === slug);
}

/** How many of the tasks have each status, in TASK_STATUS_ORDER, with the past-due count among them. */
export function taskStatusCounts(tasks: readonly { status: TaskStatus; past_due: boolean }[]): {
  status: TaskStatus;
  label: string;
  count: number;
  pastDue: number;
}[] {
  return TASK_STATUS_ORDER.map((status) => {
    const own = tasks.filter((t) => t.status === status);
    return { status, label: TASK_STATUS_LABELS[status], count: own.length, pastDue: own.filter((t) => t.past_due).length };
  });
}
