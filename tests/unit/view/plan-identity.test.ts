/** The plan's number and signing date as a reader cites them, or plainly what is not found. */
import { describe, expect, it } from 'vitest';
import { planIdentityLine } from '../../../src/lib/view/plan-identity.ts';
import { RELEASE } from '../../helpers/content-release.ts';

describe('the plan number line', () => {
  it('says that neither is found while content/release.json gives neither', () => {
    expect(planIdentityLine({ number: null, date: null })).toBe(
      'Số và ngày ký của Kế hoạch: chưa tìm thấy trong bản văn và nguồn công khai',
    );
  });

  it('cites the number and the date once they are set, and names the one still missing', () => {
    expect(planIdentityLine({ number: '12/KH-UBND', date: '2022-04-03' })).toBe('Kế hoạch số 12/KH-UBND ngày 03/4/2022');
    expect(planIdentityLine({ number: '12/KH-UBND', date: null })).toBe(
      'Kế hoạch số 12/KH-UBND; ngày ký của Kế hoạch: chưa tìm thấy trong bản văn và nguồn công khai',
    );
    expect(planIdentityLine({ number: null, date: '2022-04-03' })).toBe(
      'Kế hoạch ký ngày 03/4/2022; số của Kế hoạch: chưa tìm thấy trong bản văn và nguồn công khai',
    );
  });

  it('reads what content/release.json says (the line never invents a number)', () => {
    const { plan } = RELEASE;
    const line = planIdentityLine(plan);
    if (plan.number === null) expect(line).toContain('chưa tìm thấy');
    else expect(line).toContain(plan.number);
  });
});
