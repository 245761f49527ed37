// Plain data passed between the pipeline's stages (see DESIGN.md).
// Offsets inside the pipeline are UTF-16 indices into the part's text; the
// assemble stage converts every span to code points for the output contract.
import type { DateMention, DocumentType, Format, Metric, Script, Section, Warning } from './schema/document.js';

/** Where a reader found a piece of metadata beside the text. */
export type MetadataOrigin = 'front_matter' | 'field_header' | 'html' | 'pdf_info' | 'docx_core' | 'table';

/** A title the file's metadata gives (front matter `title`, `<title>`, `og:title`, PDF Info Title, Word's title). */
export interface MetadataTitle {
  readonly value: string;
  readonly origin: MetadataOrigin;
  /** The field it came from (title, og:title, dc:title …). */
  readonly key: string;
}

/**
 * A date the file's metadata gives, as ISO (YYYY[-MM[-DD]]). `published` dates name the document's
 * own date (front matter `date`, a page's publish date, a table's publish_date); `created` dates say
 * when the file was made (PDF CreationDate, Word's created) and are weak evidence. Modification,
 * scrape and export dates are never kept: they are not the document's.
 */
export interface MetadataDate {
  readonly value: string;
  readonly origin: MetadataOrigin;
  readonly key: string;
  readonly strength: 'published' | 'created';
}

/** What a file says about its document besides the text. */
export interface Metadata {
  readonly titles: readonly MetadataTitle[];
  readonly dates: readonly MetadataDate[];
  /** The issuing organ a field names (发布单位, 发文机关, publisher), when the file has one. */
  readonly issuers?: readonly MetadataTitle[];
  /** The document number a field gives (文号, 发文字号). */
  readonly docNumbers?: readonly MetadataTitle[];
}

export const NO_METADATA: Metadata = { titles: [], dates: [] };

/** What a reader made of a file's bytes. */
export interface Ingested {
  readonly text: string;
  readonly format: Format;
  readonly encoding: string | null;
  readonly pages: number | null;
  readonly warnings: readonly Warning[];
  /** Titles and dates from front matter, HTML meta, PDF Info or Word properties, when the file has them. */
  readonly metadata?: Metadata;
}

/** A file that cannot be read: a stable code (README lists them) and a sentence for people. */
export interface IngestFailure {
  readonly code: string;
  readonly message: string;
}

export type IngestResult =
  | { readonly ok: true; readonly value: Ingested }
  | { readonly ok: false; readonly format: Format | null; readonly error: IngestFailure };

/** The normalizer's output. */
export interface Normalized {
  readonly text: string;
  /** Script of the original before conversion to simplified. */
  readonly script: Script;
  /** Offsets in `text` where page markers or page breaks were removed (section-marker context). */
  readonly pageBreaks: readonly number[];
  readonly warnings: readonly Warning[];
}

/** One document inside a file, as [start, end) of the normalized file text. */
export interface Part {
  readonly start: number;
  readonly end: number;
  /** The label that introduced it (第一篇, 篇二, 附件1), when there was one. */
  readonly label: string | null;
  /** A title written on the label's line (第一篇:某某工作总结 → 某某工作总结), when there was one. */
  readonly heading: string | null;
  /** Title of the whole collection when the file names one before its first part (基础教育工作计划2篇 → 基础教育工作计划). */
  readonly collectionTitle: string | null;
}

export interface Extracted {
  readonly metrics: readonly Metric[];
  readonly dates: readonly DateMention[];
  readonly warnings: readonly Warning[];
}

export type TypeOption = 'auto' | DocumentType;

export interface ExtractOptions {
  /** Force the document type instead of deciding it. Default "auto". */
  readonly type?: TypeOption;
  /** Keep the normalized text in the record (default true). */
  readonly includeText?: boolean;
  /** "YYYY", "YYYY-MM" or "YYYY-MM-DD": reference for dates when the document gives none. */
  readonly referenceDate?: string;
  /**
   * Keep date mentions that write neither a year nor a month (年底前, 上半年, 秋季开学, 去年, 十三五),
   * resolved against the document's year (default true).
   */
  readonly vagueDates?: boolean;
  /** Path recorded in `source.path` for extractText (default "-"). */
  readonly path?: string;
  /**
   * The run extracts this one input and nothing else: the word segmenter may load only the
   * dictionary words of its text (the same results, about 2 s sooner for a small file).
   */
  readonly oneInput?: boolean;
  /** extractFile: refuse a file larger than this many bytes, unread (TOO_LARGE). Default: no limit. */
  readonly maxBytes?: number | null;
  /** DOCX and PDF: the most bytes their compressed parts may inflate to (DECOMPRESSION_BOMB). Default: no limit. */
  readonly maxInflatedBytes?: number | null;
  /** extractFile: the file's path as bytes, read instead of `path` when its name is not UTF-8 (`path` is then its escaped form). */
  readonly rawPath?: Uint8Array;
}

export type { Section };
