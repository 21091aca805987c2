/**
 * plan.json: the plan as a document — title, issuer, the resolution it implements, signer,
 * recipients, appendix, period, the source file it was read from and the row counts. One schema: the
 * pipeline's type comes from it and a test holds the published file to it.
 */
import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD');

export const planSchema = z
  .object({
    title: z.string().min(1),
    subtitle: z.string().min(1),
    issuer: z.string().min(1),
    implements: z.object({ number: z.string().min(1), issued_date: isoDate, issuer: z.string().min(1), title: z.string().min(1) }).strict(),
    signer: z.object({ name: z.string(), position: z.string(), on_behalf_of: z.string(), signing_capacity: z.string() }).strict(),
    recipients: z.array(z.string()),
    appendix: z
      .object({
        title: z.string(),
        subtitle: z.string(),
        first_line: z.number().int().positive(),
        /** Numbers the appendix skips (III.10.4), with the line of the row after each gap; the data keep the numbers as printed. */
        numbering_gaps: z.array(z.object({ id: z.string(), source_line: z.number().int().positive() }).strict()),
      })
      .strict(),
    period: z.object({ start_year: z.number().int(), end_year: z.number().int(), note: z.string() }).strict(),
    source: z
      .object({
        file: z.string(),
        sha256: z.string().regex(/^[0-9a-f]{64}$/),
        bytes: z.number().int().positive(),
        line_count: z.number().int().positive(),
        published_as: z.string(),
      })
      .strict(),
    counts: z.record(z.string(), z.number().int().nonnegative()),
  })
  .strict();

/** plan.json */
export type PlanRecord = z.infer<typeof planSchema>;
