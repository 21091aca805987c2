/** Patterns, columns and column shapes several datasets share. */
import { codesOf, glossary, labelsOf, SOURCE_KIND, type CodeList } from '../codes.ts';
import type { ColumnSpec } from '../dataset-schema.ts';

/** A record's id: ASCII parts joined by "." or "-" ("I.4.6", "II.1.rank-2025"). */
export const ID_PATTERN = '^[A-Za-z0-9]+([.-][A-Za-z0-9]+)*$';
/** A plan section's id: "preamble", "closing" or a numbered path ("III.5.a", "III.6.4"). */
export const SECTION_ID = '^(preamble|closing|[IVX]+(\\.[0-9a-z]+)*)$';
/** A lower-case ASCII slug ("i-4-6", "so-tttt", "749-qd-ttg"). */
export const SLUG = '^[a-z0-9]+(-[a-z0-9]+)*$';

export const sourceLine: ColumnSpec = {
  name: 'source_line',
  type: 'integer',
  title: 'Dòng trong tệp nguồn',
  description: 'Số thứ tự dòng (bắt đầu từ 1) trong tệp nguồn source.txt (bản chữ của Kế hoạch, thư mục seeds/).',
};

/** The allowed values of a column holding a code of `list`, with their words. */
export function codeValues(list: CodeList): Required<Pick<ColumnSpec, 'values' | 'labels'>> {
  return { values: codesOf(list), labels: labelsOf(list) };
}

/**
 * A column holding a code of `list`: its values are the list's codes, its description their glossary
 * followed by `after` (a full stop unless given).
 */
export function codeColumn<L extends CodeList>(
  name: string,
  title: string,
  list: L,
  options: { after?: string; glossary?: Parameters<typeof glossary<L>>[1]; required?: false } = {},
): ColumnSpec {
  const description = `${glossary(list, options.glossary)}${options.after ?? '.'}`;
  return { name, type: 'string', title, description, ...optional(options.required), ...codeValues(list) };
}

/** A column naming a row of another dataset (`target`, e.g. "tasks.id"). */
export function foreignKey(name: string, title: string, target: string, pattern?: string): ColumnSpec {
  return { name, type: 'string', title, description: `Khóa ngoại tới ${target}.`, ...(pattern === undefined ? {} : { pattern }) };
}

/** A dataset's key column: strings of `pattern`, each in one row only. */
export function keyColumn(name: string, title: string, description: string, pattern: string): ColumnSpec {
  return { name, type: 'string', title, description, pattern, unique: true };
}

/** A column of https addresses. */
export function httpsColumn(name: string, title: string, description: string, required?: false): ColumnSpec {
  return { name, type: 'string', title, description, ...optional(required), pattern: '^https://' };
}

/** Whose word a row is (task_status, progress): its source's kind, and the body whose own report it is. */
export function sourceKindColumns(what: string): ColumnSpec[] {
  return [
    codeColumn('source_kind', 'Loại nguồn', SOURCE_KIND, {
      after: `. Lời tự đánh giá của một cơ quan không được gộp với bằng chứng độc lập (docs/outcomes.md); bắt buộc với mọi ${what}.`,
    }),
    {
      name: 'reported_by',
      type: 'string',
      title: 'Cơ quan báo cáo',
      description: `Cơ quan mà ${what} là báo cáo của chính cơ quan đó (mọi dòng từ biểu mẫu báo cáo; source_kind là "official_report"); trống khi nguồn không phải báo cáo của một cơ quan cụ thể.`,
      required: false,
    },
  ];
}

/** `required: false` when the column may be empty; nothing (the default, required) otherwise. */
function optional(required: false | undefined): Pick<ColumnSpec, 'required'> {
  return required === false ? { required } : {};
}
