import { useCallback, useEffect, useRef, useState } from 'react';

const KINDS = { report: 'Báo cáo / Report', nomination: 'Hồ sơ khen thưởng / Nomination' };

/** Posts a submission to the reference server; resolves to `{ status, body }`. */
async function postSubmission(plan, kind, value, lang) {
  const res = await fetch(`/submissions/${plan}/${kind}/validate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': lang },
    body: JSON.stringify(value),
  });
  return { status: res.status, body: await res.json() };
}

export function App() {
  const [plans, setPlans] = useState([]);
  const [plan, setPlan] = useState('lam-dong-2022-2025');
  const [kind, setKind] = useState('nomination');
  const [lang, setLang] = useState('vi');
  const [changes, setChanges] = useState(0);
  const [lastChange, setLastChange] = useState(null);
  const [answer, setAnswer] = useState(null);
  const formRef = useRef(null);

  useEffect(() => {
    fetch('/plans').then((r) => r.json()).then(setPlans, () => setPlans([]));
  }, []);

  // Events through addEventListener on the element itself (works the same in React 18 and 19).
  useEffect(() => {
    const el = formRef.current;
    const onChange = (e) => {
      setChanges((n) => n + 1);
      setLastChange({ source: e.detail.source, bytes: JSON.stringify(e.detail.value).length });
    };
    const onInvalid = (e) => setAnswer({ local: true, errors: e.detail.errors });
    const onSubmit = async (e) => {
      // Cancelled: the draft stays until the server has accepted the submission.
      e.preventDefault();
      setAnswer({ sending: true });
      try {
        const r = await postSubmission(plan, kind, e.detail.value, lang);
        setAnswer(r);
        if (r.body.ok) el.clearDraft();
      } catch (err) {
        setAnswer({ failed: String(err) });
      }
    };
    el.addEventListener('thidua-change', onChange);
    el.addEventListener('thidua-invalid', onInvalid);
    el.addEventListener('thidua-submit', onSubmit);
    return () => {
      el.removeEventListener('thidua-change', onChange);
      el.removeEventListener('thidua-invalid', onInvalid);
      el.removeEventListener('thidua-submit', onSubmit);
    };
  }, [plan, kind, lang]);

  // `value` is a property, not an attribute: set it through the ref.
  const loadExample = useCallback(async () => {
    const data = await fetch(`examples/${plan}/${kind}.json`).then((r) => r.json());
    formRef.current.value = data;
  }, [plan, kind]);

  const checkNow = useCallback(() => {
    const r = formRef.current.validate();
    setAnswer({ local: true, errors: r.errors });
  }, []);

  return (
    <>
      <header>
        <h1>Thi Đua SDK — React host</h1>
        <p>React {`${REACT_VERSION}`} · &lt;thidua-form&gt; · value qua ref, sự kiện qua addEventListener / value via ref, events via addEventListener</p>
      </header>
      <main>
        <section>
          <div className="toolbar">
            <label>
              Kế hoạch / Plan
              <select value={plan} onChange={(e) => setPlan(e.target.value)} data-testid="plan">
                {(plans.length ? plans : [{ id: plan, title: plan }]).map((p) => (
                  <option key={p.id} value={p.id}>{p.title}</option>
                ))}
              </select>
            </label>
            <label>
              Loại / Kind
              <select value={kind} onChange={(e) => setKind(e.target.value)} data-testid="kind">
                {Object.entries(KINDS).map(([k, name]) => <option key={k} value={k}>{name}</option>)}
              </select>
            </label>
            <label>
              Ngôn ngữ / Language
              <select value={lang} onChange={(e) => setLang(e.target.value)} data-testid="lang">
                <option value="vi">Tiếng Việt</option>
                <option value="en">English</option>
              </select>
            </label>
            <button type="button" onClick={loadExample} data-testid="load-example">Nạp hồ sơ mẫu / Load the example</button>
            <button type="button" onClick={checkNow} data-testid="validate">validate()</button>
          </div>
          <div className="card">
            <thidua-form ref={formRef} key={`${plan}/${kind}`} plan={plan} kind={kind} lang={lang} draft-key="react-host" />
          </div>
        </section>
        <aside>
          <div className="card">
            <h2>thidua-change</h2>
            <dl>
              <dt>Số lần / count</dt><dd data-testid="changes">{changes}</dd>
              <dt>Nguồn / source</dt><dd data-testid="change-source">{lastChange?.source ?? '—'}</dd>
              <dt>JSON</dt><dd>{lastChange ? `${lastChange.bytes.toLocaleString('vi')} B` : '—'}</dd>
            </dl>
          </div>
          <div className="card" data-testid="answer" aria-live="polite">
            <h2>Kết quả / Result</h2>
            <Answer answer={answer} />
          </div>
        </aside>
      </main>
    </>
  );
}

function Answer({ answer }) {
  if (!answer) return <p>—</p>;
  if (answer.sending) return <p>Đang gửi… / Sending…</p>;
  if (answer.failed) return <p className="bad">{answer.failed}</p>;
  if (answer.local) {
    return (
      <>
        <p className={answer.errors.length ? 'bad' : 'ok'} data-testid="local-verdict">
          validate(): {answer.errors.length ? `${answer.errors.length} lỗi / errors` : 'hợp lệ / valid'}
        </p>
        <Messages list={answer.errors} />
      </>
    );
  }
  const ok = answer.body.ok === true;
  return (
    <>
      <p className={ok ? 'ok' : 'bad'} data-testid="server-verdict" data-status={answer.status}>
        Máy chủ / server: HTTP {answer.status} — {ok ? 'đã chấp nhận / accepted' : `${answer.body.errors?.length ?? 0} lỗi / errors`}
      </p>
      <Messages list={answer.body.errors ?? []} />
      <Messages list={answer.body.warnings ?? []} />
    </>
  );
}

function Messages({ list }) {
  if (!list.length) return null;
  return <ul className="messages">{list.slice(0, 20).map((e, i) => <li key={i}>{e.message}</li>)}</ul>;
}
