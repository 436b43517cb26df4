package vn.motcua.forms.issuing;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.motcua.documents.FileStorage;
import vn.motcua.documents.StoredFile;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierChanged;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.Dossiers;
import vn.motcua.forms.FormNumber;
import vn.motcua.forms.pdf.ApologyForm;
import vn.motcua.forms.pdf.FormFacts;
import vn.motcua.forms.pdf.IntakeRefusalForm;
import vn.motcua.forms.pdf.ReceiptForm;
import vn.motcua.forms.pdf.SupplementRequestForm;
import vn.motcua.platform.outbox.OutboxConsumer;

/**
 * Issues the form an action calls for (Mẫu 01 on receipt, 02 on a supplement request, 03 on a
 * refusal, 04 on an apology) once the action is committed, and keeps it with the dossier. Events
 * come through the outbox (consumer {@value #NAME}): a failure here is retried, and a second delivery
 * of the same event finds its form already issued (keyed by dossier code, form number and the
 * action's instant, also a unique key of {@code generated_form}).
 */
@Component
class FormIssuer implements OutboxConsumer<DossierChanged> {

    /** The consumer's name in the outbox (stored with each pending delivery: do not change it). */
    static final String NAME = "forms.issue";

    private static final Logger log = LoggerFactory.getLogger(FormIssuer.class);

    private static final Map<DossierAction, FormNumber> FORMS = Map.of(
            DossierAction.RECEIVE, FormNumber.RECEIPT,
            DossierAction.REQUEST_SUPPLEMENT_AT_INTAKE, FormNumber.SUPPLEMENT_REQUEST,
            DossierAction.REQUEST_SUPPLEMENT, FormNumber.SUPPLEMENT_REQUEST,
            DossierAction.REFUSE_INTAKE, FormNumber.INTAKE_REFUSAL,
            DossierAction.APOLOGIZE, FormNumber.APOLOGY);

    private final Dossiers dossiers;
    private final FormSources sources;
    private final FileStorage files;
    private final GeneratedFormStore generated;
    private final Clock clock;

    FormIssuer(Dossiers dossiers, FormSources sources, FileStorage files, GeneratedFormStore generated,
            Clock clock) {
        this.dossiers = dossiers;
        this.sources = sources;
        this.files = files;
        this.generated = generated;
        this.clock = clock;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** In the outbox's delivering transaction: the file, its attachment and the row commit with the delivery. */
    @Override
    public void accept(DossierChanged event) {
        FormNumber form = FORMS.get(event.action());
        if (form == null || generated.exists(event.code(), form.number(), event.occurredAt())) {
            return;
        }
        Dossier d = dossiers.byCode(event.code()).orElse(null);
        if (d == null) {
            log.warn("Dossier {} of event {} not found: no form issued", event.code(), event.action());
            return;
        }
        FormFacts facts = sources.facts(d, form, event.actorName(), event.note(), event.occurredAt());
        byte[] pdf = render(form, facts, event);
        StoredFile file = files.store("Mau-" + form.number() + "-" + d.code() + ".pdf", new ByteArrayInputStream(pdf));
        files.attach(file.id());
        // The outbox never hands one event to two nodes at once; should the form exist all the same (an
        // earlier delivery whose recording was lost), the unique key rolls this attempt back and the
        // retry finds the form issued.
        generated.insert(d.code(), form.number(), event.action().name(), event.occurredAt(), file, clock.instant());
    }

    private static byte[] render(FormNumber form, FormFacts facts, DossierChanged event) {
        return switch (form) {
            case RECEIPT -> ReceiptForm.render(facts);
            case SUPPLEMENT_REQUEST -> SupplementRequestForm.render(facts);
            case INTAKE_REFUSAL -> IntakeRefusalForm.render(facts);
            case APOLOGY -> ApologyForm.render(facts, event.dueAt());
            default -> throw new IllegalArgumentException(form + " is drawn on request");
        };
    }
}
