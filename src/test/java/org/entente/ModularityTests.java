package org.entente;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModuleInitializer;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.SpringBean;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    /**
     * The modules, in the order their migrations run, as Spring Modulith's runtime reads them at
     * start ({@code spring.modulith.runtime.flyway-enabled}). Without this file every start of the
     * application (and every test context) imports all of Entente's classes with ArchUnit first.
     */
    static final Path MODULE_LIST = Path.of("src/main/resources/META-INF/spring-modulith/application-modules.json");

    private final ApplicationModules modules = ApplicationModules.of(Entente.class);

    @Test
    void modulesOnlyUseWhatTheyDeclare() {
        modules.verify();
    }

    @Test
    void writesTheModuleDiagrams() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }

    /**
     * The module list the application starts with is the one this class computes: a module added,
     * removed or reordered by a new dependency fails here (the file is rewritten: review and commit it).
     */
    @Test
    void theModuleListTheApplicationStartsWithIsUpToDate() throws IOException {
        String expected =
                modules.stream().map(ModularityTests::entry).collect(Collectors.joining(",\n  ", "{\n  ", "\n}\n"));
        String stored = Files.exists(MODULE_LIST) ? Files.readString(MODULE_LIST, StandardCharsets.UTF_8) : "";
        if (!stored.equals(expected)) {
            Files.createDirectories(MODULE_LIST.getParent());
            Files.writeString(MODULE_LIST, expected, StandardCharsets.UTF_8);
        }
        assertThat(stored)
                .as("%s is out of date; it has been rewritten: review it, commit it, build again", MODULE_LIST)
                .isEqualTo(expected);
    }

    private static String entry(ApplicationModule module) {
        String initializers = module.getSpringBeans().stream()
                .filter(bean -> bean.isAssignableTo(ApplicationModuleInitializer.class))
                .map(SpringBean::getFullyQualifiedTypeName)
                .sorted()
                .map(name -> "\"" + name + "\"")
                .collect(Collectors.joining(", "));
        return "\"" + module.getIdentifier() + "\": { \"initializers\": [" + initializers + "] }";
    }
}
