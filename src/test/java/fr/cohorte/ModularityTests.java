package fr.cohorte;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(CohorteApplication.class);

    @Test
    void modulesOnlyUseTheApiOfModulesBelowThem() {
        modules.verify();
    }
}
