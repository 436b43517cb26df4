package vn.motcua.dossier.counts;

/** A row of the day counts: resolving agency, dossier level, local day (days since 1970-01-01). */
record DayKey(long agencyId, String level, int epochDay) {
}
