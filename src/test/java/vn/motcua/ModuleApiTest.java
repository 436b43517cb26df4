package vn.motcua;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Other modules use the dossier module only through its root package {@code vn.motcua.dossier} (its public
 * API, architecture.md): no production class outside {@code vn.motcua.dossier..} depends on a class in one of
 * its sub-packages ({@code processing}, {@code counts}, ...), by any dependency ArchUnit sees (calls, fields,
 * signatures, annotations, inheritance). {@code ModularityTest} checks the module boundaries as Spring Modulith
 * declares them; this holds the dossier module to no named interface at all.
 */
class ModuleApiTest {

    static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("vn.motcua");

    static final DescribedPredicate<JavaClass> DOSSIER_INTERNALS = resideInAPackage("vn.motcua.dossier..")
            .and(resideOutsideOfPackage("vn.motcua.dossier"))
            .as("reside in a sub-package of vn.motcua.dossier");

    @Test
    void otherModulesUseOnlyTheRootPackageOfTheDossierModule() {
        ArchRule rule = noClasses().that().resideOutsideOfPackage("vn.motcua.dossier..")
                .should().dependOnClassesThat(DOSSIER_INTERNALS)
                .because("the public API of a module is its root package (docs/architecture.md)");
        rule.check(PRODUCTION);
    }

    @Test
    void theImportSeesTheProductionClassesAndTheirDependenciesOnTheDossierApi() {
        // Not vacuous: production classes only, the dossier's internals among them, and other modules' uses
        // of the root package are seen as dependencies.
        assertThat(PRODUCTION.stream().map(JavaClass::getPackageName)).contains("vn.motcua.dossier.processing",
                "vn.motcua.dossier.counts", "vn.motcua.reporting", "vn.motcua.forms");
        assertThat(PRODUCTION.stream().filter(DOSSIER_INTERNALS::test).count()).isGreaterThan(50);
        assertThat(PRODUCTION.stream().map(JavaClass::getSimpleName)).doesNotContain("ModuleApiTest", "TestData");
        assertThat(PRODUCTION.stream().filter(c -> !c.getPackageName().startsWith("vn.motcua.dossier"))
                .flatMap(c -> c.getDirectDependenciesFromSelf().stream())
                .filter(d -> d.getTargetClass().getPackageName().equals("vn.motcua.dossier"))
                .map(d -> d.getOriginClass().getPackageName()))
                .anyMatch(p -> p.startsWith("vn.motcua.reporting")).anyMatch(p -> p.startsWith("vn.motcua.forms"));
    }
}
