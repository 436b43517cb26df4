package vn.motcua.dossier.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.organization.Agencies;
import vn.motcua.organization.AgencyRef;
import vn.motcua.platform.i18n.Messages;
import vn.motcua.platform.time.BusinessZone;

/**
 * What the dossier pages show the same way everywhere, available to templates as
 * {@code @dossierPages}: dates and times in Hà Nội time, time left in working time with words, the
 * status badge's colour, agency names.
 */
@Component("dossierPages")
public class DossierPageSupport {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final WorkingCalendars calendars;
    private final Agencies agencies;
    private final Messages messages;
    private final BusinessZone zone;
    private final Clock clock;

    DossierPageSupport(WorkingCalendars calendars, Agencies agencies, Messages messages, BusinessZone zone,
            Clock clock) {
        this.calendars = calendars;
        this.agencies = agencies;
        this.messages = messages;
        this.zone = zone;
        this.clock = clock;
    }

    /** {@code dd/MM/yyyy HH:mm}, empty when absent. */
    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(zone.zone()));
    }

    public String date(Instant instant) {
        return zone.formatDate(instant);
    }

    public String agencyName(Long agencyId) {
        return agencyId == null ? "" : agencies.byId(agencyId).map(AgencyRef::name).orElse("#" + agencyId);
    }

    public String statusClass(DossierStatus status) {
        return "badge-status-" + status.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** Time left until {@code due}, counted in the working time of the agency's calendar; null without a due instant. */
    public TimeLeft timeLeft(Long agencyId, Instant due) {
        if (due == null) {
            return null;
        }
        Instant now = clock.instant();
        WorkingCalendar calendar = calendars.forAgency(agencyId);
        long day = Math.max(1, calendar.officeHours().daily().toSeconds());
        if (now.isAfter(due)) {
            long over = Math.max(0, calendar.workingTime(due, now).toSeconds());
            if (over >= day) {
                return new TimeLeft(TimeLeft.Level.OVERDUE, messages.get("dossier.page.overdueDays", over / day));
            }
            long hours = (over + 3599) / 3600;
            return new TimeLeft(TimeLeft.Level.OVERDUE, hours == 0 ? messages.get("dossier.page.overdueNow")
                    : messages.get("dossier.page.overdueHours", hours));
        }
        Duration left = calendar.workingTime(now, due);
        long seconds = left.toSeconds();
        if (seconds < day) {
            return new TimeLeft(TimeLeft.Level.SOON, messages.get("dossier.page.lessThanADay"));
        }
        return new TimeLeft(seconds > day ? TimeLeft.Level.OK : TimeLeft.Level.SOON,
                messages.get("dossier.page.daysLeft", seconds / day));
    }
}
