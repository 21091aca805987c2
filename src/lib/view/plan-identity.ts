/**
 * The plan's own number and signing date, as a reader cites them (content/release.json, plan.number
 * and plan.date). The signed text leaves both blank and no public source found so far gives them,
 * so the line says so plainly instead of leaving the reader to guess. Pure.
 */
import { formatDate } from '../model/labels.ts';

const NOT_FOUND = 'chưa tìm thấy trong bản văn và nguồn công khai';

export interface PlanIdentity {
  number: string | null;
  date: string | null;
}

/** "Kế hoạch số 12/KH-UBND ngày 3/4/2022", or what is missing of it, in words. */
export function planIdentityLine(plan: PlanIdentity): string {
  if (plan.number !== null && plan.date !== null) return `Kế hoạch số ${plan.number} ngày ${formatDate(plan.date)}`;
  if (plan.number !== null) return `Kế hoạch số ${plan.number}; ngày ký của Kế hoạch: ${NOT_FOUND}`;
  if (plan.date !== null) return `Kế hoạch ký ngày ${formatDate(plan.date)}; số của Kế hoạch: ${NOT_FOUND}`;
  return `Số và ngày ký của Kế hoạch: ${NOT_FOUND}`;
}
