/**
 * Progressive enhancement of the task list (/nhiem-vu/): shows the filter controls, filters the list as
 * the selects change, keeps the state in the URL query, and downloads the visible tasks as CSV.
 * Without this script the page is the full list plus links to pre-rendered filtered lists.
 */
import {
  countLabel,
  downloadName,
  emptyFilter,
  factsFromData,
  matchesFilter,
  parseQuery,
  QUERY_KEYS,
  sectionCountLabel,
  toQuery,
  type TaskFilter,
} from '../lib/browser/task-filter.ts';

const form = document.querySelector<HTMLElement>('#loc-nhiem-vu');
const list = document.querySelector<HTMLElement>('#danh-sach-nhiem-vu');
const status = document.querySelector<HTMLElement>('#so-nhiem-vu');
if (form && list && status) enhance(form, list, status);

function enhance(form: HTMLElement, list: HTMLElement, status: HTMLElement): void {
  const fields = Object.keys(QUERY_KEYS) as (keyof TaskFilter)[];
  const select = (k: keyof TaskFilter) => form.querySelector<HTMLSelectElement>(`select[name="${QUERY_KEYS[k]}"]`)!;
  const items = [...list.querySelectorAll<HTMLLIElement>('li[data-task-id]')].map((el) => ({ el, facts: factsFromData(el.dataset) }));
  const sections = [...list.querySelectorAll<HTMLElement>('[data-task-section]')].map((el) => ({
    el,
    total: Number(el.dataset.taskSection),
    count: el.querySelector(':scope > :is(h2, h3, h4) .count'),
  }));
  const csvButton = form.querySelector<HTMLButtonElement>('#tai-csv')!;
  const printed = document.querySelector<HTMLElement>('#bo-loc-in');
  let shown = items.length;

  const read = (): TaskFilter => {
    const f = emptyFilter();
    for (const k of fields) f[k] = select(k).value;
    return f;
  };

  const apply = (): void => {
    const f = read();
    shown = 0;
    for (const { el, facts } of items) {
      el.hidden = !matchesFilter(facts, f);
      if (!el.hidden) shown++;
    }
    for (const s of sections) {
      const n = s.el.querySelectorAll('li[data-task-id]:not([hidden])').length;
      s.el.hidden = n === 0;
      if (s.count) s.count.textContent = sectionCountLabel(n, s.total);
    }
    const text = shown === 0 ? `${countLabel(0, items.length)}. Không có nhiệm vụ nào khớp với bộ lọc.` : countLabel(shown, items.length);
    if (status.textContent !== text) status.textContent = text;
    csvButton.disabled = shown === 0;
    // Printed, the list says which filter made it (the form itself is not printed).
    if (printed) {
      const chosen = fields
        .filter((k) => f[k])
        .map((k) => {
          const s = select(k);
          const label = s.closest('label')?.firstChild?.textContent?.trim() ?? QUERY_KEYS[k];
          return `${label}: ${(s.selectedOptions[0]?.textContent ?? f[k]).trim().replace(/^[\s\u00a0]+/, '')}`;
        });
      printed.textContent = chosen.length > 0 ? `Danh sách đã lọc (${countLabel(shown, items.length)}): ${chosen.join('; ')}.` : '';
    }
    // From the full address, so a path with a double slash stays on this site.
    const address = new URL(location.href);
    address.search = toQuery(f);
    history.replaceState(history.state, '', address.href);
  };

  // A shared link restores its filter; a value that is not among the choices is dropped.
  const initial = parseQuery(location.search);
  for (const k of fields) {
    const s = select(k);
    s.value = initial[k];
    if (s.value !== initial[k]) s.value = '';
  }

  form.addEventListener('change', apply);
  form.querySelector('#xoa-loc')!.addEventListener('click', () => {
    for (const k of fields) select(k).value = '';
    apply();
  });
  csvButton.addEventListener('click', async () => {
    csvButton.disabled = true;
    try {
      const ids = items.filter((i) => !i.el.hidden).map((i) => i.facts.id);
      // papaparse arrives only now, with the serialiser: it is not in the page's initial JavaScript.
      const [response, agencyResponse, { tasksExcelCsv }] = await Promise.all([
        fetch(csvButton.dataset.src!),
        fetch(csvButton.dataset.agencies!),
        import('../lib/browser/task-csv.ts'),
      ]);
      if (!response.ok || !agencyResponse.ok) throw new Error(`HTTP ${response.status} ${agencyResponse.status}`);
      const agencies = (await agencyResponse.json()) as { id: string; name: string }[];
      const csv = tasksExcelCsv((await response.json()) as Record<string, unknown>[], ids, new Map(agencies.map((a) => [a.id, a.name])));
      const href = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
      const a = Object.assign(document.createElement('a'), { href, download: downloadName(read()) });
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(href), 10_000);
    } catch {
      status.textContent = `${countLabel(shown, items.length)}. Không tải được dữ liệu, vui lòng thử lại.`;
    } finally {
      csvButton.disabled = shown === 0;
    }
  });

  form.hidden = false;
  apply();
}
