// The council's minutes as the national template has them (Phụ lục I mẫu 1.9): a secret ballot is
// counted by a board the meeting elects, and the members' discussion is recorded. Both are
// optional data; a secret ballot without a board is a warning, never an error.
import { validate } from '@thidua/validate';
import { buildNominationSchema, PLAN_MODULES } from '@thidua/plans';
import { describe, expect, it } from 'vitest';
import { example } from './helpers.js';

const PLAN = 'lam-dong-2022-2025';

describe('the minutes’ ballot-counting board and discussion', () => {
  it('every plan’s schema offers them with Vietnamese then English labels', () => {
    for (const { definition } of PLAN_MODULES) {
      const m = (buildNominationSchema(definition) as any).properties.councilMinutes;
      expect(m.required, definition.id).not.toContain('countingBoard');
      expect(m.required, definition.id).not.toContain('discussion');
      expect([m.properties.countingBoard.title, m.properties.countingBoard['x-title-en']]).toEqual(['Ban kiểm phiếu', 'Ballot-counting board']);
      expect(m.properties.countingBoard.items.properties.role.title).toBe('Nhiệm vụ trong Ban');
      expect([m.properties.discussion.title, m.properties.discussion['x-title-en']]).toEqual(['Ý kiến thảo luận', 'Members\' discussion']);
    }
  });

  it('a secret ballot with its board is valid without a warning on the minutes', () => {
    const r = validate(PLAN, 'nomination', example(PLAN, 'nomination'));
    expect(r.errors).toEqual([]);
    expect(r.warnings.filter((w) => w.path.startsWith('/councilMinutes'))).toEqual([]);
  });

  it('a secret ballot without a board stays valid, with a warning that names the board and says what to do', () => {
    const d = example(PLAN, 'nomination');
    delete d.councilMinutes.countingBoard;
    const r = validate(PLAN, 'nomination', d);
    expect(r.ok).toBe(true);
    const w = r.warnings.find((x) => x.code === 'counting-board-missing')!;
    expect(w).toMatchObject({ path: '/councilMinutes/countingBoard', severity: 'warning' });
    expect(w.message).toContain('«Ban kiểm phiếu»');
    expect(w.message).toContain('chưa ghi Ban kiểm phiếu: ghi họ tên, nhiệm vụ từng thành viên');
    expect(validate(PLAN, 'nomination', d, { lang: 'en' }).warnings.find((x) => x.code === 'counting-board-missing')!.message).toContain('ballot-counting board');
  });

  it('a show of hands needs no board', () => {
    const d = example(PLAN, 'nomination');
    delete d.councilMinutes.countingBoard;
    delete d.councilMinutes.ballots;
    d.councilMinutes.votingMethod = 'bieu-quyet';
    expect(validate(PLAN, 'nomination', d).warnings.map((w) => w.code)).not.toContain('counting-board-missing');
  });

  it('a board member without a role, or an unknown key, is refused at its path', () => {
    const d = example(PLAN, 'nomination');
    d.councilMinutes.countingBoard = [{ fullName: 'Trần Văn Nam' }];
    d.councilMinutes.discussion = '   ';
    const r = validate(PLAN, 'nomination', d);
    expect(r.errors.map((e) => `${e.path} ${e.code}`)).toEqual(expect.arrayContaining([
      '/councilMinutes/countingBoard/0/role required',
      '/councilMinutes/discussion required',
    ]));
  });

  it('a collective’s direct superior is optional data of its profile', () => {
    const d = example(PLAN, 'nomination');
    expect(d.nominees[2].profile.superior).toBe('Ủy ban nhân dân xã Phi Liêng');
    delete d.nominees[2].profile.superior;
    expect(validate(PLAN, 'nomination', d).errors).toEqual([]);
    d.nominees[2].profile.superior = '';
    expect(validate(PLAN, 'nomination', d).errors.map((e) => e.path)).toContain('/nominees/2/profile/superior');
  });
});
