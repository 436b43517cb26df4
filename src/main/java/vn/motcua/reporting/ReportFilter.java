package vn.motcua.reporting;

import vn.motcua.dossier.Channel;
import vn.motcua.organization.AdministrativeLevel;

/**
 * What a report covers besides its period; every part optional (null = all). {@code agency} is an
 * agency code and takes its child agencies along; {@code level} is the dossier's level (the level
 * of its resolving agency when it was submitted); {@code desk} is the one-stop desk that received the
 * dossier, by code or id.
 */
public record ReportFilter(AdministrativeLevel level, String agency, String procedure, String field,
        String onlineLevel, Channel channel, String desk) {

    public static final ReportFilter ALL = new ReportFilter(null, null, null, null, null, null, null);

    /** Without the desk. */
    public ReportFilter(AdministrativeLevel level, String agency, String procedure, String field, String onlineLevel,
            Channel channel) {
        this(level, agency, procedure, field, onlineLevel, channel, null);
    }

    /**
     * This filter without its parts other than level and agency: the day counts serve a report whose
     * filter equals this. A part added here must stay out of this copy (the canonical constructor, so
     * a new part does not compile until decided), and the report falls back to the direct query when
     * it is set.
     */
    ReportFilter withOnlyAgencyAndLevel() {
        return new ReportFilter(level, agency, null, null, null, null, null);
    }
}
