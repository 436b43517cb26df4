package vn.motcua.support;

import org.springframework.test.context.ActiveProfilesResolver;

/** "test", plus "postgres" when the suite runs on PostgreSQL ({@code -Dmotcua.test.db=postgres}). */
public class TestProfiles implements ActiveProfilesResolver {

    @Override
    public String[] resolve(Class<?> testClass) {
        return isPostgres() ? new String[] { "test", "postgres" } : new String[] { "test" };
    }

    public static boolean isPostgres() {
        return "postgres".equalsIgnoreCase(System.getProperty("motcua.test.db", "h2"));
    }
}
