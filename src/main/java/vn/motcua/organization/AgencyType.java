package vn.motcua.organization;

/** Kind of agency (GLOSSARY.md: Cơ quan). */
public enum AgencyType {
    /** Sở, ban, ngành. */
    DEPARTMENT,
    /** Ủy ban nhân dân. */
    PEOPLES_COMMITTEE,
    /** Cơ quan ngành dọc (tax, police, social insurance...). */
    VERTICAL,
    OTHER
}
