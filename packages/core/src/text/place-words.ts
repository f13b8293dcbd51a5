/**
 * Words (capitals) after which a place name follows in an agency's name: "HUYỆN ĐAM RÔNG",
 * "THỊ TRẤN …", "TỔ DÂN PHỐ …". Longer phrases first, so a lookup in order finds them first.
 * Used to write agency names in sentences and to break title lines without cutting a place.
 */
export const PLACE_WORDS: readonly string[] = [
  'TỔ DÂN PHỐ', 'THỊ TRẤN', 'THÀNH PHỐ', 'THỊ XÃ', 'KHU PHỐ',
  'HUYỆN', 'TỈNH', 'XÃ', 'PHƯỜNG', 'QUẬN', 'THÔN', 'XÓM', 'ẤP', 'BẢN', 'BUÔN', 'LÀNG', 'PHUM', 'SÓC',
];
