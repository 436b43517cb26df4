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

import vn.motcua.dossier.ControlSheet;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.Dossiers;
import vn.motcua.forms.FormNumber;
import vn.motcua.forms.pdf.ControlSheetForm;
import vn.motcua.forms.pdf.RegisterForm;
import vn.motcua.organization.AgencyRef;

/** The forms drawn when asked for, from the state of that moment: the control sheet and the register. */
@Component
@Transactional(readOnly = true)
class LiveForms {

    private final Dossiers dossiers;
    private final FormSources sources;
    private final Clock clock;

    LiveForms(Dossiers dossiers, FormSources sources, Clock clock) {
        this.dossiers = dossiers;
        this.sources = sources;
        this.clock = clock;
    }

    byte[] controlSheet(Dossier d) {
        ControlSheet sheet = dossiers.controlSheet(d);
        // Co-resolving agencies: every agency that handed the dossier over, other than the lead one.
        Set<String> others = new LinkedHashSet<>();
        sheet.rows().stream().map(ControlSheet.Row::handingAgencyId).filter(Objects::nonNull)
                .filter(id -> id != d.placement().resolvingAgencyId() && id != d.placement().receivingAgencyId())
                .forEach(id -> others.add(sources.agencyName(id)));
        return ControlSheetForm.render(sources.head(d.placement().resolvingAgencyId(), FormNumber.CONTROL_SHEET,
                d.code() + "/PKS", d.filing().ruleSet(), clock.instant()), sheet, sources.agencyName(d.placement().resolvingAgencyId()),
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
