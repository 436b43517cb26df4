package vn.motcua.calendar.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.motcua.calendar.DayKind;
import vn.motcua.calendar.DecidedDay;
import vn.motcua.calendar.OfficeHours;
import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.calendar.config.CalendarAdministration;
import vn.motcua.calendar.config.DecidedDayData;
import vn.motcua.calendar.config.DecidedDayStore;
import vn.motcua.calendar.config.OfficeHoursData;
import vn.motcua.calendar.config.OfficeHoursStore;
import vn.motcua.platform.i18n.Messages;
import vn.motcua.platform.security.Actor;
import vn.motcua.platform.time.BusinessZone;
import vn.motcua.platform.web.FieldProblem;
import vn.motcua.platform.web.ProblemException;

/** The administrator's year calendar: holidays, decided days (add, edit, delete) and the office hours form. */
@Controller
@RequestMapping("/staff/calendar")
class CalendarPageController {

    private final WorkingCalendars calendars;
    private final CalendarAdministration administration;
    private final DecidedDayStore days;
    private final OfficeHoursStore hours;
    private final DayNames names;
    private final Messages messages;
    private final BusinessZone zone;
    private final Clock clock;

    CalendarPageController(WorkingCalendars calendars, CalendarAdministration administration, DecidedDayStore days,
            OfficeHoursStore hours, DayNames names, Messages messages, BusinessZone zone, Clock clock) {
        this.calendars = calendars;
        this.administration = administration;
        this.days = days;
        this.hours = hours;
        this.names = names;
        this.messages = messages;
        this.zone = zone;
        this.clock = clock;
    }

    @GetMapping
    String page(Actor actor, @RequestParam(required = false) Integer year, @RequestParam(required = false) Long edit,
            Model model) {
        CalendarAdminApiController.requireAdmin(actor);
        int shown = year(year);
        DecidedDay editing = edit == null ? null : days.byId(edit).orElse(null);
        DecidedDayForm form = editing == null ? DecidedDayForm.empty()
                : new DecidedDayForm(editing.date().toString(), editing.kind().name(), editing.name(),
                        editing.legalReference() == null ? "" : editing.legalReference());
        return render(shown, editing == null ? null : editing.id(), form, null, null, model);
    }

    @PostMapping("/decided-days")
    String create(Actor actor, DecidedDayForm form, Model model, HttpServletResponse response) {
        CalendarAdminApiController.requireProvinceAdmin(actor);
        try {
            DecidedDay day = administration.create(form.toData());
            return "redirect:/staff/calendar?year=" + day.date().getYear() + "&saved";
        } catch (ProblemException e) {
            return invalid(e, form.yearOr(year(null)), null, form, null, model, response);
        }
    }

    @PostMapping("/decided-days/{id}")
    String update(Actor actor, @PathVariable long id, DecidedDayForm form, Model model, HttpServletResponse response) {
        CalendarAdminApiController.requireProvinceAdmin(actor);
        try {
            DecidedDay day = administration.update(id, form.toData());
            return "redirect:/staff/calendar?year=" + day.date().getYear() + "&saved";
        } catch (ProblemException e) {
            return invalid(e, form.yearOr(year(null)), id, form, null, model, response);
        }
    }

    @PostMapping("/decided-days/{id}/delete")
    String delete(Actor actor, @PathVariable long id) {
        CalendarAdminApiController.requireProvinceAdmin(actor);
        int year = days.byId(id).map(d -> d.date().getYear()).orElse(year(null));
        administration.delete(id);
        return "redirect:/staff/calendar?year=" + year + "&deleted";
    }

    @PostMapping("/office-hours")
    String officeHours(Actor actor, @RequestParam(required = false) Integer year, HoursForm form, Model model,
            HttpServletResponse response) {
        CalendarAdminApiController.requireProvinceAdmin(actor);
        try {
            administration.saveProvinceDefault(form.toData());
            return "redirect:/staff/calendar?year=" + year(year) + "&saved";
        } catch (ProblemException e) {
            return invalid(e, year(year), null, DecidedDayForm.empty(), form, model, response);
        }
    }

    private String invalid(ProblemException e, int year, Long editing, DecidedDayForm form, HoursForm hoursForm,
            Model model, HttpServletResponse response) {
        if (e.fieldProblems().isEmpty()) {
            throw e;
        }
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldProblem p : e.fieldProblems()) {
            errors.putIfAbsent((hoursForm == null ? "" : "hours-") + p.field(), messages.get(p.messageKey(), p.args()));
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return render(year, editing, form, hoursForm, errors, model);
    }

    private String render(int year, Long editing, DecidedDayForm form, HoursForm hoursForm, Map<String, String> errors,
            Model model) {
        var calendar = calendars.provinceDefault();
        model.addAttribute("view", YearView.of(year, calendar, names, LocaleContextHolder.getLocale()));
        model.addAttribute("decided", days.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
        model.addAttribute("editing", editing);
        model.addAttribute("form", form);
        model.addAttribute("hours", hoursForm != null ? hoursForm : HoursForm.of(hours.provinceDefault()));
        model.addAttribute("errors", errors == null ? Map.of() : errors);
        model.addAttribute("kinds", List.of(DayKind.DAY_OFF, DayKind.WORKING_DAY));
        model.addAttribute("allKinds", DayKind.values());
        model.addAttribute("weekdays", List.of(1, 2, 3, 4, 5, 6, 7));
        return "calendar/year";
    }

    private int year(Integer requested) {
        int year = requested == null ? zone.dateOf(clock.instant()).getYear() : requested;
        if (year < 1900 || year > 2100) {
            throw ProblemException.invalid("year", "calendar.field.dateRange");
        }
        return year;
    }

    /** The decided-day form as typed: strings, so that a bad value comes back with its message, not a 500. */
    record DecidedDayForm(String date, String kind, String name, String legalReference) {

        static DecidedDayForm empty() {
            return new DecidedDayForm("", DayKind.DAY_OFF.name(), "", "");
        }

        DecidedDayData toData() {
            LocalDate parsed = null;
            DayKind parsedKind = null;
            try {
                parsed = date == null || date.isBlank() ? null : LocalDate.parse(date.strip());
            } catch (DateTimeParseException e) {
                throw ProblemException.invalid("date", "calendar.field.date");
            }
            try {
                parsedKind = kind == null || kind.isBlank() ? null : DayKind.valueOf(kind);
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid("kind", "calendar.field.decidedKind");
            }
            return new DecidedDayData(parsed, parsedKind, name, legalReference);
        }

        int yearOr(int fallback) {
            try {
                return LocalDate.parse(date.strip()).getYear();
            } catch (RuntimeException e) {
                return fallback;
            }
        }
    }

    /** The office hours form: HH:mm strings. */
    record HoursForm(String morningStart, String morningEnd, String afternoonStart, String afternoonEnd) {

        static HoursForm of(OfficeHours h) {
            return new HoursForm(h.morningStart().toString(), h.morningEnd().toString(), h.afternoonStart().toString(),
                    h.afternoonEnd().toString());
        }

        OfficeHoursData toData() {
            List<FieldProblem> problems = new ArrayList<>();
            LocalTime ms = time("morningStart", morningStart, problems);
            LocalTime me = time("morningEnd", morningEnd, problems);
            LocalTime as = time("afternoonStart", afternoonStart, problems);
            LocalTime ae = time("afternoonEnd", afternoonEnd, problems);
            if (!problems.isEmpty()) {
                throw ProblemException.invalid(problems);
            }
            return new OfficeHoursData(ms, me, as, ae);
        }

        private static LocalTime time(String field, String value, List<FieldProblem> problems) {
            try {
                return value == null || value.isBlank() ? null : LocalTime.parse(value.strip());
            } catch (DateTimeParseException e) {
                problems.add(new FieldProblem(field, "calendar.field.time"));
                return null;
            }
        }
    }
}
