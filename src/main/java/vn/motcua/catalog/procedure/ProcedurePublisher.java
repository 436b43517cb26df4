package vn.motcua.catalog.procedure;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.catalog.Field;
import vn.motcua.catalog.ProcedureDefinition;
import vn.motcua.organization.AgencyRef;
import vn.motcua.organization.Agencies;
import vn.motcua.platform.audit.AuditLog;
import vn.motcua.platform.security.CurrentActor;
import vn.motcua.platform.text.SearchText;
import vn.motcua.platform.web.ProblemException;
import vn.motcua.platform.web.Validation;

/**
 * Publishes procedures: content that differs from the current version becomes a new immutable
 * version; identical content adds nothing. Used by the edit page (one procedure) and the importer
 * (thousands, in batches).
 */
@Service
public class ProcedurePublisher {

    public enum Change { CREATED, UPDATED, UNCHANGED }

    public record Outcome(String code, int version, Change change) {
    }

    private final ProcedureStore store;
    private final ContentCodec codec;
    private final Agencies agencies;
    private final AuditLog audit;
    private final Clock clock;

    ProcedurePublisher(ProcedureStore store, ContentCodec codec, Agencies agencies, AuditLog audit, Clock clock) {
        this.store = store;
        this.codec = codec;
        this.agencies = agencies;
        this.audit = audit;
        this.clock = clock;
    }

    /** A validator knowing the stored fields plus {@code extraFields} (fields defined in the same file). */
    @Transactional(readOnly = true)
    public ProcedureValidator validator(Set<String> extraFields) {
        Set<String> fields = store.fields().stream().map(Field::code).collect(Collectors.toCollection(HashSet::new));
        fields.addAll(extraFields);
        Set<String> agencyCodes = agencies.all().stream().map(AgencyRef::code).collect(Collectors.toSet());
        return new ProcedureValidator(fields, agencyCodes::contains);
    }

    /** An empty process means “the standard four steps”, filled in before validation and hashing. */
    public static ProcedureDefinition withDefaults(ProcedureDefinition p) {
        if (!p.process().isEmpty()) {
            return p;
        }
        return new ProcedureDefinition(p.code(), p.name(), p.field(), p.levels(), p.agency(), p.chain(),
                p.timeLimit(), p.fees(), p.documents(), p.result(), p.onlineLevel(), p.onTheSpot(), p.applicants(),
                p.anyResidence(), p.legalBasis(), p.applicantSteps(), ProcessTemplate.standard(p.timeLimit()),
                p.processOverrides(), p.active());
    }

    /** Validates and publishes one procedure from the edit page or the API; audited. */
    @Transactional
    public Outcome save(ProcedureDefinition definition) {
        ProcedureDefinition p = withDefaults(definition);
        Validation v = validator(Set.of()).validate(p);
        v.throwIfInvalid();
        Outcome outcome = publishValid(List.of(p)).get(0);
        if (outcome.change() != Change.UNCHANGED) {
            audit.record(outcome.change() == Change.CREATED ? "CREATE" : "UPDATE", "procedure", p.code(),
                    "Phiên bản " + outcome.version() + ": " + p.name(), Map.of("version", outcome.version()));
        }
        return outcome;
    }

    /** Publishes procedures that were validated already (the importer validates the whole file first). */
    @Transactional
    public List<Outcome> publishValid(List<ProcedureDefinition> procedures) {
        Map<String, String> fieldNames = store.fields().stream().collect(Collectors.toMap(Field::code, Field::name));
        Map<String, ProcedureStore.State> states = store.states(procedures.stream().map(ProcedureDefinition::code)
                .toList());
        Timestamp now = Timestamp.from(clock.instant());
        List<ProcedureStore.Row> inserts = new ArrayList<>();
        List<ProcedureStore.Row> updates = new ArrayList<>();
        List<ProcedureStore.NewVersion> versions = new ArrayList<>();
        List<Outcome> outcomes = new ArrayList<>();
        for (ProcedureDefinition p : procedures) {
            String content = codec.write(p);
            String hash = codec.hash(content);
            ProcedureStore.State state = states.get(p.code());
            ProcedureStore.Row row = row(p, fieldNames.getOrDefault(p.field(), ""));
            if (state == null) {
                inserts.add(row);
                versions.add(new ProcedureStore.NewVersion(p.code(), 1, hash, content));
                outcomes.add(new Outcome(p.code(), 1, Change.CREATED));
            } else if (!state.hash().equals(hash)) {
                updates.add(row);
                versions.add(new ProcedureStore.NewVersion(p.code(), state.version() + 1, hash, content));
                outcomes.add(new Outcome(p.code(), state.version() + 1, Change.UPDATED));
            } else {
                if (state.active() != p.isActive()) {
                    store.setActive(p.code(), p.isActive(), now);
                }
                outcomes.add(new Outcome(p.code(), state.version(), Change.UNCHANGED));
            }
        }
        store.insert(inserts, now);
        store.update(updates, now);
        store.addVersions(versions, CurrentActor.username(), now);
        return outcomes;
    }

    @Transactional
    public void setActive(String code, boolean active) {
        if (store.current(code).isEmpty()) {
            throw ProblemException.notFound("catalog.procedure.notFound", code);
        }
        store.setActive(code, active, Timestamp.from(clock.instant()));
        audit.record("UPDATE", "procedure", code, active ? "Kích hoạt thủ tục" : "Ngừng áp dụng thủ tục",
                Map.of("active", active));
    }

    @Transactional
    public int saveFields(List<Field> fields) {
        int changed = store.saveFields(fields, Timestamp.from(clock.instant()));
        if (changed > 0) {
            audit.record("UPDATE", "procedure_field", null, "Cập nhật " + changed + " lĩnh vực",
                    Map.of("fields", fields.stream().map(Field::code).toList()));
        }
        return changed;
    }

    private static ProcedureStore.Row row(ProcedureDefinition p, String fieldName) {
        String levels = "," + p.levels().stream().map(Enum::name).collect(Collectors.joining(",")) + ",";
        String search = SearchText.fold(String.join(" ", p.name(), p.code(), fieldName,
                p.result() == null ? "" : p.result()));
        if (search.length() > 8000) {
            search = search.substring(0, 8000);
        }
        return new ProcedureStore.Row(p.code(), p.name(), p.field(), levels, p.onlineLevel().name(), p.agency(),
                SearchText.fold(p.name()), search, p.isActive());
    }
}
