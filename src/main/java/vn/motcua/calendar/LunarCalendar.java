package vn.motcua.calendar;

import java.time.LocalDate;

/**
 * The Vietnamese lunar calendar, computed astronomically for the meridian of UTC+7.
 * <p>
 * The rules of the traditional calendar: a month starts on the local day of a new moon; month 11
 * is the month containing the winter solstice; a year with 13 months between two months 11 has a
 * leap month, the first month containing no major solar term (the sun does not enter a new 30°
 * sector of longitude). New moons and the sun's longitude follow Jean Meeus (Astronomical
 * Formulae for Calculators / Astronomical Algorithms, ch. 25 and 49), the approach Hồ Ngọc Đức
 * used for his well-known Vietnamese calendar; computing at UTC+7 rather than UTC+8 is what makes
 * some years (1985, 2007...) differ from the Chinese calendar. Valid for 1900–2100.
 * <p>
 * Days are Julian day numbers (JDN) internally: {@code LocalDate.toEpochDay() + 2440588}.
 */
public final class LunarCalendar {

    private static final double TIME_ZONE = 7.0;
    private static final double SYNODIC_MONTH = 29.530588853;
    /** JD of the new moon of 1 January 1900 (k = 0 in Meeus' numbering used here). */
    private static final double EPOCH_NEW_MOON = 2415021.076998695;
    private static final long EPOCH_DAY_TO_JDN = 2440588;
    private static final double RAD = Math.PI / 180;

    private LunarCalendar() {
    }

    /** The lunar date of a solar (Gregorian) date. */
    public static LunarDate toLunar(LocalDate date) {
        long day = date.toEpochDay() + EPOCH_DAY_TO_JDN;
        // The mean month only estimates which new moon starts the month: step back until it is not after the day.
        int k = (int) Math.floor((day - EPOCH_NEW_MOON) / SYNODIC_MONTH) + 1;
        long monthStart = newMoonDay(k);
        while (monthStart > day) {
            monthStart = newMoonDay(--k);
        }
        int solarYear = date.getYear();
        long a11 = month11(solarYear);
        long b11;
        int lunarYear;
        if (a11 >= monthStart) {
            lunarYear = solarYear;
            b11 = a11;
            a11 = month11(solarYear - 1);
        } else {
            lunarYear = solarYear + 1;
            b11 = month11(solarYear + 1);
        }
        int lunarDay = (int) (day - monthStart + 1);
        int diff = (int) Math.floor((monthStart - a11) / 29.0);
        boolean leap = false;
        int lunarMonth = diff + 11;
        if (b11 - a11 > 365) {
            int leapOffset = leapMonthOffset(a11);
            if (diff >= leapOffset) {
                lunarMonth = diff + 10;
                leap = diff == leapOffset;
            }
        }
        if (lunarMonth > 12) {
            lunarMonth -= 12;
        }
        if (lunarMonth >= 11 && diff < 4) {
            lunarYear -= 1;
        }
        return new LunarDate(lunarYear, lunarMonth, lunarDay, leap);
    }

    /**
     * The solar date of a lunar date.
     *
     * @throws IllegalArgumentException when {@code leap} is set but that month is not leap in that year,
     *         or the day does not exist in the month
     */
    public static LocalDate toSolar(LunarDate lunar) {
        int month = lunar.month();
        long a11;
        long b11;
        if (month < 11) {
            a11 = month11(lunar.year() - 1);
            b11 = month11(lunar.year());
        } else {
            a11 = month11(lunar.year());
            b11 = month11(lunar.year() + 1);
        }
        int k = (int) Math.floor(0.5 + (a11 - EPOCH_NEW_MOON) / SYNODIC_MONTH);
        int offset = month - 11;
        if (offset < 0) {
            offset += 12;
        }
        if (b11 - a11 > 365) {
            int leapOffset = leapMonthOffset(a11);
            int leapMonth = leapOffset - 2;
            if (leapMonth < 0) {
                leapMonth += 12;
            }
            if (lunar.leapMonth() && month != leapMonth) {
                throw new IllegalArgumentException("Not a leap month: " + lunar);
            }
            if (lunar.leapMonth() || offset >= leapOffset) {
                offset += 1;
            }
        } else if (lunar.leapMonth()) {
            throw new IllegalArgumentException("No leap month in that year: " + lunar);
        }
        long monthStart = newMoonDay(k + offset);
        long monthLength = newMoonDay(k + offset + 1) - monthStart;
        if (lunar.day() < 1 || lunar.day() > monthLength) {
            throw new IllegalArgumentException("No such day: " + lunar);
        }
        return LocalDate.ofEpochDay(monthStart + lunar.day() - 1 - EPOCH_DAY_TO_JDN);
    }

    /** The solar date of lunar new year (mùng 1 Tết) of {@code lunarYear}. */
    public static LocalDate newYear(int lunarYear) {
        return toSolar(new LunarDate(lunarYear, 1, 1, false));
    }

    /** The leap month of a lunar year (1–12), or 0 when the year has none. */
    public static int leapMonth(int lunarYear) {
        LocalDate start = newYear(lunarYear);
        LocalDate next = newYear(lunarYear + 1);
        // A leap year has 13 new moons between two new years: find the month flagged leap.
        for (LocalDate d = start.plusDays(29); d.isBefore(next); d = d.plusDays(29)) {
            LunarDate lunar = toLunar(d);
            if (lunar.leapMonth()) {
                return lunar.month();
            }
        }
        return 0;
    }

    /** JDN of the local (UTC+7) day on which the k-th new moon after January 1900 falls. */
    static long newMoonDay(int k) {
        return (long) Math.floor(newMoon(k) + 0.5 + TIME_ZONE / 24);
    }

    /** Julian day (UT) of the k-th mean new moon corrected by the main periodic terms (Meeus). */
    static double newMoon(int k) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double jd = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
                + 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * RAD);
        double sunAnomaly = (359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3) * RAD;
        double moonAnomaly = (306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3) * RAD;
        double latitude = (21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3) * RAD;
        double correction = (0.1734 - 0.000393 * t) * Math.sin(sunAnomaly) + 0.0021 * Math.sin(2 * sunAnomaly)
                - 0.4068 * Math.sin(moonAnomaly) + 0.0161 * Math.sin(2 * moonAnomaly)
                - 0.0004 * Math.sin(3 * moonAnomaly) + 0.0104 * Math.sin(2 * latitude)
                - 0.0051 * Math.sin(sunAnomaly + moonAnomaly) - 0.0074 * Math.sin(sunAnomaly - moonAnomaly)
                + 0.0004 * Math.sin(2 * latitude + sunAnomaly) - 0.0004 * Math.sin(2 * latitude - sunAnomaly)
                - 0.0006 * Math.sin(2 * latitude + moonAnomaly) + 0.0010 * Math.sin(2 * latitude - moonAnomaly)
                + 0.0005 * Math.sin(sunAnomaly + 2 * moonAnomaly);
        // The formula gives ephemeris time; subtract ΔT (in days) to get universal time.
        double deltaT = t < -11
                ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
                : -0.000278 + 0.000265 * t + 0.000262 * t2;
        return jd + correction - deltaT;
    }

    /** Apparent longitude of the sun (radians, 0 ≤ λ < 2π) at Julian day {@code jd} (Meeus ch. 25, low accuracy). */
    static double sunLongitude(double jd) {
        double t = (jd - 2451545.0) / 36525;
        double t2 = t * t;
        double meanAnomaly = (357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2) * RAD;
        double meanLongitude = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
        double center = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.sin(meanAnomaly)
                + (0.019993 - 0.000101 * t) * Math.sin(2 * meanAnomaly) + 0.000290 * Math.sin(3 * meanAnomaly);
        double omega = (125.04 - 1934.136 * t) * RAD;
        double longitude = (meanLongitude + center - 0.00569 - 0.00478 * Math.sin(omega)) * RAD;
        longitude = longitude % (2 * Math.PI);
        return longitude < 0 ? longitude + 2 * Math.PI : longitude;
    }

    /** Which 30° sector (0–11) the sun is in at the start (local midnight) of day {@code jdn}. */
    static int sunSector(long jdn) {
        return (int) Math.floor(sunLongitude(jdn - 0.5 - TIME_ZONE / 24) / Math.PI * 6);
    }

    /** JDN of the first day of lunar month 11 of the solar year {@code year} (the month of the winter solstice). */
    static long month11(int year) {
        long lastDay = LocalDate.of(year, 12, 31).toEpochDay() + EPOCH_DAY_TO_JDN;
        int k = (int) Math.floor((lastDay - 2415021) / SYNODIC_MONTH);
        long newMoon = newMoonDay(k);
        // Sector 9 starts at 270°, the winter solstice: a month starting after it is month 12.
        return sunSector(newMoon) >= 9 ? newMoonDay(k - 1) : newMoon;
    }

    /** Offset, in months after month 11 starting at {@code a11}, of the leap month: the first without a major term. */
    static int leapMonthOffset(long a11) {
        int k = (int) Math.floor((a11 - EPOCH_NEW_MOON) / SYNODIC_MONTH + 0.5);
        int i = 1;
        int sector = sunSector(newMoonDay(k + i));
        int last;
        do {
            last = sector;
            i++;
            sector = sunSector(newMoonDay(k + i));
        } while (sector != last && i < 14);
        return i - 1;
    }
}
