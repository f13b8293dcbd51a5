// The value a host sets is copied: what the host changes afterwards does not reach the form,
// and what the form hands back cannot be changed behind its back.
import { expect } from '@esm-bundle/chai';
import { example, fixture } from './helpers.js';

const PLAN = 'lam-dong-2022-2025';

describe('the value set from outside', () => {
  let el;
  afterEach(() => el?.remove());

  it('is a private copy: changing the host object afterwards changes nothing in the form', async () => {
    el = await fixture({ plan: PLAN, kind: 'nomination' });
    const data = await example(PLAN, 'nomination');
    const name = data.nominees[0].name;
    el.value = data;
    await el.updateComplete;
    data.nominees[0].name = 'Đổi sau khi gán';
    data.nominees.pop();
    expect(el.value.nominees[0].name).to.equal(name);
    expect(el.value.nominees.length).to.equal(data.nominees.length + 1);
  });

  it('comes back frozen all the way down, equal to what was set', async () => {
    el = await fixture({ plan: PLAN, kind: 'nomination' });
    const data = await example(PLAN, 'nomination');
    el.value = data;
    await el.updateComplete;
    const v = el.value;
    expect(v).to.deep.equal(data);
    expect(Object.isFrozen(v)).to.equal(true);
    expect(Object.isFrozen(v.nominees)).to.equal(true);
    expect(Object.isFrozen(v.nominees[0])).to.equal(true);
    expect(() => { v.nominees[0].name = 'x'; }).to.throw(TypeError);
  });

  it('keeps a "__proto__" key of parsed JSON as data, never as the prototype', async () => {
    el = await fixture({ plan: PLAN, kind: 'nomination' });
    const data = JSON.parse(JSON.stringify(await example(PLAN, 'nomination')).replace('{', '{"__proto__":{"polluted":true},'));
    el.value = data;
    await el.updateComplete;
    expect(Object.getPrototypeOf(el.value)).to.equal(Object.prototype);
    expect(el.value.polluted).to.equal(undefined);
    expect(Object.keys(el.value)).to.include('__proto__');
  });

  it('copies a value nested deeper than any form, and one with a cycle, without overflowing the stack', async () => {
    el = await fixture({ plan: PLAN, kind: 'nomination' });
    const data = await example(PLAN, 'nomination');
    let deep = 'đáy';
    for (let i = 0; i < 200; i++) deep = [deep];
    data.extra = deep;
    el.value = data;
    await el.updateComplete;
    let got = el.value.extra;
    for (let i = 0; i < 200; i++) got = got[0];
    expect(got).to.equal('đáy');
    const cyclic = await example(PLAN, 'nomination');
    cyclic.self = cyclic;
    el.value = cyclic;
    await el.updateComplete;
    expect(el.value.self).to.equal(el.value);
  });
});
