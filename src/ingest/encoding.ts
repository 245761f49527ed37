// Text encoding detection for plain-text uploads: BOM → strict UTF-8 → UTF-16 by its zero bytes →
// GB18030 vs Big5 by which decoding reads as plausible Chinese. Pure: bytes in, text and warnings out.
import type { Warning } from '../schema/document.js';

/** The encodings we report (lowercase WHATWG labels); GBK and GB2312 text is reported as gb18030. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';

export interface EncodingGuess {
  readonly encoding: TextEncodingName;
  /** 0..1: 1 for a BOM or valid UTF-8; for GB18030/Big5, how clearly the winner reads as Chinese. */
  readonly confidence: number;
}

export interface Decoded extends EncodingGuess {
  readonly text: string;
  readonly warnings: readonly Warning[];
  /** Why the bytes are not text we can use (binary, no plausible decoding), or null when they are. */
  readonly unreadable: string | null;
}

/** Very frequent characters of Chinese prose and of education-office documents, simplified forms. */
const COMMON_SIMPLIFIED =
  '的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行所然家种事成方' +
  '多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心本前开但因只从想实日者意无力与长把机十民第公此已工使情明性知' +
  '全三又关点正业外将两高间由问很最重并物手应向头文体政相见被利什二等产或新己制身果加月话合回特代内信表化老给世位次度门任常' +
  '先海通教儿原东声提立及比员解水名真论处走义各入几口认条平系气题活更别打女变四总何电数安少报才结反受目量再感建务做接必场件' +
  '计管期市直德资命金指许统区保至队形社便空决治展科司五基书非则听白却界达光放强即难且权思完设式色路记南品住告类求据程北边该' +
  '交规万取格望觉术领共确传师观清今切院让识候带导争运改收根干造言联持组每济车亲极林服快办议往元证近失转令准布始存未远台单具' +
  '字爱流备连调深商算质团集百需价党华城级整府况请技际约示复病息究线似官断精满支视消越器容照须九增研写称企八功包片史委查轻易' +
  '早曾除农找装广显标谈图念六引历首医局专费号另周较注语仅考落青随选列响虽推势参希众构房半节土投某案维划致律足态护七兴派孩验' +
  '责营够章音跟志底站严例防供效续施留讲型料终答紧绝察段依批群项故按围织害双境客纪采举父低友诉止细愿千值仍男钱网助育属坐限职' +
  '速刻乐否刚状率独球般普校苦创假久承印试预益若微继送急血素药适波夜省初喜卫源食待述习置居劳财环排福纳欢获模充负停游树层冲略' +
  '范句室异激村策演简判担州静退既宗积余检差富协角占配征修挥胜降阶审坚善读超免压买养执副乱抗犯追帮宣优香田控左右份艺背草概块' +
  '顿守托央户烈款靠评版座释景顾登货互付换闻危核介讨良序升监临露永呼味域括编楚肯测败梦温困渐封救贵缺楼县尚移画班智固席松秘谢' +
  '遇康虑均销钟藏剧损端探录春乡附吸予礼港庭妇归含顺输招补谓督油疗材逐笔词择寻厂授诺载健堂借禁园谋荣避练迫篇馆遍础卷宁训私暴' +
  '访弱典欲扩盖稳忘亿拥齐赛趣迎透购替努途促延街残培诚宽措课敬童曼融享奖厚障涉彻刊役描患签症仿牌闭奋庆播疾季仪驻宜繁缩聚径估' +
  '泛偿拒励辞孤零穷舍洪胞晓劲贫仁辑邦恢圈废净署御奉旋凭综悉返详纠纲惠储届频贯美操宿幼衡绩步著扎骨伍络';

/** The traditional forms of COMMON_SIMPLIFIED where they differ (generated once with opencc cn→tw). */
const COMMON_TRADITIONAL =
  '這個們來為國說時會對於過發後裡種經麼學現當沒動還進樣開從實無與長機關點業將兩間問並應頭體見產話內給門兒東聲員論處義幾認條' +
  '氣題別變總電數報結務場計資許統區隊決書則聽卻達強難權設記類據邊該規萬覺術領確傳師觀讓識帶導爭運乾聯組濟車親極辦議證轉準遠' +
  '臺單愛備連調質團價黨華級況請際約覆線斷滿視須寫稱輕農裝廣顯標談圖歷醫專費號較語僅隨選響雖勢參眾構節維劃態護興驗責營夠嚴續' +
  '講終緊絕項圍織雙紀採舉訴細願錢網屬職樂剛狀獨創試預繼藥適衛習勞財環納歡獲負遊樹層衝範異簡擔靜積餘檢協佔徵揮勝階審堅讀壓買' +
  '養執亂幫優藝塊頓戶評釋顧貨換聞討監臨編測敗夢溫漸貴樓縣畫謝慮銷鍾劇損錄鄉禮婦歸順輸補謂療筆詞擇尋廠諾載園謀榮練館礎寧訓訪' +
  '擴蓋穩億擁齊賽購殘誠寬課獎徹籤閉奮慶儀駐縮徑償勵辭窮曉勁貧輯廢淨憑綜詳糾綱儲屆頻貫績絡復複鐘裏灣';

/** Full-width punctuation every Chinese document is full of; a wrong decoding turns it into symbols. */
const COMMON_PUNCTUATION = '，。、；：？！“”‘’（）《》〈〉【】—…·　％';

const COMMON: ReadonlySet<number> = new Set(
  [...(COMMON_SIMPLIFIED + COMMON_TRADITIONAL + COMMON_PUNCTUATION)].map((c) => c.codePointAt(0) ?? 0),
);

/** Code point ranges a Chinese document practically never uses but wrong GBK/Big5/UTF-16 decodings produce. */
const IMPLAUSIBLE_RANGES: readonly (readonly [number, number])[] = [
  [0xfffd, 0xfffd], // replacement character: bytes the decoder rejected
  [0xe000, 0xf8ff], // private use area: GBK user-defined rows
  [0x0100, 0x07ff], // Latin extended to Arabic (GB bytes read as UTF-8; Greek/Cyrillic GB rows read as Big5)
  [0x2500, 0x257f], // box drawing
  [0x3040, 0x30ff], // hiragana, katakana
  [0x3100, 0x312f], // bopomofo (GB punctuation read as Big5)
  [0x3400, 0x4dbf], // CJK extension A: rare characters
  [0xa000, 0xabff], // Yi, Vai and other scripts (CJK bytes read as UTF-16)
  [0xac00, 0xd7af], // Hangul syllables
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xff61, 0xff9f], // half-width katakana
  [0x20000, 0x3ffff], // CJK extensions B and later
];

/** Byte-order marks, longest first. */
const BOMS: readonly { readonly encoding: TextEncodingName; readonly bytes: readonly number[] }[] = [
  { encoding: 'gb18030', bytes: [0x84, 0x31, 0x95, 0x33] },
  { encoding: 'utf-8', bytes: [0xef, 0xbb, 0xbf] },
  { encoding: 'utf-16le', bytes: [0xff, 0xfe] },
  { encoding: 'utf-16be', bytes: [0xfe, 0xff] },
];

/** Control characters that never occur in a text file (tab, newlines, \v, \f and ESC excluded). */
const CONTROL_CHAR = /[\u0000-\u0008\u000e-\u001a\u001c-\u001f\u007f]/g;

/** How much of the text decides; enough for any real document, bounded for huge files. */
const SAMPLE_CHARS = 200_000;

export interface Plausibility {
  /** Characters outside ASCII. */
  readonly nonAscii: number;
  /** Among them, very common Chinese characters and punctuation. */
  readonly common: number;
  /** Among them, characters that signal a wrong decoding (see IMPLAUSIBLE_RANGES). */
  readonly implausible: number;
  /** common minus three times implausible, per non-ASCII character; 1 when there is none. */
  readonly score: number;
}

function isImplausible(cp: number): boolean {
  for (const [lo, hi] of IMPLAUSIBLE_RANGES) if (cp >= lo && cp <= hi) return true;
  return false;
}

/** Scores how much `text` reads like Chinese (simplified or traditional): used to choose a decoding. */
export function plausibility(text: string): Plausibility {
  let nonAscii = 0;
  let common = 0;
  let implausible = 0;
  let seen = 0;
  for (const ch of text) {
    if (++seen > SAMPLE_CHARS) break;
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x80) continue;
    nonAscii++;
    if (COMMON.has(cp)) common++;
    else if (isImplausible(cp)) implausible++;
  }
  const score = nonAscii === 0 ? 1 : (common - 3 * implausible) / nonAscii;
  return { nonAscii, common, implausible, score };
}

function tryDecode(bytes: Uint8Array, encoding: TextEncodingName, fatal: boolean): string | null {
  try {
    // ignoreBOM: we strip BOMs ourselves, so a U+FEFF inside the text stays visible
    return new TextDecoder(encoding, { fatal, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function sniffBom(bytes: Uint8Array): { readonly encoding: TextEncodingName; readonly length: number } | null {
  for (const bom of BOMS) {
    if (bytes.length >= bom.bytes.length && bom.bytes.every((b, i) => bytes[i] === b)) {
      return { encoding: bom.encoding, length: bom.bytes.length };
    }
  }
  return null;
}

/** BOM-less UTF-16: zero bytes (the high half of ASCII characters) nearly all at odd (LE) or even (BE) offsets. */
function utf16ByZeros(bytes: Uint8Array): TextEncodingName | null {
  const n = Math.min(bytes.length, 65_536);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) {
    if (bytes[i] === 0) {
      if (i % 2 === 0) even++;
      else odd++;
    }
  }
  const zeros = even + odd;
  if (zeros < 4) return null;
  if (odd >= 0.95 * zeros) return 'utf-16le';
  if (even >= 0.95 * zeros) return 'utf-16be';
  return null;
}

function countOf(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i >= 0; i = text.indexOf(ch, i + 1)) n++;
  return n;
}

function controlCount(text: string): number {
  return text.match(CONTROL_CHAR)?.length ?? 0;
}

/** Binary data shows as control characters; a text file has at most a stray one. */
function looksBinary(text: string): boolean {
  const n = controlCount(text);
  return n >= 2 && n > text.length * 0.005;
}

/** U+FFFD in the result: bytes the decoder rejected, or (`literal`) characters already damaged when the file was saved. */
function replacedWarning(text: string, encoding: TextEncodingName, literal: boolean): Warning[] {
  const n = countOf(text, '\ufffd');
  if (n === 0) return [];
  if (literal) {
    return [
      {
        code: 'REPLACEMENT_CHARACTERS',
        message: `the text already holds ${n} U+FFFD replacement ${n === 1 ? 'character' : 'characters'}: it was damaged before it was saved`,
      },
    ];
  }
  return [
    {
      code: 'DECODING_REPLACED',
      message: `${n} ${n === 1 ? 'byte' : 'bytes'} could not be decoded as ${encoding} and became U+FFFD (the file may be damaged or mix encodings)`,
    },
  ];
}

interface Candidate {
  readonly encoding: TextEncodingName;
  readonly text: string;
  readonly p: Plausibility;
}

function candidate(bytes: Uint8Array, encoding: TextEncodingName): Candidate {
  const text = tryDecode(bytes, encoding, false) ?? '';
  return { encoding, text, p: plausibility(text) };
}

/** Not-quite-valid UTF-8: many well-formed multibyte characters, a handful of bad bytes (a cut or damaged file). */
function nearlyUtf8(bytes: Uint8Array): string | null {
  const text = tryDecode(bytes, 'utf-8', false) ?? '';
  const bad = countOf(text, '\ufffd');
  let multibyte = 0;
  for (const ch of text) if ((ch.codePointAt(0) ?? 0) >= 0x80 && ch !== '\ufffd') multibyte++;
  return multibyte >= 8 && bad <= Math.max(2, multibyte * 0.02) ? text : null;
}

/** Enough non-ASCII characters to judge, yet few common ones or many impossible ones: not Chinese text. */
function implausibleChinese(p: Plausibility): boolean {
  if (p.nonAscii < 16) return p.implausible > p.common + 2;
  return p.common < 0.1 * p.nonAscii || p.implausible > 0.2 * p.nonAscii;
}

const UNREADABLE_ENCODING =
  'the bytes do not read as text in any supported encoding (utf-8, utf-16, gb18030, big5)';
const UNREADABLE_BINARY = 'the file holds binary data (NUL or control bytes), not text';

function finish(
  text: string,
  encoding: TextEncodingName,
  confidence: number,
  extra: readonly Warning[] = [],
  strict = false,
): Decoded {
  const unreadable = looksBinary(text) ? UNREADABLE_BINARY : null;
  const warnings = [...extra, ...replacedWarning(text, encoding, strict)];
  return { text, encoding, confidence: Math.round(confidence * 100) / 100, warnings, unreadable };
}

/** Decodes bytes of unknown encoding. Never throws; `unreadable` says when the result is not usable text. */
export function decode(bytes: Uint8Array): Decoded {
  const bom = sniffBom(bytes);
  if (bom) return decodeWithBom(bytes, bom);

  const utf8 = tryDecode(bytes, 'utf-8', true);
  if (utf8 !== null) {
    // valid UTF-8 with NULs at one parity is BOM-less UTF-16 of ASCII-heavy text
    const wide = utf16ByZeros(bytes);
    if (wide && looksBinary(utf8)) return decodeUtf16(bytes, wide);
    return legacyPosingAsUtf8(bytes, utf8) ?? finish(utf8, 'utf-8', 1, [], true);
  }

  const wide = utf16ByZeros(bytes);
  if (wide) return decodeUtf16(bytes, wide);

  const nearly = nearlyUtf8(bytes);
  if (nearly !== null) return finish(nearly, 'utf-8', 0.9);

  // GB18030 reads almost any bytes, so every candidate is scored; ties go to GB18030 (far more common).
  // UTF-16 of text with almost no ASCII has no zero bytes to show it, so it competes here too.
  const gb = candidate(bytes, 'gb18030');
  const ranked = [gb, candidate(bytes, 'big5'), ...utf16Candidates(bytes)].sort((a, b) => b.p.score - a.p.score);
  const best = ranked[0] ?? gb;
  const other = ranked[1] ?? best;
  const margin = best.p.score - other.p.score;
  const confidence = Math.max(0, Math.min(1, best.p.score)) * Math.min(1, 0.5 + margin);
  const decoded = finish(best.text, best.encoding, confidence, uncertainWarning(best, other, margin));
  if (decoded.unreadable === null && implausibleChinese(best.p)) return { ...decoded, unreadable: UNREADABLE_ENCODING };
  return decoded;
}

/** Strictly valid UTF-16 readings of an even number of bytes (usually none: lone surrogates make them fail). */
function utf16Candidates(bytes: Uint8Array): Candidate[] {
  if (bytes.length % 2 !== 0) return [];
  const out: Candidate[] = [];
  for (const encoding of ['utf-16le', 'utf-16be'] as const) {
    const text = tryDecode(bytes, encoding, true);
    if (text !== null) out.push({ encoding, text, p: plausibility(text) });
  }
  return out;
}

/**
 * Short GBK text is often valid UTF-8 by accident (一些 → һЩ, the 联通 problem). When the UTF-8 reading
 * is letters of other scripts and the GB18030 reading is plain Chinese, the GB18030 reading wins.
 */
function legacyPosingAsUtf8(bytes: Uint8Array, utf8: string): Decoded | null {
  const p = plausibility(utf8);
  if (p.nonAscii === 0 || p.common > 0 || p.implausible * 2 < p.nonAscii) return null;
  const gb = candidate(bytes, 'gb18030');
  if (gb.p.implausible > 0 || gb.p.common * 2 < gb.p.nonAscii) return null;
  const warning: Warning = {
    code: 'ENCODING_UNCERTAIN',
    message: 'the bytes are valid UTF-8 but read as Chinese only in gb18030; read as gb18030',
  };
  return finish(gb.text, 'gb18030', 0.6, [warning]);
}

function uncertainWarning(best: Candidate, other: Candidate, margin: number): Warning[] {
  if (best.p.nonAscii === 0 || margin >= 0.2) return [];
  return [
    {
      code: 'ENCODING_UNCERTAIN',
      message: `read as ${best.encoding}, but ${other.encoding} is nearly as plausible; check the text or convert the file to UTF-8`,
    },
  ];
}

function decodeUtf16(bytes: Uint8Array, encoding: TextEncodingName): Decoded {
  const strict = tryDecode(bytes, encoding, true);
  if (strict !== null && !implausibleChinese(plausibility(strict))) return finish(strict, encoding, 0.9);
  const text = tryDecode(bytes, encoding, false) ?? '';
  return { text, encoding, confidence: 0, warnings: [], unreadable: UNREADABLE_BINARY };
}

/** The encoding `decode` would choose, with its confidence. */
export function detectEncoding(bytes: Uint8Array): EncodingGuess {
  const { encoding, confidence } = decode(bytes);
  return { encoding, confidence };
}

/** Decodes with a known encoding (a charset declared by the container, e.g. an HTML meta tag); a BOM still wins. */
export function decodeAs(bytes: Uint8Array, encoding: TextEncodingName): Decoded {
  const bom = sniffBom(bytes);
  if (bom) return decodeWithBom(bytes, bom);
  const strict = tryDecode(bytes, encoding, true);
  return finish(strict ?? tryDecode(bytes, encoding, false) ?? '', encoding, 1, [], strict !== null);
}

function decodeWithBom(bytes: Uint8Array, bom: { readonly encoding: TextEncodingName; readonly length: number }): Decoded {
  const body = bytes.subarray(bom.length);
  const strict = tryDecode(body, bom.encoding, true);
  return finish(strict ?? tryDecode(body, bom.encoding, false) ?? '', bom.encoding, 1, [], strict !== null);
}

/** Maps a charset label as found in the wild (GBK, gb2312, UTF8, big5-hkscs…) to ours, or null when unsupported. */
export function encodingFromLabel(label: string): TextEncodingName | null {
  const l = label.trim().toLowerCase().replace(/_/g, '-');
  for (const [name, labels] of CHARSET_LABELS) if (labels.includes(l)) return name;
  return null;
}

/** Charset labels (lowercase, '_' read as '-') → the encoding we decode them with. */
const CHARSET_LABELS: readonly (readonly [TextEncodingName, readonly string[]])[] = [
  ['utf-8', ['utf-8', 'utf8', 'unicode-1-1-utf-8']],
  ['gb18030', ['gb18030', 'gbk', 'gb2312', 'gb-2312', 'cp936', 'x-gbk', 'euc-cn', 'chinese', 'csgb2312', 'iso-ir-58', 'windows-936']],
  ['big5', ['big5', 'big5-hkscs', 'cn-big5', 'x-x-big5', 'csbig5', 'cp950']],
  ['utf-16le', ['utf-16le', 'utf-16', 'unicode', 'ucs-2']],
  ['utf-16be', ['utf-16be', 'unicodefffe']],
];

/** Signatures of binary formats people upload by mistake under a .txt name. */
const BINARY_SIGNATURES: readonly { readonly name: string; readonly bytes: readonly number[] }[] = [
  { name: 'a PDF file', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { name: 'a ZIP archive (DOCX, XLSX or similar)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'an OLE file (DOC, XLS or similar)', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { name: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'a JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'a GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'a gzip archive', bytes: [0x1f, 0x8b] },
  { name: 'a RAR archive', bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07] },
  { name: 'a 7-Zip archive', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
];

/** Names the binary format the bytes start with ("a PDF file"), or null. */
export function binaryFormatOf(bytes: Uint8Array): string | null {
  for (const sig of BINARY_SIGNATURES) {
    if (bytes.length >= sig.bytes.length && sig.bytes.every((b, i) => bytes[i] === b)) return sig.name;
  }
  return null;
}

/** Removes the few stray control characters a text file may carry; returns the text and how many were removed. */
export function stripControlChars(text: string): { readonly text: string; readonly removed: number } {
  const removed = controlCount(text);
  return removed === 0 ? { text, removed } : { text: text.replace(CONTROL_CHAR, ''), removed };
}
