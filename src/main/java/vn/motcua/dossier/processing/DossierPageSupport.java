package vn.motcua.dossier.processing;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;

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
        return "badge-status-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Time left until {@code due} in the working time of the agency's calendar, in words; null without a due instant. */
    public TimeBadge timeLeft(Long agencyId, Instant due) {
        if (due == null) {
            return null;
        }
        TimeLeft left = TimeLeft.of(calendars.forAgency(agencyId), clock.instant(), due);
        String text = switch (left.level()) {
            case OVERDUE -> left.daysOver() >= 1 ? messages.get("dossier.page.overdueDays", left.daysOver())
                    : left.over().toSeconds() == 0 ? messages.get("dossier.page.overdueNow")
                            : messages.get("dossier.page.overdueHours", (left.over().toSeconds() + 3599) / 3600);
            case SOON, OK -> left.underADay() ? messages.get("dossier.page.lessThanADay")
                    : messages.get("dossier.page.daysLeft", left.daysLeft());
        };
        return new TimeBadge(left.level(), text);
    }

    /** The time left as a coloured badge with the words that say it. */
    public record TimeBadge(TimeLeft.Level level, String text) {

        public String css() {
            return switch (level) {
                case OK -> "badge-time-ok";
                case SOON -> "badge-time-soon";
                case OVERDUE -> "badge-time-overdue";
            };
        }
    }
}
