// Thi Đua SDK in an Express portal, two ways, with the same HTTP contract as @thidua/server:
//
//   createApp()                          validates and renders PDFs in this process, with
//                                        validate() from @thidua/validate and renderSubmission()
//                                        from @thidua/pdf/node;
//   createApp({ upstream: 'http://…' })  forwards the submission routes to a running reference
//                                        server (`thidua serve`) and relays its answers.
//
// Routes: POST /submissions/:plan/:kind/validate → 200 { ok: true, value, warnings }
//                                                 | 422 { ok: false, errors, warnings }
//         POST /submissions/:plan/:kind/pdf      → 200 application/pdf | 422
// Client mistakes answer { error: { code, message, messageEn } } with a 4xx, never a 500.
import express from 'express';
import { DOCUMENT_KINDS, hasPlan, isDocumentKind, planIds } from '@thidua/plans';
import { JsonTextError, parseJsonText, validate } from '@thidua/validate';
import { renderSubmission } from '@thidua/pdf/node';

const BODY_LIMIT = '2mb';

const fail = (res, status, code, message, messageEn, extra = {}) =>
  res.status(status).set('cache-control', 'no-store').json({ error: { code, message, messageEn, ...extra } });

// The SDK's strict JSON reader, as the reference server and `thidua validate` use it: UTF-8
// only, no repeated key, no lone surrogate, no "__proto__" or constructor.prototype. Its
// refusals carry the reference server's codes and words.
/** Raw body (bounded by body-parser) → `req.submission`, or the 400 the reference server gives. */
function strictJson(req, res, next) {
  const bytes = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
  try {
    req.submission = parseJsonText(bytes);
  } catch (e) {
    if (!(e instanceof JsonTextError)) return next(e);
    if (e.code === 'THIDUA_EMPTY_JSON') return fail(res, 400, 'THIDUA_EMPTY_BODY', 'Thiếu nội dung hồ sơ: thân yêu cầu rỗng.', 'The request body is empty.');
    return fail(res, 400, e.code, e.messageVi, e.messageEn, { ...e.position });
  }
  next();
}

/** 415 unless the body is JSON; 404 (listing what exists) for an unknown plan or kind. */
function checkRequest(req, res, next) {
  const { plan, kind } = req.params;
  if (!hasPlan(plan)) {
    return fail(res, 404, 'THIDUA_UNKNOWN_PLAN', `Không có kế hoạch “${plan.slice(0, 80)}”. Các kế hoạch: ${planIds().join(', ')}.`, `Unknown plan "${plan.slice(0, 80)}". Plans: ${planIds().join(', ')}.`, { plans: planIds(), kinds: [...DOCUMENT_KINDS] });
  }
  if (!isDocumentKind(kind)) {
    return fail(res, 404, 'THIDUA_UNKNOWN_KIND', `Không có loại hồ sơ “${kind.slice(0, 80)}”. Các loại: ${DOCUMENT_KINDS.join(', ')}.`, `Unknown document kind "${kind.slice(0, 80)}". Kinds: ${DOCUMENT_KINDS.join(', ')}.`, { kinds: [...DOCUMENT_KINDS] });
  }
  if (!req.is('application/json')) {
    return fail(res, 415, 'THIDUA_UNSUPPORTED_MEDIA_TYPE', 'Hồ sơ phải được gửi dạng JSON (Content-Type: application/json; charset=utf-8).', 'Send the submission as JSON (Content-Type: application/json; charset=utf-8).');
  }
  next();
}

/** body-parser's errors as the reference server's 4xx answers. */
// Express knows an error handler by its four parameters, so `_next` stays though unused.
function bodyErrors(err, req, res, _next) {
  if (err?.type === 'entity.too.large') return fail(res, 413, 'THIDUA_BODY_TOO_LARGE', 'Hồ sơ quá lớn: tối đa 2 MB.', 'The request body is too large: at most 2 MB.', { limit: err.limit });
  if (err?.type === 'charset.unsupported' || err?.type === 'encoding.unsupported') return fail(res, 415, 'THIDUA_UNSUPPORTED_MEDIA_TYPE', 'Hồ sơ phải được gửi dạng JSON UTF-8.', 'Send the submission as UTF-8 JSON.');
  if (err?.status >= 400 && err?.status < 500) return fail(res, err.status, 'THIDUA_BAD_REQUEST', 'Yêu cầu không hợp lệ.', 'Bad request.');
  // Never log req.body: it is a citizen's dossier.
  console.error('thidua adapter error:', err?.name, err?.code);
  return fail(res, 500, 'THIDUA_INTERNAL', 'Lỗi máy chủ: không xử lý được yêu cầu.', 'Server error: the request could not be handled.');
}

/** In process: validate() and renderSubmission() answer the routes. */
function inProcessRouter() {
  const router = express.Router();
  const json = [express.raw({ limit: BODY_LIMIT, type: 'application/json' }), strictJson];
  const langOf = (req) => (req.acceptsLanguages('vi', 'en') === 'en' ? 'en' : 'vi');
  const answer = (res, lang, r) => res.status(r.ok ? 200 : 422).set({ 'cache-control': 'no-store', 'content-language': lang, vary: 'Accept-Language' })
    .json(r.ok ? { ok: true, value: r.value, warnings: r.warnings } : { ok: false, errors: r.errors, warnings: r.warnings, ...(r.truncated ? { truncated: true } : {}) });

  router.post('/submissions/:plan/:kind/validate', checkRequest, json, (req, res) => {
    const lang = langOf(req);
    answer(res, lang, validate(req.params.plan, req.params.kind, req.submission, { lang }));
  });

  router.post('/submissions/:plan/:kind/pdf', checkRequest, json, async (req, res, next) => {
    try {
      const { plan, kind } = req.params;
      const lang = langOf(req);
      const r = validate(plan, kind, req.submission, { lang });
      if (!r.ok) return answer(res, lang, r);
      const pdf = await renderSubmission(plan, kind, r.value, { lang });
      res.status(200).set({ 'content-type': 'application/pdf', 'content-disposition': `attachment; filename="${plan}-${kind}.pdf"`, 'cache-control': 'no-store' })
        .send(Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength));
    } catch (e) {
      next(e);
    }
  });
  router.use(bodyErrors);
  return router;
}

/** Proxy: the body goes to the reference server unparsed; its answer comes back as it is. */
function proxyRouter(upstream) {
  const router = express.Router();
  const raw = express.raw({ limit: BODY_LIMIT, type: 'application/json' });
  router.post('/submissions/:plan/:kind/:action', checkRequest, raw, async (req, res, next) => {
    try {
      const { plan, kind, action } = req.params;
      if (action !== 'validate' && action !== 'pdf') return next();
      const up = await fetch(new URL(`submissions/${plan}/${kind}/${action}`, upstream), {
        method: 'POST',
        headers: { 'content-type': req.get('content-type'), 'accept-language': req.get('accept-language') ?? 'vi' },
        body: req.body,
      });
      res.status(up.status);
      for (const h of ['content-type', 'content-disposition', 'content-language', 'cache-control', 'vary']) {
        const v = up.headers.get(h);
        if (v) res.set(h, v);
      }
      res.send(Buffer.from(await up.arrayBuffer()));
    } catch (e) {
      next(e);
    }
  });
  router.use(bodyErrors);
  return router;
}

/**
 * The portal's Express app with the Thi Đua routes under `/api/thidua`.
 * @param {{ upstream?: string }} [options] `upstream`: base URL of a reference server to proxy to.
 */
export function createApp({ upstream } = {}) {
  const app = express();
  app.disable('x-powered-by');
  app.use('/api/thidua', upstream ? proxyRouter(upstream.endsWith('/') ? upstream : `${upstream}/`) : inProcessRouter());
  app.get('/', (req, res) => res.type('text/plain; charset=utf-8').send('Cổng thông tin (Express) / portal (Express): POST /api/thidua/submissions/:plan/:kind/validate | /pdf\n'));
  return app;
}
