import { addPlanFolders, PlanFileError } from '@thidua/plans';
import { UsageError } from './errors.js';
import { planFromFolder } from './plan-validator.js';

/**
 * `--plans DIR…`: the folders' plans join the registry the command reads. A plan that takes a
 * built-in plan's place is said on stderr, so that nobody mistakes it for the published one.
 */
export function addPlans(dirs: readonly string[]): void {
  try {
    for (const added of addPlanFolders(dirs)) {
      planFromFolder(added.id);
      if (added.replacesBuiltIn) {
        process.stderr.write(`Kế hoạch ${added.id} được đọc từ ${added.dir}, thay cho kế hoạch cùng mã có sẵn trong SDK. / The plan ${added.id} is read from ${added.dir}, in place of the SDK's built-in plan of that id.\n`);
      }
    }
  } catch (e) {
    if (e instanceof PlanFileError) {
      throw new UsageError(`Kế hoạch ở thư mục ${e.details.dir} không dùng được: ${e.messageVi} (thidua plan check ${e.details.dir} liệt kê mọi lỗi)`, `the plan in ${e.details.dir} cannot be used: ${e.messageEn} (thidua plan check ${e.details.dir} lists every issue)`, { cause: e });
    }
    throw e;
  }
}
