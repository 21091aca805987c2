/**
 * The icons of the status badges (components/StatusBadge for indicators, TaskStatusBadge for tasks):
 * SVG markup for a 16×16 box, one shape per status so that colour is not the only cue (classes in
 * styles/status-badge.css). Strings, not components: a badge stands on every row of the task lists.
 */
import type { IndicatorStatus, TaskStatus } from '../model/records.ts';

const RING = '<circle cx="8" cy="8" r="6.75" class="ring" fill="none" stroke-width="1.5"></circle>';

const ICONS = {
  /** A tick on a filled disc. */
  tick: '<circle cx="8" cy="8" r="7.5" class="fill"></circle><path d="M4.4 8.3l2.4 2.4 4.8-5" class="on-fill" fill="none" stroke-width="2"></path>',
  /** An arrow up and to the right in a ring. */
  rising: `${RING}<path d="M5 11l6-6M6.5 5H11v4.5" class="ring" fill="none" stroke-width="1.8"></path>`,
  /** An exclamation mark on a filled triangle. */
  warning:
    '<path d="M8 0.8L15.4 14.6H0.6Z" class="fill"></path><path d="M8 5.2v5" class="on-fill" stroke-width="2"></path><circle cx="8" cy="12.4" r="1.1" class="on-fill-dot"></circle>',
  /** A ring with its right half filled. */
  halfRight: `${RING}<path d="M8 1.25A6.75 6.75 0 0 1 8 14.75Z" class="fill"></path>`,
  /** A ring with its left half filled. */
  halfLeft: `${RING}<path d="M8 1.25A6.75 6.75 0 0 0 8 14.75Z" class="fill"></path>`,
  /** A ring struck through. */
  struck: `${RING}<path d="M3.5 12.5l9-9" class="ring" stroke-width="1.8"></path>`,
  /** A dashed ring. */
  dashed: '<circle cx="8" cy="8" r="6.75" class="ring" fill="none" stroke-width="1.5" stroke-dasharray="3 2.3"></circle>',
} as const;

export const INDICATOR_STATUS_ICON: Record<IndicatorStatus, string> = {
  achieved: ICONS.tick,
  // No shape of its own yet: the badge shows the words alone.
  not_achieved: '',
  on_track: ICONS.rising,
  off_track: ICONS.warning,
  insufficient_data: ICONS.halfLeft,
  no_data: ICONS.dashed,
};

export const TASK_STATUS_ICON: Record<TaskStatus, string> = {
  done: ICONS.tick,
  in_progress: ICONS.halfRight,
  delayed: ICONS.warning,
  dropped: ICONS.struck,
  no_information: ICONS.dashed,
};
