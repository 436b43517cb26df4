package vn.motcua.platform.outbox;

import java.net.InetAddress;
import java.time.Clock;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import tools.jackson.databind.json.JsonMapper;

/** The outbox's parts; see {@link OutboxConsumer} for what a module declares. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OutboxSettings.class)
class OutboxConfig {

    @Bean
    OutboxStore outboxStore(JdbcClient jdbc, DataSource dataSource) {
        return new OutboxStore(jdbc, dataSource);
    }

    @Bean
    OutboxMetrics outboxMetrics(ObjectProvider<MeterRegistry> registry, OutboxStore store, Clock clock) {
        return new OutboxMetrics(registry.getIfAvailable(SimpleMeterRegistry::new), store::summary, clock);
    }

    @Bean
    OutboxConsumers outboxConsumers(ObjectProvider<OutboxConsumer<?>> beans) {
        return new OutboxConsumers(() -> beans.orderedStream().toList());
    }

    @Bean
    OutboxDelivery outboxDelivery(OutboxStore store, OutboxConsumers consumers, OutboxSettings settings,
            OutboxMetrics metrics, JsonMapper json, Clock clock, PlatformTransactionManager transactions) {
        return new OutboxDelivery(store, consumers, settings, metrics, compact(json), clock, transactions,
                nodeId(settings));
    }

    @Bean
    OutboxRecorder outboxRecorder(OutboxConsumers consumers, OutboxStore store, JsonMapper json, Clock clock,
            ObjectProvider<OutboxDelivery> delivery) {
        return new OutboxRecorder(consumers, store, compact(json), clock, () -> delivery.getObject().wake());
    }

    /** The application's mapper, leaving out nulls: the stored payload stays compact. */
    static JsonMapper compact(JsonMapper json) {
        return json.rebuild()
                .changeDefaultPropertyInclusion(v -> v.withValueInclusion(JsonInclude.Include.NON_NULL)).build();
    }

    private static String nodeId(OutboxSettings settings) {
        if (settings.nodeId() != null && !settings.nodeId().isBlank()) {
            return settings.nodeId().strip();
        }
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            host = "node";
        }
        byte[] suffix = new byte[3];
        ThreadLocalRandom.current().nextBytes(suffix);
        String id = host + "-" + HexFormat.of().formatHex(suffix);
        return id.length() <= 100 ? id : id.substring(id.length() - 100);
    }
}
