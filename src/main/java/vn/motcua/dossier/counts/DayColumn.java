package vn.motcua.dossier.counts;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The counters of a day row, in the order of the table's columns. */
enum DayColumn {
    RECEIVED_ONLINE, RECEIVED_DIRECT, RECEIVED_POSTAL, CLOSED, RESOLVED_EARLY, RESOLVED_ON_TIME, RESOLVED_LATE,
    WITHDRAWN, DUE_PASSED, DUE_PASSED_CLOSED;

    static final String NAMES = Arrays.stream(values()).map(DayColumn::column)
            .collect(Collectors.joining(", "));

    String column() {
        return name().toLowerCase(Locale.ROOT);
    }
}
