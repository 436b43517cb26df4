package vn.motcua.catalog.importing;

import java.util.List;

import vn.motcua.catalog.Field;
import vn.motcua.catalog.ProcedureDefinition;

/**
 * A parsed import file: its fields, its procedures with the row each came from (item number in
 * JSON, line of the main sheet in Excel), and the rows that could not even be read.
 */
record CatalogFile(List<Field> fields, List<Item> procedures, List<RowError> unreadable) {

    record Item(int row, ProcedureDefinition procedure) {
    }
}
