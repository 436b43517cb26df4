package vn.motcua.calendar.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.calendar.DecidedDay;
import vn.motcua.calendar.OfficeHours;
import vn.motcua.calendar.config.CalendarAdministration;
import vn.motcua.calendar.config.DecidedDayData;
import vn.motcua.calendar.config.DecidedDayStore;
import vn.motcua.calendar.config.OfficeHoursData;
import vn.motcua.calendar.config.OfficeHoursStore;
import vn.motcua.organization.AgencyRef;
import vn.motcua.platform.security.Actor;
import vn.motcua.platform.security.Role;
import vn.motcua.platform.web.ProblemException;
import vn.motcua.platform.web.Validation;

/**
 * Administration of the calendar: decided days (CRUD, JSON import and export) and office hours.
 * Decided days are province-wide, so they need the ADMIN role for the whole province; an agency's
 * office hours need ADMIN for that agency.
 */
@RestController
@RequestMapping("/api/v1/calendar")
class CalendarAdminApiController {

    private final CalendarAdministration administration;
    private final DecidedDayStore days;
    private final OfficeHoursStore hours;
    private final AgencyCalendars agencies;

    CalendarAdminApiController(CalendarAdministration administration, DecidedDayStore days, OfficeHoursStore hours,
            AgencyCalendars agencies) {
        this.administration = administration;
        this.days = days;
        this.hours = hours;
        this.agencies = agencies;
    }

    record AgencyHoursJson(String agency, LocalTime morningStart, LocalTime morningEnd, LocalTime afternoonStart,
            LocalTime afternoonEnd) {
    }

    @GetMapping("/decided-days")
    List<DecidedDay> list(Actor actor, @RequestParam(required = false) Integer year) {
        requireAdmin(actor);
        Validation.requireYearInRange("year", year);
        return year == null ? days.all() : days.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    @GetMapping("/decided-days/{id}")
    DecidedDay get(Actor actor, @PathVariable long id) {
        requireAdmin(actor);
        return days.byId(id).orElseThrow(() -> ProblemException.notFound("calendar.decided.notFound"));
    }

    @PostMapping("/decided-days")
    @ResponseStatus(HttpStatus.CREATED)
    DecidedDay create(Actor actor, @RequestBody DecidedDayData data) {
        requireProvinceAdmin(actor);
        return administration.create(data);
    }

    @PutMapping("/decided-days/{id}")
    DecidedDay update(Actor actor, @PathVariable long id, @RequestBody DecidedDayData data) {
        requireProvinceAdmin(actor);
        return administration.update(id, data);
    }

    @DeleteMapping("/decided-days/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> delete(Actor actor, @PathVariable long id) {
        requireProvinceAdmin(actor);
        administration.delete(id);
        return ResponseEntity.noContent().build();
    }

    /** The decided days (of a year, or all) as a JSON file the import takes back. */
    @GetMapping("/decided-days/export")
    ResponseEntity<List<DecidedDayData>> export(Actor actor, @RequestParam(required = false) Integer year) {
        List<DecidedDayData> data = list(actor, year).stream()
                .map(d -> new DecidedDayData(d.date(), d.kind(), d.name(), d.legalReference())).toList();
        String file = "decided-days" + (year == null ? "" : "-" + year) + ".json";
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"")
                .body(data);
    }

    @PostMapping("/decided-days/import")
    Map<String, Integer> importDays(Actor actor, @RequestBody List<DecidedDayData> data) {
        requireProvinceAdmin(actor);
        return Map.of("imported", administration.importDays(data));
    }

    @GetMapping("/office-hours")
    Map<String, Object> officeHours(Actor actor) {
        requireAdmin(actor);
        List<AgencyHoursJson> own = hours.agencies().entrySet().stream()
                .map(e -> agencyJson(agencies.byId(e.getKey()).map(AgencyRef::code).orElse(null), e.getValue()))
                .toList();
        return Map.of("province", hours.provinceDefault(), "agencies", own);
    }

    @PutMapping("/office-hours")
    OfficeHours saveDefault(Actor actor, @RequestBody OfficeHoursData data) {
        requireProvinceAdmin(actor);
        return administration.saveProvinceDefault(data);
    }

    @PutMapping("/office-hours/{agencyCode}")
    AgencyHoursJson saveAgency(Actor actor, @PathVariable String agencyCode, @RequestBody OfficeHoursData data) {
        AgencyRef agency = agency(agencyCode);
        if (!actor.can(Role.ADMIN, agency.id())) {
            throw ProblemException.forbidden("problem.forbidden");
        }
        return agencyJson(agency.code(), administration.saveAgency(agency.id(), agency.code(), data));
    }

    @DeleteMapping("/office-hours/{agencyCode}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> deleteAgency(Actor actor, @PathVariable String agencyCode) {
        AgencyRef agency = agency(agencyCode);
        if (!actor.can(Role.ADMIN, agency.id())) {
            throw ProblemException.forbidden("problem.forbidden");
        }
        administration.deleteAgency(agency.id(), agency.code());
        return ResponseEntity.noContent().build();
    }

    private AgencyRef agency(String code) {
        return agencies.byCode(code).orElseThrow(() -> ProblemException.notFound("calendar.agency.notFound", code));
    }

    private static AgencyHoursJson agencyJson(String code, OfficeHours h) {
        return new AgencyHoursJson(code, h.morningStart(), h.morningEnd(), h.afternoonStart(), h.afternoonEnd());
    }

    static void requireAdmin(Actor actor) {
        if (!actor.hasRole(Role.ADMIN)) {
            throw ProblemException.forbidden("problem.forbidden");
        }
    }

    static void requireProvinceAdmin(Actor actor) {
        if (!actor.scopeOf(Role.ADMIN).wholeProvince()) {
            throw ProblemException.forbidden("calendar.forbidden.province");
        }
    }
}
