package vn.motcua.platform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;

class CommandLineTasksTest {

    private final List<Path> ran = new ArrayList<>();
    private final AtomicReference<Integer> exit = new AtomicReference<>();

    private void run(String... args) {
        CommandLineTasks.forEachFile(new DefaultApplicationArguments(args), "import-things",
                file -> {
                    ran.add(file);
                    return file.toString().endsWith(".bad") ? 2 : 0;
                }, exit::set);
    }

    @Test
    void withoutTheOptionNothingRunsAndTheApplicationGoesOn() {
        run("--other=x");
        assertThat(ran).isEmpty();
        assertThat(exit.get()).isNull();
    }

    @Test
    void eachFileRunsInOrderAndTheWorstStatusStopsTheApplication() {
        run("--import-things=a.json", "--import-things=b.bad", "--import-things=c.json");
        assertThat(ran).containsExactly(Path.of("a.json"), Path.of("b.bad"), Path.of("c.json"));
        assertThat(exit.get()).isEqualTo(2);
    }

    @Test
    void anOptionWithoutAFileIsAnError() {
        run("--import-things");
        assertThat(ran).isEmpty();
        assertThat(exit.get()).isEqualTo(1);
    }
}
