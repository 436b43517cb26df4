package vn.motcua.organization.demo;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Loads the demo province at start-up when {@code motcua.demo.enabled} says so; after the bootstrap admin. */
@Component
@Order(10)
class DemoDataRunner implements ApplicationRunner {

    private final DemoData demo;
    private final DemoSwitch demoSwitch;
    private final String password;

    DemoDataRunner(DemoData demo, @Value("${motcua.demo.enabled:auto}") String enabled,
            @Value("${spring.datasource.url:}") String jdbcUrl, @Value("${motcua.demo.password:}") String password) {
        this.demo = demo;
        this.demoSwitch = new DemoSwitch(enabled, jdbcUrl);
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demoSwitch.enabled()) {
            demo.load(password);
        }
    }
}
