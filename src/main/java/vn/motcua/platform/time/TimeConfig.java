package vn.motcua.platform.time;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The clock every module takes the time from, and the zone business rules run in. */
@Configuration(proxyBeanMethods = false)
class TimeConfig {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    BusinessZone businessZone(@Value("${motcua.zone:Asia/Ho_Chi_Minh}") String zone) {
        return new BusinessZone(ZoneId.of(zone));
    }
}
