package vn.motcua;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(MotcuaApplication.class);

    @Test
    void moduleBoundariesHold() {
        modules.verify();
    }

    @Test
    void everyPlannedModuleOfTheFoundationExists() {
        assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
                .contains("platform", "organization", "identity", "workspace");
    }

    @Test
    void writesTheModuleDiagramIntoTheBuild() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("target/modulith-docs"))
                .writeModulesAsPlantUml()
                .writeModuleCanvases();
        assertThat(java.nio.file.Path.of("target/modulith-docs/components.puml")).isNotEmptyFile();
    }
}
