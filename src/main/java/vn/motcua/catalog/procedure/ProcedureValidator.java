package vn.motcua.catalog.procedure;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import vn.motcua.catalog.DocumentRequirement;
import vn.motcua.catalog.FeeItem;
import vn.motcua.catalog.Field;
import vn.motcua.catalog.ProcedureDefinition;
import vn.motcua.catalog.ProcessOverride;
import vn.motcua.catalog.ProcessStep;
import vn.motcua.catalog.StepAgency;
import vn.motcua.catalog.TimeLimit;
import vn.motcua.platform.security.Role;
import vn.motcua.platform.text.CleanText;
import vn.motcua.platform.web.Validation;

/**
 * Checks a procedure completely before anything is stored and names every bad field with its path
 * ({@code fees[1].amount}), so an import can report all errors of a row at once.
 */
public final class ProcedureValidator {

    /** National codes such as 1.004227 or 1.012753.H19; provinces add their own suffixes. */
    private static final Pattern CODE = Pattern.compile("[0-9A-Za-z][0-9A-Za-z._-]{1,49}");

    private final Set<String> fieldCodes;
    private final Predicate<String> agencyExists;

    public ProcedureValidator(Set<String> fieldCodes, Predicate<String> agencyExists) {
        this.fieldCodes = fieldCodes;
        // An agency code no agency can have is not looked up (PostgreSQL refuses NUL in a query).
        this.agencyExists = code -> code != null && code.length() <= 50 && CleanText.isSafeLine(code)
                && agencyExists.test(code);
    }

    public Validation validate(ProcedureDefinition p) {
        Validation v = new Validation();
        if (p.code() == null) {
            v.add("code", "problem.field.required");
        } else {
            v.check(CODE.matcher(p.code()).matches(), "code", "catalog.code.format");
        }
        required(v, p.name(), "name", 1000);
        if (p.field() == null) {
            v.add("field", "problem.field.required");
        } else {
            v.check(fieldCodes.contains(p.field()), "field", "catalog.field.unknown", p.field());
        }
        v.check(!p.levels().isEmpty(), "levels", "problem.field.required");
        if (p.agency() != null) {
            v.check(agencyExists.test(p.agency()), "agency", "catalog.agency.unknown", p.agency());
        }
        for (int i = 0; i < p.chain().size(); i++) {
            v.check(agencyExists.test(p.chain().get(i)), "chain[" + i + "]", "catalog.agency.unknown",
                    p.chain().get(i));
        }
        timeLimit(v, p.timeLimit());
        for (int i = 0; i < p.fees().size(); i++) {
            fee(v, p.fees().get(i), "fees[" + i + "].");
        }
        for (int i = 0; i < p.documents().size(); i++) {
            document(v, p.documents().get(i), "documents[" + i + "].");
        }
        v.check(!p.applicants().isEmpty(), "applicants", "problem.field.required");
        steps(v, p, p.process(), "process");
        for (int i = 0; i < p.processOverrides().size(); i++) {
            ProcessOverride o = p.processOverrides().get(i);
            String path = "processOverrides[" + i + "]";
            if (o.agencyCode() == null) {
                v.add(path + ".agencyCode", "problem.field.required");
            } else {
                v.check(agencyExists.test(o.agencyCode()), path + ".agencyCode", "catalog.agency.unknown",
                        o.agencyCode());
            }
            steps(v, p, o.steps(), path + ".steps");
        }
        return v;
    }

    private static void required(Validation v, String value, String field, int max) {
        if (value == null) {
            v.add(field, "problem.field.required");
        } else if (value.length() > max) {
            v.add(field, "catalog.text.tooLong", max);
        } else {
            v.multiLine(field, value, max);
        }
    }

    /** A field (lĩnh vực): a code of at most 50 characters and a name of at most 300, each on one line. */
    public static Validation validate(Field field, String prefix) {
        Validation v = new Validation();
        if (field.code() == null) {
            v.add(prefix + "code", "problem.field.required");
        } else {
            v.line(prefix + "code", field.code(), 50);
        }
        if (field.name() == null) {
            v.add(prefix + "name", "problem.field.required");
        } else {
            v.line(prefix + "name", field.name(), 300);
        }
        return v;
    }

    private static void timeLimit(Validation v, TimeLimit limit) {
        if (limit == null || limit.unit() == null) {
            v.add("timeLimit.unit", "problem.field.required");
            return;
        }
        if (limit.unit() != TimeLimit.Unit.WITHIN_DAY) {
            v.check(limit.amount() != null && limit.amount().signum() > 0, "timeLimit.amount",
                    "catalog.timeLimit.positive");
        }
    }

    private static void fee(Validation v, FeeItem fee, String path) {
        required(v, fee.name(), path + "name", 500);
        v.check(fee.kind() != null, path + "kind", "problem.field.required");
        if (fee.amount() == null) {
            v.add(path + "amount", "problem.field.required");
        } else {
            v.check(fee.amount() >= 0, path + "amount", "PositiveOrZero");
        }
    }

    private static void document(Validation v, DocumentRequirement d, String path) {
        required(v, d.name(), path + "name", 1000);
        v.check(d.originals() == null || d.originals() >= 0, path + "originals", "PositiveOrZero");
        v.check(d.copies() == null || d.copies() >= 0, path + "copies", "PositiveOrZero");
    }

    private void steps(Validation v, ProcedureDefinition p, List<ProcessStep> steps, String path) {
        if (steps.size() < 2) {
            v.add(path, "catalog.process.tooShort");
            return;
        }
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < steps.size(); i++) {
            ProcessStep s = steps.get(i);
            String at = path + "[" + i + "].";
            required(v, s.name(), at + "name", 300);
            v.check(s.role() != null, at + "role", "problem.field.required");
            if (s.agency() == StepAgency.SPECIFIC) {
                v.check(s.agencyCode() != null && agencyExists.test(s.agencyCode()), at + "agencyCode",
                        "catalog.agency.unknown", s.agencyCode());
            }
            v.check(s.agency() != StepAgency.NEXT_IN_CHAIN || !p.chain().isEmpty(), at + "agency",
                    "catalog.process.noChain");
            if (s.share() == null || s.share().amount() == null || s.share().unit() == null
                    || s.share().unit() == TimeLimit.Unit.WITHIN_DAY) {
                v.add(at + "share", "catalog.process.share");
            } else if (s.share().amount().signum() < 0) {
                v.add(at + "share", "PositiveOrZero");
            } else {
                total = total.add(s.share().inHours());
            }
        }
        v.check(steps.get(0).role() == Role.RECEPTION, path + "[0].role", "catalog.process.firstReception");
        ProcessStep last = steps.get(steps.size() - 1);
        String lastPath = path + "[" + (steps.size() - 1) + "]";
        v.check(last.role() == Role.RECEPTION, lastPath + ".role", "catalog.process.lastReturn");
        v.check(last.share() == null || last.share().amount() == null || last.share().amount().signum() == 0,
                lastPath + ".share", "catalog.process.returnTakesNoTime");
        if (p.timeLimit() != null && p.timeLimit().unit() != null) {
            v.check(total.compareTo(p.timeLimit().inHours()) <= 0, path, "catalog.process.overLimit",
                    total.stripTrailingZeros().toPlainString(),
                    p.timeLimit().inHours().stripTrailingZeros().toPlainString());
        }
    }
}
