import * as assert from 'node:assert/strict';
import {
  addWorkingDays,
  formatIsoDate,
  isWorkingDay,
  MAX_DAY,
  mondayOf,
  nextWorkingDay,
  parseIsoDate,
  weekdayOf,
  workingDaysBetween,
  WorkingCalendar,
} from '../../../src/core/schedule';
import type { Calendar } from '../../../src/core/model';

/** Test shorthand: a day number from a date that must be valid. */
function day(iso: string): number {
  const d = parseIsoDate(iso);
  assert.ok(d !== undefined, `bad test date ${iso}`);
  return d;
}

/** China's National Day 2026: Thu 10-01 .. Wed 10-07 off, Saturday 10-10 worked to make up. */
const NATIONAL_DAY: Calendar = {
  holidays: [{ date: '2026-10-01', to: '2026-10-07', name: '国庆节' }],
  workingWeekends: ['2026-10-10'],
};

describe('schedule/calendar: ISO dates', () => {
  it('maps dates to days since 1970-01-01 UTC and back', () => {
    assert.equal(parseIsoDate('1970-01-01'), 0);
    assert.equal(parseIsoDate('1969-12-31'), -1);
    // 2026-01-01: 56 years of 365 days plus 14 leap days (1972..2024) = 20454; + Jan 31 + Feb 28 + 1 for Mar 2.
    assert.equal(parseIsoDate('2026-03-02'), 20514);
    assert.equal(formatIsoDate(20514), '2026-03-02');
    assert.equal(formatIsoDate(-1), '1969-12-31');
  });

  it('agrees with Date.UTC over four centuries, leap years included', () => {
    for (let d = -150000; d <= 150000; d += 37) {
      const iso = new Date(d * 86400000).toISOString().slice(0, 10);
      assert.equal(formatIsoDate(d), iso);
      assert.equal(parseIsoDate(iso), d);
    }
  });

  it('accepts only strict YYYY-MM-DD calendar dates', () => {
    assert.equal(parseIsoDate('2024-02-29'), day('2024-02-29'));
    for (const bad of [
      '2026-02-29',
      '1900-02-29',
      '2026-13-01',
      '2026-00-10',
      '2026-04-31',
      '2026-3-2',
      ' 2026-03-02',
      '2026-03-02T00:00',
      '0000-01-01',
      '',
      '２０２６-03-02',
    ]) {
      assert.equal(parseIsoDate(bad), undefined, bad);
    }
    for (const notText of [20260302, null, undefined, {}, ['2026-03-02']])
      assert.equal(parseIsoDate(notText), undefined);
  });

  it('names weekdays (1970-01-01 was a Thursday) and finds the Monday of the ISO week', () => {
    assert.equal(weekdayOf(0), 'thu');
    assert.equal(weekdayOf(-1), 'wed');
    assert.equal(weekdayOf(day('2026-10-10')), 'sat');
    assert.equal(formatIsoDate(mondayOf(day('2026-10-11'))), '2026-10-05'); // Sunday belongs to the week before
    assert.equal(formatIsoDate(mondayOf(day('2026-10-05'))), '2026-10-05');
  });
});

describe('schedule/calendar: working days', () => {
  const weekdays = new WorkingCalendar(undefined);

  it('skips weekends by default (mon..fri)', () => {
    // Fri 2026-03-06 + 1 working day = Mon 03-09; from Saturday 03-07 too; going back lands on Friday.
    assert.equal(formatIsoDate(addWorkingDays(weekdays, day('2026-03-06'), 1)), '2026-03-09');
    assert.equal(formatIsoDate(addWorkingDays(weekdays, day('2026-03-07'), 1)), '2026-03-09');
    assert.equal(formatIsoDate(addWorkingDays(weekdays, day('2026-03-07'), -1)), '2026-03-06');
    assert.equal(formatIsoDate(addWorkingDays(weekdays, day('2026-03-09'), -1)), '2026-03-06');
    assert.equal(formatIsoDate(addWorkingDays(weekdays, day('2026-03-06'), 0)), '2026-03-06');
    // Two full weeks: Mon 03-02 + 10 = Mon 03-16.
    assert.equal(formatIsoDate(addWorkingDays(weekdays, day('2026-03-02'), 10)), '2026-03-16');
    assert.equal(formatIsoDate(nextWorkingDay(weekdays, day('2026-03-08'))), '2026-03-09');
    assert.equal(isWorkingDay(weekdays, day('2026-03-08')), false);
    // Signed difference: (Fri 03-06, Mon 03-16] holds 09..13 and 16 = 6 working days.
    assert.equal(workingDaysBetween(weekdays, day('2026-03-06'), day('2026-03-16')), 6);
    assert.equal(workingDaysBetween(weekdays, day('2026-03-16'), day('2026-03-06')), -6);
    assert.equal(weekdays.countWorkingDays(day('2026-03-02'), day('2026-03-08')), 5);
    assert.equal(weekdays.countWorkingDays(day('2026-03-08'), day('2026-03-02')), 0);
  });

  it('takes the National Day range off and works the make-up Saturday', () => {
    const cn = WorkingCalendar.from(NATIONAL_DAY);
    assert.equal(cn.isWorkingDay(day('2026-09-30')), true); // Wednesday before the holiday
    assert.equal(cn.isWorkingDay(day('2026-10-01')), false);
    assert.equal(cn.isWorkingDay(day('2026-10-05')), false); // a Monday inside the range
    assert.equal(cn.isWorkingDay(day('2026-10-07')), false); // the range is inclusive
    assert.equal(cn.isWorkingDay(day('2026-10-08')), true);
    assert.equal(cn.isWorkingDay(day('2026-10-10')), true); // make-up Saturday
    assert.equal(cn.isWorkingDay(day('2026-10-11')), false); // ordinary Sunday
    assert.equal(formatIsoDate(cn.nextWorkingDay(day('2026-10-01'))), '2026-10-08');
    // From Wed 09-30: Thu 10-08 (1), Fri 10-09 (2), Sat 10-10 (3), Mon 10-12 (4).
    assert.equal(formatIsoDate(cn.addWorkingDays(day('2026-09-30'), 1)), '2026-10-08');
    assert.equal(formatIsoDate(cn.addWorkingDays(day('2026-09-30'), 4)), '2026-10-12');
    assert.equal(formatIsoDate(cn.addWorkingDays(day('2026-10-12'), -4)), '2026-09-30');
    assert.equal(formatIsoDate(cn.addWorkingDays(day('2026-10-03'), -1)), '2026-09-30'); // from inside the holiday
    // Mon 09-28 .. Sun 10-11: 28, 29, 30 and 8, 9, 10 = 6 working days; the holiday week alone has 3.
    assert.equal(cn.countWorkingDays(day('2026-09-28'), day('2026-10-11')), 6);
    assert.equal(cn.countWorkingDays(day('2026-10-05'), day('2026-10-11')), 3);
    assert.equal(cn.workingDaysBetween(day('2026-09-30'), day('2026-10-12')), 4);
  });

  it('lets a holiday win over a make-up day on the same date, and merges overlapping ranges', () => {
    const clash = WorkingCalendar.from({ holidays: [{ date: '2026-10-10' }], workingWeekends: ['2026-10-10'] });
    assert.equal(clash.isWorkingDay(day('2026-10-10')), false);
    const overlapping = WorkingCalendar.from({
      holidays: [
        { date: '2026-10-03', to: '2026-10-07' },
        { date: '2026-10-01', to: '2026-10-05' },
        { date: '2026-10-02' },
      ],
    });
    // Same working days as one range 10-01..10-07: Mon 09-28 .. Fri 10-09 keeps 28, 29, 30, 8, 9.
    assert.equal(overlapping.countWorkingDays(day('2026-09-28'), day('2026-10-09')), 5);
  });

  it('reads odd calendars without failing', () => {
    const none = WorkingCalendar.from({ workingDays: [] });
    assert.equal(none.defaultedWorkingDays, true); // no working weekday at all: mon..fri, the checker warns
    assert.equal(none.isWorkingDay(day('2026-03-02')), true);
    const weekend = WorkingCalendar.from({ workingDays: ['sat', 'sun'] });
    assert.equal(weekend.isWorkingDay(day('2026-03-07')), true);
    assert.equal(weekend.isWorkingDay(day('2026-03-09')), false);
    assert.equal(formatIsoDate(weekend.addWorkingDays(day('2026-03-08'), 1)), '2026-03-14');
    const junk = {
      workingDays: ['mon', 'funday', 7],
      holidays: [null, 'x', { date: 'soon' }, { date: '2026-03-03', to: '2026-03-01' }],
      workingWeekends: ['no', 5],
    };
    const odd = new WorkingCalendar(junk as unknown as Calendar);
    assert.equal(odd.defaultedWorkingDays, false);
    assert.equal(odd.isWorkingDay(day('2026-03-02')), true); // Monday
    assert.equal(odd.isWorkingDay(day('2026-03-03')), false); // reversed range: its first day only
    assert.equal(formatIsoDate(odd.addWorkingDays(day('2026-03-02'), 1)), '2026-03-09'); // only Mondays work
  });

  it('stays bounded when holidays cover everything after a date', () => {
    const forever = WorkingCalendar.from({ holidays: [{ date: '2027-01-01', to: '9999-12-31' }] });
    assert.equal(forever.addWorkingDays(day('2026-12-31'), 1), MAX_DAY);
    assert.equal(forever.nextWorkingDay(day('2030-01-01')), MAX_DAY);
    assert.equal(formatIsoDate(forever.addWorkingDays(day('2030-01-01'), -1)), '2026-12-31');
  });

  // Independent oracle: the rules applied to each day in turn, on calendars chosen to stress the
  // arithmetic (a four-day week, a one-day week where make-up days outnumber working weekdays).
  const busyCalendars: Calendar[] = [
    {
      workingDays: ['mon', 'tue', 'wed', 'thu', 'sat'],
      holidays: [
        { date: '2026-01-01', to: '2026-01-03' },
        { date: '2026-02-16', to: '2026-02-24' },
        { date: '2026-05-01' },
        { date: '2026-12-24', to: '2027-01-02' },
      ],
      workingWeekends: ['2026-02-14', '2026-02-15', '2026-02-28', '2026-05-03', '2026-05-08', '2026-12-25'],
    },
    {
      workingDays: ['mon'],
      holidays: [
        { date: '2026-03-01', to: '2026-03-20' },
        { date: '2026-06-01', to: '2026-08-31' },
      ],
      workingWeekends: [
        '2026-01-06',
        '2026-01-07',
        '2026-01-08',
        '2026-01-09',
        '2026-03-10',
        '2026-03-24',
        '2026-03-25',
        '2026-07-01',
        '2026-09-02',
        '2026-09-03',
        '2026-09-04',
      ],
    },
  ];
  busyCalendars.forEach((calendar, c) => {
    it(`matches a day-by-day count on busy calendar ${c + 1}`, () => {
      const holidayDays = new Set<number>();
      for (const h of calendar.holidays ?? [])
        for (let d = day(h.date as string); d <= day(h.to ?? (h.date as string)); d++) holidayDays.add(d);
      const makeUp = new Set((calendar.workingWeekends ?? []).map(day));
      const works = (d: number): boolean =>
        !holidayDays.has(d) && ((calendar.workingDays ?? []).includes(weekdayOf(d)) || makeUp.has(d));
      const cal = WorkingCalendar.from(calendar);
      const from = day('2025-12-01');
      const to = day('2027-02-01');
      let count = 0;
      for (let d = from; d <= to; d++) {
        assert.equal(cal.isWorkingDay(d), works(d), formatIsoDate(d));
        if (works(d)) count++;
        assert.equal(cal.countWorkingDays(from, d), count, formatIsoDate(d));
        if (works(d)) assert.equal(cal.dayOfRank(cal.rankOf(d)), d, `rank round trip ${formatIsoDate(d)}`);
      }
      // addWorkingDays against stepping one day at a time.
      for (let d = from; d <= to - 200; d += 3) {
        for (const n of [-7, -1, 1, 2, 9, 31]) {
          let expected = d;
          let left = Math.abs(n);
          while (left > 0) {
            expected += Math.sign(n);
            if (works(expected)) left--;
          }
          assert.equal(cal.addWorkingDays(d, n), expected, `${formatIsoDate(d)} ${n}`);
        }
      }
    });
  });
});
