package vn.motcua.catalog.importing;

import vn.motcua.platform.i18n.LocalizedText;

/** One problem of an imported row: which row, which procedure, which field, and why. */
public record RowError(int row, String code, String field, LocalizedText message) {
}
