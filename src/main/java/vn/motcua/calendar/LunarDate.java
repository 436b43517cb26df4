package vn.motcua.calendar;

/** A date of the Vietnamese lunar calendar; {@code leapMonth} marks the intercalary month (tháng nhuận). */
public record LunarDate(int year, int month, int day, boolean leapMonth) {
}
