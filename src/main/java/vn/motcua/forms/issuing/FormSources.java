package vn.motcua.forms.issuing;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.TimeLimit;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierDocument;
import vn.motcua.dossier.Dossiers;
import vn.motcua.forms.FormNumber;
import vn.motcua.forms.pdf.FormFacts;
import vn.motcua.forms.pdf.Letterhead;
import vn.motcua.organization.AgencyRef;
import vn.motcua.organization.Agencies;
import vn.motcua.platform.time.BusinessZone;

/** Gathers what a form prints from the modules that own it: agencies, catalog, the dossier's documents. */
@Component
public class FormSources {

    private final Agencies agencies;
    private final Catalog catalog;
    private final Dossiers reads;
    private final BusinessZone zone;
    private final String publicUrl;
    private final String place;

    FormSources(Agencies agencies, Catalog catalog, Dossiers reads, BusinessZone zone,
            @Value("${motcua.public-url:http://localhost:8080}") String publicUrl,
            @Value("${motcua.forms.place:Hưng Yên}") String place) {
        this.agencies = agencies;
        this.catalog = catalog;
        this.reads = reads;
        this.zone = zone;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.place = place;
    }

    public FormFacts facts(Dossier d, FormNumber form, String officer, String note, Instant at) {
        List<String> documents = reads.documents(d).stream().filter(doc -> "SUBMITTED".equals(doc.kind()))
                .map(FormSources::describe).toList();
        // The apology comes from the head of the resolving agency; the other forms from the receiving desk.
        long unit = form == FormNumber.APOLOGY ? d.placement().resolvingAgencyId() : d.placement().receivingAgencyId();
        return new FormFacts(head(unit, form, number(d.code(), form), d.filing().ruleSet(), at), d,
                agencyName(d.placement().receivingAgencyId()), agencyName(d.placement().resolvingAgencyId()), timeLimit(d), documents,
                publicUrl + "/tra-cuu?ma=" + URLEncoder.encode(d.code(), StandardCharsets.UTF_8),
                officer, note, at, zone);
    }

    /** The issuing body is the unit's parent (the people's committee or department it belongs to). */
    public Letterhead head(long unitId, FormNumber form, String number, String ruleSet, Instant at) {
        AgencyRef unit = agencies.byId(unitId).orElse(null);
        String unitName = unit == null ? "" : unit.name();
        String issuer = unit == null ? "" : unit.parent().flatMap(agencies::byId).map(AgencyRef::name).orElse(unitName);
        return new Letterhead(issuer, unitName, number, place, zone.dateOf(at), form.label(ruleSet));
    }

    public String agencyName(Long id) {
        return id == null ? "" : agencies.byId(id).map(AgencyRef::name).orElse("");
    }

    public BusinessZone zone() {
        return zone;
    }

    // The forms' register numbers are not kept by any module yet: the dossier code, unique and
    // printed on every paper of the dossier, stands for the number, with the form's usual suffix.
    private static String number(String code, FormNumber form) {
        return code + switch (form) {
            case RECEIPT -> "/TNHS";
            case SUPPLEMENT_REQUEST -> "/YCBS";
            case INTAKE_REFUSAL -> "/TCTN";
            case APOLOGY -> "/XL";
            case CONTROL_SHEET -> "/PKS";
            case REGISTER -> "";
        };
    }

    private String timeLimit(Dossier d) {
        TimeLimit limit = catalog.version(d.procedure().code(), d.procedure().version())
                .map(v -> v.content().timeLimit()).orElse(null);
        if (limit == null || limit.unit() == null) {
            return "theo quy định của thủ tục";
        }
        String amount = limit.amount().stripTrailingZeros().toPlainString().replace('.', ',');
        return switch (limit.unit()) {
            case WORKING_DAYS -> amount + " ngày làm việc";
            case WORKING_HOURS -> amount + " giờ làm việc";
            case WITHIN_DAY -> "trong ngày làm việc";
        };
    }

    private static String describe(DossierDocument doc) {
        if (doc.requirement() == null) {
            return doc.fileName();
        }
        return doc.fileName() == null ? doc.requirement() : doc.requirement() + " (" + doc.fileName() + ")";
    }
}
