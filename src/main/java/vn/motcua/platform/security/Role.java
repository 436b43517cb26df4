package vn.motcua.platform.security;

import java.util.Arrays;
import java.util.List;

/**
 * Roles (GLOSSARY.md). Each is held for an agency and its children, or for the whole province. All but
 * {@link #FILING} are staff roles, held by officers; {@code FILING} is held by an API client that files
 * dossiers online for applicants (a kiosk, another agency's system, the national portal's connector).
 */
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
    MONITOR,
    /** Nộp hồ sơ trực tuyến thay người dân: an API client filing online for applicants; not an officer's role. */
    FILING;

    private static final List<Role> STAFF = Arrays.stream(values()).filter(r -> r != FILING).toList();

    /** Whether officers hold this role (every role but {@link #FILING}). */
    public boolean isStaff() {
        return this != FILING;
    }

    /** The roles officers hold, in order. */
    public static List<Role> staff() {
        return STAFF;
    }
}
