/**
 * Every code the datasets publish, once, with its words: the allowed values of the columns (zod
 * enums, Table Schema enums), the dictionary's explanation of each code (docs/data-dictionary.md,
 * datapackage.json, the zip's README and the workbooks' "Từ điển"), and the labels pages, charts and
 * downloads show. A list is an object: its keys are the codes in the order the dictionary lists
 * them; a page that shows them in another order says so with its own list of codes (TASK_STATUS_ORDER).
 *
 * `label` is written as it reads inside a sentence ("đang thực hiện"); a badge, heading or table cell
 * capitalises it (capitalise). `definition` is the dictionary's wording, given only where it says more
 * or other than the label. tests/unit/codes.test.ts holds the published dictionary and the pages to these.
 */

/** The words of one code. */
export interface CodeWords {
  /** The code in words, as inside a sentence: lower case unless it begins with a name ("UBND …", "Kế hoạch …"). */
  readonly label: string;
  /** What the data dictionary says the code means, where that is not the label. */
  readonly definition?: string;
}

/** A code list: each code (in the list's order) with its words. */
export type CodeList = Readonly<Record<string, CodeWords>>;

/** A list's codes, in its order: a column's allowed values. */
export function codesOf<L extends CodeList>(list: L): readonly [keyof L & string, ...(keyof L & string)[]] {
  return Object.keys(list) as [keyof L & string, ...(keyof L & string)[]];
}

/** Each code's words in one form (the label unless `form` says otherwise), by code. */
export function labelsOf<L extends CodeList>(list: L, form: (w: L[keyof L]) => string = (w) => w.label): Record<keyof L & string, string> {
  return Object.fromEntries(codesOf(list).map((c) => [c, form(list[c]!)])) as Record<keyof L & string, string>;
}

/** "đang thực hiện" → "Đang thực hiện": a label at the start of a badge, heading or cell. */
export const capitalise = (s: string): string => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

/** What the dictionary says a code means. */
export const definitionOf = (w: CodeWords): string => w.definition ?? w.label;

/**
 * The codes as the dictionary explains them: `"done" = đã hoàn thành; "delayed" = …` (no final
 * stop: the column's description goes on). `order` lists the codes where the text reads better in
 * another order than the list's.
 */
export function glossary<L extends CodeList>(list: L, options: { order?: readonly (keyof L & string)[]; separator?: string } = {}): string {
  return (options.order ?? codesOf(list)).map((c) => `"${c}" = ${definitionOf(list[c]!)}`).join(options.separator ?? '; ');
}

// --- The plan's text -------------------------------------------------------------------------------

/** A block of the plan's body (plan_blocks.kind). */
export const BLOCK_KIND = {
  paragraph: { label: 'đoạn văn' },
  bullet: { label: 'gạch đầu dòng' },
} as const satisfies CodeList;

/**
 * The plan's pillars (targets.pillar and the sections, groups and indicators that carry one), in the
 * dictionary's order; the pages show them in PILLAR_ORDER. `anchor` is the pillar's place on /chi-tieu/;
 * `heading` its heading there when the label alone would not do.
 */
export const PILLAR = {
  digital_government: { label: 'chính quyền số', anchor: 'chinh-quyen-so' },
  digital_economy: { label: 'kinh tế số', anchor: 'kinh-te-so' },
  digital_society: { label: 'xã hội số', anchor: 'xa-hoi-so' },
  overall: { label: 'mục tiêu chung', definition: 'chung', heading: 'Mục tiêu chung: xếp hạng chuyển đổi số', anchor: 'muc-tieu-chung' },
} as const satisfies Readonly<Record<string, CodeWords & { anchor: string; heading?: string }>>;

/** The pillars in the plan's order: the general goal (II.1) first. */
export const PILLAR_ORDER = [
  'overall',
  'digital_government',
  'digital_economy',
  'digital_society',
] as const satisfies readonly (keyof typeof PILLAR)[];

// --- Tasks -----------------------------------------------------------------------------------------

/** How the appendix gives a task's time (tasks.timeframe_kind). */
export const TIMEFRAME_KIND = {
  annual: { label: 'hàng năm' },
  year: { label: 'trong một năm', definition: 'một năm' },
  year_range: { label: 'theo giai đoạn', definition: 'giai đoạn' },
  quarter: { label: 'trong một quý', definition: 'một quý' },
} as const satisfies CodeList;

/**
 * What is publicly known of a task's implementation (tasks.status, task_status.status): the label,
 * what the status means and rests on (the method page and each status's list), and the slug of the
 * status's pre-rendered list, /nhiem-vu/tinh-trang/<slug>/ (also the filter's URL value).
 */
export const TASK_STATUS = {
  no_information: {
    label: 'chưa có thông tin công khai',
    description:
      'Nhóm biên soạn chưa tìm thấy nguồn công khai nào nói về việc thực hiện nhiệm vụ. Điều này không có nghĩa là nhiệm vụ chưa được làm.',
    slug: 'chua-co-thong-tin',
  },
  in_progress: {
    label: 'đang thực hiện',
    description:
      'Một nguồn công khai cho biết nhiệm vụ đang được làm hoặc đã có một phần kết quả, hoặc (với nhiệm vụ hàng năm) đã được làm trong năm nguồn nói tới.',
    slug: 'dang-thuc-hien',
  },
  done: {
    label: 'đã hoàn thành',
    description:
      'Một nguồn công khai cho biết sản phẩm của nhiệm vụ đã hoàn thành (văn bản đã ban hành, hệ thống đã đưa vào vận hành …). Nhiệm vụ “hàng năm” không bao giờ được ghi là đã hoàn thành.',
    slug: 'da-hoan-thanh',
  },
  delayed: {
    label: 'chậm so với kế hoạch',
    description: 'Chính nguồn công khai cho biết nhiệm vụ chậm hoặc chưa xong đúng hạn. Không suy ra từ việc đã quá hạn.',
    slug: 'cham-tien-do',
  },
  dropped: {
    label: 'không thực hiện',
    description: 'Nguồn công khai cho biết nhiệm vụ sẽ không được thực hiện.',
    slug: 'khong-thuc-hien',
  },
} as const satisfies Readonly<Record<string, CodeWords & { description: string; slug: string }>>;

/** Task statuses in the order pages show and count them: what happened first, then what is unknown. */
export const TASK_STATUS_ORDER = [
  'done',
  'in_progress',
  'delayed',
  'dropped',
  'no_information',
] as const satisfies readonly (keyof typeof TASK_STATUS)[];

// --- Whose word a finding or a value is --------------------------------------------------------------

/**
 * Whose word a finding (task_status.source_kind) or a value (progress.source_kind) is: `according`
 * opens the sentence a page shows beside it ("Theo báo cáo của Sở Y tế", "Theo văn bản …", "Theo nguồn
 * công khai"); `independent` marks the kinds that are evidence independent of the body's own
 * assessment, the ones the status counts read alone (docs/outcomes.md).
 */
export const SOURCE_KIND = {
  official_report: {
    label: 'báo cáo của cơ quan',
    definition:
      'báo cáo, đánh giá của cơ quan chịu trách nhiệm hoặc của tỉnh (kể cả khi báo chí đăng lại số liệu của chính báo cáo đó, và mọi dòng đến từ biểu mẫu báo cáo); là lời tự đánh giá, không phải bằng chứng độc lập',
    according: 'Theo báo cáo của',
    independent: false,
  },
  official_document: {
    label: 'văn bản',
    definition: 'văn bản đã ban hành (quyết định, kế hoạch, bảng xếp hạng của bộ, ngành …) tự nó cho thấy sự việc',
    according: 'Theo văn bản',
    independent: true,
  },
  public_record: {
    label: 'nguồn công khai',
    definition: 'báo chí và các trang công khai khác đưa tin về sự việc',
    according: 'Theo nguồn công khai',
    independent: true,
  },
} as const satisfies Readonly<Record<string, CodeWords & { according: string; independent: boolean }>>;

/** What one of the province's own evaluations evaluated (evaluations.subject). */
export const EVALUATION_SUBJECT = {
  resolution_targets: {
    label: 'các chỉ tiêu của Nghị quyết 04-NQ/TU',
    definition: 'các chỉ tiêu của Nghị quyết 04-NQ/TU của Tỉnh ủy về chuyển đổi số (không phải 22 chỉ số của Kế hoạch)',
  },
  plan: { label: 'Kế hoạch này', definition: 'Kế hoạch chuyển đổi số mà trang này theo dõi' },
  yearly_plan: { label: 'kế hoạch chuyển đổi số hằng năm', definition: 'kế hoạch chuyển đổi số của tỉnh cho một năm' },
} as const satisfies CodeList;

// --- Agencies --------------------------------------------------------------------------------------

/** What kind of body an agency is (agencies.kind); groups the agency list. */
export const AGENCY_KIND = {
  provincial_department: { label: 'sở, ngành tỉnh' }, // Sở …
  provincial_office: { label: 'văn phòng, ban của tỉnh' }, // Văn phòng UBND tỉnh, Ban quản lý …
  party_body: { label: 'cơ quan Đảng' }, // Tỉnh ủy and its offices
  central_branch: { label: 'cơ quan ngành dọc Trung ương tại tỉnh' }, // Công an Tỉnh, Bảo hiểm Xã hội Tỉnh
  central_body: { label: 'cơ quan Trung ương' }, // ministries and central agencies
  district_committee: { label: 'UBND huyện, thành phố' }, // one district/city People's Committee, or all of them (is_collective)
  political_system: { label: 'hệ thống chính trị (chung)', definition: 'các cơ quan Đảng, Nhà nước, Mặt trận, đoàn thể nói chung' },
  mass_organisations: { label: 'Mặt trận và đoàn thể' },
  media: { label: 'cơ quan báo chí, truyền thông', definition: 'báo chí, truyền thông' },
  enterprises: { label: 'doanh nghiệp, tổ chức tài chính' },
  other: { label: 'khác' },
} as const satisfies CodeList;

/** An agency's part in a task (task_agencies.role). */
export const ROLE = {
  lead: { label: 'chủ trì' },
  cooperating: { label: 'phối hợp' },
} as const satisfies CodeList;

/** How a 2022 agency relates to who holds its role today (agencies.successor_relation, agency_successors.relation). */
export const SUCCESSOR_RELATION = {
  unchanged: { label: 'không thay đổi', definition: 'không đổi' },
  renamed: { label: 'đổi tên' },
  merged_into: { label: 'hợp nhất vào' },
  split_between: { label: 'chia cho nhiều cơ quan' },
  abolished: { label: 'chấm dứt hoạt động' },
  not_determined: { label: 'chưa xác định được' },
} as const satisfies CodeList;

/**
 * How a body today comes to a task of the plan (task_bodies.via): it is the agency the plan names,
 * it took over that agency's role, or it is one of the collective the plan names.
 */
export const BODY_VIA = {
  own: { label: 'cơ quan có tên trong Kế hoạch', definition: 'cơ quan có tên trong Kế hoạch, nay vẫn giữ vai trò đó (cùng mã)' },
  inherited: {
    label: 'nhận vai trò của cơ quan có tên trong Kế hoạch',
    definition: 'nhận vai trò của một cơ quan khác có tên trong Kế hoạch qua việc sắp xếp (agency_successors)',
  },
  collective: {
    label: 'thành viên của nhóm cơ quan được giao',
    definition: 'là một thành viên của nhóm cơ quan được giao (như "Các sở, ban, ngành tỉnh")',
  },
} as const satisfies CodeList;

// --- Legal documents -------------------------------------------------------------------------------

/**
 * Where in a task a citation is (task_legal_references.cited_in): the label follows a clause on the
 * document's page ("Cả văn bản (ở ghi chú)"), `where` follows "nêu ở" on the task's page.
 */
export const CITATION_PLACE = {
  content: { label: 'ở nội dung nhiệm vụ', definition: 'cột Nội dung nhiệm vụ', where: 'nội dung nhiệm vụ' },
  notes: { label: 'ở ghi chú', definition: 'cột Ghi chú', where: 'cột ghi chú' },
} as const satisfies Readonly<Record<string, CodeWords & { where: string }>>;

/** Why a document is in the list (legal_documents.context). */
export const LEGAL_CONTEXT = {
  plan: { label: 'Kế hoạch viện dẫn' },
  reorganisation: { label: 'căn cứ của việc sắp xếp cơ quan năm 2025 (agency_successors), Kế hoạch không viện dẫn' },
  publication: { label: 'quy định mà trang và dữ liệu mở này tuân theo khi công bố (trang Giới thiệu), Kế hoạch không viện dẫn' },
} as const satisfies CodeList;

/** What a document's link leads to (legal_documents.url_kind); `link` is the link's text on the document's page. */
export const URL_KIND = {
  official: { label: 'trang của cơ quan nhà nước', link: 'Trang của cơ quan nhà nước về văn bản' },
  legal_database: { label: 'cơ sở dữ liệu văn bản pháp luật', link: 'Bản văn trên cơ sở dữ liệu văn bản pháp luật' },
} as const satisfies Readonly<Record<string, CodeWords & { link: string }>>;

/** Whether a document is in force, as a cited source says (legal_documents.validity); a document with no such source has none. */
export const VALIDITY = {
  in_force: { label: 'còn hiệu lực' },
  partly_repealed: { label: 'bị bãi bỏ một phần' },
  repealed: { label: 'hết hiệu lực' },
} as const satisfies CodeList;

// --- Targets, indicators and published values ------------------------------------------------------

/** A comparator: the label the data publish beside the code, the sign tables and charts use, and the words of a target's details. */
const comparator = (label: string, sign: string, words: string) => ({ label, definition: `${label} (${sign})`, sign, words });

/**
 * How a value is compared with a target (targets.comparator), as words a spreadsheet cannot mistake
 * for a formula; the label is published beside the code as targets.comparator_label.
 */
export const COMPARATOR = {
  gt: comparator('lớn hơn', '>', 'trên, tức lớn hơn'),
  gte: comparator('lớn hơn hoặc bằng', '≥', 'ít nhất, tức lớn hơn hoặc bằng'),
  eq: comparator('bằng', '=', 'bằng'),
  lte: comparator('nhỏ hơn hoặc bằng', '≤', 'không quá, tức nhỏ hơn hoặc bằng'),
  lt: comparator('nhỏ hơn', '<', 'dưới, tức nhỏ hơn'),
} as const satisfies Readonly<Record<string, CodeWords & { sign: string; words: string }>>;

/**
 * How many provinces each DTI ranking ranks: 63 in 2020–2023, the years the plan's "nhóm 25 / nhóm 20"
 * refer to; 34 after the 2025 mergers (DTI 2024 on, not compared with the plan's targets; docs/indicators.md).
 */
const RANKED = { dti_63: 63, dti_34: 34 } as const;

/** The ranking the plan's rank targets refer to. */
export const RANKED_PROVINCES = RANKED.dti_63;

const RANK_LABEL = `thứ hạng trong ${RANKED_PROVINCES} tỉnh, thành phố (1 là cao nhất)`;

/** A target's unit (targets.unit, indicators.unit); `axis` titles the value axis of an indicator's chart. */
export const TARGET_UNIT = {
  percent: { label: 'phần trăm (%)', definition: '%', axis: 'Tỷ lệ (%)' },
  percent_per_year: { label: 'phần trăm tăng mỗi năm (%/năm)', definition: '% mỗi năm', axis: 'Tăng so với năm trước (%)' },
  // Marked pure so a browser bundle that imports a formatter of labels.ts leaves this module out.
  rank: { label: RANK_LABEL, definition: 'thứ hạng', axis: /* @__PURE__ */ capitalise(RANK_LABEL) },
  boolean: { label: 'có/không', axis: 'Có hay không' },
} as const satisfies Readonly<Record<string, CodeWords & { axis: string }>>;

/** Which way an indicator improves (indicators.direction). */
export const DIRECTION = {
  increase: { label: 'số càng cao càng tốt' },
  decrease: { label: 'hạng càng nhỏ càng tốt (hạng 1 là cao nhất)', definition: 'số càng nhỏ càng tốt (thứ hạng: hạng 1 là cao nhất)' },
} as const satisfies CodeList;

/** An indicator's status against the target it is judged by (indicators.status); `description` says what it means, plainly (docs/indicators.md §4). */
export const INDICATOR_STATUS = {
  achieved: {
    label: 'đã đạt',
    description:
      'Con số công bố mới nhất cho thấy chỉ tiêu đã đạt (ví dụ: chỉ tiêu “trên 55%”, nguồn ghi “trên 58%”: dù con số thật là bao nhiêu, nó vẫn trên 55%).',
  },
  not_achieved: {
    label: 'không đạt',
    definition: 'không đạt (số liệu của năm chỉ tiêu hoặc sau đó chưa đạt)',
    description: 'Đã có con số của năm chỉ tiêu (hoặc muộn hơn) và con số đó chưa đạt chỉ tiêu.',
  },
  on_track: {
    label: 'đúng tiến độ',
    description:
      'Chưa đạt, nhưng đang đi đúng đường: nối bằng một đường thẳng từ con số công bố đầu tiên đến mức chỉ tiêu ở năm chỉ tiêu; con số mới nhất nằm trên đường đó hoặc ở phía tốt hơn (cao hơn; với thứ hạng là số hạng nhỏ hơn).',
  },
  off_track: {
    label: 'chậm tiến độ',
    description: 'Chưa đến năm chỉ tiêu, chưa đạt, và con số mới nhất kém hơn mức cần có theo đường thẳng nói trên.',
  },
  insufficient_data: {
    label: 'chưa đủ số liệu để đánh giá',
    description:
      'Có con số công bố nhưng chưa đủ để kết luận: mới có một con số, hoặc con số chỉ là cận (“trên 40%” so với chỉ tiêu “trên 55%” không chứng minh đạt hay không đạt), hoặc năm chỉ tiêu đã qua mà chưa có con số của năm đó.',
  },
  no_data: {
    label: 'chưa có số liệu công bố',
    description: 'Chưa tìm thấy con số nào được công bố công khai cho tỉnh Đồng Tháp (theo đúng cách đo của chỉ tiêu).',
  },
} as const satisfies Readonly<Record<string, CodeWords & { description: string }>>;

/** Whether a 2025 target was met, as far as the published values show (indicators.result_2025). */
export const TARGET_RESULT = {
  met: { label: 'đã đạt', definition: 'đã đạt chỉ tiêu năm 2025' },
  not_met: { label: 'không đạt', definition: 'số liệu đến năm 2025 cho thấy chưa đạt' },
  // Not "chưa đủ số liệu …": that is a status's word (insufficient_data), and a reader must not take one count for the other.
  unknown: {
    label: 'chưa biết',
    definition: 'số liệu công bố đến năm 2025 chưa cho biết đạt hay không (chưa có số liệu, hoặc con số chưa đủ để kết luận)',
  },
} as const satisfies CodeList;

/** How the latest comparable value stands against the target it is judged by (indicators.latest_verdict). */
export const VERDICT = {
  met: { label: 'đạt chỉ tiêu dùng để đánh giá' },
  failed: { label: 'chưa đạt' },
  undetermined: { label: 'chưa kết luận được (giá trị là một cận, như "trên 40%", không cho biết đã đạt hay chưa)' },
} as const satisfies CodeList;

/**
 * How a published value relates to the true one (progress.qualifier): the label says what it means
 * (the method page), `prefix` is the source's word put before the value ("trên 58%").
 */
export const QUALIFIER = {
  exact: { label: 'con số như nguồn viết', definition: 'con số như viết', prefix: '' },
  at_least: {
    label: 'cận dưới: nguồn viết “trên”, “hơn” (con số thật lớn hơn)',
    definition: 'cận dưới ("trên", "hơn")',
    prefix: 'trên',
  },
  at_most: { label: 'cận trên: nguồn viết “dưới” (con số thật nhỏ hơn)', definition: 'cận trên ("dưới")', prefix: 'dưới' },
  approximately: { label: 'xấp xỉ: nguồn viết “khoảng”, “gần”', definition: 'xấp xỉ ("khoảng", "gần")', prefix: 'khoảng' },
  estimate: { label: 'ước tính: nguồn viết “ước”, “ước đạt”', definition: 'ước tính ("ước")', prefix: 'ước' },
} as const satisfies Readonly<Record<string, CodeWords & { prefix: string }>>;

/**
 * What a value is measured against (progress.basis, indicators.target_basis): the measure as the plan
 * defines it for the province in its 2022 boundary or for the merged province (from 01/7/2025), or,
 * for DTI ranks, the set of provinces ranked (`ranked`). Values on different bases are not compared.
 */
export const BASIS = {
  province_2022: {
    label: 'tỉnh Đồng Tháp trong địa giới năm 2022',
    definition: 'số liệu của tỉnh Đồng Tháp trong địa giới năm 2022 (như Kế hoạch)',
  },
  province_2025: {
    label: 'tỉnh Đồng Tháp mới sau hợp nhất (từ 01/7/2025)',
    definition: 'số liệu của tỉnh Đồng Tháp mới sau khi hợp nhất với Tiền Giang (từ 01/7/2025)',
  },
  dti_63: {
    label: `xếp hạng trong ${RANKED.dti_63} tỉnh, thành phố`,
    definition: `thứ hạng DTI trong ${RANKED.dti_63} tỉnh, thành phố (đến DTI 2023)`,
    ranked: RANKED.dti_63,
  },
  dti_34: {
    label: `xếp hạng trong ${RANKED.dti_34} tỉnh, thành phố (sau sáp nhập năm 2025)`,
    definition: `thứ hạng DTI trong ${RANKED.dti_34} tỉnh, thành phố sau sáp nhập năm 2025`,
    ranked: RANKED.dti_34,
  },
} as const satisfies Readonly<Record<string, CodeWords & { ranked?: number }>>;

/**
 * The thirteen provinces and cities of the Mekong Delta (Đồng bằng sông Cửu Long) in the 2022
 * boundaries the plan was written in (regional_ranks.province_id): our stable slugs, not
 * administrative-unit codes; each label is the name without "TP." (a source's own spelling is kept in
 * regional_ranks.province). The region of the plan's target II.1.region-lead-2030 (docs/indicators.md).
 */
export const MEKONG_PROVINCE = {
  'long-an': { label: 'Long An' },
  'tien-giang': { label: 'Tiền Giang' },
  'ben-tre': { label: 'Bến Tre' },
  'tra-vinh': { label: 'Trà Vinh' },
  'vinh-long': { label: 'Vĩnh Long' },
  'dong-thap': { label: 'Đồng Tháp' },
  'an-giang': { label: 'An Giang' },
  'kien-giang': { label: 'Kiên Giang' },
  'can-tho': { label: 'Cần Thơ' },
  'hau-giang': { label: 'Hậu Giang' },
  'soc-trang': { label: 'Sóc Trăng' },
  'bac-lieu': { label: 'Bạc Liêu' },
  'ca-mau': { label: 'Cà Mau' },
} as const satisfies CodeList;

/** The plan's own province among them. */
export const PLAN_PROVINCE = 'dong-thap' satisfies keyof typeof MEKONG_PROVINCE;

/**
 * The rankings a regional rank may belong to (regional_ranks.basis): only the 63-province DTI, in
 * which the thirteen provinces are ranked one by one. From DTI 2024 the Ministry ranks 34 merged
 * provinces, and the thirteen are five of them: that ranking has no thirteen-province region.
 */
export const REGIONAL_BASIS = { dti_63: BASIS.dti_63 } as const satisfies CodeList;

// --- The published files ---------------------------------------------------------------------------

/**
 * A column's type: `label` is the wording of the dataset pages, the zip's README.vi.md and
 * docs/data-dictionary.md (which adds the type's code); `workbook` that of the workbooks' "Từ điển",
 * where dates are real dates and lists are joined with "; ".
 */
export const COLUMN_TYPE = {
  string: { label: 'văn bản', workbook: 'văn bản' },
  integer: { label: 'số nguyên', workbook: 'số nguyên' },
  number: { label: 'số (có thể có phần thập phân)', workbook: 'số' },
  list: { label: 'danh sách (nối bằng ;)', workbook: 'danh sách (nối bằng "; ")' },
  date: { label: 'ngày (YYYY-MM-DD)', workbook: 'ngày' },
  boolean: { label: 'đúng/sai (true/false)', workbook: 'đúng/sai' },
} as const satisfies Readonly<Record<string, CodeWords & { workbook: string }>>;

/** A data file's format in manifest.json; the label names it in the download lists and the CKAN resources. */
export const FILE_FORMAT = {
  csv: { label: 'CSV' },
  'excel-csv': { label: 'CSV cho Excel' },
  json: { label: 'JSON' },
  xlsx: { label: 'Excel (.xlsx)' },
  text: { label: 'văn bản thuần' },
} as const satisfies CodeList;

// --- The codes as allowed values (the columns' enums; records.ts types the rows with them) -----------

export const BLOCK_KINDS = codesOf(BLOCK_KIND);
export const PILLARS = codesOf(PILLAR);
export const TIMEFRAME_KINDS = codesOf(TIMEFRAME_KIND);
export const TASK_STATUSES = codesOf(TASK_STATUS);
export const SOURCE_KINDS = codesOf(SOURCE_KIND);
export const EVALUATION_SUBJECTS = codesOf(EVALUATION_SUBJECT);
export const AGENCY_KINDS = codesOf(AGENCY_KIND);
export const ROLES = codesOf(ROLE);
export const SUCCESSOR_RELATIONS = codesOf(SUCCESSOR_RELATION);
export const BODY_VIAS = codesOf(BODY_VIA);
export const CITATION_PLACES = codesOf(CITATION_PLACE);
export const LEGAL_CONTEXTS = codesOf(LEGAL_CONTEXT);
export const URL_KINDS = codesOf(URL_KIND);
export const VALIDITY_CODES = codesOf(VALIDITY);
export const COMPARATORS = codesOf(COMPARATOR);
export const TARGET_UNITS = codesOf(TARGET_UNIT);
export const DIRECTIONS = codesOf(DIRECTION);
export const STATUSES = codesOf(INDICATOR_STATUS);
export const TARGET_RESULTS = codesOf(TARGET_RESULT);
export const VERDICTS = codesOf(VERDICT);
export const QUALIFIERS = codesOf(QUALIFIER);
export const BASES = codesOf(BASIS);
export const MEKONG_PROVINCES = codesOf(MEKONG_PROVINCE);
export const REGIONAL_BASES = codesOf(REGIONAL_BASIS);
export const COLUMN_TYPES = codesOf(COLUMN_TYPE);
export const FILE_FORMATS = codesOf(FILE_FORMAT);
