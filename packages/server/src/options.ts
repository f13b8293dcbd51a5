import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SERVICE_MAX_ISSUES, type InputLimits } from '@thidua/validate';
import { defaultPdfThreads } from './pdf-pool.js';
import { ServerOptionError } from './server-option-error.js';

/** 2 MB: about three times a 300-nominee dossier (0.7 MB). */
export const DEFAULT_BODY_LIMIT = 2 * 1024 * 1024;
/** Port of `thidua serve` and of the demo. */
export const DEFAULT_PORT = 38123;
/** Loopback only: listening on other interfaces is a decision to make explicitly (`--host`). */
export const DEFAULT_HOST = '127.0.0.1';
/** Seconds a browser or proxy may reuse a schema before revalidating it with its ETag. */
export const DEFAULT_SCHEMA_MAX_AGE = 300;
/**
 * Input limits for `validate()` on the server. A 300-nominee dossier holds about 18 000
 * values; 60 000 leaves room for three times that, while a 2 MB body of `{}` or `0` items
 * (up to a million values, each an issue) stops at once with `too-large` instead of costing
 * seconds and a 100 MB answer.
 */
export const DEFAULT_SERVER_LIMITS: InputLimits = { maxDepth: 64, maxNodes: 60_000 };
/** PDFs that may wait for a thread beyond those rendering; one more is answered 503 with `Retry-After`. */
export const DEFAULT_PDF_QUEUE = 8;
/** A PDF not ready this long after it was asked for is given up (503): 25 times a 300-nominee dossier. */
export const DEFAULT_PDF_TIMEOUT_MS = 30_000;
/**
 * A PDF answer its client reads nothing of for this long is cut: a client that stopped reading
 * would otherwise hold its connection, and the megabytes queued on it, for ever.
 */
export const DEFAULT_PDF_STALL_MS = 30_000;
/** Most errors (and, separately, warnings) returned in one 422 answer: the bound for answers programs read. */
export const DEFAULT_MAX_ISSUES = SERVICE_MAX_ISSUES;

/** Options of {@link thiduaPlugin}: the HTTP API. */
export interface ThiduaPluginOptions {
  /** Largest request body accepted, in bytes; a larger one gets 413. Default 2 MB. */
  bodyLimit?: number;
  /**
   * Origins (scheme://host[:port], exact) of portals allowed to call the API from a browser.
   * Default none: no CORS headers are sent, so only same-origin pages can read the answers.
   */
  corsOrigins?: string[];
  /** `Cache-Control: public, max-age=N` on the published schemas (seconds, default 300). */
  schemaMaxAge?: number;
  /** `validate()`'s input limits (default `{ maxDepth: 64, maxNodes: 60_000 }`): beyond them, one `too-deep`/`too-large` issue. */
  limits?: Partial<InputLimits>;
  /**
   * Most errors, and most warnings, listed in one answer (default 1000). A longer list is cut
   * and the answer says so with `truncated: true`; at most 4 × maxIssues JSON Schema errors
   * are turned into issues, which bounds the work a hostile body can cause.
   */
  maxIssues?: number;
  /** The PDF threads (`POST …/pdf`); none starts before the first PDF is asked for. */
  pdf?: PdfOptions;
}

/** The pool of worker threads that render PDFs beside the event loop. */
export interface PdfOptions {
  /** Threads rendering at once (default: the cores less one for the event loop, at least 1). */
  threads?: number;
  /** PDFs that may wait for a thread (default 8); one more is answered 503 with `Retry-After`. */
  queue?: number;
  /** A PDF not ready this many milliseconds after it was asked for is stopped and answered 503 (default 30 000). */
  timeoutMs?: number;
  /**
   * A PDF answer whose client takes none of it for this many milliseconds is cut, its
   * connection closed (default 30 000): otherwise a client that stopped reading holds the
   * connection, and the PDF queued on it, for as long as it stays connected.
   */
  stallMs?: number;
  /**
   * Plan folders each thread reads at its start, so it knows the plans added with
   * `addPlanFolders` (createServer passes its `planDirs`; a host app passes the folders it added).
   */
  planDirs?: readonly string[];
}

/** Options of {@link createServer}: the API plus the demo portal and logging. */
export interface ServerOptions extends ThiduaPluginOptions {
  /**
   * Folder of static files served at `/` (the demo portal). Default: the repository's
   * `examples/portal-html` when it exists. `false`, or a folder that does not exist, serves a
   * small bilingual page listing the plans, their schemas and the API instead.
   */
  portalDir?: string | false;
  /** Folder served under `/elements/` (default `packages/elements/dist/portal` when it exists); `false` for none. */
  elementsDir?: string | false;
  /**
   * Plan folders, or folders of plan folders, read at start (`addPlanFolders` of
   * `@thidua/plans`): their plans join the catalogue and the API, their validators are compiled
   * then, and their browser chunks are served under `/elements/plans/<id>/`. A plan with a
   * built-in plan's id replaces it. A folder that cannot be used throws `PlanFileError` (file
   * and line) from `createServer`.
   */
  planDirs?: readonly string[];
  /**
   * Fastify/pino logger: `false` (default) for none, `true` for info to stdout, or pino options
   * (`{ level, stream }`). Whatever is given, the SDK's serializers apply: no bodies, no query strings.
   */
  logger?: boolean | LoggerOptions;
}

export interface LoggerOptions {
  level?: string;
  /** Where the JSON log lines go (default stdout). */
  stream?: { write(line: string): unknown };
  [key: string]: unknown;
}

export interface ResolvedPluginOptions {
  bodyLimit: number;
  corsOrigins: string[];
  schemaMaxAge: number;
  limits: InputLimits;
  maxIssues: number;
  pdf: Required<PdfOptions>;
}

const wholeAtLeast = (n: unknown, min: number) => Number.isInteger(n) && (n as number) >= min;

function resolvePdfOptions(pdf: PdfOptions = {}): Required<PdfOptions> {
  const { threads = defaultPdfThreads(), queue = DEFAULT_PDF_QUEUE, timeoutMs = DEFAULT_PDF_TIMEOUT_MS, stallMs = DEFAULT_PDF_STALL_MS, planDirs = [] } = pdf;
  if (!wholeAtLeast(threads, 1) || threads > 256) throw new ServerOptionError('pdf.threads', pdf.threads, { vi: 'phải là số nguyên từ 1 đến 256', en: 'must be a whole number from 1 to 256' });
  if (!wholeAtLeast(queue, 0)) throw new ServerOptionError('pdf.queue', pdf.queue, { vi: 'phải là số nguyên ≥ 0', en: 'must be a whole number ≥ 0' });
  if (!wholeAtLeast(timeoutMs, 1)) throw new ServerOptionError('pdf.timeoutMs', pdf.timeoutMs, { vi: 'phải là số mili giây nguyên dương', en: 'must be a positive whole number of milliseconds' });
  if (!wholeAtLeast(stallMs, 1)) throw new ServerOptionError('pdf.stallMs', pdf.stallMs, { vi: 'phải là số mili giây nguyên dương', en: 'must be a positive whole number of milliseconds' });
  if (!Array.isArray(planDirs) || planDirs.some((d) => typeof d !== 'string' || !d)) throw new ServerOptionError('pdf.planDirs', pdf.planDirs, { vi: 'phải là danh sách đường dẫn thư mục kế hoạch', en: 'must be a list of plan folder paths' });
  return { threads, queue, timeoutMs, stallMs, planDirs };
}

export function resolvePluginOptions(opts: ThiduaPluginOptions = {}): ResolvedPluginOptions {
  const bodyLimit = opts.bodyLimit ?? DEFAULT_BODY_LIMIT;
  if (!Number.isInteger(bodyLimit) || bodyLimit < 1) throw new ServerOptionError('bodyLimit', opts.bodyLimit, { vi: 'phải là số byte nguyên dương', en: 'must be a positive whole number of bytes' });
  const schemaMaxAge = opts.schemaMaxAge ?? DEFAULT_SCHEMA_MAX_AGE;
  if (!Number.isInteger(schemaMaxAge) || schemaMaxAge < 0) throw new ServerOptionError('schemaMaxAge', opts.schemaMaxAge, { vi: 'phải là số giây nguyên ≥ 0', en: 'must be a whole number of seconds ≥ 0' });
  const corsOrigins = [...(opts.corsOrigins ?? [])];
  for (const o of corsOrigins) {
    if (typeof o !== 'string' || !/^https?:\/\/[^/\s]+$/.test(o)) throw new ServerOptionError('corsOrigins', o, { vi: 'cần địa chỉ dạng "https://portal.example" (không có đường dẫn)', en: 'expects origins like "https://portal.example" (no path)' });
  }
  const limits = { ...DEFAULT_SERVER_LIMITS, ...opts.limits };
  const maxIssues = opts.maxIssues ?? DEFAULT_MAX_ISSUES;
  if (!Number.isInteger(maxIssues) || maxIssues < 1) throw new ServerOptionError('maxIssues', opts.maxIssues, { vi: 'phải là số nguyên dương', en: 'must be a positive whole number' });
  return { bodyLimit, corsOrigins, schemaMaxAge, limits, maxIssues, pdf: resolvePdfOptions(opts.pdf) };
}

// src/ and dist/ sit at the same depth, so these resolve the same from either.
const repoPath = (rel: string): string => fileURLToPath(new URL(`../../../${rel}`, import.meta.url));

/** The repository's demo portal folder, when this package runs inside the repository and it exists. */
export function defaultPortalDir(): string | undefined {
  return existingDir(repoPath('examples/portal-html'));
}

/** The elements bundle folder, when this package runs inside the repository and it has been built: what a portal serves (dist/portal), as a portal would serve it. */
export function defaultElementsDir(): string | undefined {
  return existingDir(repoPath('packages/elements/dist/portal')) ?? existingDir(repoPath('packages/elements/dist'));
}

export function existingDir(dir: string | false | undefined): string | undefined {
  if (!dir) return undefined;
  try {
    return fs.statSync(dir).isDirectory() ? dir : undefined;
  } catch {
    return undefined;
  }
}
