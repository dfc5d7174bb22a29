import { WEEKDAYS, type Calendar, type IsoDate, type Weekday } from '../model';
import type { DayNumber } from './types';

/**
 * Calendar arithmetic on DayNumbers (days since 1970-01-01, UTC). Everything is integer maths:
 * no Date objects, so no time zone or DST can shift a day.
 *
 * The working calendar answers "how many working days up to and including day d" (`rankOf`) in
 * O(log holidays) with week arithmetic plus sorted holiday ranges and make-up days, never by
 * walking day by day. Every other question (next working day, add n working days, working days
 * between) is answered through that count, so a holiday range of ten years costs the same as one day.
 */

const DEFAULT_WORKING_DAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];

/** 0001-01-01 and 9999-12-31: the dates an ISO `YYYY-MM-DD` can name. Results are clamped here. */
export const MIN_DAY: DayNumber = -719162;
export const MAX_DAY: DayNumber = 2932896;
/** 1970-01-05, a Monday: the origin of the week arithmetic. */
const MONDAY_ORIGIN: DayNumber = 4;

/** Days from civil date (proleptic Gregorian), Howard Hinnant's algorithm; month 1..12. */
export function dayFromCivil(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = (month + 9) % 12;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

/** The inverse of `dayFromCivil`. */
export function civilFromDay(dayNumber: DayNumber): CivilDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Strict `YYYY-MM-DD` naming a real calendar date (no 2026-02-30, no year 0000); anything else is undefined. */
export function parseIsoDate(text: unknown): DayNumber | undefined {
  if (typeof text !== 'string') return undefined;
  const m = ISO_DATE.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return dayFromCivil(year, month, day);
}

/** `YYYY-MM-DD`; days outside 0001..9999 are clamped so the result is always a valid ISO date. */
export function formatIsoDate(dayNumber: DayNumber): IsoDate {
  const { year, month, day } = civilFromDay(clampDay(Math.trunc(dayNumber)));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function clampDay(dayNumber: DayNumber): DayNumber {
  return dayNumber < MIN_DAY ? MIN_DAY : dayNumber > MAX_DAY ? MAX_DAY : dayNumber;
}

/** 0 = Monday .. 6 = Sunday (1970-01-01 was a Thursday, index 3). */
export function weekdayIndex(dayNumber: DayNumber): number {
  return (((dayNumber + 3) % 7) + 7) % 7;
}

export function weekdayOf(dayNumber: DayNumber): Weekday {
  return WEEKDAYS[weekdayIndex(dayNumber)];
}

/** The Monday of the ISO week holding the day. */
export function mondayOf(dayNumber: DayNumber): DayNumber {
  return dayNumber - weekdayIndex(dayNumber);
}

/** First index whose value is greater than `value` (values sorted ascending). */
function upperBound(values: readonly number[], value: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid] <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A plan's working calendar. Rules, in order of precedence:
 *  1. a day inside a holiday (single `date`, or inclusive `date`..`to`) is off, whatever its weekday;
 *  2. a `workingWeekends` make-up day is a working day even though its weekday is off;
 *  3. otherwise the weekday decides (`workingDays`, default mon..fri).
 * Holidays win over make-up days because a holiday is the stronger statement ("nobody works").
 * A calendar that names no valid working weekday falls back to mon..fri (`defaultedWorkingDays`)
 * so scheduling always terminates; the checker reports it. A holiday whose `to` is missing, invalid
 * or before `date` covers `date` only.
 */
export class WorkingCalendar {
  /** Working weekdays, index 0 = Monday. */
  readonly workingWeekdays: readonly boolean[];
  /** True when the calendar listed no valid working weekday and mon..fri was assumed. */
  readonly defaultedWorkingDays: boolean;
  private readonly perWeek: number;
  /** weekPrefix[k] = working weekdays among the first k days of a week (Monday first). */
  private readonly weekPrefix: readonly number[];
  /** Merged, disjoint, sorted holiday ranges (inclusive). */
  private readonly holidayStarts: readonly number[];
  private readonly holidayEnds: readonly number[];
  /** holidayPrefix[i] = working weekdays inside holiday ranges 0..i-1. */
  private readonly holidayPrefix: readonly number[];
  /** Make-up days that actually change something (their weekday is off, no holiday covers them), sorted. */
  private readonly makeUpDays: readonly number[];

  static from(calendar: Calendar | undefined): WorkingCalendar {
    return new WorkingCalendar(calendar);
  }

  constructor(calendar?: Calendar) {
    const source = isRecord(calendar) ? calendar : {};
    const named = Array.isArray(source.workingDays) ? source.workingDays : DEFAULT_WORKING_DAYS;
    let mask = WEEKDAYS.map((w) => named.includes(w));
    this.defaultedWorkingDays = !mask.some(Boolean);
    if (this.defaultedWorkingDays) mask = WEEKDAYS.map((w) => DEFAULT_WORKING_DAYS.includes(w));
    this.workingWeekdays = mask;
    const prefix = [0];
    for (let k = 0; k < 7; k++) prefix.push(prefix[k] + (mask[k] ? 1 : 0));
    this.weekPrefix = prefix;
    this.perWeek = prefix[7];

    const ranges: Array<[number, number]> = [];
    for (const holiday of Array.isArray(source.holidays) ? source.holidays : []) {
      if (!isRecord(holiday)) continue;
      const from = parseIsoDate(holiday.date);
      if (from === undefined) continue;
      const to = parseIsoDate(holiday.to);
      ranges.push([from, to !== undefined && to >= from ? to : from]);
    }
    ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    const starts: number[] = [];
    const ends: number[] = [];
    for (const [from, to] of ranges) {
      const last = ends.length - 1;
      if (last >= 0 && from <= ends[last] + 1) ends[last] = Math.max(ends[last], to);
      else {
        starts.push(from);
        ends.push(to);
      }
    }
    this.holidayStarts = starts;
    this.holidayEnds = ends;
    const holidayPrefix = [0];
    for (let i = 0; i < starts.length; i++) {
      holidayPrefix.push(holidayPrefix[i] + this.weekdaysIn(starts[i], ends[i]));
    }
    this.holidayPrefix = holidayPrefix;

    const makeUp = new Set<number>();
    for (const text of Array.isArray(source.workingWeekends) ? source.workingWeekends : []) {
      const day = parseIsoDate(text);
      if (day !== undefined && !mask[weekdayIndex(day)] && !this.inHoliday(day)) makeUp.add(day);
    }
    this.makeUpDays = [...makeUp].sort((a, b) => a - b);
  }

  isWorkingDay(day: DayNumber): boolean {
    if (this.inHoliday(day)) return false;
    if (this.workingWeekdays[weekdayIndex(day)]) return true;
    const i = upperBound(this.makeUpDays, day) - 1;
    return i >= 0 && this.makeUpDays[i] === day;
  }

  /**
   * Working days on or before `day`, counted from a fixed origin (may be negative). Only
   * differences mean anything: the k-th working day after a working day d has rank rankOf(d) + k.
   */
  rankOf(day: DayNumber): number {
    return this.weekdaysBefore(day + 1) - this.holidayWeekdaysUpTo(day) + upperBound(this.makeUpDays, day);
  }

  /** The working day whose rank is `rank` (the smallest day with rankOf(day) >= rank), clamped to 0001..9999. */
  dayOfRank(rank: number): DayNumber {
    // Fast path: place the rank by week arithmetic alone, then add back the days holidays took
    // (each step can only move forward, so it converges after one step per holiday range
    // crossed). Make-up days can overshoot; then, or after a few steps, gallop and bisect:
    // a few dozen rank look-ups at most, and every loop is bounded by the clamp.
    let guess = clampDay(this.nthWeekday(rank));
    for (let step = 0; step < 4; step++) {
      const have = this.rankOf(guess);
      if (have === rank && this.isWorkingDay(guess)) return guess;
      if (have >= rank || guess >= MAX_DAY) break;
      guess = clampDay(this.nthWeekday(this.weekdaysBefore(guess + 1) + rank - have));
    }
    let lo: number;
    let hi: number;
    if (this.rankOf(guess) >= rank) {
      hi = guess;
      let step = 1;
      lo = clampDay(guess - step);
      while (this.rankOf(lo) >= rank) {
        if (lo <= MIN_DAY) return MIN_DAY;
        hi = lo;
        step *= 2;
        lo = clampDay(guess - step);
      }
    } else {
      lo = guess;
      let step = 1;
      hi = clampDay(guess + step);
      while (this.rankOf(hi) < rank) {
        if (hi >= MAX_DAY) return MAX_DAY;
        lo = hi;
        step *= 2;
        hi = clampDay(guess + step);
      }
    }
    // Invariant: rankOf(lo) < rank <= rankOf(hi).
    while (hi - lo > 1) {
      const mid = lo + Math.floor((hi - lo) / 2);
      if (this.rankOf(mid) >= rank) hi = mid;
      else lo = mid;
    }
    return hi;
  }

  /** The day itself when it is a working day, else the first working day after it. */
  nextWorkingDay(onOrAfter: DayNumber): DayNumber {
    return this.isWorkingDay(onOrAfter) ? onOrAfter : this.dayOfRank(this.rankOf(onOrAfter) + 1);
  }

  /** The day itself when it is a working day, else the last working day before it. */
  previousWorkingDay(onOrBefore: DayNumber): DayNumber {
    return this.isWorkingDay(onOrBefore) ? onOrBefore : this.dayOfRank(this.rankOf(onOrBefore));
  }

  /**
   * Like a spreadsheet's WORKDAY: n > 0 is the n-th working day after `day` (not counting `day`),
   * n < 0 the |n|-th working day before it, n = 0 the day itself. From Friday 2026-03-06,
   * +1 is Monday 03-09 and -1 is Thursday 03-05; from Saturday 03-07, +1 is Monday, -1 is Friday.
   */
  addWorkingDays(day: DayNumber, n: number): DayNumber {
    const steps = Math.trunc(n);
    if (!Number.isFinite(steps) || steps === 0) return day;
    const rank = this.rankOf(day);
    if (steps > 0) return this.dayOfRank(rank + steps);
    // Working days strictly before `day` have ranks <= rank - 1 when `day` works, <= rank when it is off.
    return this.dayOfRank(rank + steps + (this.isWorkingDay(day) ? 0 : 1));
  }

  /** Signed: working days in (from, to] when to > from, minus those in (to, from] when to < from. */
  workingDaysBetween(from: DayNumber, to: DayNumber): number {
    return this.rankOf(to) - this.rankOf(from);
  }

  /** Working days in the inclusive range [from, to] (0 when to < from). */
  countWorkingDays(from: DayNumber, to: DayNumber): number {
    return to < from ? 0 : this.rankOf(to) - this.rankOf(from - 1);
  }

  /** Working weekdays (ignoring holidays and make-up days) in [MONDAY_ORIGIN, day), negative before it. */
  private weekdaysBefore(day: DayNumber): number {
    const weeks = Math.floor((day - MONDAY_ORIGIN) / 7);
    return weeks * this.perWeek + this.weekPrefix[day - MONDAY_ORIGIN - weeks * 7];
  }

  /** The day on which weekdaysBefore(day + 1) reaches `count`: the count-th working weekday from the origin. */
  private nthWeekday(count: number): DayNumber {
    const weeks = Math.floor((count - 1) / this.perWeek);
    const left = count - weeks * this.perWeek; // 1..perWeek
    let k = 0;
    while (k < 6 && this.weekPrefix[k + 1] < left) k++;
    return MONDAY_ORIGIN + weeks * 7 + k;
  }

  private weekdaysIn(from: DayNumber, to: DayNumber): number {
    return to < from ? 0 : this.weekdaysBefore(to + 1) - this.weekdaysBefore(from);
  }

  /** Working weekdays that holidays take away on or before `day`. */
  private holidayWeekdaysUpTo(day: DayNumber): number {
    const i = upperBound(this.holidayStarts, day) - 1;
    if (i < 0) return 0;
    const end = Math.min(this.holidayEnds[i], day);
    return this.holidayPrefix[i] + this.weekdaysIn(this.holidayStarts[i], end);
  }

  private inHoliday(day: DayNumber): boolean {
    const i = upperBound(this.holidayStarts, day) - 1;
    return i >= 0 && day <= this.holidayEnds[i];
  }
}

function asWorkingCalendar(calendar: WorkingCalendar | Calendar | undefined): WorkingCalendar {
  return calendar instanceof WorkingCalendar ? calendar : WorkingCalendar.from(calendar);
}

/** Convenience for callers holding a model `Calendar`; pass a `WorkingCalendar` to avoid rebuilding it. */
export function isWorkingDay(calendar: WorkingCalendar | Calendar | undefined, day: DayNumber): boolean {
  return asWorkingCalendar(calendar).isWorkingDay(day);
}

export function addWorkingDays(calendar: WorkingCalendar | Calendar | undefined, day: DayNumber, n: number): DayNumber {
  return asWorkingCalendar(calendar).addWorkingDays(day, n);
}

export function nextWorkingDay(calendar: WorkingCalendar | Calendar | undefined, onOrAfter: DayNumber): DayNumber {
  return asWorkingCalendar(calendar).nextWorkingDay(onOrAfter);
}

export function workingDaysBetween(
  calendar: WorkingCalendar | Calendar | undefined,
  from: DayNumber,
  to: DayNumber,
): number {
  return asWorkingCalendar(calendar).workingDaysBetween(from, to);
}
