package vn.motcua.platform.security;

/** Staff roles (GLOSSARY.md). Each is held for an agency and its children, or for the whole province. */
public enum Role {
    /** Quản trị: configures organization, catalog, calendar. */
    ADMIN,
    /** Cán bộ tiếp nhận (một cửa): receives dossiers, returns results. */
    RECEPTION,
    /** Chuyên viên thụ lý: appraises dossiers. */
    SPECIALIST,
    /** Lãnh đạo: reviews, approves, signs. */
    LEADER,
    /** Văn thư: issues numbers, stamps results. */
    CLERK,
    /** Giám sát, theo dõi: read-only oversight and reports. */
    MONITOR
}
