package vn.motcua.platform.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The zone business rules, pages and reports use (Asia/Ho_Chi_Minh); storage stays in UTC instants. */
public record BusinessZone(ZoneId zone) {

    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    public LocalDate dateOf(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    public String formatDate(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(zone));
    }

    public String formatDateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
    }
}
