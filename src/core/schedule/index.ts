/**
 * The scheduler's public face: the plan's dates, critical path, weekly load and cost rollup,
 * plus the calendar helpers the rules and renderers share. Nothing here throws on partial input.
 */
export { schedulePlan, FALLBACK_PLAN_START } from './scheduler';
export { rollupCost, roundMoney } from './cost';
export {
  WorkingCalendar,
  parseIsoDate,
  formatIsoDate,
  isWorkingDay,
  addWorkingDays,
  nextWorkingDay,
  workingDaysBetween,
  weekdayOf,
  weekdayIndex,
  mondayOf,
  dayFromCivil,
  civilFromDay,
  MIN_DAY,
  MAX_DAY,
} from './calendar';
export { MAX_DURATION } from './network';
export { MAX_REPORTED_CYCLES } from './taskOrder';
export type { DayNumber, ScheduledTask, WeeklyLoad, PersonLoad, Schedule, CostRollup } from './types';
