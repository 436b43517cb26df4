package vn.motcua.calendar.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.motcua.calendar.CalendarDay;
import vn.motcua.calendar.DayKind;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.platform.i18n.LocalizedText;

/** A year as 12 month grids (weeks from Monday, as Vietnamese calendars print them) and its list of days off. */
record YearView(int year, List<Month> months, List<Cell> notable) {

    record Month(int month, List<List<Cell>> weeks) {
    }

    /** A date with its kind and name in the page's language; null cells pad the first and last week. */
    record Cell(LocalDate date, CalendarDay day, String name) {

        public String kind() {
            return day.kind().name();
        }

        public boolean ordinary() {
            return name == null && day.kind() != DayKind.WEEKEND;
        }
    }

    static YearView of(int year, WorkingCalendar calendar, DayNames names, Locale locale) {
        List<Month> months = new ArrayList<>();
        List<Cell> notable = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            LocalDate first = LocalDate.of(year, m, 1);
            List<List<Cell>> weeks = new ArrayList<>();
            List<Cell> week = new ArrayList<>();
            for (int pad = 1; pad < first.getDayOfWeek().getValue(); pad++) {
                week.add(null);
            }
            for (CalendarDay day : calendar.days(first, first.plusMonths(1).minusDays(1))) {
                LocalizedText text = names.of(day);
                Cell cell = new Cell(day.date(), day, text == null ? null : text.in(locale));
                if (text != null) {
                    notable.add(cell);
                }
                week.add(cell);
                if (week.size() == 7) {
                    weeks.add(week);
                    week = new ArrayList<>();
                }
            }
            if (!week.isEmpty()) {
                while (week.size() < 7) {
                    week.add(null);
                }
                weeks.add(week);
            }
            months.add(new Month(m, weeks));
        }
        return new YearView(year, months, notable);
    }
}
