package vn.motcua.catalog;

/** Who may apply for a procedure. */
public enum ApplicantKind {
    CITIZEN, ORGANIZATION
}
