package vn.motcua.dossier.counts;

/** The counters of a day row, in the order of the table's columns. */
enum DayColumn {
    RECEIVED_ONLINE, RECEIVED_DIRECT, RECEIVED_POSTAL, CLOSED, RESOLVED_EARLY, RESOLVED_ON_TIME, RESOLVED_LATE,
    WITHDRAWN, DUE_PASSED, DUE_PASSED_CLOSED;

    static final String NAMES = java.util.Arrays.stream(values()).map(DayColumn::column)
            .collect(java.util.stream.Collectors.joining(", "));

    String column() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
