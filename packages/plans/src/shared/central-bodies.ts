// Bodies above the province that a plan has its own reports sent to. Names as the plans' texts spell
// them, with the short forms officers write in "Kính gửi".

import type { Addressee } from '@thidua/core';

export const BAN_TDKT_TW: Addressee = {
  name: 'Ban Thi đua - Khen thưởng Trung ương',
  aliases: ['Ban TĐKT Trung ương', 'Ban Thi đua - Khen thưởng TW', 'Ban TĐKT TW'],
};

export const BO_LDTBXH: Addressee = {
  name: 'Bộ Lao động - Thương binh và Xã hội',
  aliases: ['Bộ Lao động Thương binh và Xã hội', 'Bộ LĐTBXH', 'Bộ LĐ-TB&XH', 'Bộ LĐ-TBXH'],
};
