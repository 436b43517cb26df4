package vn.motcua.organization.unit;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.CommandLinePropertySource;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;

/**
 * A one-off import ({@code --import-admin-units=...}) must not need the HTTP port of the running
 * application: it listens on a random port instead, unless {@code --server.port} is given.
 */
class UnitImportEnvironment implements EnvironmentPostProcessor {

    static final String SOURCE = "motcuaUnitImport";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        PropertySource<?> commandLine = environment.getPropertySources()
                .get(CommandLinePropertySource.COMMAND_LINE_PROPERTY_SOURCE_NAME);
        if (commandLine == null || !commandLine.containsProperty(UnitImportRunner.OPTION)
                || commandLine.containsProperty("server.port")) {
            return;
        }
        environment.getPropertySources().addAfter(CommandLinePropertySource.COMMAND_LINE_PROPERTY_SOURCE_NAME,
                new MapPropertySource(SOURCE, Map.of("server.port", "0")));
    }
}
