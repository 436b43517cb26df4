package vn.motcua.bench.lifecycle;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.LongAdder;
import java.sql.Connection;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts, per thread, the SQL statements prepared and the commits done through the application's
 * {@link DataSource}: wraps the bean in a proxy that wraps each connection. The driver reads the
 * counts before and after each action, so it reports statements per action without touching the
 * application. Cost: one thread-local increment per statement.
 */
final class StatementCounter implements BeanPostProcessor {

    /** [0] statements prepared, [1] commits. */
    static final ThreadLocal<long[]> COUNTS = ThreadLocal.withInitial(() -> new long[2]);
    /** The same over every thread of the process (requests, outbox delivery, jobs). */
    static final LongAdder ALL_STATEMENTS = new LongAdder(), ALL_COMMITS = new LongAdder();

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource ds && !Proxy.isProxyClass(bean.getClass())) {
            return Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] { DataSource.class },
                    new Forward(ds, true));
        }
        return bean;
    }

    private record Forward(Object target, boolean dataSource) implements InvocationHandler {

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (name.equals("equals")) {
                return proxy == args[0];
            }
            if (name.equals("hashCode")) {
                return System.identityHashCode(proxy);
            }
            if (!dataSource) {
                if (name.equals("prepareStatement") || name.equals("createStatement") || name.equals("prepareCall")) {
                    COUNTS.get()[0]++;
                    ALL_STATEMENTS.increment();
                } else if (name.equals("commit")) {
                    COUNTS.get()[1]++;
                    ALL_COMMITS.increment();
                }
            }
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (dataSource && name.equals("getConnection")) {
                return Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] { Connection.class },
                        new Forward(result, false));
            }
            return result;
        }
    }
}
