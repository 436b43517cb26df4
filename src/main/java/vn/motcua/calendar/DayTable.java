package vn.motcua.calendar;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import vn.motcua.calendar.holiday.Holiday;
import vn.motcua.calendar.holiday.HolidayRules;

/**
 * The kind of every date from 1900 to 2100, precomputed once, with the two indexes that make the
 * calculator O(1): for each date the number of working days before it, and for each working day
 * (by ordinal) its date. About 0.6 MB; shared by the calendars of all agencies.
 */
final class DayTable {

    static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
    static final LocalDate LAST = LocalDate.of(2100, 12, 31);
    static final long FIRST_EPOCH_DAY = FIRST.toEpochDay();
    static final int SIZE = (int) (LAST.toEpochDay() - FIRST_EPOCH_DAY + 1);

    private static final DayKind[] KINDS = DayKind.values();
    private static volatile RuleTable rules;

    /** Kind ordinal per date index. */
    final byte[] kinds;
    /** Working days before each date index; one extra entry at the end. */
    final int[] workingBefore;
    /** Date index of the n-th working day. */
    final int[] workingDays;
    private final Map<Integer, Holiday> holidays;
    private final Map<Integer, DecidedDay> decided;

    private DayTable(byte[] kinds, Map<Integer, Holiday> holidays, Map<Integer, DecidedDay> decided) {
        this.kinds = kinds;
        this.holidays = holidays;
        this.decided = decided;
        this.workingBefore = new int[SIZE + 1];
        int count = 0;
        for (int i = 0; i < SIZE; i++) {
            workingBefore[i] = count;
            if (KINDS[kinds[i]].working()) {
                count++;
            }
        }
        workingBefore[SIZE] = count;
        this.workingDays = new int[count];
        for (int i = 0, n = 0; i < SIZE; i++) {
            if (KINDS[kinds[i]].working()) {
                workingDays[n++] = i;
            }
        }
    }

    /** The rules of every year with the decided days laid over them (a decision overrides the rule). */
    static DayTable build(Collection<DecidedDay> decidedDays) {
        RuleTable base = ruleTable();
        byte[] kinds = Arrays.copyOf(base.kinds, SIZE);
        Map<Integer, DecidedDay> decided = new HashMap<>();
        for (DecidedDay day : decidedDays) {
            int index = indexOf(day.date());
            if (index >= 0) {
                kinds[index] = (byte) day.kind().ordinal();
                decided.put(index, day);
            }
        }
        return new DayTable(kinds, base.holidays, decided);
    }

    static int indexOf(LocalDate date) {
        long index = date.toEpochDay() - FIRST_EPOCH_DAY;
        return index < 0 || index >= SIZE ? -1 : (int) index;
    }

    static boolean inRange(LocalDate date) {
        return indexOf(date) >= 0;
    }

    boolean working(int index) {
        return KINDS[kinds[index]].working();
    }

    CalendarDay day(LocalDate date) {
        int index = indexOf(date);
        if (index < 0) {
            throw new IllegalArgumentException("Outside the calendar (1900–2100): " + date);
        }
        DayKind kind = KINDS[kinds[index]];
        DecidedDay decision = decided.get(index);
        if (decision != null) {
            return new CalendarDay(date, kind, null, false, decision.name());
        }
        Holiday holiday = holidays.get(index);
        return holiday == null ? new CalendarDay(date, kind, null, false, null)
                : new CalendarDay(date, kind, holiday.nameKey(), holiday.inLieu(), null);
    }

    /** The rule-based part never changes, so it is computed once per JVM (≈ 10 ms). */
    private static RuleTable ruleTable() {
        RuleTable table = rules;
        if (table == null) {
            synchronized (DayTable.class) {
                table = rules;
                if (table == null) {
                    table = computeRules();
                    rules = table;
                }
            }
        }
        return table;
    }

    private static RuleTable computeRules() {
        byte[] kinds = new byte[SIZE];
        LocalDate date = FIRST;
        for (int i = 0; i < SIZE; i++, date = date.plusDays(1)) {
            kinds[i] = (byte) (HolidayRules.isWeeklyRest(date) ? DayKind.WEEKEND : DayKind.WORKING).ordinal();
        }
        Map<Integer, Holiday> holidays = new HashMap<>();
        for (int year = FIRST.getYear(); year <= LAST.getYear(); year++) {
            for (Holiday holiday : HolidayRules.forYear(year)) {
                int index = indexOf(holiday.date());
                kinds[index] = (byte) DayKind.HOLIDAY.ordinal();
                holidays.put(index, holiday);
            }
        }
        return new RuleTable(kinds, Map.copyOf(holidays));
    }

    private record RuleTable(byte[] kinds, Map<Integer, Holiday> holidays) {
    }
}
