import { Type } from '@sinclair/typebox';
import { label } from './label.js';
import { LOWER_CASE_LETTERS } from './lower-case.generated.js';
import { ANY_IN_LINE, END, WHITESPACE_CLASS } from './portable-regex.js';
import { Text } from './text.js';

/**
 * "Số, ký hiệu" without "Số:": number (leading zero below 10), "/", symbol parts joined by
 * "-", no spaces (NĐ 30/2020 Phụ lục I, ô 3). E.g. "05/TTr-UBND", "125/BC-UBND".
 */
export const DOC_NUMBER_PATTERN = `^(0[1-9]|[1-9][0-9]+)/[A-Za-zĐđ0-9]+(-[A-Za-zĐđ0-9.]+)*${END}`;

export function DocNumber(vi: string, en: string, example: string) {
  return Type.String({ ...label(vi, en), pattern: DOC_NUMBER_PATTERN, maxLength: 60, examples: [example], 'x-ui-hint': `Ví dụ: ${example}`, 'x-ui-hint-en': `E.g. ${example}` });
}

/** Authority line of a signature block (NĐ 30/2020 Phụ lục I, II.7.b). */
export const AUTHORITY_PATTERN = `^(TM|KT|Q|TL|TUQ)\\. [^${WHITESPACE_CLASS}]${ANY_IN_LINE}*${END}`;

/**
 * Upper-case text: something visible, and no lower-case letter anywhere. Spaces, then the
 * first visible character (not lower case), then anything but lower case: the first visible
 * character ends the spaces, so there is one way to match and a regex engine never
 * backtracks (`^[^\p{Ll}]*\S[^\p{Ll}]*$` took seconds on 50 000 characters). The letters are
 * spelt out because `\p{…}` is JavaScript-only, and whitespace because `\s` is not the same set
 * in Python and Java (portable-regex.ts).
 */
export const UPPER_PATTERN = `^[${WHITESPACE_CLASS}]*[^${LOWER_CASE_LETTERS}${WHITESPACE_CLASS}][^${LOWER_CASE_LETTERS}]*${END}`;

export function SignerSchema() {
  return Type.Object(
    {
      authority: Type.Optional(
        Type.Array(
          Type.String({ ...label('Thẩm quyền ký', 'Signing authority'), pattern: AUTHORITY_PATTERN, maxLength: 120, 'x-ui-hint': 'Ví dụ: TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH', 'x-ui-hint-en': 'E.g. TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH' }),
          { ...label('Quyền hạn ký', 'Signing authority lines'), maxItems: 3 },
        ),
      ),
      title: Type.String({ ...label('Chức vụ người ký', 'Signer position'), pattern: UPPER_PATTERN, maxLength: 120, 'x-ui-hint': 'Viết hoa, ví dụ: PHÓ CHỦ TỊCH', 'x-ui-hint-en': 'Upper case, e.g. PHÓ CHỦ TỊCH' }),
      fullName: Text('Họ và tên người ký', 'Signer full name', { maxLength: 120 }),
    },
    { ...label('Người ký', 'Signer'), additionalProperties: false },
  );
}
