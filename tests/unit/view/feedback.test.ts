/** The "Báo lỗi / góp ý" link: an e-mail when content/release.json gives one, else the portal's form, else no link at all. */
import { describe, expect, it } from 'vitest';
import { absolutePageUrl, feedbackLink } from '../../../src/lib/view/feedback.ts';

describe('the "Báo lỗi / góp ý" link', () => {
  const page = 'https://dongthap.gov.vn/chuyen-doi-so/nhiem-vu/i-4-6/';
  it('opens an e-mail prefilled with the page title and address when an e-mail is set', () => {
    const link = feedbackLink({ email: 'cds@example.gov.vn', feedback_url: 'https://dongthap.gov.vn/gop-y' }, 'Nhiệm vụ I.4.6', page)!;
    expect(link.startsWith('mailto:cds@example.gov.vn?subject=')).toBe(true);
    const u = new URL(link);
    expect(u.searchParams.get('subject')).toBe('Góp ý: Nhiệm vụ I.4.6');
    expect(u.searchParams.get('body')).toContain(`Trang: ${page}`);
  });

  it('falls back to the portal form, and gives no link while the publisher names neither', () => {
    expect(feedbackLink({ email: '', feedback_url: 'https://dongthap.gov.vn/gop-y' }, 't', page)).toBe('https://dongthap.gov.vn/gop-y');
    expect(feedbackLink({ email: '', feedback_url: 'mailto:gopy@dongthap.gov.vn' }, 't', page)).toBe('mailto:gopy@dongthap.gov.vn');
    expect(feedbackLink({ email: '', feedback_url: '' }, 't', page)).toBeNull();
  });

  it('gives each page its public address under the base path', () => {
    expect(absolutePageUrl('https://x.gov.vn/cds/', '/cds/nhiem-vu/', '/cds/')).toBe('https://x.gov.vn/cds/nhiem-vu/');
    expect(absolutePageUrl('https://x.gov.vn/', '/nhiem-vu/', '/')).toBe('https://x.gov.vn/nhiem-vu/');
  });
});
