package vn.motcua.calendar;

/** What a date is for civil servants: working, weekly rest, public holiday, or a day the government decided. */
public enum DayKind {
    /** An ordinary working day (Monday–Friday; Monday–Saturday before 2/10/1999). */
    WORKING(true),
    /** A weekly rest day. */
    WEEKEND(false),
    /** A public holiday by law, including the day taken off in lieu (nghỉ bù). */
    HOLIDAY(false),
    /** An extra day off decided by the government (usually swapped with a Saturday). */
    DAY_OFF(false),
    /** A rest day the government decided is worked (the Saturday that makes up a swapped day). */
    WORKING_DAY(true);

    private final boolean working;

    DayKind(boolean working) {
        this.working = working;
    }

    public boolean working() {
        return working;
    }
}
