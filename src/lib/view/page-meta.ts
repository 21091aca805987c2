/**
 * The metadata every page carries in its head: the canonical address, Open Graph and Twitter-card
 * tags (so a link shared on Zalo or Facebook shows a preview), and Dublin Core (title, creator,
 * date, description, publisher and identifier; language, source and subject). Dublin Core is kept as
 * a convention for machines: Thông tư 24/2011/TT-BTTTT, which once asked it of government pages,
 * expired on 05/04/2024 (content/legal_documents.csv, 24-2011-tt-btttt). Pure.
 */
export interface PageMetaInput {
  title: string;
  description: string;
  /** The page's public address (catalogue base URL + path). */
  url: string;
  siteName: string;
  publisher: string;
  /** The release date: when the page's data was last reviewed. */
  date: string;
  /** The plan the site publishes, for DC.source. */
  source: string;
  subjects: readonly string[];
  /** The preview image (a 1200×630 PNG), absolute, with its text alternative. */
  image: { url: string; alt: string; width: number; height: number };
}

export interface PageMeta {
  canonical: string;
  /** <meta property=… content=…> */
  properties: [string, string][];
  /** <meta name=… content=…> */
  names: [string, string][];
}

export function pageMeta(p: PageMetaInput): PageMeta {
  return {
    canonical: p.url,
    properties: [
      ['og:type', 'website'],
      ['og:locale', 'vi_VN'],
      ['og:site_name', p.siteName],
      ['og:title', p.title],
      ['og:description', p.description],
      ['og:url', p.url],
      ['og:image', p.image.url],
      ['og:image:type', 'image/png'],
      ['og:image:width', String(p.image.width)],
      ['og:image:height', String(p.image.height)],
      ['og:image:alt', p.image.alt],
    ],
    names: [
      ['twitter:card', 'summary_large_image'],
      ['twitter:title', p.title],
      ['twitter:description', p.description],
      ['twitter:image', p.image.url],
      ['twitter:image:alt', p.image.alt],
      ['DC.title', p.title],
      ['DC.creator', p.publisher],
      ['DC.publisher', p.publisher],
      ['DC.date', p.date],
      ['DC.description', p.description],
      ['DC.identifier', p.url],
      ['DC.language', 'vi'],
      ['DC.source', p.source],
      ['DC.subject', p.subjects.join('; ')],
    ],
  };
}
