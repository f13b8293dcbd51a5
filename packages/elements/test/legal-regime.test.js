// The law in force by date, in the browser: the element's engine judges and cites a council vote
// and an award form by the regime in force on the document's date, as the server does
// (tests/validate/legal-regime.test.ts runs the same fixtures in Node).
import { expect } from '@esm-bundle/chai';
import { fetchJson, fixture } from './helpers.js';

async function verdict(planId, prefix) {
  const { invalid } = await fetchJson(`/packages/plans/dist/fixtures/${planId}.json`);
  const fx = invalid.find((f) => f.name.startsWith(prefix));
  expect(fx, prefix).to.exist;
  const el = await fixture({ plan: planId, kind: fx.kind });
  try {
    el.value = structuredClone(fx.data);
    await el.updateComplete;
    return el.validate();
  } finally {
    el.remove();
  }
}

const at = (r, path) => [...r.errors, ...r.warnings].filter((i) => i.path === path);

describe('law in force by date (browser engine)', () => {
  it('a council of 31/12/2023 is judged under Nghị định 91/2017: a warning, not a refusal', async () => {
    const [issue] = at(await verdict('dong-nai-tdkt-2023', 'Hội đồng họp 31/12/2023'), '/nominees/1/votesAgree');
    expect(issue.code).to.equal('vote-share-unverified');
    expect(issue.severity).to.equal('warning');
    expect(issue.clause).to.contain('Nghị định 91/2017/NĐ-CP');
  });

  it('a council of 01/01/2024 is refused under Nghị định 98/2023, khoản 7 Điều 30', async () => {
    const r = await verdict('dong-nai-tdkt-2023', 'Hội đồng họp 01/01/2024');
    const [issue] = at(r, '/nominees/1/votesAgree');
    expect(issue.code).to.equal('vote-share-too-low');
    expect(issue.clause).to.contain('Nghị định 98/2023/NĐ-CP, khoản 7 Điều 30');
    expect(r.ok).to.equal(false);
  });

  it('a council of 01/7/2025 cites Nghị định 152/2025', async () => {
    const [issue] = at(await verdict('dong-nai-tdkt-2023', 'Hội đồng họp 01/7/2025'), '/nominees/1/votesAgree');
    expect(issue.code).to.equal('vote-share-unverified');
    expect(issue.clause).to.contain('Nghị định 152/2025/NĐ-CP');
  });

  it('an award form of a dossier dated 15/7/2025 cites the 2022 Law with Nghị định 152/2025', async () => {
    const [issue] = at(await verdict('lam-dong-2022-2025', 'Huân chương Lao động cho hộ gia đình, hồ sơ tổng kết ngày 15/7/2025'), '/nominees/3');
    expect(issue.code).to.equal('award-not-allowed-for-type');
    expect(issue.clause).to.contain('Luật Thi đua, Khen thưởng 2022, Điều 44; Nghị định 152/2025/NĐ-CP');
  });

  it('a dossier of 20/10/2023 whose căn cứ names Nghị định 98/2023 is warned, not refused', async () => {
    const r = await verdict('lam-dong-2022-2025', 'Hồ sơ ngày 20/10/2023 căn cứ Nghị định 98/2023');
    const [issue] = at(r, '/coverLetter/legalBases/1');
    expect(issue.code).to.equal('legal-basis-not-in-force');
    expect(issue.severity).to.equal('warning');
    expect(r.ok).to.equal(true);
  });
});
