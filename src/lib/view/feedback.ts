/**
 * The "Báo lỗi / góp ý" link on every page: an e-mail to the publisher prefilled with the page's
 * title and address when an address is configured (content/release.json), else the portal's feedback
 * form, else none: a link to a page that names no address would lead nowhere, so the footer says
 * where to write instead (components/FeedbackLink.astro). Pure.
 */
export interface Contact {
  email: string;
  feedback_url: string;
}

/** The page's public address: the catalogue's base URL (base path included) and the page's path under it. */
export function absolutePageUrl(siteUrl: string, pathname: string, basePath = import.meta.env?.BASE_URL ?? '/'): string {
  const under = pathname.startsWith(basePath) ? pathname.slice(basePath.length) : pathname.replace(/^\/+/, '');
  return `${siteUrl}${under}`;
}

/** Where "Báo lỗi / góp ý" goes for a page; null while the publisher gives neither an e-mail nor a form. */
export function feedbackLink(contact: Contact, pageTitle: string, pageUrl: string): string | null {
  if (contact.email) {
    const subject = encodeURIComponent(`Góp ý: ${pageTitle}`);
    const body = encodeURIComponent(`Trang: ${pageUrl}\n\nNội dung góp ý (xin kèm đường dẫn nguồn nếu có):\n`);
    return `mailto:${contact.email}?subject=${subject}&body=${body}`;
  }
  return contact.feedback_url || null;
}
