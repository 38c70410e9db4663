/**
 * The vanban syntax tree, as zod schemas. The TypeScript types of every node
 * are inferred from these (`z.infer`), so schema and types cannot drift; the
 * JSON Schema in `schema/plan.schema.json` is generated from them too.
 *
 * Import the schemas from `vanban/schema` (zod loads there only); the types
 * are re-exported from `vanban` at no runtime cost.
 */

import {z} from 'zod'
import {sectionKindNames} from '../grammars/index.js'

/** A place in the original text: 1-based line and column, 0-based offset (UTF-16 units). */
export const PointSchema = z.object({
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  offset: z.number().int().min(0)
})

/** The span of a node in the original text (end exclusive). */
export const PositionSchema = z.object({start: PointSchema, end: PointSchema})

/** A problem found while parsing. Never thrown: returned with a position. */
export const DiagnosticSchema = z.object({
  /** Stable rule id. @example "numbering-gap", "missing-heading", "meta-conflict" */
  ruleId: z.string(),
  /** "Unexpected X, expected Y". */
  message: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  source: z.literal('vanban'),
  position: PositionSchema
})

const literal = <T extends string>(type: T) =>
  z.object({
    type: z.literal(type),
    /** The exact source text of the node (lossless: NBSP, NFD and all). */
    value: z.string(),
    position: PositionSchema
  })

/** Running text. */
export const TextSchema = literal('text')
/** White space between blocks (blank lines, indentation, line ends). */
export const WhitespaceSchema = literal('whitespace')
/** A numbering or list marker. @example "II.", "1.1.", "a)", "-", "[1]" */
export const MarkerSchema = literal('marker')
/** A footnote reference fused into the text. @example "[1]" in "… doanh nghiệp.[1]" */
export const FootnoteReferenceSchema = literal('footnoteReference').extend({
  /** @example "1" */
  label: z.string()
})

/** Where a citation is mentioned. */
export const CitationOriginSchema = z.enum(['preamble', 'body', 'header', 'footnote', 'related'])

/**
 * A mention of a legal instrument. The node covers the mention ("Nghị quyết
 * số 76/NQ-CP ngày 15 tháng 7 năm 2021 của Chính phủ"); `key` points to its
 * entry in `plan.citations`, whose details short mentions inherit.
 */
export const CitationSchema = literal('citation').extend({
  /** Key of the instrument in `plan.citations`. @example "76/NQ-CP", "Luật:dau tu cong" */
  key: z.string(),
  /** @example "Nghị quyết" */
  docType: z.string().nullable(),
  /** Normalised số ký hiệu. @example "107/2020/NĐ-CP" */
  number: z.string().nullable(),
  /** Name of an instrument cited without a number. @example "Đầu tư công" */
  name: z.string().nullable(),
  /** ISO date, from this mention or inherited. */
  date: z.string().nullable(),
  /** @example "Chính phủ" */
  issuer: z.string().nullable(),
  origin: CitationOriginSchema,
  /** The title this mention gives, if any. */
  title: z.string().nullable(),
  /** The part cited, said before the instrument. @example "khoản 2 Điều 5" */
  pin: z.string().nullable()
})

/** What a quantity measures. */
export const UnitKindSchema = z.enum(['percent', 'permille', 'count', 'duration', 'money', 'score', 'multiple', 'population', 'area', 'measure', 'age', 'rank', 'rate', 'fraction', 'number'])

/** How a figure compares; "~" is about ("khoảng 45%", "xấp xỉ", "≈"). */
export const ComparatorSchema = z.enum(['>=', '>', '<=', '<', '=', '~'])

/**
 * A number with its unit. @example "1.600 hồ sơ/năm" (amount 1600, unit
 * "hồ sơ/năm"), "nhóm 10/63 tỉnh, thành phố" (rank 10 of 63)
 */
export const QuantitySchema = literal('quantity').extend({
  /** The number: "1.600" → 1600, "0,5" → 0.5, "03" → 3. */
  amount: z.number(),
  /** Upper bound of a range: "5 - 10%" → 10. */
  amountTo: z.number().nullable(),
  /** @example "%", "hồ sơ/năm", "phút/lượt giao dịch", "tỉnh, thành phố" */
  unit: z.string().nullable(),
  unitKind: UnitKindSchema,
  /** A rank's denominator: "10/63" → 63. */
  of: z.number().nullable(),
  comparator: ComparatorSchema,
  change: z.enum(['increase', 'decrease']).nullable(),
  /** "so với năm 2021" → 2021. */
  baselineYear: z.number().int().nullable(),
  /** target: a level to reach; reported: a past result; plain: a count that describes. */
  role: z.enum(['target', 'reported', 'plain'])
})

/**
 * A page number left by PDF extraction inside a sentence that runs on to the
 * next page: kept (lossless), left out of `toText`. @example "12" in "… đạt\n12\ntrên 98%"
 */
export const PageNumberSchema = literal('pageNumber')

/** Inline content of paragraphs, headings, clauses and fields. */
export const InlineSchema = z.discriminatedUnion('type', [TextSchema, WhitespaceSchema, MarkerSchema, FootnoteReferenceSchema, CitationSchema, QuantitySchema, PageNumberSchema])

/** A paragraph: one or more lines (hard-wrapped lines are joined). */
export const ParagraphSchema = z.object({type: z.literal('paragraph'), children: z.array(InlineSchema), position: PositionSchema})

/** The heading line of a section: its marker and title. @example "II. MỤC TIÊU" */
export const HeadingSchema = z.object({type: z.literal('heading'), children: z.array(InlineSchema), position: PositionSchema})

/** One field of a header block. */
export const FieldSchema = z.object({
  type: z.literal('field'),
  /**
   * What the field holds. Catalogue: documentNumber, issuedDate, issuer, signer, field, …;
   * header: body, nationalTitle, motto, separator, number, placeDate, subject, other (a cell of a header row it cannot name);
   * title block: documentType, title, attachment, authority; lead: newsTitle, dateline;
   * signature: authority, title, note, name; recipients: label.
   */
  key: z.string(),
  /** The label as written, for labelled fields. @example "Số hiệu" */
  label: z.string().nullable(),
  /** The value, white space collapsed. @example "803/KH-UBND" */
  content: z.string(),
  children: z.array(InlineSchema),
  position: PositionSchema
})

const fieldBlock = <T extends string>(type: T) =>
  z.object({
    type: z.literal(type),
    children: z.array(z.discriminatedUnion('type', [FieldSchema, WhitespaceSchema, TextSchema, ParagraphSchema])),
    position: PositionSchema
  })

/** A portal's catalogue block ("Số hiệu …", "Ngày ban hành …", "Người ký …"). */
export const CatalogueSchema = fieldBlock('catalogue')
/** The official header: issuing body, Quốc hiệu, Tiêu ngữ, number, place and date. */
export const HeaderSchema = fieldBlock('header')
/** The tên loại and trích yếu. @example "KẾ HOẠCH" / "CẢI CÁCH HÀNH CHÍNH TỈNH AN GIANG NĂM 2022" */
export const TitleBlockSchema = fieldBlock('titleBlock')
/** A news-style lead: headline, dateline, "Ngày 14/6/2023, UBND huyện ban hành Kế hoạch số …". */
export const LeadSchema = fieldBlock('lead')

/** A preamble clause. */
export const ClauseSchema = z.object({
  type: z.literal('clause'),
  /** basis: "Căn cứ …"; implementing: "Thực hiện …"; proposal: "Theo đề nghị …"; intro: other. */
  kind: z.enum(['basis', 'implementing', 'proposal', 'intro']),
  /** Keys (in `plan.citations`) of the instruments this clause cites. */
  citations: z.array(z.string()),
  children: z.array(InlineSchema),
  position: PositionSchema
})

/** The preamble: the clauses before the first section. */
export const PreambleSchema = z.object({
  type: z.literal('preamble'),
  children: z.array(z.discriminatedUnion('type', [ClauseSchema, WhitespaceSchema, TextSchema])),
  position: PositionSchema
})

/** How a section or item is numbered. */
export const NumberingSchema = z.object({
  style: z.enum(['part', 'chapter', 'article', 'upperLetter', 'roman', 'arabic', 'decimal', 'letter', 'lowerRoman', 'arabicParen', 'dash', 'plus', 'bullet']),
  /** As written; null for an implicit section. @example "IV.", "2.3.", "đ)", "-" */
  label: z.string().nullable(),
  /** Its number: "IV." → 4, "đ)" → 5, "2.3." → 3; null for bullets. */
  value: z.number().int().nullable(),
  /** All numbers of a decimal: "2.3." → [2, 3]. */
  path: z.array(z.number().int()).nullable()
})

/** The well-known parts of a plan. */
export const SectionKindSchema = z.enum(sectionKindNames)

/** The signature block. */
export const SignatureSchema = z.object({
  type: z.literal('signature'),
  /** @example "Nguyễn Thanh Bình" */
  signer: z.string().nullable(),
  /** @example "Phó Chủ tịch", "KT. Chủ tịch" */
  signerTitle: z.string().nullable(),
  /**
   * Everyone who signs, left to right: one for most plans, one per body for a
   * joint plan (liên tịch), whose lead body signs on the right and gives
   * `signer` and `signerTitle`.
   */
  signers: z.array(
    z.object({
      signer: z.string().nullable(),
      signerTitle: z.string().nullable(),
      /** The capacities signed in, outermost first (TM., KT., TL., TUQ., Q.). @example ["TM. Ủy ban nhân dân", "KT. Chủ tịch"] */
      capacities: z.array(z.string())
    })
  ),
  /** The parts as fields; a page number printed between them (a page break inside the block) as `pageNumber`. */
  children: z.array(z.discriminatedUnion('type', [FieldSchema, WhitespaceSchema, TextSchema, PageNumberSchema])),
  position: PositionSchema
})

/** "Nơi nhận:" and its list. */
export const RecipientsSchema = z.object({
  type: z.literal('recipients'),
  /** @example ["Bộ Nội vụ", "Lưu: VT, NC"] */
  recipients: z.array(z.string()),
  children: z.array(z.discriminatedUnion('type', [FieldSchema, ParagraphSchema, WhitespaceSchema, TextSchema])),
  position: PositionSchema
})

/** Kính gửi: the addressees of a Công văn or a report. */
export const AddresseesSchema = z.object({
  type: z.literal('addressees'),
  /** @example ["Các sở, ban, ngành tỉnh", "UBND các huyện, thị xã, thành phố"] */
  addressees: z.array(z.string()),
  children: z.array(z.discriminatedUnion('type', [FieldSchema, ParagraphSchema, WhitespaceSchema, TextSchema])),
  position: PositionSchema
})

/** One footnote definition. @example "[1] Theo Quyết định 468/QĐ-TTg …" */
export const FootnoteSchema = z.object({
  type: z.literal('footnote'),
  label: z.string(),
  children: z.array(InlineSchema),
  position: PositionSchema
})

export const FootnotesSchema = z.object({
  type: z.literal('footnotes'),
  children: z.array(z.discriminatedUnion('type', [FootnoteSchema, WhitespaceSchema, TextSchema])),
  position: PositionSchema
})

/** One entry of a related-documents list. @example "- 4 Luật Đầu tư công 2019" */
export const RelatedDocumentSchema = z.object({
  type: z.literal('relatedDocument'),
  index: z.number().int(),
  children: z.array(InlineSchema),
  position: PositionSchema
})

/** A portal's list of related documents ("- 1 Luật …", "- 2 Nghị định …"). */
export const RelatedDocumentsSchema = z.object({
  type: z.literal('relatedDocuments'),
  children: z.array(z.discriminatedUnion('type', [RelatedDocumentSchema, WhitespaceSchema, TextSchema])),
  position: PositionSchema
})

/** A table cell. */
export const TableCellSchema = z.object({type: z.literal('tableCell'), children: z.array(InlineSchema), position: PositionSchema})

/**
 * A table row; `separator` for a Markdown "---|---" row or a grid border;
 * `continued` for a line that goes on with the row above (a grid table's
 * second line, a space-laid table's wrapped line).
 */
export const TableRowSchema = z.object({
  type: z.literal('tableRow'),
  header: z.boolean(),
  separator: z.boolean(),
  continued: z.boolean(),
  children: z.array(z.discriminatedUnion('type', [TableCellSchema, TextSchema, WhitespaceSchema])),
  position: PositionSchema
})

/** A plain-text table ("|" rows, tab-separated rows, columns laid out with spaces). */
export const TableSchema = z.object({
  type: z.literal('table'),
  /** Header labels, when the first row is a header. */
  columns: z.array(z.string()).nullable(),
  /** What each column holds in a task table ("lead", "deadline", …), else null. */
  taskColumns: z.array(z.enum(['index', 'description', 'lead', 'partners', 'deadline', 'output', 'note']).nullable()).nullable(),
  children: z.array(z.discriminatedUnion('type', [TableRowSchema, WhitespaceSchema, TextSchema])),
  position: PositionSchema
})

/** Text that is not the document: page widgets, breadcrumbs, a truncation mark, a signature stamp. */
export const LeftoverSchema = z.object({
  type: z.literal('leftover'),
  /** web-page: widgets after the text; breadcrumb; truncated: "[...]"; page: a PDF page number; signature-stamp: a digital signature's stamp ("Ký bởi: … Thời gian ký: …"). */
  reason: z.enum(['web-page', 'breadcrumb', 'truncated', 'page', 'signature-stamp']),
  children: z.array(z.discriminatedUnion('type', [TextSchema, WhitespaceSchema])),
  position: PositionSchema
})

/** A bulleted item (`-`, `+`, `•`): its first paragraph, then nested blocks. */
export interface ItemNode {
  type: 'item'
  /** Nesting depth among sections and items, 1 at the top. */
  depth: number
  numbering: z.infer<typeof NumberingSchema>
  children: Array<z.infer<typeof ParagraphSchema> | ItemNode | SectionNode | z.infer<typeof TableSchema> | z.infer<typeof LeftoverSchema> | z.infer<typeof WhitespaceSchema> | z.infer<typeof TextSchema>>
  position: z.infer<typeof PositionSchema>
}

/** A numbered section (`I.`, `1.`, `1.1.`, `a)`) or an implicit one standing for a lost heading. */
export interface SectionNode {
  type: 'section'
  /** Nesting depth among sections and items, 1 at the top. */
  depth: number
  /** Null for an implicit top-level part and for a part headed without a number ("MỤC ĐÍCH, YÊU CẦU"). */
  numbering: z.infer<typeof NumberingSchema> | null
  /** The heading text when it is a title, not a sentence. @example "MỤC ĐÍCH, YÊU CẦU" */
  title: string | null
  /** The well-known part this section is, if any. */
  kind: z.infer<typeof SectionKindSchema> | null
  /** True when the kind was inferred (heading lost), not read from a title. */
  kindInferred: boolean
  /** True when the section's heading is missing from the text. */
  implicit: boolean
  children: Array<
    | z.infer<typeof HeadingSchema>
    | z.infer<typeof ParagraphSchema>
    | ItemNode
    | SectionNode
    | z.infer<typeof TableSchema>
    | z.infer<typeof LeftoverSchema>
    | z.infer<typeof WhitespaceSchema>
    | z.infer<typeof TextSchema>
  >
  position: z.infer<typeof PositionSchema>
}

/** Zod schema of a section (recursive). */
export const SectionSchema: z.ZodType<SectionNode> = z.lazy(() =>
  z.object({
    type: z.literal('section'),
    depth: z.number().int().min(1),
    numbering: NumberingSchema.nullable(),
    title: z.string().nullable(),
    kind: SectionKindSchema.nullable(),
    kindInferred: z.boolean(),
    implicit: z.boolean(),
    children: z.array(z.union([HeadingSchema, ParagraphSchema, ItemSchema, SectionSchema, TableSchema, LeftoverSchema, WhitespaceSchema, TextSchema])),
    position: PositionSchema
  })
)

/** Zod schema of an item (recursive). */
export const ItemSchema: z.ZodType<ItemNode> = z.lazy(() =>
  z.object({
    type: z.literal('item'),
    depth: z.number().int().min(1),
    numbering: NumberingSchema,
    children: z.array(z.union([ParagraphSchema, ItemSchema, SectionSchema, TableSchema, LeftoverSchema, WhitespaceSchema, TextSchema])),
    position: PositionSchema
  })
)

/** An appendix ("PHỤ LỤC I … (Kèm theo Kế hoạch số …)") and its body. */
export const AppendixSchema = z.object({
  type: z.literal('appendix'),
  /** @example "PHỤ LỤC I" */
  label: z.string(),
  title: z.string().nullable(),
  /** @example "Kèm theo Kế hoạch số 803/KH-UBND ngày 23/12/2021 của UBND tỉnh" */
  attachedTo: z.string().nullable(),
  children: z.array(z.union([HeadingSchema, ParagraphSchema, ItemSchema, SectionSchema, TableSchema, LeftoverSchema, WhitespaceSchema, TextSchema])),
  position: PositionSchema
})

/** Any block at the top of a plan. */
export const BlockSchema = z.union([
  CatalogueSchema,
  HeaderSchema,
  TitleBlockSchema,
  LeadSchema,
  PreambleSchema,
  SectionSchema,
  ItemSchema,
  ParagraphSchema,
  SignatureSchema,
  RecipientsSchema,
  AddresseesSchema,
  FootnotesSchema,
  RelatedDocumentsSchema,
  AppendixSchema,
  LeftoverSchema,
  TableSchema,
  WhitespaceSchema,
  TextSchema
])

/** A year range. */
export const PeriodSchema = z.object({from: z.number().int(), to: z.number().int()})

/** Header metadata; every field is null when the text does not say it. */
export const MetaSchema = z.object({
  /** Số ký hiệu, spaces removed. @example "803/KH-UBND" */
  documentNumber: z.string().nullable(),
  /** Loại văn bản. @example "Kế hoạch" (also for "Kế hoạch hành động") */
  documentType: z.string().nullable(),
  /** The type as the title block writes it. @example "Kế hoạch hành động" */
  documentTypeFull: z.string().nullable(),
  /** Ngày ban hành, ISO. @example "2021-12-23" */
  issuedDate: z.string().nullable(),
  /** Ngày có hiệu lực, ISO. */
  effectiveDate: z.string().nullable(),
  /** Cơ quan ban hành, abbreviations expanded. @example "Ủy ban nhân dân tỉnh An Giang" */
  issuer: z.string().nullable(),
  /** Địa danh of the date line. @example "An Giang" */
  place: z.string().nullable(),
  /** Người ký. @example "Nguyễn Thanh Bình" */
  signer: z.string().nullable(),
  /** @example "Phó Chủ tịch" */
  signerTitle: z.string().nullable(),
  /** Lĩnh vực. @example "Bộ máy hành chính" */
  field: z.string().nullable(),
  /** Trích yếu. @example "Cải cách hành chính tỉnh An Giang năm 2022" */
  title: z.string().nullable(),
  /** The years the plan covers. @example {from: 2021, to: 2025} */
  period: PeriodSchema.nullable()
})

/** A relation an instrument states in its title. */
export const RelationSchema = z.object({
  type: z.enum(['amends', 'replaces', 'repeals', 'guides', 'details', 'implements', 'approves', 'issues']),
  /** Key of the instrument it relates to, when cited; null otherwise. */
  target: z.string().nullable(),
  /** The words naming an uncited target. @example "Chương trình hành động của Tỉnh ủy …" */
  text: z.string()
})

/** One distinct instrument cited by the plan, with every mention. */
export const CitationEntrySchema = z.object({
  /** Normalised number, type and short number, or type and folded name. @example "76/NQ-CP", "Chỉ thị:5", "Luật:dau tu cong" */
  key: z.string(),
  docType: z.string().nullable(),
  number: z.string().nullable(),
  /** The short number it is known by when the plan never cites it in full. @example "05" in "Chỉ thị 05 của Thủ tướng Chính phủ" */
  shortNumber: z.string().nullable(),
  name: z.string().nullable(),
  /** ISO date of issue. */
  date: z.string().nullable(),
  year: z.number().int().nullable(),
  /** As the text names it, or expanded from the code. @example "Thủ tướng Chính phủ" */
  issuer: z.string().nullable(),
  /** From the number. @example "TTg" */
  issuerCode: z.string().nullable(),
  title: z.string().nullable(),
  relations: z.array(RelationSchema),
  /** How the preamble uses it: basis (Căn cứ), implementing (Thực hiện), proposal. */
  roles: z.array(z.enum(['basis', 'implementing', 'proposal'])),
  /** Where it is mentioned; "related" alone means only in a portal's related-documents list. */
  origins: z.array(CitationOriginSchema),
  mentions: z.array(z.object({position: PositionSchema, origin: CitationOriginSchema, pin: z.string().nullable()}))
})

/** The reform areas of Nghị quyết 76/NQ-CP. */
export const ReformAreaSchema = z.enum(['direction', 'institutions', 'administrative-procedures', 'organisation', 'civil-service', 'public-finance', 'digital-government', 'impact'])

/** A quantified goal of the plan. */
export const TargetSchema = z.object({
  value: z.number(),
  valueTo: z.number().nullable(),
  unit: z.string().nullable(),
  unitKind: UnitKindSchema,
  /** A rank's denominator (63 provinces). */
  of: z.number().nullable(),
  comparator: ComparatorSchema,
  /** The deadline year. @example 2025 */
  year: z.number().int().nullable(),
  /** First year of a period ("giai đoạn 2022 - 2025" → 2022). */
  yearFrom: z.number().int().nullable(),
  /** Every year ("hằng năm", "mỗi năm"). */
  annual: z.boolean(),
  /** Where the year was read: the clause, an enclosing lead-in or heading, or the plan's own period. */
  yearSource: z.enum(['clause', 'heading', 'plan']).nullable(),
  baselineYear: z.number().int().nullable(),
  change: z.enum(['increase', 'decrease']).nullable(),
  /** What is measured. @example "hồ sơ công việc tại cấp huyện được xử lý trên môi trường mạng" */
  subject: z.string().nullable(),
  area: ReformAreaSchema.nullable(),
  /** The sentence the target stands in. */
  text: z.string(),
  /** Enclosing sections, outermost first. */
  sectionPath: z.array(z.object({label: z.string().nullable(), title: z.string().nullable()})),
  position: PositionSchema
})

/** A deadline, parsed into an interval, the original text kept. */
export const DeadlineSchema = z.object({
  /** @example "Quý II/2023", "Hằng năm", "2023-2025" */
  text: z.string(),
  /** ISO dates: "Quý II/2023" → 2023-04-01 … 2023-06-30. */
  from: z.string().nullable(),
  to: z.string().nullable(),
  recurring: z.enum(['yearly', 'half-yearly', 'quarterly', 'monthly', 'weekly', 'continuous']).nullable()
})

/** A task from an appendix table. */
export const TaskSchema = z.object({
  description: z.string(),
  /** Cơ quan chủ trì, as written (several joined by ", "). */
  lead: z.string().nullable(),
  /**
   * The lead's lexicon name (abbreviations expanded, typos matched), several
   * joined by ", " with the written name where the lexicon has none; null when
   * the lexicon knows none of them. @example "Phòng Văn hóa và Thông tin" for "Phòng VH&TT"
   */
  leadCanonical: z.string().nullable(),
  /** Cơ quan phối hợp, one each, as written. */
  partners: z.array(z.string()),
  /** Each partner's lexicon name, or null. */
  partnersCanonical: z.array(z.string().nullable()),
  deadline: DeadlineSchema.nullable(),
  /** Sản phẩm. */
  output: z.string().nullable(),
  /**
   * Where it was read: a row of an appendix table, a task list in the body
   * ("- Cơ quan chủ trì: …"), or a duty of the implementation part that says
   * its deadline ("2. Văn phòng UBND huyện - Chủ trì …; hoàn thành trước 30/6/2025").
   */
  origin: z.enum(['table', 'list', 'duty']),
  /** The group row of its table it is listed under ("| II | CẢI CÁCH THỦ TỤC HÀNH CHÍNH | | |"), or null (always for list tasks). */
  group: z.string().nullable(),
  position: PositionSchema
})

/** An agency and the duties the implementation part gives it. */
export const ResponsibilitySchema = z.object({
  /** As written. @example "Phòng Tư pháp huyện" */
  agency: z.string(),
  /** The lexicon name, abbreviations expanded and typos matched. @example "Phòng Tư pháp" */
  canonical: z.string().nullable(),
  duties: z.array(z.string()),
  /** Keys (in `plan.citations`) of the instruments its duties cite. */
  citations: z.array(z.string()),
  /** Indices into `plan.targets` of the targets its duties state. */
  targets: z.array(z.number().int()),
  position: PositionSchema
})

/** Where each meta field was read. */
export const MetaSourceSchema = z.enum(['catalogue', 'header', 'title', 'lead', 'signature', 'inferred'])

/** The root: a parsed plan. */
export const PlanSchema = z.object({
  type: z.literal('plan'),
  meta: MetaSchema,
  diagnostics: z.array(DiagnosticSchema),
  /** Every instrument the plan cites, in order of first mention. */
  citations: z.array(CitationEntrySchema),
  /** Every quantified goal, in document order. */
  targets: z.array(TargetSchema),
  /** Tasks from appendix tables, in document order. */
  tasks: z.array(TaskSchema),
  /** Agencies and their duties, from the implementation part. */
  responsibilities: z.array(ResponsibilitySchema),
  children: z.array(BlockSchema),
  position: PositionSchema,
  data: z.object({
    /** Where each meta field came from. */
    metaSources: z.record(z.string(), MetaSourceSchema)
  })
})

export type Point = z.infer<typeof PointSchema>
export type Position = z.infer<typeof PositionSchema>
export type Diagnostic = z.infer<typeof DiagnosticSchema>
export type Text = z.infer<typeof TextSchema>
export type Whitespace = z.infer<typeof WhitespaceSchema>
export type Marker = z.infer<typeof MarkerSchema>
export type FootnoteReference = z.infer<typeof FootnoteReferenceSchema>
export type Citation = z.infer<typeof CitationSchema>
export type CitationOrigin = z.infer<typeof CitationOriginSchema>
export type CitationEntry = z.infer<typeof CitationEntrySchema>
export type Relation = z.infer<typeof RelationSchema>
export type Quantity = z.infer<typeof QuantitySchema>
export type PageNumber = z.infer<typeof PageNumberSchema>
export type Target = z.infer<typeof TargetSchema>
export type ReformArea = z.infer<typeof ReformAreaSchema>
export type Table = z.infer<typeof TableSchema>
export type TableRow = z.infer<typeof TableRowSchema>
export type TableCell = z.infer<typeof TableCellSchema>
export type Task = z.infer<typeof TaskSchema>
export type Deadline = z.infer<typeof DeadlineSchema>
export type Responsibility = z.infer<typeof ResponsibilitySchema>
export type Inline = z.infer<typeof InlineSchema>
export type Paragraph = z.infer<typeof ParagraphSchema>
export type Heading = z.infer<typeof HeadingSchema>
export type Field = z.infer<typeof FieldSchema>
export type Catalogue = z.infer<typeof CatalogueSchema>
export type Header = z.infer<typeof HeaderSchema>
export type TitleBlock = z.infer<typeof TitleBlockSchema>
export type Lead = z.infer<typeof LeadSchema>
export type Clause = z.infer<typeof ClauseSchema>
export type Preamble = z.infer<typeof PreambleSchema>
export type Numbering = z.infer<typeof NumberingSchema>
export type SectionKind = z.infer<typeof SectionKindSchema>
export type Section = SectionNode
export type Item = ItemNode
export type Signature = z.infer<typeof SignatureSchema>
export type Recipients = z.infer<typeof RecipientsSchema>
export type Addressees = z.infer<typeof AddresseesSchema>
export type Footnote = z.infer<typeof FootnoteSchema>
export type Footnotes = z.infer<typeof FootnotesSchema>
export type RelatedDocument = z.infer<typeof RelatedDocumentSchema>
export type RelatedDocuments = z.infer<typeof RelatedDocumentsSchema>
export type Leftover = z.infer<typeof LeftoverSchema>
export type Appendix = z.infer<typeof AppendixSchema>
export type Block = z.infer<typeof BlockSchema>
export type Meta = z.infer<typeof MetaSchema>
export type MetaSource = z.infer<typeof MetaSourceSchema>
export type Plan = z.infer<typeof PlanSchema>
/** Any node of the tree. */
export type Node = Plan | Block | Heading | Field | Clause | Footnote | RelatedDocument | Inline
