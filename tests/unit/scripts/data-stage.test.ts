/** Who publishes the site: contact fields from content/release.json, never invented; the feedback link; the catalogue's contact. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDataStage } from '../../../scripts/lib/data-stage.ts';
import { missingContactFields, parseRelease } from '../../../src/lib/model/release.ts';
import { absolutePageUrl, feedbackLink } from '../../../src/lib/view/feedback.ts';
import { fileText } from '../../helpers/catalogue-validators.ts';
import { mutatedContent, scratch } from '../../helpers/cli.ts';
import { contentText } from '../../helpers/seed.ts';
import { DEFAULT_SEED } from '../../../scripts/lib/data-stage.ts';

const release = parseRelease(contentText('release.json'), 'content/release.json');

describe('the publisher in content/release.json', () => {
  it('names the province and its portal, and leaves unknown contact fields empty, each a build warning', async () => {
    expect(release.publisher).toMatchObject({ name: 'Ủy ban nhân dân tỉnh Đồng Tháp', homepage: 'https://dongthap.gov.vn/' });
    expect(missingContactFields(release)).toEqual([
      'publisher.responsible_body',
      'publisher.email',
      'publisher.phone',
      'publisher.address',
      'publisher.feedback_url',
    ]);
    const dir = scratch('dt-pub-');
    const r = await runDataStage({ seed: DEFAULT_SEED, out: join(dir, 'out'), content: mutatedContent(dir, 'release.json', (t) => t) });
    const warned = r.output.warnings.map((w) => `${w.file}:${w.line}: ${w.message}`);
    expect(warned).toContainEqual(
      expect.stringMatching(/release\.json:1: publisher\.email is empty: the portal staff fill it in before publishing/),
    );
  });

  it('rejects an e-mail that is not one', () => {
    const bad = contentText('release.json').replace('"email": ""', '"email": "lien he"');
    const line = bad.split('\n').findIndex((l) => l.includes('"email"')) + 1;
    expect(() => parseRelease(bad, 'r.json')).toThrow(
      new RegExp(`^r\\.json:${line}: expected publisher\\.email to be Invalid email, found "lien he"`),
    );
  });

  it('puts a configured e-mail in the DCAT contact point, data.json and CKAN', async () => {
    const dir = scratch('dt-pub-');
    const content = mutatedContent(dir, 'release.json', (t) =>
      t.replace('"email": ""', '"email": "cds@example.gov.vn"').replace('"phone": ""', '"phone": "0277 000 000"'),
    );
    const r = await runDataStage({ seed: DEFAULT_SEED, out: join(dir, 'out'), content });
    const dcat = JSON.parse(fileText(r.files, 'catalog.jsonld')) as { 'dcat:dataset': Record<string, any>[] };
    expect(dcat['dcat:dataset'][1]!['dcat:contactPoint']).toMatchObject({
      'vcard:hasEmail': 'mailto:cds@example.gov.vn',
      'vcard:hasTelephone': 'tel:0277000000',
    });
    expect(fileText(r.files, 'data.json')).toContain('"hasEmail": "mailto:cds@example.gov.vn"');
    expect(JSON.parse(fileText(r.files, 'tasks.ckan.json')).result.maintainer_email).toBe('cds@example.gov.vn');
    expect(r.output.warnings.some((w) => w.message.startsWith('publisher.email'))).toBe(false);
  });
});

describe('the "Báo lỗi / góp ý" link', () => {
  const page = 'https://dongthap.gov.vn/chuyen-doi-so/nhiem-vu/i-4-6/';
  it('opens an e-mail prefilled with the page title and address when an e-mail is set', () => {
    const link = feedbackLink({ email: 'cds@example.gov.vn', feedback_url: '' }, 'Nhiệm vụ I.4.6', page, '/cach-danh-gia/#gop-y');
    expect(link.startsWith('mailto:cds@example.gov.vn?subject=')).toBe(true);
    const u = new URL(link);
    expect(u.searchParams.get('subject')).toBe('Góp ý: Nhiệm vụ I.4.6');
    expect(u.searchParams.get('body')).toContain(`Trang: ${page}`);
  });

  it('falls back to the portal form, then to the correction page', () => {
    expect(feedbackLink({ email: '', feedback_url: 'https://dongthap.gov.vn/gop-y' }, 't', page, '/x')).toBe(
      'https://dongthap.gov.vn/gop-y',
    );
    expect(feedbackLink({ email: '', feedback_url: '' }, 't', page, '/cach-danh-gia/#gop-y')).toBe('/cach-danh-gia/#gop-y');
  });

  it('gives each page its public address under the base path', () => {
    expect(absolutePageUrl('https://x.gov.vn/cds/', '/cds/nhiem-vu/', '/cds/')).toBe('https://x.gov.vn/cds/nhiem-vu/');
    expect(absolutePageUrl('https://x.gov.vn/', '/nhiem-vu/', '/')).toBe('https://x.gov.vn/nhiem-vu/');
  });
});
