package vn.motcua.catalog.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

import vn.motcua.catalog.ApplicantKind;
import vn.motcua.catalog.DocumentRequirement;
import vn.motcua.catalog.FeeItem;
import vn.motcua.catalog.FeeKind;
import vn.motcua.catalog.Field;
import vn.motcua.catalog.OnTheSpot;
import vn.motcua.catalog.OnlineLevel;
import vn.motcua.catalog.ProcedureDefinition;
import vn.motcua.catalog.TimeLimit;
import vn.motcua.organization.AdministrativeLevel;
import vn.motcua.organization.Agencies;
import vn.motcua.platform.text.SearchText;

/**
 * Converts a procedure in the national portal's {@code LayThuTuc} shape (NATIONAL-PORTAL.md) into
 * ours. The national data knows neither our agencies nor internal processes: an agency code we do
 * not have becomes “where received”, and the process is the standard template.
 */
@Component
class NationalPortalFormat {

    record Converted(ProcedureDefinition procedure, Optional<Field> field) {
    }

    private final Agencies agencies;

    NationalPortalFormat(Agencies agencies) {
        this.agencies = agencies;
    }

    Converted convert(JsonNode n) {
        JsonNode fieldNode = n.path("LINHVUCTHUCHIEN").path(0);
        Field field = new Field(text(fieldNode, "MALINHVUC"), text(fieldNode, "TENLINHVUC"));
        String agency = text(n.path("COQUANTHUCHIEN").path(0), "MADONVI");
        if (agency != null && agencies.byCode(agency).isEmpty()) {
            agency = null;
        }
        JsonNode time = n.path("CACHTHUCTHUCHIEN").path(0).path("THOIGIAN").path(0);
        ProcedureDefinition p = new ProcedureDefinition(text(n, "MATTHC"), text(n, "TENTTHC"), field.code(),
                levels(n), agency, List.of(), timeLimit(time), fees(time), documents(n), joined(n.path("KETQUATHUCHIEN"),
                        "TENKETQUA", "; "), onlineLevel(n), OnTheSpot.NONE, applicants(text(n, "DOITUONGTHUCHIEN")),
                false, legalBasis(n), steps(n.path("TRINHTUTHUCHIEN")), List.of(), List.of(), true);
        return new Converted(p, field.code() == null || field.name() == null ? Optional.empty() : Optional.of(field));
    }

    private static List<AdministrativeLevel> levels(JsonNode n) {
        Set<AdministrativeLevel> levels = EnumSet.noneOf(AdministrativeLevel.class);
        for (JsonNode level : n.path("CAPTHUCHIEN")) {
            switch (String.valueOf(text(level, "CAPTHUCHIEN"))) {
                case "0", "1" -> levels.add(AdministrativeLevel.PROVINCE);
                case "2" -> levels.add(AdministrativeLevel.DISTRICT);
                case "3" -> levels.add(AdministrativeLevel.COMMUNE);
                default -> { }
            }
        }
        return List.copyOf(levels);
    }

    private static TimeLimit timeLimit(JsonNode time) {
        String unit = SearchText.fold(text(time, "DONVITINH"));
        BigDecimal amount = decimal(text(time, "THOIGIANGIAIQUYET"));
        if (amount == null || amount.signum() == 0) {
            return new TimeLimit(BigDecimal.ZERO, TimeLimit.Unit.WITHIN_DAY);
        }
        return new TimeLimit(amount, unit.contains("gio") ? TimeLimit.Unit.WORKING_HOURS : TimeLimit.Unit.WORKING_DAYS);
    }

    private static List<FeeItem> fees(JsonNode time) {
        List<FeeItem> fees = new ArrayList<>();
        for (JsonNode fee : time.path("PHILEPHI")) {
            String description = text(fee, "MOTA");
            BigDecimal amount = number(text(fee, "SOTIEN"));
            boolean charge = SearchText.fold(description).contains("le phi");
            fees.add(new FeeItem(description == null ? (charge ? "Lệ phí" : "Phí") : description,
                    charge ? FeeKind.CHARGE : FeeKind.FEE, amount == null ? 0L : amount.longValue(), null));
        }
        return fees;
    }

    private static List<DocumentRequirement> documents(JsonNode n) {
        List<DocumentRequirement> documents = new ArrayList<>();
        for (JsonNode doc : n.path("THANHPHANHOSO").path(0).path("GIAYTO")) {
            BigDecimal originals = number(text(doc, "SOBANCHINH"));
            BigDecimal copies = number(text(doc, "SOBANSAO"));
            documents.add(new DocumentRequirement(text(doc, "TENGIAYTO"), originals == null ? 0 : originals.intValue(),
                    copies == null ? 0 : copies.intValue(), true, text(doc, "TENMAUDON"), text(doc, "URL"), true));
        }
        return documents;
    }

    private static OnlineLevel onlineLevel(JsonNode n) {
        for (JsonNode channel : n.path("CACHTHUCTHUCHIEN")) {
            if ("2".equals(text(channel, "KENH"))) {
                return OnlineLevel.PARTIAL;
            }
        }
        return OnlineLevel.NONE;
    }

    private static List<ApplicantKind> applicants(String who) {
        String normalized = SearchText.fold(who);
        List<ApplicantKind> kinds = new ArrayList<>();
        if (normalized.isEmpty() || normalized.contains("cong dan") || normalized.contains("ca nhan")
                || normalized.contains("nguoi")) {
            kinds.add(ApplicantKind.CITIZEN);
        }
        if (normalized.contains("to chuc") || normalized.contains("doanh nghiep")) {
            kinds.add(ApplicantKind.ORGANIZATION);
        }
        return kinds.isEmpty() ? List.of(ApplicantKind.CITIZEN) : kinds;
    }

    private static String legalBasis(JsonNode n) {
        List<String> lines = new ArrayList<>();
        for (JsonNode doc : n.path("CANCUPHAPLY")) {
            String line = String.join(" ", Optional.ofNullable(text(doc, "SOVANBAN")).orElse(""),
                    Optional.ofNullable(text(doc, "TENVANBAN")).orElse("")).strip();
            if (!line.isEmpty()) {
                lines.add(line);
            }
        }
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    /** TRINHTUTHUCHIEN is plain text in some versions and nested cases of steps in others. */
    private static String steps(JsonNode node) {
        if (node.isString()) {
            return node.asString();
        }
        List<String> lines = new ArrayList<>();
        collect(node, lines);
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    private static void collect(JsonNode node, List<String> lines) {
        if (node.isString() && !node.asString().isBlank()) {
            lines.add(node.asString().strip());
        } else if ((node.isArray() || node.isObject())) {
            for (JsonNode child : node) {
                collect(child, lines);
            }
        }
    }

    private static String joined(JsonNode array, String key, String separator) {
        List<String> values = new ArrayList<>();
        for (JsonNode item : array) {
            String value = text(item, key);
            if (value != null) {
                values.add(value);
            }
        }
        return values.isEmpty() ? null : String.join(separator, values);
    }

    private static String text(JsonNode node, String key) {
        JsonNode value = node.path(key);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        String text = value.asString().strip();
        return text.isEmpty() ? null : text;
    }

    /** A time such as “0,5” or “1.5”. */
    private static BigDecimal decimal(String text) {
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text.replace(',', '.').replaceAll("[^0-9.]", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** An amount of money such as “50.000” or “50,000 đồng”: separators are dropped. */
    private static BigDecimal number(String text) {
        if (text == null) {
            return null;
        }
        String digits = text.replaceAll("[^0-9]", "");
        try {
            return digits.isEmpty() ? null : new BigDecimal(digits);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
