/** The two languages of every message and label: Vietnamese first, then English. */
export type Lang = 'vi' | 'en';
