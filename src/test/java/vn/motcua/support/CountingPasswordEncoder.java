package vn.motcua.support;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Wraps the application's {@link PasswordEncoder} to count its calls, so that tests can say which
 * requests run bcrypt (an unknown username must, an API token must not) without timing anything.
 * The counts are global: tests run one at a time and compare before and after.
 */
@Component
public class CountingPasswordEncoder implements BeanPostProcessor {

    private static final AtomicLong MATCHES = new AtomicLong();
    private static final AtomicLong ENCODES = new AtomicLong();

    /** Password comparisons so far (each one bcrypt). */
    public static long matches() {
        return MATCHES.get();
    }

    /** Hashes computed so far. */
    public static long encodes() {
        return ENCODES.get();
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof PasswordEncoder encoder && !(bean instanceof Counting) ? new Counting(encoder) : bean;
    }

    private record Counting(PasswordEncoder delegate) implements PasswordEncoder {

        @Override
        public String encode(CharSequence rawPassword) {
            ENCODES.incrementAndGet();
            return delegate.encode(rawPassword);
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            MATCHES.incrementAndGet();
            return delegate.matches(rawPassword, encodedPassword);
        }

        @Override
        public boolean upgradeEncoding(String encodedPassword) {
            return delegate.upgradeEncoding(encodedPassword);
        }
    }
}
