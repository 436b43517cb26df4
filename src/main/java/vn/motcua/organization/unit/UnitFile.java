package vn.motcua.organization.unit;

import java.util.List;

/** A whole official file, checked: its format and its units, parents first. */
record UnitFile(UnitFileFormat format, List<ParsedUnit> units) {

    String edition() {
        return format.edition();
    }
}
