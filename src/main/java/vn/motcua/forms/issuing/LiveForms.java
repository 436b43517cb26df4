package vn.motcua.forms.issuing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.dossier.lifecycle.ControlSheets;
import vn.motcua.dossier.lifecycle.Dossier;
import vn.motcua.dossier.lifecycle.DossierStore;
import vn.motcua.forms.FormNumber;
import vn.motcua.forms.pdf.ControlSheetForm;
import vn.motcua.forms.pdf.RegisterForm;
import vn.motcua.organization.AgencyRef;

/** The forms drawn when asked for, from the state of that moment: the control sheet and the register. */
@Component
@Transactional(readOnly = true)
class LiveForms {

    private final ControlSheets controlSheets;
    private final DossierStore dossiers;
    private final FormSources sources;
    private final Clock clock;

    LiveForms(ControlSheets controlSheets, DossierStore dossiers, FormSources sources, Clock clock) {
        this.controlSheets = controlSheets;
        this.dossiers = dossiers;
        this.sources = sources;
        this.clock = clock;
    }

    byte[] controlSheet(Dossier d) {
        ControlSheets.Sheet sheet = controlSheets.of(d);
        // Co-resolving agencies: every agency that handed the dossier over, other than the lead one.
        Set<String> others = new LinkedHashSet<>();
        sheet.rows().stream().map(ControlSheets.Row::handingAgencyId).filter(Objects::nonNull)
                .filter(id -> id != d.resolvingAgencyId() && id != d.receivingAgencyId())
                .forEach(id -> others.add(sources.agencyName(id)));
        return ControlSheetForm.render(sources.head(d.resolvingAgencyId(), FormNumber.CONTROL_SHEET,
                d.code() + "/PKS", d.ruleSet(), clock.instant()), sheet, sources.agencyName(d.resolvingAgencyId()),
                List.copyOf(others), sources::agencyName, sources.zone());
    }

    /** The register of a receiving agency from {@code from} to {@code to}, local dates, both included. */
    byte[] register(AgencyRef agency, LocalDate from, LocalDate to, String ruleSet) {
        Instant start = from.atStartOfDay(sources.zone().zone()).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(sources.zone().zone()).toInstant();
        List<Dossier> received = dossiers.receivedBy(agency.id(), start, end);
        return RegisterForm.render(sources.head(agency.id(), FormNumber.REGISTER, "", ruleSet, clock.instant()),
                received, from, to, sources::agencyName, sources.zone());
    }
}
