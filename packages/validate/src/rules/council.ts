import { formatDate } from '@thidua/core';
import { interpolate } from '@thidua/core/messages';
import type { RuleModule } from './rule.js';
import type { Rule } from './context.js';
import { arr, num, obj, str } from './context.js';
import { voteShareCheck } from './vote-share.js';

/** The minutes add up: attendance, ballots, times, votes per nominee and the award's vote share. */
const check: Rule = (ctx) => {
  const { plan, data } = ctx;
  const m = obj(data['councilMinutes']);
  const total = num(m['membersTotal']);
  const present = num(m['membersPresent']);
  if (total !== undefined && present !== undefined && present > total) {
    ctx.report({ path: '/councilMinutes/membersPresent', code: 'present-exceed-total', params: { present, total } });
  }
  const start = str(m['startTime']);
  const end = str(m['endTime']);
  if (start && end && /^\d\d:\d\d$/.test(start) && /^\d\d:\d\d$/.test(end) && end <= start) {
    ctx.report({ path: '/councilMinutes/endTime', code: 'time-order', params: { start, end } });
  }
  // Phụ lục I mẫu 1.9: a secret ballot is counted by a board; minutes without one stay valid.
  if (str(m['votingMethod']) === 'bo-phieu-kin' && arr(m['countingBoard']).length === 0) {
    ctx.report({ path: '/councilMinutes/countingBoard', code: 'counting-board-missing', severity: 'warning' });
  }
  const b = obj(m['ballots']);
  const issued = num(b['issued']);
  const returned = num(b['returned']);
  const valid = num(b['valid']);
  const invalid = num(b['invalid']);
  const problems: string[] = [];
  const say = ctx.terms.phrases;
  if (issued !== undefined && returned !== undefined && returned > issued) problems.push(interpolate(say.ballotsReturnedOverIssued, { returned, issued }));
  if (returned !== undefined && valid !== undefined && invalid !== undefined && valid + invalid !== returned) problems.push(interpolate(say.ballotsSplitNotReturned, { valid, invalid, returned }));
  if (issued !== undefined && total !== undefined && issued > total) problems.push(interpolate(say.ballotsIssuedOverMembers, { issued, total }));
  if (problems.length) ctx.report({ path: '/councilMinutes/ballots', code: 'ballots-inconsistent', params: { detail: problems.join('; ') } });

  // The meeting comes before the cover letter that reports its result.
  const meeting = str(m['date']);
  const letter = str(obj(data['header'])['date']);
  if (meeting && letter && /^\d{4}-\d{2}-\d{2}$/.test(meeting) && /^\d{4}-\d{2}-\d{2}$/.test(letter) && meeting > letter) {
    ctx.report({ path: '/councilMinutes/date', code: 'date-order', params: { date: formatDate(meeting), other: ctx.terms.phrases.coverLetterDate, otherDate: formatDate(letter) } });
  }

  const award = plan.awardForms.find((a) => a.id === str(data['awardForm']));
  // The share is the one in force on the day the council voted (packages/plans/src/shared/regimes.ts).
  const checkShare = award && total !== undefined ? voteShareCheck(ctx, { award, total, date: meeting ?? letter }) : undefined;
  arr(data['nominees']).forEach((raw, i) => {
    const votes = num(obj(raw)['votesAgree']);
    if (votes === undefined || total === undefined) return;
    if (votes > total) {
      ctx.report({ path: `/nominees/${i}/votesAgree`, code: 'votes-exceed-members', params: { votes, members: total } });
    } else {
      checkShare?.(votes, `/nominees/${i}/votesAgree`);
    }
  });
};

export const councilRule: RuleModule = {
  name: 'council',
  kinds: ['nomination'],
  codes: ['present-exceed-total', 'time-order', 'counting-board-missing', 'ballots-inconsistent', 'date-order', 'votes-exceed-members', 'vote-share-too-low', 'vote-share-unverified'],
  check,
};
