package vn.motcua.dossier.processing;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.function.LongFunction;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.calendar.WorkingDuration;
import vn.motcua.catalog.TimeLimit;

/**
 * The dossier's deadlines, always asked of the calendar (the one place deadlines are computed) in
 * the calendar of the agency concerned.
 */
@Component
class Deadlines {

    private final LongFunction<WorkingCalendar> calendars;

    @Autowired
    Deadlines(WorkingCalendars calendars) {
        this(calendars::forAgency);
    }

    /** Over any source of agency calendars (unit tests pass calendars built with {@link WorkingCalendar#of}). */
    Deadlines(LongFunction<WorkingCalendar> calendars) {
        this.calendars = calendars;
    }

    /** The due instant of a limit counted from {@code start}; "within the day" ends with that working day. */
    Instant due(long agencyId, Instant start, TimeLimit limit) {
        return calendars.apply(agencyId).due(start, duration(limit));
    }

    /** A step's due instant; a step without a share (the return of the result) is due with the dossier. */
    Instant stepDue(long agencyId, Instant start, TimeLimit share, Instant dossierDue) {
        if (share == null || share.amount() == null || share.amount().signum() == 0
                && share.unit() != TimeLimit.Unit.WITHIN_DAY) {
            return dossierDue;
        }
        return due(agencyId, start, share);
    }

    /** {@code due} moved later by the working time between {@code stoppedAt} and {@code resumedAt}. */
    Instant shift(long agencyId, Instant due, Instant stoppedAt, Instant resumedAt) {
        if (due == null || stoppedAt == null) {
            return due;
        }
        WorkingCalendar calendar = calendars.apply(agencyId);
        Duration paused = calendar.workingTime(stoppedAt, resumedAt);
        return paused.isZero() || paused.isNegative() ? due
                : calendar.due(due, WorkingDuration.hours(paused.toSeconds() / 3600.0));
    }

    private static WorkingDuration duration(TimeLimit limit) {
        BigDecimal amount = limit.amount() == null ? BigDecimal.ZERO : limit.amount();
        return switch (limit.unit()) {
            case WORKING_DAYS -> WorkingDuration.days(amount.doubleValue());
            case WORKING_HOURS -> WorkingDuration.hours(amount.doubleValue());
            case WITHIN_DAY -> WorkingDuration.days(0);
        };
    }
}
