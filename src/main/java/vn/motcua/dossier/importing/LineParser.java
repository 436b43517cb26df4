package vn.motcua.dossier.importing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.platform.web.Validation;

/**
 * Reads one NDJSON line into a {@link ParsedLine}, checking everything that needs no look-up: JSON,
 * required fields, enums, instants, their order, and what the status implies. Also computes the hash
 * of the normalized content (fields in a fixed order, instants in UTC), so that a line differing only
 * in spacing, key order or offset notation counts as the same content.
 */
final class LineParser {

    /** The format's fields, in the order the hash reads them. */
    static final List<String> FIELDS = List.of("code", "procedureCode", "agencyCode", "receivingAgencyCode",
            "channel", "applicantKind", "applicantName", "applicantIdNumber", "applicantPhone", "applicantEmail",
            "applicantAddress", "receivedAt", "dueAt", "status", "finishedAt", "result", "returnedAt");

    /** Statuses a received dossier can have; SUBMITTED and INTAKE_REFUSED never were received. */
    static final Set<DossierStatus> STATUSES = EnumSet.complementOf(
            EnumSet.of(DossierStatus.SUBMITTED, DossierStatus.INTAKE_REFUSED));
    static final Set<DossierStatus> WITH_RESULT = EnumSet.of(DossierStatus.RESOLVED, DossierStatus.RETURNED);
    static final List<String> RESULTS = List.of("APPROVED", "DENIED");
    static final int MAX_LINE = 20_000;
    private static final Pattern CODE = Pattern.compile("[\\p{L}\\p{N}._/-]{1,60}");

    private final JsonMapper json;
    private final Instant now;

    LineParser(JsonMapper json, Instant now) {
        this.json = json;
        this.now = now;
    }

    /** The parsed line, or null with the problems added to {@code v}. */
    ParsedLine parse(String text, Validation v) {
        if (text.length() > MAX_LINE) {
            v.add("line", "dossier.import.tooLong", MAX_LINE);
            return null;
        }
        JsonNode node;
        try {
            node = json.readTree(text);
        } catch (JacksonException e) {
            node = null;
        }
        if (node == null || !node.isObject()) {
            v.add("line", "dossier.import.json");
            return null;
        }
        LineFields f = new LineFields(node, v, now);
        for (String name : node.propertyNames()) {
            v.check(FIELDS.contains(name), name, "dossier.import.unknownField");
        }
        String code = f.text("code", true);
        v.check(code == null || CODE.matcher(code).matches(), "code", "dossier.import.code");
        String procedureCode = f.text("procedureCode", true);
        String agencyCode = f.text("agencyCode", true);
        String receiving = f.text("receivingAgencyCode", false);
        Channel channel = f.choice("channel", Channel.class, EnumSet.allOf(Channel.class), true);
        Applicant.Kind kind = f.choice("applicantKind", Applicant.Kind.class, EnumSet.allOf(Applicant.Kind.class),
                false);
        Applicant applicant = new Applicant(kind, f.text("applicantName", true), f.text("applicantIdNumber", false),
                null, f.text("applicantPhone", false), f.text("applicantEmail", false),
                f.text("applicantAddress", false), null);
        if (applicant.name() != null) {
            checkApplicant(v, applicant);
        }
        Instant receivedAt = f.past("receivedAt", true);
        Instant dueAt = f.instant("dueAt", true);
        DossierStatus status = f.choice("status", DossierStatus.class, STATUSES, true);
        Instant finishedAt = f.past("finishedAt", false);
        String result = f.text("result", false);
        Instant returnedAt = f.past("returnedAt", false);
        v.check(result == null || RESULTS.contains(result), "result", "dossier.import.enum", String.join(", ", RESULTS));
        checkOrder(v, receivedAt, dueAt, finishedAt, returnedAt);
        if (status != null) {
            checkStatus(v, status, finishedAt, result, returnedAt);
        }
        if (v.hasProblems()) {
            return null;
        }
        return new ParsedLine(code, procedureCode, agencyCode, receiving == null ? agencyCode : receiving, channel,
                applicant, receivedAt, dueAt, status, finishedAt, result, returnedAt, hash(node));
    }

    /** The applicant's checks of intake, under this format's field names ({@code applicant.phone} → {@code applicantPhone}). */
    private static void checkApplicant(Validation v, Applicant applicant) {
        Validation own = new Validation();
        applicant.validate(own, "", null);
        own.problems().forEach(p -> v.add("applicant" + Character.toUpperCase(p.field().charAt(0))
                + p.field().substring(1), p.messageKey(), p.args()));
    }

    private static void checkOrder(Validation v, Instant received, Instant due, Instant finished, Instant returned) {
        if (received != null) {
            v.check(due == null || !due.isBefore(received), "dueAt", "dossier.import.dueBeforeReceived");
            v.check(finished == null || !finished.isBefore(received), "finishedAt",
                    "dossier.import.finishedBeforeReceived");
        }
        v.check(returned == null || finished == null || !returned.isBefore(finished), "returnedAt",
                "dossier.import.returnedBeforeFinished");
    }

    private static void checkStatus(Validation v, DossierStatus status, Instant finished, String result,
            Instant returned) {
        if (status.isFinished()) {
            v.check(finished != null, "finishedAt", "dossier.import.finishedRequired", status.name());
        } else {
            v.check(finished == null, "finishedAt", "dossier.import.finishedOpen", status.name());
        }
        if (WITH_RESULT.contains(status)) {
            v.check(result != null, "result", "dossier.import.resultRequired", status.name());
        } else {
            v.check(result == null, "result", "dossier.import.resultNotAllowed", status.name());
            v.check(returned == null, "returnedAt", "dossier.import.returnedNotAllowed", status.name());
        }
    }

    /**
     * SHA-256 of the fields in {@link #FIELDS} order, each normalized as it is stored: an optional field
     * left out counts as its default ({@code receivingAgencyCode} = {@code agencyCode},
     * {@code applicantKind} = CITIZEN), so that writing the default out is the same content.
     */
    private static String hash(JsonNode node) {
        StringBuilder canonical = new StringBuilder();
        for (String name : FIELDS) {
            String text = canonical(node, name);
            if (text.isEmpty() && "receivingAgencyCode".equals(name)) {
                text = canonical(node, "agencyCode");
            } else if (text.isEmpty() && "applicantKind".equals(name)) {
                text = Applicant.Kind.CITIZEN.name();
            }
            if (name.endsWith("At") && !text.isEmpty()) {
                text = Instant.parse(text).toString();
            }
            canonical.append(name).append('=').append(text).append('\n');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String canonical(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? "" : value.asString().strip();
    }
}
