package vn.motcua.calendar.web;

import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.organization.AgencyRef;
import vn.motcua.organization.Agencies;
import vn.motcua.platform.web.Validation;

/** Resolves the optional {@code agency} parameter (an agency code) to its calendar. */
@Component
class AgencyCalendars {

    private final Agencies agencies;
    private final WorkingCalendars calendars;

    AgencyCalendars(Agencies agencies, WorkingCalendars calendars) {
        this.agencies = agencies;
        this.calendars = calendars;
    }

    /** The agency's calendar, the province default without a code, or null with a problem recorded. */
    WorkingCalendar calendar(Validation validation, String code) {
        if (code == null || code.isBlank()) {
            return calendars.provinceDefault();
        }
        Optional<AgencyRef> agency = agencies.byCode(code.strip());
        if (agency.isEmpty()) {
            validation.add("agency", "calendar.field.agencyUnknown", code.strip());
            return null;
        }
        return calendars.forAgency(agency.get().id());
    }

    Optional<AgencyRef> byId(long id) {
        return agencies.byId(id);
    }

    Optional<AgencyRef> byCode(String code) {
        return code == null || code.isBlank() ? Optional.empty() : agencies.byCode(code.strip());
    }
}
