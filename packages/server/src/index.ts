export { thiduaPlugin } from './plugin.js';
export { createServer, startServer, type StartOptions, type StartedServer } from './server.js';
export { closeGracefully, DEFAULT_DRAIN_TIMEOUT_MS } from './drain.js';
export { startCluster, type ClusterOptions, type StartedCluster, type WorkerStats } from './cluster.js';
export { ClusterError } from './cluster-error.js';
export { ServerOptionError } from './server-option-error.js';
export {
  DEFAULT_BODY_LIMIT, DEFAULT_HOST, DEFAULT_MAX_ISSUES, DEFAULT_PDF_QUEUE, DEFAULT_PDF_STALL_MS, DEFAULT_PDF_TIMEOUT_MS, DEFAULT_PORT,
  type LoggerOptions, type PdfOptions, type ServerOptions, type ThiduaPluginOptions,
} from './options.js';
export { HTTP_ERROR_CODES, ThiduaHttpError, refusedJson, type ErrorBody, type RefusedJsonText, type HttpErrorCode } from './errors.js';
export { thiduaFrameworkErrors, thiduaNotFoundHandler } from './error-handler.js';
export { pickLanguage } from './language.js';
export { LOG_SERIALIZERS } from './logging.js';
export { isJsonContentType, parseJsonBody } from './json-body.js';
export { verdict } from './verdict.js';
export { etagMatches } from './content-etag.js';
export { VERSION } from './version.js';
