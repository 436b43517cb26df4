package vn.motcua.calendar;

/**
 * A time limit in working days or working hours; fractional values are allowed (0.25 day). One
 * working day is one day of the agency's office hours (8 hours with the province default).
 */
public record WorkingDuration(double amount, Unit unit) {

    public enum Unit { DAYS, HOURS }

    public WorkingDuration {
        if (unit == null) {
            throw new IllegalArgumentException("unit is required");
        }
        if (!(amount >= 0) || Double.isInfinite(amount)) {
            throw new IllegalArgumentException("amount must be a finite number ≥ 0: " + amount);
        }
    }

    public static WorkingDuration days(double days) {
        return new WorkingDuration(days, Unit.DAYS);
    }

    public static WorkingDuration hours(double hours) {
        return new WorkingDuration(hours, Unit.HOURS);
    }

    public boolean inDays() {
        return unit == Unit.DAYS;
    }
}
