package vn.motcua.dossier.processing;

import java.time.Duration;
import java.time.Instant;

import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.dossier.Timeliness;

/**
 * How much working time is left before a due instant, in the agency's calendar: the one home of the
 * rule "one working day or less left" that the dossier page colours amber and the deadline watch
 * announces as nearing. Overdue is {@link Timeliness#overdue} (strictly after the due instant).
 */
public record TimeLeft(Level level, Duration left, Duration over, Duration workingDay) {

    /** Green: more than one working day; amber: one working day or less; red: overdue (UX.md). */
    public enum Level { OK, SOON, OVERDUE }

    public static TimeLeft of(WorkingCalendar calendar, Instant now, Instant due) {
        Duration day = calendar.officeHours().daily();
        if (Timeliness.overdue(due, now)) {
            Duration over = calendar.workingTime(due, now);
            return new TimeLeft(Level.OVERDUE, Duration.ZERO, over.isNegative() ? Duration.ZERO : over, day);
        }
        Duration left = calendar.workingTime(now, due);
        return new TimeLeft(left.compareTo(day) <= 0 ? Level.SOON : Level.OK, left, Duration.ZERO, day);
    }

    /** Whole working days left (at least 0), for the words on the page. */
    public long daysLeft() {
        return left.toSeconds() / Math.max(1, workingDay.toSeconds());
    }

    /** Whole working days overdue. */
    public long daysOver() {
        return over.toSeconds() / Math.max(1, workingDay.toSeconds());
    }

    /** Less than one whole working day left. */
    public boolean underADay() {
        return left.toSeconds() < Math.max(1, workingDay.toSeconds());
    }
}
