/** What the search page says: its status line, a filter option's label and the "more" button. */
import { formatNumber } from '../model/labels.ts';
import { displayQuery } from './search-query.ts';

/** The outcome the status line reports. */
export interface StatusFacts {
  /** Results left after the filters. */
  count: number;
  /** The query as typed. */
  query: string;
  /** Whether a filter value is chosen. */
  filtered: boolean;
  /** Words of the query that occur on no page. */
  missing: string[];
}

/** The status line after a search (read out by screen readers: the element is a live region). */
export function statusMessage({ count, query, filtered, missing }: StatusFacts): string {
  const shownQuery = displayQuery(query);
  const absent = missing.length > 0 ? ` Không trang nào có từ ${missing.map((w) => `“${displayQuery(w)}”`).join(', ')}.` : '';
  return count === 0
    ? `Không có kết quả nào cho “${shownQuery}”${filtered ? ' với bộ lọc đã chọn' : ''}.${absent} Hãy thử từ khóa khác${filtered ? ' hoặc bỏ bộ lọc' : ''}.`
    : `${formatNumber(count)} kết quả cho “${shownQuery}”${filtered ? ' (đã lọc)' : ''}.${absent}${absent ? ' Kết quả dưới đây cho các từ còn lại.' : ''}`;
}

/** A filter menu's option: its label with the count, hidden when it would leave nothing (unless it is the chosen one). */
export function menuOption(label: string, count: number, chosen: boolean): { text: string; hidden: boolean } {
  return { text: `${label} (${formatNumber(count)})`, hidden: count === 0 && !chosen };
}

/** The label of the button that shows more results. */
export function moreLabel(left: number): string {
  return `Hiện thêm kết quả (còn ${formatNumber(left)})`;
}
