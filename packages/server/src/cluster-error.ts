import { ThiduaError } from '@thidua/core';

/** Why `startCluster` could not start; a worker's system error code (e.g. `EADDRINUSE`) is `details.errno`. */
export class ClusterError extends ThiduaError<'THIDUA_CLUSTER_NOT_PRIMARY' | 'THIDUA_CLUSTER_WORKER', { errno?: string; exitCode?: number }> {
  override name = 'ClusterError';

  static notPrimary(): ClusterError {
    return new ClusterError('THIDUA_CLUSTER_NOT_PRIMARY', {
      vi: '@thidua/server: startCluster chỉ gọi từ tiến trình chính',
      en: 'call startCluster from the primary process',
    });
  }

  /** A worker reported an error before it listened (its message is the server's, in both languages). */
  static workerFailed(message: string, errno?: string): ClusterError {
    return new ClusterError('THIDUA_CLUSTER_WORKER', {
      vi: `Một tiến trình của cụm không khởi động được: ${message}`,
      en: 'a worker of the cluster could not start; correct what the message says (e.g. choose a free port) and start again',
    }, { details: errno === undefined ? {} : { errno } });
  }

  /** A worker exited before it listened. */
  static workerExited(exitCode: number | null): ClusterError {
    return new ClusterError('THIDUA_CLUSTER_WORKER', {
      vi: `Một tiến trình của cụm đã thoát (mã ${String(exitCode)}) trước khi nhận kết nối: hãy xem nhật ký của nó rồi khởi động lại`,
      en: `worker exited (${String(exitCode)}) before it listened: read its log and start again`,
    }, { details: exitCode === null ? {} : { exitCode } });
  }
}
