package vn.motcua;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/** motcua: the one-stop-shop back office and the public service portal of a province. */
@SpringBootApplication
@Modulithic(sharedModules = "platform")
@EnableScheduling
// Module listeners (@ApplicationModuleListener) run after commit on the task executor, not in the
// request that published the event: issuing a PDF does not slow a receipt down.
@EnableAsync
public class MotcuaApplication {

    public static void main(String[] args) {
        SpringApplication.run(MotcuaApplication.class, args);
    }
}
