package vn.motcua.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The working-time calculator of one agency: the only place deadlines are computed (conventions
 * and their legal basis in docs/deadlines.md). Immutable and thread-safe; obtain it from
 * {@link WorkingCalendars}.
 * <p>
 * Everything runs on a "working-second timeline": {@code W(t)} is the number of working seconds
 * (inside office hours of working days) from 1/1/1900 to instant {@code t}. Adding working time is
 * then an addition on the timeline followed by one array look-up back to an instant, so a due date
 * costs a few arithmetic operations and no allocation but the result. Precision is one second.
 */
public final class WorkingCalendar {

    private static final int DAY_SECONDS = 86_400;
    /** REGULATIONS §1: a working day is 8 working hours when a limit is split into fractions. */
    private static final int HOURS_PER_DAY = 8;

    private final DayTable days;
    private final OfficeHours officeHours;
    private final ZoneId zone;
    private final ZoneRules rules;
    /** Period bounds as seconds of the day: start0, end0, start1, end1. */
    private final int[] periods;
    private final int close;
    private final long daily;
    /** From this epoch second on the zone's offset no longer changes (UTC+7 since 1975): pure arithmetic. */
    private final long fixedFrom;
    private final int fixedOffset;

    WorkingCalendar(DayTable days, OfficeHours officeHours, ZoneId zone) {
        this.days = days;
        this.officeHours = officeHours;
        this.zone = zone;
        this.rules = zone.getRules();
        this.periods = new int[] { officeHours.morningStart().toSecondOfDay(), officeHours.morningEnd().toSecondOfDay(),
                officeHours.afternoonStart().toSecondOfDay(), officeHours.afternoonEnd().toSecondOfDay() };
        this.close = periods[3];
        this.daily = officeHours.daily().toSeconds();
        ZoneOffsetTransition last = rules.previousTransition(Instant.parse("2101-01-01T00:00:00Z"));
        if (!rules.getTransitionRules().isEmpty()) {
            fixedFrom = Long.MAX_VALUE;
        } else {
            fixedFrom = last == null ? Long.MIN_VALUE : last.toEpochSecond();
        }
        this.fixedOffset = rules.getOffset(Instant.parse("2100-12-31T00:00:00Z")).getTotalSeconds();
    }

    /** A calendar outside Spring (tests, tools): the rules plus {@code decided} days, with these office hours. */
    public static WorkingCalendar of(ZoneId zone, OfficeHours officeHours, Collection<DecidedDay> decided) {
        return new WorkingCalendar(DayTable.build(decided), officeHours, zone);
    }

    WorkingCalendar withOfficeHours(OfficeHours hours) {
        return new WorkingCalendar(days, hours, zone);
    }

    public OfficeHours officeHours() {
        return officeHours;
    }

    public ZoneId zone() {
        return zone;
    }

    /** The first and last dates the calendar knows. */
    public static LocalDate firstDate() {
        return DayTable.FIRST;
    }

    public static LocalDate lastDate() {
        return DayTable.LAST;
    }

    public boolean isWorkingDay(LocalDate date) {
        return days.working(index(date));
    }

    public CalendarDay day(LocalDate date) {
        return days.day(date);
    }

    /** Every date from {@code from} to {@code to}, both included. */
    public List<CalendarDay> days(LocalDate from, LocalDate to) {
        List<CalendarDay> result = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            result.add(days.day(d));
        }
        return result;
    }

    /** The instant itself when it is inside office hours of a working day, otherwise the start of the next working period. */
    public Instant nextWorkingInstant(Instant instant) {
        long t = timeline(instant.getEpochSecond());
        long ordinal = t / daily;
        int second = secondOfDayAtStart((int) (t - ordinal * daily));
        long at = toEpoch(localMidnight(ordinal) + second);
        return at == instant.getEpochSecond() ? instant : Instant.ofEpochSecond(at);
    }

    /** Working time between two instants (negative when {@code to} is before {@code from}). */
    public Duration workingTime(Instant from, Instant to) {
        return Duration.ofSeconds(timeline(to.getEpochSecond()) - timeline(from.getEpochSecond()));
    }

    /** The due instant of a time limit counted from {@code start} (docs/deadlines.md). */
    public Instant due(Instant start, WorkingDuration limit) {
        return due(start, limit, List.of());
    }

    /** As {@link #due(Instant, WorkingDuration)}, not counting the working time inside {@code pauses}. */
    public Instant due(Instant start, WorkingDuration limit, Collection<PauseWindow> pauses) {
        long begin = limit.inDays() ? dayCountStart(start.getEpochSecond()) : timeline(start.getEpochSecond());
        long amount = limit.inDays() ? daysOnTimeline(limit.amount()) : Math.round(limit.amount() * 3600);
        if (amount == 0 && !limit.inDays()) {
            return nextWorkingInstant(start);
        }
        long target = begin + amount;
        if (!pauses.isEmpty()) {
            target = skipPauses(begin, target, pauses);
        }
        return Instant.ofEpochSecond(instantAtEnd(target));
    }

    /** Adds N working days: see {@link #due(Instant, WorkingDuration)}. */
    public Instant plusWorkingDays(Instant start, double days) {
        return due(start, WorkingDuration.days(days));
    }

    /** Adds N working hours from the instant (counting only office hours of working days). */
    public Instant plusWorkingHours(Instant start, double hours) {
        return due(start, WorkingDuration.hours(hours));
    }

    /** The n-th working day after {@code date} (n ≥ 1), or the date itself when n = 0 and it is a working day. */
    public LocalDate plusWorkingDays(LocalDate date, int n) {
        int index = index(date);
        int ordinal = days.workingBefore[index + 1] + n - 1;
        if (n == 0) {
            ordinal = days.workingBefore[index];
        }
        return LocalDate.ofEpochDay(DayTable.FIRST_EPOCH_DAY + workingDay(ordinal));
    }

    /**
     * Whole days are whole working days of these office hours; the fraction of a day is that much of
     * 8 working hours (REGULATIONS §1: 1 day = 8 hours, 0.25 day = 2 hours), counted into the next
     * working day and never past its close, so a longer limit never ends earlier.
     */
    private long daysOnTimeline(double amount) {
        long whole = (long) Math.floor(amount);
        long fraction = Math.round((amount - whole) * HOURS_PER_DAY * 3600);
        return whole * daily + Math.min(fraction, daily);
    }

    /**
     * Where counting in days starts on the timeline: the close of office hours of the working day of
     * receipt, so that day N ends at the close of the N-th working day after it (Civil Code Art. 147).
     * A receipt after the close, or on a day off, belongs to the next working day.
     */
    private long dayCountStart(long epochSecond) {
        long local = toLocal(epochSecond);
        int index = index(local);
        int second = (int) Math.floorMod(local, DAY_SECONDS);
        long ordinal = days.working(index) && second <= close ? days.workingBefore[index]
                : timeline(epochSecond) / daily;
        return (ordinal + 1) * daily;
    }

    /** Pauses (merged, in order) that begin before the running due push it on by their working time. */
    private long skipPauses(long begin, long target, Collection<PauseWindow> pauses) {
        List<PauseWindow> sorted = new ArrayList<>(pauses);
        sorted.sort(Comparator.comparing(PauseWindow::from));
        long coveredUntil = begin;
        for (PauseWindow pause : sorted) {
            long from = Math.max(timeline(pause.from().getEpochSecond()), coveredUntil);
            long to = timeline(pause.to().getEpochSecond());
            if (from >= target) {
                break;
            }
            if (to > from) {
                target += to - from;
                coveredUntil = to;
            }
        }
        return target;
    }

    /** W(t): working seconds from 1/1/1900 00:00 local to the instant. */
    long timeline(long epochSecond) {
        long local = toLocal(epochSecond);
        int index = index(local);
        long before = days.workingBefore[index] * daily;
        if (!days.working(index)) {
            return before;
        }
        int second = (int) Math.floorMod(local, DAY_SECONDS);
        int worked = 0;
        for (int p = 0; p < 4; p += 2) {
            if (second <= periods[p]) {
                break;
            }
            worked += Math.min(second, periods[p + 1]) - periods[p];
        }
        return before + worked;
    }

    /** The earliest instant whose timeline value is {@code t} (t > 0): a due ending at a period's end stays there. */
    private long instantAtEnd(long t) {
        long ordinal = (t - 1) / daily;
        int rest = (int) (t - ordinal * daily);
        int second = periods[3];
        for (int p = 0; p < 4; p += 2) {
            int length = periods[p + 1] - periods[p];
            if (rest <= length) {
                second = periods[p] + rest;
                break;
            }
            rest -= length;
        }
        return toEpoch(localMidnight(ordinal) + second);
    }

    /** Second of the day at which {@code rest} working seconds of the day have passed, starting a period when on a boundary. */
    private int secondOfDayAtStart(int rest) {
        for (int p = 0; p < 4; p += 2) {
            int length = periods[p + 1] - periods[p];
            if (rest < length) {
                return periods[p] + rest;
            }
            rest -= length;
        }
        throw new IllegalStateException("rest beyond the working day");
    }

    private long localMidnight(long ordinal) {
        return (DayTable.FIRST_EPOCH_DAY + workingDay(ordinal)) * DAY_SECONDS;
    }

    private int workingDay(long ordinal) {
        if (ordinal < 0 || ordinal >= days.workingDays.length) {
            throw new IllegalArgumentException("Beyond the calendar (1900–2100)");
        }
        return days.workingDays[(int) ordinal];
    }

    private long toLocal(long epochSecond) {
        return epochSecond + (epochSecond >= fixedFrom ? fixedOffset
                : rules.getOffset(Instant.ofEpochSecond(epochSecond)).getTotalSeconds());
    }

    private long toEpoch(long localSecond) {
        if (localSecond - fixedOffset >= fixedFrom) {
            return localSecond - fixedOffset;
        }
        LocalDateTime local = LocalDateTime.ofEpochSecond(localSecond, 0, ZoneOffset.UTC);
        return local.atZone(zone).toEpochSecond();
    }

    private static int index(long localSecond) {
        long index = Math.floorDiv(localSecond, DAY_SECONDS) - DayTable.FIRST_EPOCH_DAY;
        if (index < 0 || index >= DayTable.SIZE) {
            throw new IllegalArgumentException("Outside the calendar (1900–2100)");
        }
        return (int) index;
    }

    private static int index(LocalDate date) {
        int index = DayTable.indexOf(date);
        if (index < 0) {
            throw new IllegalArgumentException("Outside the calendar (1900–2100): " + date);
        }
        return index;
    }
}
