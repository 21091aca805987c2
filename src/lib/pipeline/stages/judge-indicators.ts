/** Stage 4 of the data stage: the targets linked into indicators, and each indicator judged. */
import { comparableProgress } from '../../model/record-queries.ts';
import type { BlockRecord, IndicatorRecord, SectionRecord, TargetRecord } from '../../model/records.ts';
import { currentTarget, indicatorStatus, linkIndicators, targetResult, toIndicatorTableRow, verdict } from '../indicators.ts';
import type { PipelineInput } from '../inputs.ts';
import { parseTargets } from '../targets.ts';
import type { CuratedTables } from './curated-tables.ts';
import { sectionRow, type ParsedDocument } from './parse-document.ts';
import type { PlanTask } from './resolve-tasks.ts';

/** The outline and its blocks as published, the targets linked into indicators, and each indicator judged. */
export interface JudgedIndicators {
  sections: SectionRecord[];
  blocks: BlockRecord[];
  targets: TargetRecord[];
  indicators: IndicatorRecord[];
}

/**
 * Stage 4: link the indicators. Targets (chỉ tiêu) come from section II of the body; the curated
 * table joins them into indicators; each indicator is judged against its current target with the
 * published values on the targets' basis (a rank among 34 is not one among 63).
 */
export function judgeIndicators(
  { body }: ParsedDocument,
  curated: CuratedTables,
  tasks: readonly PlanTask[],
  input: PipelineInput,
): JudgedIndicators {
  const sections = body.sections.map(sectionRow);
  const blocks = body.blocks.map((b): BlockRecord => ({ ...b }));
  const targets = linkIndicators(
    parseTargets(blocks, sections, input.seed.file),
    curated.indicators,
    input.indicators.file,
    tasks.map((t) => t.id),
  );
  const indicators = curated.indicators.map((entry): IndicatorRecord => {
    const ind = toIndicatorTableRow(entry);
    const comparable = comparableProgress(ind, curated.progress);
    const observations = comparable.map((p) => ({ year: p.year, value: p.value, qualifier: p.qualifier }));
    const latest = comparable.at(-1) ?? null;
    const own = targets.filter((t) => t.indicator_id === ind.id);
    const target = currentTarget(own, latest?.year ?? null)!;
    const judged = indicatorStatus({ target, direction: ind.direction, observations, reviewDate: input.reviewDate });
    const target2025 = own.find((t) => t.target_year === 2025);
    return {
      id: ind.id,
      name: ind.name,
      pillar: ind.pillar,
      unit: ind.unit,
      direction: ind.direction,
      target_basis: ind.target_basis,
      target_2025_id: ind.target_2025_id,
      target_2030_id: ind.target_2030_id,
      task_ids: ind.task_ids,
      latest_year: latest?.year ?? null,
      latest_value: latest?.value ?? null,
      latest_qualifier: latest?.qualifier ?? null,
      status: judged.status,
      result_2025: target2025 ? targetResult(target2025, observations) : null,
      note: ind.note,
      judged_target_id: target.id,
      latest_verdict: latest ? verdict(latest, target) : null,
      expected_value: judged.expected === null ? null : Math.round(judged.expected * 10) / 10,
      target_year_passed_without_value: judged.targetYearPassedWithoutValue,
      latest_source_kind: latest?.source_kind ?? null,
      latest_reported_by: latest?.reported_by ?? null,
    };
  });
  return { sections, blocks, targets, indicators };
}
