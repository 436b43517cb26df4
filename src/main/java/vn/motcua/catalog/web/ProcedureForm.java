package vn.motcua.catalog.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import vn.motcua.catalog.ApplicantKind;
import vn.motcua.catalog.DocumentRequirement;
import vn.motcua.catalog.FeeItem;
import vn.motcua.catalog.FeeKind;
import vn.motcua.catalog.OnTheSpot;
import vn.motcua.catalog.OnlineLevel;
import vn.motcua.catalog.ProcedureDefinition;
import vn.motcua.catalog.ProcessOverride;
import vn.motcua.catalog.ProcessStep;
import vn.motcua.catalog.StepAgency;
import vn.motcua.catalog.SupplementRule;
import vn.motcua.catalog.TimeLimit;
import vn.motcua.organization.AdministrativeLevel;
import vn.motcua.platform.security.Role;
import vn.motcua.platform.web.FieldBoundForm;
import vn.motcua.platform.web.Validation;

/**
 * The edit form as the browser posts it: text everywhere, rows that may be blank (removed rows) or
 * out of order (steps carry an order number). {@link #toDefinition} turns it into a procedure and
 * notes the values it cannot read under the same field names the validator uses.
 */
@FieldBoundForm.CollectionLimit(500)
public class ProcedureForm implements FieldBoundForm {

    public String code;
    public String name;
    public String field;
    public List<String> levels = new ArrayList<>();
    public String agency;
    public String chain;
    public String timeAmount;
    public String timeUnit = "WORKING_DAYS";
    public String result;
    public String onlineLevel = "NONE";
    public String onTheSpot = "NONE";
    public List<String> applicants = new ArrayList<>();
    public boolean anyResidence;
    /** Empty: the province's supplement rule. */
    public String supplementRule;
    public String legalBasis;
    public String applicantSteps;
    public boolean active = true;
    public List<DocumentRow> documents = new ArrayList<>();
    public List<FeeRow> fees = new ArrayList<>();
    public List<StepRow> steps = new ArrayList<>();
    /** Per-agency processes are kept as they were; the form edits the default process. */
    public transient List<ProcessOverride> overrides = List.of();

    public static class DocumentRow {
        public String name;
        public String originals = "1";
        public String copies = "0";
        public boolean required = true;
        public String formName;
        public String formUrl;
        public boolean electronicCopy;
    }

    public static class FeeRow {
        public String name;
        public String kind = "CHARGE";
        public String amount;
        public String legalBasis;
    }

    public static class StepRow {
        public String order;
        public String name;
        public String role = "SPECIALIST";
        public String agency = "RESOLVING";
        public String agencyCode;
        public String amount = "0";
        public String unit = "WORKING_HOURS";
    }

    public static ProcedureForm of(ProcedureDefinition p) {
        ProcedureForm f = new ProcedureForm();
        f.code = p.code();
        f.name = p.name();
        f.field = p.field();
        f.levels = new ArrayList<>(p.levels().stream().map(Enum::name).toList());
        f.agency = p.agency();
        f.chain = String.join(", ", p.chain());
        f.timeAmount = p.timeLimit() == null || p.timeLimit().amount() == null ? null
                : p.timeLimit().amount().toPlainString();
        f.timeUnit = p.timeLimit() == null ? "WORKING_DAYS" : p.timeLimit().unit().name();
        f.result = p.result();
        f.onlineLevel = p.onlineLevel().name();
        f.onTheSpot = p.onTheSpot().name();
        f.applicants = new ArrayList<>(p.applicants().stream().map(Enum::name).toList());
        f.anyResidence = p.anyResidence();
        f.supplementRule = p.supplementRule() == null ? null : p.supplementRule().name();
        f.legalBasis = p.legalBasis();
        f.applicantSteps = p.applicantSteps();
        f.active = p.isActive();
        for (DocumentRequirement d : p.documents()) {
            DocumentRow r = new DocumentRow();
            r.name = d.name();
            r.originals = d.originals() == null ? "0" : d.originals().toString();
            r.copies = d.copies() == null ? "0" : d.copies().toString();
            r.required = d.required();
            r.formName = d.formName();
            r.formUrl = d.formUrl();
            r.electronicCopy = d.electronicCopyAccepted();
            f.documents.add(r);
        }
        for (FeeItem fee : p.fees()) {
            FeeRow r = new FeeRow();
            r.name = fee.name();
            r.kind = fee.kind() == null ? null : fee.kind().name();
            r.amount = fee.amount() == null ? null : fee.amount().toString();
            r.legalBasis = fee.legalBasis();
            f.fees.add(r);
        }
        int order = 1;
        for (ProcessStep s : p.process()) {
            StepRow r = new StepRow();
            r.order = String.valueOf(order++);
            r.name = s.name();
            r.role = s.role() == null ? null : s.role().name();
            r.agency = s.agency().name();
            r.agencyCode = s.agencyCode();
            r.amount = s.share() == null || s.share().amount() == null ? "0" : s.share().amount().toPlainString();
            r.unit = s.share() == null || s.share().unit() == null ? "WORKING_HOURS" : s.share().unit().name();
            f.steps.add(r);
        }
        f.overrides = p.processOverrides();
        return f;
    }

    /** Drops removed or blank rows and puts steps in their order, so row indices match field paths. */
    public void compact() {
        documents = documents == null ? new ArrayList<>() : documents;
        fees = fees == null ? new ArrayList<>() : fees;
        steps = steps == null ? new ArrayList<>() : steps;
        documents = new ArrayList<>(documents.stream().filter(Objects::nonNull).filter(d -> !blank(d.name)).toList());
        fees = new ArrayList<>(fees.stream().filter(Objects::nonNull).filter(x -> !blank(x.name)).toList());
        steps = new ArrayList<>(steps.stream().filter(Objects::nonNull).filter(s -> !blank(s.name))
                .sorted((a, b) -> Double.compare(order(a), order(b))).toList());
        for (int i = 0; i < steps.size(); i++) {
            steps.get(i).order = String.valueOf(i + 1);
        }
    }

    public ProcedureDefinition toDefinition(Validation v) {
        compact();
        List<DocumentRequirement> docs = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            DocumentRow d = documents.get(i);
            docs.add(new DocumentRequirement(d.name, integer(v, d.originals, "documents[" + i + "].originals"),
                    integer(v, d.copies, "documents[" + i + "].copies"), d.required, d.formName, d.formUrl,
                    d.electronicCopy));
        }
        List<FeeItem> feeItems = new ArrayList<>();
        for (int i = 0; i < fees.size(); i++) {
            FeeRow x = fees.get(i);
            BigDecimal amount = decimal(v, x.amount, "fees[" + i + "].amount");
            feeItems.add(new FeeItem(x.name, enumValue(v, FeeKind.class, x.kind, "fees[" + i + "].kind"),
                    amount == null ? null : amount.longValue(), x.legalBasis));
        }
        List<ProcessStep> process = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            StepRow s = steps.get(i);
            String at = "process[" + i + "].";
            process.add(new ProcessStep(s.name, enumValue(v, Role.class, s.role, at + "role"),
                    enumValue(v, StepAgency.class, s.agency, at + "agency"), s.agencyCode,
                    new TimeLimit(decimal(v, s.amount, at + "share"),
                            enumValue(v, TimeLimit.Unit.class, s.unit, at + "share"))));
        }
        return new ProcedureDefinition(code, name, field,
                (levels == null ? List.<String>of() : levels).stream().map(l -> enumValue(v, AdministrativeLevel.class, l, "levels")).toList(), agency,
                chain == null ? List.of() : Arrays.stream(chain.split("[,;\\s]+")).filter(c -> !c.isBlank()).toList(),
                new TimeLimit(decimal(v, timeAmount, "timeLimit.amount"),
                        enumValue(v, TimeLimit.Unit.class, timeUnit, "timeLimit.unit")),
                feeItems, docs, result, enumValue(v, OnlineLevel.class, onlineLevel, "onlineLevel"),
                enumValue(v, OnTheSpot.class, onTheSpot, "onTheSpot"),
                (applicants == null ? List.<String>of() : applicants).stream().map(a -> enumValue(v, ApplicantKind.class, a, "applicants")).toList(), anyResidence,
                legalBasis, applicantSteps, process, overrides,
                blank(supplementRule) ? null : enumValue(v, SupplementRule.class, supplementRule, "supplementRule"), active);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static double order(StepRow s) {
        try {
            return Double.parseDouble(s.order.strip().replace(',', '.'));
        } catch (RuntimeException e) {
            return Double.MAX_VALUE;
        }
    }

    static BigDecimal decimal(Validation v, String text, String field) {
        if (blank(text)) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            v.add(field, "problem.field.format");
            return null;
        }
    }

    private static Integer integer(Validation v, String text, String field) {
        BigDecimal value = decimal(v, text, field);
        return value == null ? null : value.intValue();
    }

    private static <E extends Enum<E>> E enumValue(Validation v, Class<E> type, String text, String field) {
        if (blank(text)) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            v.add(field, "problem.field.format");
            return null;
        }
    }
}
