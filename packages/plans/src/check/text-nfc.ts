// Every string of a definition is printed and compared as is, so it must already be NFC: an
// "ệ" typed as e + two combining marks looks the same and matches nothing.
import type { DefinitionIssue } from './references.js';
import { token } from './issue.js';

export function checkNfc(value: unknown, at = ''): DefinitionIssue[] {
  if (typeof value === 'string') {
    return value === value.normalize('NFC') ? [] : [{
      code: 'not-nfc', severity: 'error', pointer: at,
      message: `Chữ ở ${at || '/'} không ở dạng NFC (dấu tiếng Việt gõ tách rời khỏi chữ). Hãy lưu tệp ở dạng Unicode NFC, hoặc gõ lại đoạn chữ này.`,
      messageEn: `text at ${at} is not NFC`,
    }];
  }
  if (Array.isArray(value)) return value.flatMap((x, i) => checkNfc(x, `${at}/${i}`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, x]) => checkNfc(x, `${at}/${token(k)}`));
  return [];
}
