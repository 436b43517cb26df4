package vn.motcua.calendar.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.calendar.DayKind;
import vn.motcua.calendar.LunarCalendar;
import vn.motcua.calendar.LunarDate;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.calendar.WorkingDuration;
import vn.motcua.platform.web.Validation;

/** The public calendar API: days of a period, lunar dates, due dates. No login. */
@RestController
@RequestMapping("/api/v1/calendar")
class CalendarApiController {

    static final double MAX_DAYS = 3650;
    static final double MAX_HOURS = 30_000;

    private final WorkingCalendars calendars;
    private final AgencyCalendars agencies;
    private final DayNames names;

    CalendarApiController(WorkingCalendars calendars, AgencyCalendars agencies, DayNames names) {
        this.calendars = calendars;
        this.agencies = agencies;
        this.names = names;
    }

    record DayJson(LocalDate date, boolean working, DayKind kind, String name, String nameEn) {
    }

    record DueJson(String due) {
    }

    /** One element per date from {@code from} to {@code to} (both included, at most 10 years). */
    @GetMapping("/days")
    List<DayJson> days(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String agency) {
        Validation validation = new Validation();
        LocalDate start = CalendarParams.date(validation, "from", from);
        LocalDate end = CalendarParams.date(validation, "to", to);
        if (start != null && end != null) {
            validation.check(!end.isBefore(start), "to", "calendar.field.toBeforeFrom");
            validation.check(!end.isAfter(start.plusYears(10)), "to", "calendar.field.rangeTooLong");
        }
        WorkingCalendar calendar = agencies.calendar(validation, agency);
        validation.throwIfInvalid();
        return calendar.days(start, end).stream().map(d -> {
            var name = names.of(d);
            return new DayJson(d.date(), d.working(), d.kind(), name == null ? null : name.vi(),
                    name == null ? null : name.en());
        }).toList();
    }

    @GetMapping("/lunar/{date}")
    Map<String, Object> lunar(@PathVariable String date) {
        Validation validation = new Validation();
        LocalDate solar = CalendarParams.date(validation, "date", date);
        validation.throwIfInvalid();
        LunarDate lunar = LunarCalendar.toLunar(solar);
        return Map.of("year", lunar.year(), "month", lunar.month(), "day", lunar.day(), "leapMonth", lunar.leapMonth());
    }

    /** The due instant of a limit in working days or working hours (exactly one) counted from {@code start}. */
    @GetMapping("/due")
    DueJson due(@RequestParam(required = false) String start, @RequestParam(required = false) String workingDays,
            @RequestParam(required = false) String workingHours, @RequestParam(required = false) String agency) {
        Validation validation = new Validation();
        Instant from = CalendarParams.instant(validation, "start", start);
        boolean days = workingDays != null && !workingDays.isBlank();
        boolean hours = workingHours != null && !workingHours.isBlank();
        WorkingDuration limit = null;
        if (days == hours) {
            validation.add("workingDays", "calendar.field.oneLimit");
            validation.add("workingHours", "calendar.field.oneLimit");
        } else if (days) {
            Double amount = CalendarParams.amount(validation, "workingDays", workingDays, MAX_DAYS);
            limit = amount == null ? null : WorkingDuration.days(amount);
        } else {
            Double amount = CalendarParams.amount(validation, "workingHours", workingHours, MAX_HOURS);
            limit = amount == null ? null : WorkingDuration.hours(amount);
        }
        WorkingCalendar calendar = agencies.calendar(validation, agency);
        validation.throwIfInvalid();
        try {
            return new DueJson(calendar.due(from, limit).toString());
        } catch (IllegalArgumentException e) {
            // The start or the due date falls outside 1900–2100.
            validation.add("start", "calendar.field.dateRange").throwIfInvalid();
            throw e;
        }
    }
}
