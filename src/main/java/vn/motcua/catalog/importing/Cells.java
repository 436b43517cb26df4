package vn.motcua.catalog.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;

import vn.motcua.platform.text.SearchText;

/**
 * Typed reading of a workbook row. A cell that cannot be read is remembered by its field name
 * (with {@link #prefix}, e.g. {@code fees[2].amount}) instead of failing the whole file.
 */
final class Cells {

    private static final DataFormatter FORMAT = new DataFormatter(Locale.ROOT);

    private final Row row;
    final List<String> problems = new ArrayList<>();
    String prefix = "";

    Cells(Row row) {
        this.row = row;
    }

    static boolean blank(Row row) {
        for (Cell cell : row) {
            if (!FORMAT.formatCellValue(cell).isBlank()) {
                return false;
            }
        }
        return true;
    }

    String text(int column, String field) {
        Cell cell = row.getCell(column);
        if (cell == null) {
            return null;
        }
        String value = FORMAT.formatCellValue(cell).strip();
        return value.isEmpty() ? null : value;
    }

    List<String> texts(int column) {
        String value = text(column, "");
        return value == null ? List.of()
                : Arrays.stream(value.split("[,;\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    BigDecimal decimal(int column, String field) {
        Cell cell = row.getCell(column);
        if (cell == null) {
            return null;
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            return BigDecimal.valueOf(cell.getNumericCellValue());
        }
        String value = text(column, field);
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value.replace(',', '.'));
        } catch (NumberFormatException e) {
            problems.add(prefix + field);
            return null;
        }
    }

    Integer integer(int column, String field) {
        BigDecimal value = decimal(column, field);
        return value == null ? null : value.intValue();
    }

    boolean bool(int column, String field, boolean absent) {
        String value = text(column, field);
        if (value == null) {
            return absent;
        }
        return switch (SearchText.fold(value)) {
            case "co", "x", "true", "1", "yes" -> true;
            case "khong", "false", "0", "no" -> false;
            default -> {
                problems.add(prefix + field);
                yield absent;
            }
        };
    }

    <E extends Enum<E>> E enumValue(int column, String field, Class<E> type) {
        String value = text(column, field);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(prefix + field);
            return null;
        }
    }

    <E extends Enum<E>> List<E> list(int column, String field, Class<E> type) {
        List<E> values = new ArrayList<>();
        for (String value : texts(column)) {
            try {
                values.add(Enum.valueOf(type, value.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                problems.add(prefix + field);
            }
        }
        return values;
    }
}
