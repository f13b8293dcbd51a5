import { isThiduaError } from '@thidua/core';
import type { CommandInput } from '../command-spec.js';
import { UsageError } from '../errors.js';
import { untilStopped } from '../until-stopped.js';

/** `--port N`: a whole number; the studio says when it is out of range. */
function portOf(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !/^\d+$/.test(value)) throw new UsageError(`Cổng không hợp lệ "${String(value)}": hãy cho một số từ 0 đến 65535`, `invalid port "${String(value)}": give a number from 0 to 65535`);
  return Number(value);
}

/**
 * `thidua studio <folder> [--port N] [--host H]`: the plan studio until SIGINT or SIGTERM. Vite
 * and the studio are loaded here, only when the command runs: no other command pays for them.
 */
export async function studioCommand({ args, options }: CommandInput): Promise<number> {
  const folder = args[0]!;
  const port = portOf(options.port);
  if (options.host === true || options.host === '') throw new UsageError('Thiếu giá trị cho --host: hãy viết --host ĐỊA_CHỈ', '--host needs a value: write --host ADDRESS');
  const host = typeof options.host === 'string' ? options.host : undefined;
  const { startStudio } = await import('@thidua/studio');
  let studio;
  try {
    studio = await startStudio({ folder, ...(port === undefined ? {} : { port }), ...(host === undefined ? {} : { host }) });
  } catch (e) {
    if (isThiduaError(e, 'THIDUA_STUDIO_OPTION')) throw UsageError.from(e);
    throw e;
  }
  process.stdout.write(`Xưởng kế hoạch: ${studio.url}\nPlan studio: ${studio.url}  (Ctrl-C để dừng / to stop)\n`);
  const signal = await untilStopped();
  process.stderr.write(`Đang dừng xưởng kế hoạch (${signal}) / stopping the studio\n`);
  await studio.close();
  return 0;
}
