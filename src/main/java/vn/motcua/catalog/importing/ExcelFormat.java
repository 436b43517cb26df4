package vn.motcua.catalog.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

import vn.motcua.catalog.ApplicantKind;
import vn.motcua.catalog.DocumentRequirement;
import vn.motcua.catalog.FeeItem;
import vn.motcua.catalog.FeeKind;
import vn.motcua.catalog.Field;
import vn.motcua.catalog.OnTheSpot;
import vn.motcua.catalog.OnlineLevel;
import vn.motcua.catalog.ProcedureDefinition;
import vn.motcua.catalog.ProcessOverride;
import vn.motcua.catalog.ProcessStep;
import vn.motcua.catalog.StepAgency;
import vn.motcua.catalog.TimeLimit;
import vn.motcua.organization.AdministrativeLevel;
import vn.motcua.platform.i18n.Messages;
import vn.motcua.platform.security.Role;
import vn.motcua.platform.web.ProblemException;

/**
 * The workbook a province's office keeps: one row per procedure on “Thủ tục”, and sheets of
 * documents, fees and process steps keyed by the procedure's code (docs/catalog-format.md).
 * Columns are read by position; the first row of each sheet is the header.
 */
@Component
class ExcelFormat {

    private final Messages messages;

    ExcelFormat(Messages messages) {
        this.messages = messages;
    }

    CatalogFile read(byte[] content) {
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet main = book.getSheet(ExcelSheets.PROCEDURES);
            if (main == null) {
                throw ProblemException.badRequest("catalog.import.noProcedures");
            }
            List<Field> fields = new ArrayList<>();
            Sheet fieldSheet = book.getSheet(ExcelSheets.FIELDS);
            if (fieldSheet != null) {
                for (Row r : rows(fieldSheet)) {
                    Cells c = new Cells(r);
                    Field f = new Field(c.text(0, "code"), c.text(1, "name"));
                    if (f.code() != null && f.name() != null) {
                        fields.add(f);
                    }
                }
            }
            Map<String, Draft> drafts = new LinkedHashMap<>();
            List<RowError> errors = new ArrayList<>();
            for (Row r : rows(main)) {
                Draft d = new Draft(r.getRowNum() + 1, new Cells(r));
                d.readMain();
                // A duplicated code keeps both rows: the importer reports the duplicate on each.
                drafts.put(d.code == null || drafts.containsKey(d.code) ? "#" + d.row : d.code, d);
            }
            children(book, ExcelSheets.DOCUMENTS, drafts, errors, (d, c) -> d.documents.add(document(c)));
            children(book, ExcelSheets.FEES, drafts, errors, (d, c) -> d.fees.add(fee(c)));
            children(book, ExcelSheets.STEPS, drafts, errors, (d, c) -> d.addStep(c.text(1, "agencyCode"), step(c)));
            List<CatalogFile.Item> items = new ArrayList<>();
            for (Draft d : drafts.values()) {
                if (d.cells.problems.isEmpty()) {
                    items.add(new CatalogFile.Item(d.row, d.build()));
                } else {
                    d.cells.problems.forEach(field -> errors.add(new RowError(d.row, d.code, field,
                            messages.text("problem.field.format"))));
                }
            }
            return new CatalogFile(fields, items, errors);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ProblemException p) {
                throw p;
            }
            throw ProblemException.badRequest("catalog.import.badWorkbook");
        }
    }

    void write(List<Field> fields, List<ProcedureDefinition> procedures, OutputStream out) {
        try (Workbook book = new XSSFWorkbook()) {
            ExcelSheets.write(book, fields, procedures);
            book.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface ChildReader {
        void read(Draft draft, Cells cells);
    }

    /** Rows of a child sheet go to the procedure named in column A; cell problems count against it. */
    private void children(Workbook book, String name, Map<String, Draft> drafts, List<RowError> errors,
            ChildReader reader) {
        Sheet sheet = book.getSheet(name);
        if (sheet == null) {
            return;
        }
        for (Row r : rows(sheet)) {
            Cells c = new Cells(r);
            String code = c.text(0, "code");
            Draft d = code == null ? null : drafts.get(code);
            if (d == null) {
                errors.add(new RowError(r.getRowNum() + 1, code, name,
                        messages.text("catalog.import.unknownProcedure", code)));
                continue;
            }
            c.prefix = d.prefixFor(name);
            reader.read(d, c);
            d.cells.problems.addAll(c.problems);
        }
    }

    private static List<Row> rows(Sheet sheet) {
        List<Row> rows = new ArrayList<>();
        for (Row r : sheet) {
            if (r.getRowNum() > 0 && !Cells.blank(r)) {
                rows.add(r);
            }
        }
        return rows;
    }

    /** A procedure being assembled from its main row and its rows on the other sheets. */
    private static final class Draft {
        final int row;
        final Cells cells;
        String code;
        final List<DocumentRequirement> documents = new ArrayList<>();
        final List<FeeItem> fees = new ArrayList<>();
        final List<ProcessStep> process = new ArrayList<>();
        final Map<String, List<ProcessStep>> overrides = new LinkedHashMap<>();
        ProcedureDefinition main;

        Draft(int row, Cells cells) {
            this.row = row;
            this.cells = cells;
        }

        void readMain() {
            Cells c = cells;
            code = c.text(0, "code");
            main = new ProcedureDefinition(code, c.text(1, "name"), c.text(2, "field"),
                    c.list(3, "levels", AdministrativeLevel.class), c.text(4, "agency"), c.texts(5),
                    new TimeLimit(c.decimal(6, "timeLimit.amount"), c.enumValue(7, "timeLimit.unit", TimeLimit.Unit.class)),
                    List.of(), List.of(), c.text(8, "result"), c.enumValue(9, "onlineLevel", OnlineLevel.class),
                    c.enumValue(10, "onTheSpot", OnTheSpot.class), c.list(11, "applicants", ApplicantKind.class),
                    c.bool(12, "anyResidence", false), c.text(13, "legalBasis"), c.text(14, "applicantSteps"),
                    List.of(), List.of(), c.bool(15, "active", true));
        }

        String prefixFor(String sheet) {
            return switch (sheet) {
                case ExcelSheets.DOCUMENTS -> "documents[" + documents.size() + "].";
                case ExcelSheets.FEES -> "fees[" + fees.size() + "].";
                default -> "process[" + process.size() + "].";
            };
        }

        void addStep(String agency, ProcessStep step) {
            if (agency == null) {
                process.add(step);
            } else {
                overrides.computeIfAbsent(agency, a -> new ArrayList<>()).add(step);
            }
        }

        ProcedureDefinition build() {
            ProcedureDefinition m = main;
            return new ProcedureDefinition(m.code(), m.name(), m.field(), m.levels(), m.agency(), m.chain(),
                    m.timeLimit(), fees, documents, m.result(), m.onlineLevel(), m.onTheSpot(), m.applicants(),
                    m.anyResidence(), m.legalBasis(), m.applicantSteps(), process,
                    overrides.entrySet().stream().map(e -> new ProcessOverride(e.getKey(), e.getValue())).toList(),
                    m.active());
        }
    }

    static DocumentRequirement document(Cells c) {
        return new DocumentRequirement(c.text(1, "name"), c.integer(2, "originals"), c.integer(3, "copies"),
                c.bool(4, "required", true), c.text(5, "formName"), c.text(6, "formUrl"),
                c.bool(7, "electronicCopyAccepted", false));
    }

    static FeeItem fee(Cells c) {
        var amount = c.decimal(3, "amount");
        return new FeeItem(c.text(1, "name"), c.enumValue(2, "kind", FeeKind.class),
                amount == null ? null : amount.longValue(), c.text(4, "legalBasis"));
    }

    static ProcessStep step(Cells c) {
        return new ProcessStep(c.text(2, "name"), c.enumValue(3, "role", Role.class),
                c.enumValue(4, "agency", StepAgency.class), c.text(5, "agencyCode"),
                new TimeLimit(c.decimal(6, "share"), c.enumValue(7, "share", TimeLimit.Unit.class)));
    }
}
