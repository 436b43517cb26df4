package vn.motcua.catalog.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.catalog.Field;
import vn.motcua.catalog.ProcedureDefinition;
import vn.motcua.catalog.procedure.ProcedurePublisher;
import vn.motcua.catalog.procedure.ProcedureValidator;
import vn.motcua.platform.audit.AuditLog;
import vn.motcua.platform.i18n.Messages;
import vn.motcua.platform.web.FieldProblem;
import vn.motcua.platform.web.ProblemException;
import vn.motcua.platform.web.Validation;

/**
 * Imports a catalog file. Every row is validated first; a row with any error is reported (row,
 * field, message) and left out entirely, the others are published in batches, each batch in its own
 * transaction. Idempotent on the national code: unchanged content publishes nothing.
 */
@Service
public class CatalogImporter {

    private static final int BATCH = 250;

    private final JsonFormat json;
    private final ExcelFormat excel;
    private final ProcedurePublisher publisher;
    private final Messages messages;
    private final AuditLog audit;
    private final TransactionTemplate tx;

    CatalogImporter(JsonFormat json, ExcelFormat excel, ProcedurePublisher publisher, Messages messages,
            AuditLog audit, TransactionTemplate tx) {
        this.json = json;
        this.excel = excel;
        this.publisher = publisher;
        this.messages = messages;
        this.audit = audit;
        this.tx = tx;
    }

    /** Imports JSON or an Excel workbook, told apart by content (a workbook is a zip: “PK”). */
    public ImportReport importFile(byte[] content, ImportProgress progress) {
        boolean workbook = content.length > 2 && content[0] == 'P' && content[1] == 'K';
        return importParsed(workbook ? excel.read(content) : json.read(content), progress);
    }

    /** Two imports racing on the same new code: the loser's batch rolls back and is told to retry. */
    private List<ProcedurePublisher.Outcome> publishBatch(List<ProcedureDefinition> batch) {
        try {
            return publisher.publishValid(batch);
        } catch (DataIntegrityViolationException e) {
            throw ProblemException.concurrentChange();
        }
    }

    ImportReport importParsed(CatalogFile file, ImportProgress progress) {
        long started = System.nanoTime();
        List<RowError> errors = new ArrayList<>(file.unreadable());
        List<Field> goodFields = new ArrayList<>();
        for (int i = 0; i < file.fields().size(); i++) {
            Field field = file.fields().get(i);
            Validation check = ProcedureValidator.validate(field, "fields[" + i + "].");
            if (check.hasProblems()) {
                check.problems().forEach(p -> errors.add(new RowError(0, field.code(), p.field(),
                        messages.text(p.messageKey(), p.args()))));
            } else {
                goodFields.add(field);
            }
        }
        Set<String> fileFields = goodFields.stream().map(Field::code).collect(Collectors.toSet());
        if (!goodFields.isEmpty()) {
            tx.executeWithoutResult(s -> publisher.saveFields(goodFields));
        }
        ProcedureValidator validator = publisher.validator(fileFields);
        Map<String, Integer> occurrences = new HashMap<>();
        file.procedures().forEach(i -> {
            if (i.procedure().code() != null) {
                occurrences.merge(i.procedure().code(), 1, Integer::sum);
            }
        });
        List<ProcedureDefinition> valid = new ArrayList<>();
        Set<Integer> failedRows = new HashSet<>();
        file.unreadable().forEach(e -> failedRows.add(e.row()));
        for (CatalogFile.Item item : file.procedures()) {
            ProcedureDefinition p = ProcedurePublisher.withDefaults(item.procedure());
            Validation v = validator.validate(p);
            if (p.code() != null && occurrences.get(p.code()) > 1) {
                v.add("code", "catalog.code.duplicate", p.code());
            }
            if (v.hasProblems()) {
                failedRows.add(item.row());
                for (FieldProblem problem : v.problems()) {
                    errors.add(new RowError(item.row(), p.code(), problem.field(),
                            messages.text(problem.messageKey(), problem.args())));
                }
            } else {
                valid.add(p);
            }
        }
        int total = file.procedures().size() + file.unreadable().size();
        int done = failedRows.size();
        progress.advanced(done, total);
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (int from = 0; from < valid.size(); from += BATCH) {
            List<ProcedureDefinition> batch = valid.subList(from, Math.min(valid.size(), from + BATCH));
            for (ProcedurePublisher.Outcome o : publishBatch(batch)) {
                switch (o.change()) {
                    case CREATED -> created++;
                    case UPDATED -> updated++;
                    case UNCHANGED -> unchanged++;
                }
            }
            done += batch.size();
            progress.advanced(done, total);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        ImportReport report = new ImportReport(total, created, updated, unchanged, failedRows.size(), millis,
                List.copyOf(errors));
        if (created + updated > 0 || !failedRows.isEmpty()) {
            audit.record("IMPORT", "procedure", null, "Nhập danh mục thủ tục: " + created + " mới, " + updated
                    + " cập nhật, " + unchanged + " không đổi, " + failedRows.size() + " lỗi",
                    Map.of("created", created, "updated", updated, "unchanged", unchanged, "failed",
                            failedRows.size()));
        }
        return report;
    }
}
