// pdf-lib 1.17.1 parses a template in one pass that trusts it: it recurses as deep as arrays
// nest, inflates object streams whole and reads them at whatever offsets they claim (one object
// parsed thousands of times), allocates the /Size entries a cross-reference stream declares,
// keeps objects it cannot parse as opaque bytes, and rescans junk between objects at every digit
// (quadratic). This is pdf-lib's parser with those points replaced. The methods replaced are
// pdf-lib internals, typed by hand below; pdf-lib is pinned to 1.17.1 in package.json.
import { PDFArray, PDFDocument, PDFName, PDFNumber, PDFObjectParser, PDFParser, PDFRawStream, PDFRef, type PDFContext, type PDFObject } from 'pdf-lib';
import { DamagedObjectError, FillFormError, InflateLimitError, TemplateTooComplexError } from './errors.js';
import { inflateAtMost } from './inflate-at-most.js';
import { MAX_NESTING, MAX_VALUES, inflateLimit } from './limits.js';

interface ByteStreamInternals {
  offset(): number;
  moveTo(offset: number): void;
  peek(): number;
  next(): number;
  done(): boolean;
}

interface ObjectParserInternals {
  readonly bytes: ByteStreamInternals;
  readonly context: PDFContext;
  parseObject(): PDFObject;
  parseRawInt(): number;
  parseRawNumber(): number;
  skipWhitespaceAndComments(): void;
  matchKeyword(keyword: readonly number[]): boolean;
}

interface DocumentParserInternals extends ObjectParserInternals {
  parseDocument(): Promise<PDFContext>;
  parseIndirectObjectHeader(): PDFRef;
  matchIndirectObjectHeader(): boolean;
  shouldWaitForTick(): boolean;
}

const DocumentParser = PDFParser as unknown as new (bytes: Uint8Array, objectsPerTick: number) => DocumentParserInternals;
const DocumentFromContext = PDFDocument as unknown as new (context: PDFContext, ignoreEncryption: boolean, updateMetadata: boolean) => PDFDocument;

/** pdf-lib's default parse speed: yield to the event loop every 100 objects. */
const OBJECTS_PER_TICK = 100;

const keyword = (word: string) => [...word].map((c) => c.charCodeAt(0));
const ENDOBJ = keyword('endobj');
const XREF = keyword('xref');
const TRAILER = keyword('trailer');
const STARTXREF = keyword('startxref');
const isDigit = (byte: number) => byte >= 0x30 && byte <= 0x39;
const waitForTick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

type Where = () => { vi: string; en: string };

/** Counts every value parsed in a template and the nesting of arrays and dictionaries. */
class ParseBudget {
  private values = 0;
  private depth = 0;
  inflated = 0;

  constructor(readonly inflateLimit: number) {}

  /**
   * Wraps `parser.parseObject` (which pdf-lib calls recursively for every element) with the count,
   * and replaces its number reader by one that does not log.
   */
  guard(parser: ObjectParserInternals, where: Where): void {
    parser.parseRawNumber = () => readNumber(parser.bytes);
    const parseObject = parser.parseObject;
    parser.parseObject = () => {
      if (++this.values > MAX_VALUES) throw new TemplateTooComplexError('values', MAX_VALUES, 0, where());
      if (++this.depth > MAX_NESTING) throw new TemplateTooComplexError('nesting', MAX_NESTING, 0, where());
      try {
        return parseObject.call(parser);
      } finally {
        this.depth--;
      }
    };
  }
}

/**
 * pdf-lib's parseRawNumber without its console warning for every number above 2^53: a template
 * made of such numbers had pdf-lib print ten times its size to the console.
 */
function readNumber(bytes: ByteStreamInternals): number {
  let value = '';
  while (!bytes.done()) {
    const byte = bytes.peek();
    if (!isDigit(byte) && byte !== 0x2b && byte !== 0x2d && byte !== 0x2e) break; // + - .
    value += String.fromCharCode(bytes.next());
    if (byte === 0x2e) break;
  }
  while (!bytes.done() && isDigit(bytes.peek())) value += String.fromCharCode(bytes.next());
  const number = Number(value);
  if (!value || !Number.isFinite(number)) throw new DamagedObjectError(bytes.offset(), { vi: `số không đọc được: "${value}"`, en: `Failed to parse number: "${value}"` });
  return number;
}

const atByte = (offset: number) => ({ vi: `ở byte ${offset}`, en: `at byte ${offset}` });

class GuardedParser extends DocumentParser {
  private readonly budget: ParseBudget;
  private failure: { error: unknown; offset: number } | undefined;

  constructor(bytes: Uint8Array) {
    super(bytes, OBJECTS_PER_TICK);
    this.budget = new ParseBudget(inflateLimit(bytes.length));
    this.budget.guard(this, () => atByte(this.bytes.offset()));
  }

  /** pdf-lib's, except for object streams (read with limits) and cross-reference streams (only their trailer entries are used). */
  async parseIndirectObject(): Promise<PDFRef> {
    const start = this.bytes.offset();
    try {
      const ref = this.parseIndirectObjectHeader();
      this.skipWhitespaceAndComments();
      const object = this.parseObject();
      this.skipWhitespaceAndComments();
      this.matchKeyword(ENDOBJ);
      const type = object instanceof PDFRawStream ? object.dict.lookup(PDFName.of('Type')) : undefined;
      if (type === PDFName.of('ObjStm')) await this.parseObjectStream(object as PDFRawStream, ref, start);
      else if (type === PDFName.of('XRef')) this.readTrailerEntries(object as PDFRawStream);
      else this.context.assign(ref, object);
      return ref;
    } catch (error) {
      this.failure = { error, offset: start };
      throw error;
    }
  }

  /**
   * pdf-lib keeps an object it cannot parse as opaque bytes and goes on. Those bytes are written
   * to the output unread, where a lenient reader may find an action in them: refuse instead.
   */
  tryToParseInvalidIndirectObject(): never {
    const { error, offset } = this.failure ?? { error: undefined, offset: this.bytes.offset() };
    if (error instanceof FillFormError) throw error;
    const message = error instanceof Error ? error.message : 'không rõ lỗi / unknown error';
    throw new DamagedObjectError(offset, { vi: `không phân tích được: ${message}`, en: `cannot be parsed: ${message}` }, { cause: error });
  }

  /** Skips a cross-reference table. pdf-lib builds an entry (and a pooled PDFRef) per line, then discards them all. */
  maybeParseCrossRefSection(): void {
    this.skipWhitespaceAndComments();
    if (!this.matchKeyword(XREF)) return;
    this.skipWhitespaceAndComments();
    while (!this.bytes.done() && isDigit(this.bytes.peek())) {
      this.parseRawInt();
      this.skipWhitespaceAndComments();
      this.parseRawInt();
      this.skipWhitespaceAndComments();
      const byte = this.bytes.peek();
      if (byte === 0x6e /* n */ || byte === 0x66 /* f */) this.bytes.next();
      this.skipWhitespaceAndComments();
    }
  }

  /**
   * pdf-lib's, in linear time: where it tries an object header at every digit of a run of digits
   * (reading the rest of the run each time), this tries at the first digit only. The result differs
   * only for object numbers of more than 308 digits, which pdf-lib refuses anyway.
   */
  skipJibberish(): void {
    this.skipWhitespaceAndComments();
    while (!this.bytes.done()) {
      const start = this.bytes.offset();
      const byte = this.bytes.peek();
      if (byte >= 0x20 && byte <= 0x7e) {
        if (this.matchKeyword(XREF) || this.matchKeyword(TRAILER) || this.matchKeyword(STARTXREF) || this.matchIndirectObjectHeader()) {
          this.bytes.moveTo(start);
          return;
        }
        if (isDigit(byte)) {
          while (!this.bytes.done() && isDigit(this.bytes.peek())) this.bytes.next();
          continue;
        }
      }
      this.bytes.next();
    }
  }

  private readTrailerEntries(stream: PDFRawStream): void {
    const { dict } = stream;
    this.context.trailerInfo = {
      Root: dict.get(PDFName.of('Root')),
      Encrypt: dict.get(PDFName.of('Encrypt')),
      Info: dict.get(PDFName.of('Info')),
      ID: dict.get(PDFName.of('ID')),
    };
  }

  /**
   * An object stream: inflated within the budget, its index checked against its data (offsets
   * rising, inside the data), and each object required to end before the next one starts, so
   * that no byte is parsed twice.
   */
  private async parseObjectStream(stream: PDFRawStream, ref: PDFRef, at: number): Promise<void> {
    const damaged = (vi: string, en: string) => new DamagedObjectError(at, { vi: `luồng đối tượng ${ref}: ${vi}`, en: `object stream ${ref}: ${en}` });
    const count = stream.dict.lookup(PDFName.of('N'));
    const first = stream.dict.lookup(PDFName.of('First'));
    if (!isCount(count) || !isCount(first)) throw damaged('/N hoặc /First không phải số nguyên không âm', '/N or /First is not a non-negative integer');
    const n = count.asNumber();
    const firstOffset = first.asNumber();
    const data = this.inflate(stream, ref, damaged);
    // Every entry of the index takes at least four bytes ("12 0 "), all of them before /First.
    if (firstOffset > data.length || 4 * n - 1 > firstOffset) {
      throw damaged(`chỉ mục ${n} mục không vừa trong ${firstOffset} byte đầu`, `an index of ${n} entries does not fit in its first ${firstOffset} bytes`);
    }
    const parser = PDFObjectParser.forBytes(data, this.context) as unknown as ObjectParserInternals;
    this.budget.guard(parser, () => ({ vi: `trong luồng đối tượng ${ref}`, en: `in object stream ${ref}` }));
    const entries: { objectNumber: number; offset: number }[] = [];
    try {
      for (let i = 0; i < n; i++) {
        parser.skipWhitespaceAndComments();
        const objectNumber = parser.parseRawInt();
        parser.skipWhitespaceAndComments();
        const offset = parser.parseRawInt();
        const previous = entries.at(-1);
        if ((previous && offset <= previous.offset) || firstOffset + offset >= data.length) throw new RangeError(`offset ${offset}`);
        entries.push({ objectNumber, offset });
      }
    } catch (e) {
      if (e instanceof FillFormError) throw e;
      throw damaged('chỉ mục sai (vị trí đối tượng phải tăng dần và nằm trong dữ liệu)', 'bad index (object offsets must rise and lie inside the data)');
    }
    for (let i = 0; i < entries.length; i++) {
      const { objectNumber, offset } = entries[i]!;
      parser.bytes.moveTo(firstOffset + offset);
      const object = parser.parseObject();
      const next = entries[i + 1];
      if (next && parser.bytes.offset() > firstOffset + next.offset) {
        throw damaged(`đối tượng ${objectNumber} tràn sang đối tượng sau nó`, `object ${objectNumber} runs into the next one`);
      }
      this.context.assign(PDFRef.of(objectNumber, 0), object);
      if (this.shouldWaitForTick()) await waitForTick();
    }
  }

  /** The data of an object stream, unfiltered or FlateDecode (what PDF writers use), within the budget. */
  private inflate(stream: PDFRawStream, ref: PDFRef, damaged: (vi: string, en: string) => DamagedObjectError): Uint8Array {
    const filter = stream.dict.lookup(PDFName.of('Filter'));
    const filters = filter instanceof PDFArray ? filter.asArray().map((f) => stream.dict.context.lookup(f)) : filter === undefined ? [] : [filter];
    if (filters.length === 0) return stream.contents;
    if (filters.length > 1 || filters[0] !== PDFName.of('FlateDecode')) {
      const names = filters.map(String).join(' ');
      throw damaged(`dùng bộ lọc ${names}, chỉ đọc được /FlateDecode`, `uses the filter ${names}; only /FlateDecode is read`);
    }
    const result = inflateAtMost(stream.contents, this.budget.inflateLimit - this.budget.inflated);
    if ('tooLarge' in result) throw new InflateLimitError(ref.toString(), this.budget.inflateLimit);
    if ('error' in result) throw damaged(`dữ liệu nén hỏng (${result.error})`, `damaged compressed data (${result.error})`);
    this.budget.inflated += result.bytes.length;
    return result.bytes;
  }
}

function isCount(value: PDFObject | undefined): value is PDFNumber {
  return value instanceof PDFNumber && Number.isSafeInteger(value.asNumber()) && value.asNumber() >= 0;
}

/**
 * Parses a template into a pdf-lib document within the limits of limits.ts. Throws the
 * [[FillFormError]] of the first limit passed or object found damaged; pdf-lib's own errors
 * (no header, a stalled parse, an encrypted file) pass through.
 */
export async function parseTemplate(bytes: Uint8Array): Promise<PDFDocument> {
  const context = await new GuardedParser(bytes).parseDocument();
  // PDFDocument.load does exactly this after its own parse; CreationDate, Producer and Creator stay the template's.
  return new DocumentFromContext(context, false, false);
}
