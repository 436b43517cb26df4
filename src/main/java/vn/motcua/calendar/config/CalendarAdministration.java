package vn.motcua.calendar.config;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.motcua.calendar.DayKind;
import vn.motcua.calendar.DecidedDay;
import vn.motcua.calendar.OfficeHours;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.platform.audit.AuditLog;
import vn.motcua.platform.text.CleanText;
import vn.motcua.platform.web.ProblemException;
import vn.motcua.platform.web.Validation;

/**
 * Changes to calendar data: decided days and office hours. Each change is validated, audited in the
 * same transaction, bumps the calendar revision (so every node reloads) and, once committed,
 * refreshes this node's calendar at once.
 */
@Service
@Transactional
public class CalendarAdministration {

    static final String DECIDED_DAY = "calendar.DecidedDay";
    static final String OFFICE_HOURS = "calendar.OfficeHours";

    private final DecidedDayStore days;
    private final OfficeHoursStore hours;
    private final CalendarRevision revision;
    private final WorkingCalendars calendars;
    private final AuditLog audit;
    private final Clock clock;

    CalendarAdministration(DecidedDayStore days, OfficeHoursStore hours, CalendarRevision revision,
            WorkingCalendars calendars, AuditLog audit, Clock clock) {
        this.days = days;
        this.hours = hours;
        this.revision = revision;
        this.calendars = calendars;
        this.audit = audit;
        this.clock = clock;
    }

    public DecidedDay create(DecidedDayData data) {
        validate(data, null, "").throwIfInvalid();
        DecidedDay day = toDay(null, data);
        long id = days.insert(day, clock.instant());
        DecidedDay created = new DecidedDay(id, day.date(), day.kind(), day.name(), day.legalReference());
        audit.created(DECIDED_DAY, id, summary(created), created);
        changed();
        return created;
    }

    public DecidedDay update(long id, DecidedDayData data) {
        DecidedDay before = days.byId(id).orElseThrow(() -> ProblemException.notFound("calendar.decided.notFound"));
        validate(data, id, "").throwIfInvalid();
        DecidedDay after = toDay(id, data);
        days.update(after, clock.instant());
        audit.updated(DECIDED_DAY, id, summary(after), before, after);
        changed();
        return after;
    }

    public void delete(long id) {
        DecidedDay before = days.byId(id).orElseThrow(() -> ProblemException.notFound("calendar.decided.notFound"));
        days.delete(id);
        audit.deleted(DECIDED_DAY, id, summary(before), before);
        changed();
    }

    /** Imports a list: a day already decided on the same date is replaced. All or nothing. */
    public int importDays(List<DecidedDayData> list) {
        Validation validation = new Validation();
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            DecidedDayData data = list.get(i);
            String prefix = "[" + i + "].";
            if (data == null) {
                validation.add("[" + i + "]", "problem.field.required");
                continue;
            }
            check(validation, data, prefix);
            validation.check(data.date() == null || seen.add(data.date()), prefix + "date", "calendar.field.dateTwice");
        }
        validation.throwIfInvalid();
        for (DecidedDayData data : list) {
            var existing = days.byDate(data.date());
            if (existing.isPresent()) {
                days.update(toDay(existing.get().id(), data), clock.instant());
            } else {
                days.insert(toDay(null, data), clock.instant());
            }
        }
        audit.record("IMPORT", DECIDED_DAY, null, "Nhập " + list.size() + " ngày quyết định", Map.of("count", list.size()));
        changed();
        return list.size();
    }

    public OfficeHours saveProvinceDefault(OfficeHoursData data) {
        OfficeHours before = hours.provinceDefault();
        OfficeHours after = validate(data);
        hours.saveDefault(after, clock.instant());
        audit.updated(OFFICE_HOURS, "province", "Giờ làm việc mặc định của tỉnh", before, after);
        changed();
        return after;
    }

    public OfficeHours saveAgency(long agencyId, String agencyCode, OfficeHoursData data) {
        OfficeHours after = validate(data);
        var before = hours.ofAgency(agencyId);
        hours.saveAgency(agencyId, after, clock.instant());
        if (before.isPresent()) {
            audit.updated(OFFICE_HOURS, agencyId, "Giờ làm việc của " + agencyCode, before.get(), after);
        } else {
            audit.created(OFFICE_HOURS, agencyId, "Giờ làm việc của " + agencyCode, after);
        }
        changed();
        return after;
    }

    public void deleteAgency(long agencyId, String agencyCode) {
        var before = hours.ofAgency(agencyId)
                .orElseThrow(() -> ProblemException.notFound("calendar.hours.notFound"));
        hours.deleteAgency(agencyId);
        audit.deleted(OFFICE_HOURS, agencyId, "Giờ làm việc của " + agencyCode, before);
        changed();
    }

    private Validation validate(DecidedDayData data, Long id, String prefix) {
        Validation validation = new Validation();
        check(validation, data, prefix);
        if (data.date() != null) {
            days.byDate(data.date()).filter(d -> !d.id().equals(id))
                    .ifPresent(d -> validation.add(prefix + "date", "calendar.field.dateTaken"));
        }
        return validation;
    }

    private static void check(Validation validation, DecidedDayData data, String prefix) {
        validation.check(data.date() != null, prefix + "date", "problem.field.required");
        validation.check(data.date() == null || !data.date().isBefore(WorkingCalendar.firstDate())
                && !data.date().isAfter(WorkingCalendar.lastDate()), prefix + "date", "calendar.field.dateRange");
        validation.check(data.kind() == DayKind.DAY_OFF || data.kind() == DayKind.WORKING_DAY, prefix + "kind",
                "calendar.field.decidedKind");
        validation.check(data.name() != null && !data.name().isBlank(), prefix + "name", "problem.field.required");
        validation.check(data.name() == null || data.name().strip().length() <= 200, prefix + "name",
                "calendar.field.tooLong", 200);
        validation.check(data.legalReference() == null || data.legalReference().strip().length() <= 300,
                prefix + "legalReference", "calendar.field.tooLong", 300);
        String nameProblem = CleanText.problem(data.name(), false);
        validation.check(nameProblem == null, prefix + "name", nameProblem);
        String referenceProblem = CleanText.problem(data.legalReference(), false);
        validation.check(referenceProblem == null, prefix + "legalReference", referenceProblem);
    }

    private static OfficeHours validate(OfficeHoursData data) {
        Validation validation = new Validation();
        if (data == null) {
            data = new OfficeHoursData(null, null, null, null);
        }
        validation.check(data.morningStart() != null, "morningStart", "problem.field.required");
        validation.check(data.morningEnd() != null, "morningEnd", "problem.field.required");
        validation.check(data.afternoonStart() != null, "afternoonStart", "problem.field.required");
        validation.check(data.afternoonEnd() != null, "afternoonEnd", "problem.field.required");
        validation.throwIfInvalid();
        validation.check(data.morningStart().isBefore(data.morningEnd()), "morningEnd", "calendar.field.hoursOrder");
        validation.check(!data.morningEnd().isAfter(data.afternoonStart()), "afternoonStart",
                "calendar.field.hoursOrder");
        validation.check(data.afternoonStart().isBefore(data.afternoonEnd()), "afternoonEnd",
                "calendar.field.hoursOrder");
        validation.throwIfInvalid();
        return new OfficeHours(data.morningStart(), data.morningEnd(), data.afternoonStart(), data.afternoonEnd());
    }

    private static DecidedDay toDay(Long id, DecidedDayData data) {
        String reference = data.legalReference() == null || data.legalReference().isBlank() ? null
                : data.legalReference().strip();
        return new DecidedDay(id, data.date(), data.kind(), data.name().strip(), reference);
    }

    private static String summary(DecidedDay day) {
        return day.kind() + " " + day.date() + " " + day.name();
    }

    /** Bumps the revision for other nodes and refreshes this node's calendar once the change is committed. */
    void changed() {
        revision.bump();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    calendars.invalidate();
                }
            });
        } else {
            calendars.invalidate();
        }
    }
}
