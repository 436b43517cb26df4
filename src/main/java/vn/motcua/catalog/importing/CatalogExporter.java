package vn.motcua.catalog.importing;

import java.io.OutputStream;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.catalog.Field;
import vn.motcua.catalog.ProcedureDefinition;
import vn.motcua.catalog.ProcedureVersion;
import vn.motcua.catalog.procedure.ProcedureStore;

/** Writes the whole catalog (current versions, inactive ones included) in the import formats. */
@Service
public class CatalogExporter {

    public enum Format { JSON, XLSX }

    private final ProcedureStore store;
    private final JsonFormat json;
    private final ExcelFormat excel;

    CatalogExporter(ProcedureStore store, JsonFormat json, ExcelFormat excel) {
        this.store = store;
        this.json = json;
        this.excel = excel;
    }

    @Transactional(readOnly = true)
    public void export(Format format, OutputStream out) {
        List<Field> fields = store.fields();
        List<ProcedureDefinition> procedures = store.allCurrent().stream().map(ProcedureVersion::content).toList();
        if (format == Format.XLSX) {
            excel.write(fields, procedures, out);
        } else {
            json.write(fields, procedures, out);
        }
    }
}
