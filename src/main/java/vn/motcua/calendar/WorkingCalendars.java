package vn.motcua.calendar;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.springframework.stereotype.Service;

import vn.motcua.calendar.config.CalendarRevision;
import vn.motcua.calendar.config.DecidedDayStore;
import vn.motcua.calendar.config.OfficeHoursStore;
import vn.motcua.platform.time.BusinessZone;

/**
 * Hands out the working calendar of an agency (its own office hours, or the province default).
 * <p>
 * Calendars are built in memory once and shared. To stay correct on several nodes, the cache is
 * tagged with the {@code calendar_state.revision} it was built from; at most once a second a
 * caller compares it with the database (one primary-key read) and rebuilds when another node
 * changed something. A change made on this node takes effect here at once (see docs/deadlines.md).
 */
@Service
public class WorkingCalendars {

    private static final long CHECK_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final DecidedDayStore decidedDays;
    private final OfficeHoursStore officeHours;
    private final CalendarRevision revision;
    private final BusinessZone zone;
    private volatile Snapshot snapshot;
    private volatile long checkedAt;

    WorkingCalendars(DecidedDayStore decidedDays, OfficeHoursStore officeHours, CalendarRevision revision,
            BusinessZone zone) {
        this.decidedDays = decidedDays;
        this.officeHours = officeHours;
        this.revision = revision;
        this.zone = zone;
    }

    /** The calendar with the province's default office hours. */
    public WorkingCalendar provinceDefault() {
        return current().provinceDefault;
    }

    /** The calendar of an agency: its own office hours when it has them, else the province default. */
    public WorkingCalendar forAgency(Long agencyId) {
        Snapshot current = current();
        if (agencyId == null) {
            return current.provinceDefault;
        }
        OfficeHours hours = current.agencyHours.get(agencyId);
        return hours == null ? current.provinceDefault
                : current.agencies.computeIfAbsent(agencyId, id -> current.provinceDefault.withOfficeHours(hours));
    }

    /** Makes the next call re-read the revision (called after this node committed a change). */
    public void invalidate() {
        checkedAt = System.nanoTime() - 2 * CHECK_INTERVAL_NANOS;
        Snapshot current = snapshot;
        if (current != null) {
            snapshot = new Snapshot(-1, current.provinceDefault, current.agencyHours);
        }
    }

    private Snapshot current() {
        Snapshot current = snapshot;
        if (current != null && System.nanoTime() - checkedAt < CHECK_INTERVAL_NANOS) {
            return current;
        }
        return refresh();
    }

    private synchronized Snapshot refresh() {
        Snapshot current = snapshot;
        long now = System.nanoTime();
        if (current != null && now - checkedAt < CHECK_INTERVAL_NANOS) {
            return current;
        }
        long latest = revision.current();
        if (current == null || current.revision != latest) {
            // Read the revision first: a change committed meanwhile bumps it again and is picked up next time.
            WorkingCalendar calendar = new WorkingCalendar(DayTable.build(decidedDays.all()),
                    officeHours.provinceDefault(), zone.zone());
            current = new Snapshot(latest, calendar, Map.copyOf(officeHours.agencies()));
            snapshot = current;
        }
        checkedAt = now;
        return current;
    }

    private record Snapshot(long revision, WorkingCalendar provinceDefault, Map<Long, OfficeHours> agencyHours,
            Map<Long, WorkingCalendar> agencies) {

        Snapshot(long revision, WorkingCalendar provinceDefault, Map<Long, OfficeHours> agencyHours) {
            this(revision, provinceDefault, agencyHours, new ConcurrentHashMap<>());
        }
    }
}
