// A tờ trình's body often already says "… kính trình …" or "(có danh sách … kèm theo)": the
// fixed closing and attachment lines are then not printed a second time (issue: "no phrase twice").

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/gu, 'd').toLocaleLowerCase('vi').replace(/\s+/gu, ' ');

/** Whether the text already submits the proposal ("kính trình"). */
export const submitsAlready = (text: string): boolean => /\bkinh trinh\b/u.test(fold(text));

/** Whether the text already lists the attachments ("có danh sách …", "… kèm theo"). */
export const listsAttachments = (text: string): boolean => {
  const t = fold(text);
  return /\bco danh sach\b/u.test(t) || /\bdanh sach\b[^.]*\bkem theo\b/u.test(t);
};
