import { describe, expect, it } from 'vitest';
import { isDateBetween, isHttpsUrl } from '../../../src/lib/model/values.ts';
import { contentText } from '../../helpers/seed.ts';
import Papa from 'papaparse';

describe('isHttpsUrl: the links an editor may publish', () => {
  it.each([
    'https://dongthap.gov.vn/',
    'https://dongthap.gov.vn',
    'https://DongThap.gov.vn/Tin-Tuc?id=1&x=%C4%90#muc-2',
    'https://dti.gov.vn:8443/xep-hang-2022',
    "https://vi.wikipedia.org/wiki/T%E1%BB%89nh_(Vi%E1%BB%87t_Nam)_'x'*+,;=!$~",
  ])('accepts %s', (url) => expect(isHttpsUrl(url)).toBe(true));

  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['javascript: that mentions https://', 'javascript:alert(1)//https://dongthap.gov.vn/'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['http:', 'http://dongthap.gov.vn/'],
    ['upper-case scheme', 'HTTPS://dongthap.gov.vn/'],
    ['relative', '/chuyen-doi-so/'],
    ['protocol-relative', '//dongthap.gov.vn/'],
    ['no slashes', 'https:dongthap.gov.vn'],
    ['three slashes', 'https:///dongthap.gov.vn/'],
    ['a backslash', 'https:\\\\dongthap.gov.vn\\'],
    ['a space', 'https://dongthap.gov.vn/tin tuc'],
    ['a leading space', ' https://dongthap.gov.vn/'],
    ['a trailing newline', 'https://dongthap.gov.vn/\n'],
    ['a tab', 'https://dongthap.gov.vn/\t'],
    ['a control character', 'https://dongthap.gov.vn/\u0001'],
    ['a quote', 'https://dongthap.gov.vn/"onmouseover="x'],
    ['angle brackets', 'https://dongthap.gov.vn/<script>'],
    ['a letter outside ASCII in the host (a look-alike)', 'https://dоngthap.gov.vn/'],
    ['a Vietnamese letter in the path (not percent-encoded)', 'https://dongthap.gov.vn/tin-tức'],
    ['a user name before the host', 'https://dongthap.gov.vn@example.com/'],
    ['a user and password', 'https://a:b@dongthap.gov.vn/'],
    ['a percent-encoded host', 'https://%64ongthap.gov.vn/'],
    ['a numeric host in another form', 'https://0x7f.1/'],
    ['a host without a dot', 'https://localhost/'],
    ['nothing', ''],
  ])('refuses %s', (_why, url) => expect(isHttpsUrl(url)).toBe(false));

  it('accepts every link of the committed content', () => {
    const columns: Record<string, string[]> = {
      'task_status.csv': ['source_url'],
      'progress.csv': ['source_url'],
      'agency_successors.csv': ['source_url'],
      'legal_documents.csv': ['url', 'validity_source_url'],
    };
    let n = 0;
    for (const [file, cols] of Object.entries(columns)) {
      for (const row of Papa.parse<Record<string, string>>(contentText(file), { header: true, skipEmptyLines: true }).data) {
        for (const c of cols) {
          if (row[c] === '') continue;
          expect(isHttpsUrl(row[c]!), `${file} ${c} ${row[c]}`).toBe(true);
          n++;
        }
      }
    }
    expect(n).toBeGreaterThan(40);
  });
});

describe('isDateBetween', () => {
  it('a real date within the bounds, both ends included', () => {
    expect(isDateBetween('2022-01-01', '2022-01-01', '2025-12-31')).toBe(true);
    expect(isDateBetween('2025-12-31', '2022-01-01', '2025-12-31')).toBe(true);
    expect(isDateBetween('2021-12-31', '2022-01-01', '2025-12-31')).toBe(false);
    expect(isDateBetween('2026-01-01', '2022-01-01', '2025-12-31')).toBe(false);
    expect(isDateBetween('2024-02-30', '2022-01-01', '2025-12-31')).toBe(false);
    expect(isDateBetween('0000-01-01', '1945-09-02', '9999-12-31')).toBe(false);
  });
});
