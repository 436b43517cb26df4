package vn.motcua.catalog;

/** Which agency acts in a process step. */
public enum StepAgency {
    /** The procedure's resolving agency (for “where received”, the committee that received the dossier). */
    RESOLVING,
    /** The next agency of an interconnected procedure's chain. */
    NEXT_IN_CHAIN,
    /** The agency named by the step's {@code agencyCode}. */
    SPECIFIC
}
