package vn.motcua.platform.outbox;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.aop.support.AopUtils;
import org.springframework.core.ResolvableType;
import org.springframework.util.function.SingletonSupplier;

/**
 * The consumers this node knows, by name and by the event type they take. The beans are looked up on
 * first use (once the context is up): a consumer may depend on beans that publish events themselves.
 */
final class OutboxConsumers {

    record Registered(String name, Class<?> type, OutboxConsumer<Object> consumer) {
    }

    private record Known(Map<String, Registered> byName, List<String> names) {
    }

    private final Supplier<Known> known;
    private final Map<Class<?>, List<Registered>> byType = new ConcurrentHashMap<>();

    OutboxConsumers(Supplier<? extends Collection<? extends OutboxConsumer<?>>> beans) {
        this.known = SingletonSupplier.of(() -> register(beans.get()));
    }

    @SuppressWarnings("unchecked")
    private static Known register(Collection<? extends OutboxConsumer<?>> consumers) {
        Map<String, Registered> byName = new LinkedHashMap<>();
        for (OutboxConsumer<?> c : consumers) {
            String name = c.name();
            if (name == null || name.isBlank() || name.length() > 100) {
                throw new IllegalStateException("Outbox consumer " + c + " needs a name of 1 to 100 characters");
            }
            Class<?> type = ResolvableType.forClass(AopUtils.getTargetClass(c)).as(OutboxConsumer.class)
                    .getGeneric(0).resolve();
            if (type == null || type == Object.class) {
                throw new IllegalStateException("Outbox consumer " + name + ": its event type cannot be resolved");
            }
            Registered previous = byName.put(name, new Registered(name, type, (OutboxConsumer<Object>) c));
            if (previous != null) {
                throw new IllegalStateException("Two outbox consumers are named " + name);
            }
        }
        return new Known(byName, List.copyOf(byName.keySet()));
    }

    /** The consumers of an event of this class (empty: the event is not stored). */
    List<Registered> of(Class<?> eventType) {
        return byType.computeIfAbsent(eventType, t -> {
            List<Registered> found = new ArrayList<>();
            for (Registered r : known.get().byName().values()) {
                if (r.type().isAssignableFrom(t)) {
                    found.add(r);
                }
            }
            return List.copyOf(found);
        });
    }

    Registered named(String name) {
        return known.get().byName().get(name);
    }

    List<String> names() {
        return known.get().names();
    }

    boolean isEmpty() {
        return names().isEmpty();
    }
}
