/**
 * What a dataset is made of — its columns, their types, labels and constraints — and the strict zod
 * schema of a row built from them (the pipeline validates every row with it before writing; the site's
 * content collections parse the published rows with it).
 */
import { z } from 'zod';
import type { COLUMN_TYPES } from './codes.ts';

export type ColumnType = (typeof COLUMN_TYPES)[number];

export interface ColumnSpec {
  name: string;
  type: ColumnType;
  title: string; // Vietnamese label
  description: string; // Vietnamese description
  /**
   * Default true. False: the value may be missing — null in JSON, an empty cell in CSV (for a list:
   * an empty array in JSON). A present string is never "", so "" and null cannot both mean "none".
   */
  required?: boolean;
  values?: readonly string[]; // allowed values (enum)
  /**
   * For a column of codes (codes.ts): each code's words, by code. The workbooks put them in a column
   * beside the codes; the dataset pages show them beside each allowed value.
   */
  labels?: Readonly<Record<string, string>>;
  pattern?: string; // regular expression the value matches
  unique?: boolean;
}

export interface DatasetSpec {
  name: string;
  title: string;
  description: string;
  primaryKey: string[];
  columns: ColumnSpec[];
}

function columnSchema(c: ColumnSpec): z.ZodTypeAny {
  let s: z.ZodTypeAny;
  switch (c.type) {
    case 'integer':
      s = z.number().int();
      break;
    case 'number':
      s = z.number().finite();
      break;
    case 'list': {
      const list = z.array(
        z
          .string()
          .min(1)
          .regex(/^[^;]*$/, 'list items cannot contain ";"'),
      );
      // An empty list is the list's own "missing": it stays an array, never null.
      return c.required === false ? list : list.min(1);
    }
    case 'date':
      s = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
      break;
    case 'boolean':
      s = z.boolean();
      break;
    default: {
      let str = z.string().min(1);
      if (c.pattern) str = str.regex(new RegExp(c.pattern));
      s = c.values ? z.enum(c.values as [string, ...string[]]) : str;
    }
  }
  return c.required === false ? s.nullable() : s;
}

/** A strict zod schema for one row of a dataset, built from its column specs. */
export function rowSchema(spec: DatasetSpec): z.ZodObject<z.ZodRawShape> {
  return z.object(Object.fromEntries(spec.columns.map((c) => [c.name, columnSchema(c)]))).strict();
}
