/**
 * The publisher's contact fields (content/release.json) in the data stage: each one left empty is a
 * build warning, and one filled in reaches the catalogues' contact points. (parseRelease and
 * missingContactFields themselves: tests/unit/model/release.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SEED, prepareDataStage, renderDataFiles } from '../../scripts/lib/data-stage.ts';
import { fileText } from '../helpers/published-files.ts';
import { mutatedContent, scratch } from '../helpers/cli.ts';

const SITE = 'https://example.gov.vn/cds/';
/** content/ with the publisher's contact fields set as given (the real file may have them filled in by then). */
const withContacts = (email: string, phone: string) =>
  mutatedContent(scratch('dt-pub-'), 'release.json', (t) =>
    t.replace(/"email": "[^"]*"/, `"email": ${JSON.stringify(email)}`).replace(/"phone": "[^"]*"/, `"phone": ${JSON.stringify(phone)}`),
  );

describe('the publisher in content/release.json', () => {
  it('warns about each contact field left empty, at the release file', () => {
    const { output } = prepareDataStage({ seed: DEFAULT_SEED, content: withContacts('', ''), siteUrl: SITE });
    const warned = output.warnings.map((w) => `${w.file}:${w.line}: ${w.message}`);
    for (const field of ['email', 'phone'])
      expect(warned).toContainEqual(
        expect.stringMatching(new RegExp(`release\\.json:1: publisher\\.${field} is empty: the portal staff fill it in before publishing`)),
      );
  });

  it("warns while the contact official's role is empty (Nghị định 42/2022/NĐ-CP Điều 4), not about their name", () => {
    const withRole = (role: string) =>
      mutatedContent(scratch('dt-pub-role-'), 'release.json', (t) =>
        t
          .replace(/"contact_role": "[^"]*"/, `"contact_role": ${JSON.stringify(role)}`)
          .replace(/"contact_name": "[^"]*"/, '"contact_name": ""'),
      );
    const warnedFields = (content: string) =>
      prepareDataStage({ seed: DEFAULT_SEED, content, siteUrl: SITE })
        .output.warnings.filter((w) => w.file.endsWith('release.json'))
        .map((w) => w.message.split(' ')[0]);
    const empty = warnedFields(withRole(''));
    expect(empty).toContain('publisher.contact_role');
    expect(empty).not.toContain('publisher.contact_name');
    expect(warnedFields(withRole('Trưởng phòng Chuyển đổi số, Sở Khoa học và Công nghệ'))).not.toContain('publisher.contact_role');
  });

  it('puts a configured e-mail in the DCAT contact point, data.json and CKAN', async () => {
    const checked = prepareDataStage({ seed: DEFAULT_SEED, content: withContacts('cds@example.gov.vn', '0277 000 000'), siteUrl: SITE });
    const files = await renderDataFiles(checked);
    const dcat = JSON.parse(fileText(files, 'catalog.jsonld')) as { 'dcat:dataset': Record<string, any>[] };
    expect(dcat['dcat:dataset'][1]!['dcat:contactPoint']).toMatchObject({
      'vcard:hasEmail': 'mailto:cds@example.gov.vn',
      'vcard:hasTelephone': 'tel:0277000000',
    });
    expect(fileText(files, 'data.json')).toContain('"hasEmail": "mailto:cds@example.gov.vn"');
    expect(JSON.parse(fileText(files, 'tasks.ckan.json')).result.maintainer_email).toBe('cds@example.gov.vn');
    expect(checked.output.warnings.some((w) => w.message.startsWith('publisher.email'))).toBe(false);
  });
});
