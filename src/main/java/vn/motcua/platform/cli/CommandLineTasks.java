package vn.motcua.platform.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.ToIntFunction;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The shape every one-off command shares ({@code --import-…=file}, see
 * {@link CommandLineTaskEnvironment}): run once per file given, then stop the application with the
 * worst status instead of serving. Status 0 is success, 1 a file that could not be read or used,
 * 2 a file imported with refused parts (the tasks' own convention, kept in their Javadoc).
 */
public final class CommandLineTasks {

    private CommandLineTasks() {
    }

    /** Stops the application with the status: the default way a task ends. */
    public static IntConsumer exitOf(ConfigurableApplicationContext context) {
        return status -> System.exit(SpringApplication.exit(context, () -> status));
    }

    /**
     * Does nothing without {@code --option}; otherwise runs {@code task} on each of its values in order
     * and hands the highest status to {@code exit} (1 when the option has no value).
     */
    public static void forEachFile(ApplicationArguments args, String option, ToIntFunction<Path> task,
            IntConsumer exit) {
        if (!args.containsOption(option)) {
            return;
        }
        List<String> files = args.getOptionValues(option);
        int status = files.isEmpty() ? 1 : 0;
        for (String file : files) {
            status = Math.max(status, task.applyAsInt(Path.of(file)));
        }
        exit.accept(status);
    }
}
