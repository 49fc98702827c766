package io.atumdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The first test: module boundaries hold, and the rules Modulith cannot see (which module may touch
 * which engine). Writes the module documentation to {@code target/spring-modulith-docs}.
 */
class ModularityTests {

  static final ApplicationModules MODULES = ApplicationModules.of(AtumDeskApplication.class);
  static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.atumdesk");

  @Test
  void modulesRespectTheirBoundaries() {
    MODULES.verify();
  }

  @Test
  void onlyTheWorkflowModuleTouchesFlowable() {
    noClasses()
        .that()
        .resideOutsideOfPackages("io.atumdesk.workflow..", "..process..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.flowable..")
        .check(CLASSES);
  }

  @Test
  void onlyTheDecisionModuleTouchesDrools() {
    noClasses()
        .that()
        .resideOutsideOfPackage("io.atumdesk.decision..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.kie..", "org.drools..")
        .check(CLASSES);
  }

  @Test
  void camelStaysInTheConnectors() {
    noClasses()
        .that()
        .resideOutsideOfPackage("io.atumdesk.connectors..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.apache.camel..")
        .check(CLASSES);
  }

  @Test
  void controllersDoNotUseRepositories() {
    noClasses()
        .that()
        .resideInAPackage("..web..")
        .should()
        .dependOnClassesThat()
        .areAssignableTo(org.springframework.data.repository.Repository.class)
        .check(CLASSES);
  }

  @Test
  void writesModuleDocumentation() {
    new Documenter(MODULES).writeDocumentation();
  }
}
