// The YAML parser reports in English with a code; an officer editing a plan reads Vietnamese.
// The common codes get a sentence that says what to fix; the rest a general one, with the
// parser's own words kept in the English half.

const VI: Record<string, string> = {
  BAD_INDENT: 'thụt lề không đúng: các khóa cùng cấp phải thẳng cột, khóa con thụt vào sâu hơn khóa cha',
  TAB_AS_INDENT: 'dùng phím Tab để thụt lề; YAML chỉ nhận dấu cách',
  DUPLICATE_KEY: 'một khóa được viết hai lần trong cùng một khối; hãy giữ một',
  MISSING_CHAR: 'thiếu ký tự đóng (dấu ngoặc ], } hoặc dấu nháy)',
  MULTILINE_IMPLICIT_KEY: 'khóa viết trên nhiều dòng; có thể thiếu dấu hai chấm “:” hoặc thiếu dấu nháy đóng ở dòng trên',
  BLOCK_AS_IMPLICIT_KEY: 'một khối được dùng làm khóa; có thể thiếu dấu hai chấm “:” sau khóa',
  UNEXPECTED_TOKEN: 'có ký tự không hợp lệ ở chỗ này',
  BAD_SCALAR_START: 'giá trị bắt đầu bằng ký tự đặc biệt; hãy đặt giá trị trong dấu nháy kép',
  BAD_ALIAS: 'tham chiếu *tên không trỏ tới neo &tên nào được khai báo trước đó',
  BAD_DQ_ESCAPE: 'chuỗi trong dấu nháy kép có ký tự thoát “\\” không hợp lệ',
  MISSING_ANCHOR: 'tham chiếu *tên không trỏ tới neo &tên nào được khai báo trước đó',
};

/** The Vietnamese reason for a YAML parser error code. */
export function yamlReasonVi(code: string): string {
  return VI[code] ?? 'tệp không đúng cú pháp YAML';
}
