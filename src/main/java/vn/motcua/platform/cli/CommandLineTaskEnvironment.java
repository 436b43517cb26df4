package vn.motcua.platform.cli;

import java.util.Arrays;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.CommandLinePropertySource;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;

/**
 * A one-off command-line task ({@code --import-admin-units=...}, {@code --import-procedures=...}:
 * every option starting with {@code import-}; {@code --rebuild-report-counts}: every option starting
 * with {@code rebuild-}) must not need the HTTP port of the running
 * application: it listens on a random port instead, unless {@code --server.port} is given. The
 * task's runner exits when it is done.
 */
public class CommandLineTaskEnvironment implements EnvironmentPostProcessor {

    static final String SOURCE = "motcuaCommandLineTask";
    public static final String TASK_PREFIX = "import-";
    public static final String REBUILD_PREFIX = "rebuild-";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        PropertySource<?> commandLine = environment.getPropertySources()
                .get(CommandLinePropertySource.COMMAND_LINE_PROPERTY_SOURCE_NAME);
        if (!(commandLine instanceof EnumerablePropertySource<?> options)
                || Arrays.stream(options.getPropertyNames())
                        .noneMatch(n -> n.startsWith(TASK_PREFIX) || n.startsWith(REBUILD_PREFIX))
                || commandLine.containsProperty("server.port")) {
            return;
        }
        environment.getPropertySources().addAfter(CommandLinePropertySource.COMMAND_LINE_PROPERTY_SOURCE_NAME,
                new MapPropertySource(SOURCE, Map.of("server.port", "0")));
    }
}
