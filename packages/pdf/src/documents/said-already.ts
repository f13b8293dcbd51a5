// A tờ trình's body often already says "… kính trình …" or "(có danh sách … kèm theo)": the
// fixed closing and attachment lines are then not printed a second time: no phrase twice in one document.

import { foldDiacritics as fold } from '@thidua/core/text';

/** Whether the text already submits the proposal ("kính trình"). */
export const submitsAlready = (text: string): boolean => /\bkinh trinh\b/u.test(fold(text));

/** Whether the text already lists the attachments ("có danh sách …", "… kèm theo"). */
export const listsAttachments = (text: string): boolean => {
  const t = fold(text);
  return /\bco danh sach\b/u.test(t) || /\bdanh sach\b[^.]*\bkem theo\b/u.test(t);
};
