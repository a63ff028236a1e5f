package ai.cromus.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import org.apiguardian.api.API;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The enforced API of every published module, read from their compiled classes and module
 * descriptors (this module builds after all of them): no {@code exports} of an internal package, no
 * module using another module's internal package, an {@link API} status on every public type of an
 * exported package, and one class per simple name across the main sources.
 */
class ProjectArchitectureTest {
  /** The root package of each published module. */
  static final List<String> ROOTS =
      List.of(
          "core", "catalog", "tokens", "export", "report", "test", "cli", "langchain4j", "maven");

  /**
   * The modules that have a module-info, each with one of its classes (to find its jar or class
   * folder); cromus-langchain4j and the Maven plugin have none.
   */
  static final Map<String, Class<?>> MODULAR =
      Map.of(
          "ai.cromus.core", ai.cromus.core.Cromus.class,
          "ai.cromus.catalog", ai.cromus.catalog.BundledCatalog.class,
          "ai.cromus.tokens", ai.cromus.tokens.OpenAiTokenCounter.class,
          "ai.cromus.export", ai.cromus.export.BundleWriter.class,
          "ai.cromus.report", ai.cromus.report.HtmlReport.class,
          "ai.cromus.test", ai.cromus.test.CromusAssertions.class,
          "ai.cromus.cli", ai.cromus.cli.CromusCommand.class);

  static JavaClasses main;
  static Map<String, ModuleDescriptor> descriptors;

  @BeforeAll
  static void read() throws IOException, URISyntaxException {
    main =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("ai.cromus");
    descriptors = new TreeMap<>();
    for (Class<?> type : MODULAR.values()) {
      Path root = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isDirectory(root)) {
        try (InputStream in = Files.newInputStream(root.resolve("module-info.class"))) {
          ModuleDescriptor d = ModuleDescriptor.read(in);
          descriptors.put(d.name(), d);
        }
      } else {
        try (JarFile jar = new JarFile(root.toFile())) {
          ZipEntry e = jar.getEntry("module-info.class");
          assertThat(e).as(root + " has a module-info.class").isNotNull();
          try (InputStream in = jar.getInputStream(e)) {
            ModuleDescriptor d = ModuleDescriptor.read(in);
            descriptors.put(d.name(), d);
          }
        }
      }
    }
  }

  @Test
  void everyModularModuleHasItsDescriptor() {
    assertThat(descriptors.keySet()).containsExactlyInAnyOrderElementsOf(MODULAR.keySet());
    Set<String> read =
        main.stream()
            .map(c -> c.getPackageName().split("\\.")[2])
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(read).as("the modules whose classes were read").containsAll(ROOTS);
  }

  @Test
  void noModuleExportsOrOpensAnInternalPackageToEveryone() {
    List<String> wrong = new ArrayList<>();
    for (ModuleDescriptor d : descriptors.values()) {
      d.exports().stream()
          .filter(e -> e.source().contains(".internal"))
          .forEach(e -> wrong.add(d.name() + " exports " + e.source()));
      d.opens().stream()
          .filter(o -> o.source().contains(".internal") && !o.isQualified())
          .forEach(o -> wrong.add(d.name() + " opens " + o.source()));
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void everyExportedPackageHoldsItsModulesApiAndEveryApiPackageIsExported() {
    for (ModuleDescriptor d : descriptors.values()) {
      // packages with classes: a folder of resources only (spec/profiles) is no API
      Set<String> api =
          d.packages().stream()
              .filter(p -> !p.contains(".internal") && main.containPackage(p))
              .collect(Collectors.toCollection(TreeSet::new));
      Set<String> exported =
          d.exports().stream()
              .map(ModuleDescriptor.Exports::source)
              .collect(Collectors.toCollection(TreeSet::new));
      assertThat(exported).as(d.name()).isEqualTo(api);
    }
  }

  @Test
  void noModuleUsesAnotherModulesInternalPackage() {
    for (String root : ROOTS) {
      String[] others =
          ROOTS.stream()
              .filter(r -> !r.equals(root))
              .map(r -> "ai.cromus." + r + ".internal..")
              .toArray(String[]::new);
      noClasses()
          .that()
          .resideInAPackage("ai.cromus." + root + "..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(others)
          .because("modules use each other through exported packages only")
          .check(main);
    }
  }

  @Test
  void everyPublicTypeOfAnApiPackageStatesItsApiStatus() {
    classes()
        .that(publicApiTypes())
        .should()
        .beAnnotatedWith(API.class)
        .because("each public type states its API status, as JUnit's do (docs/architecture.md)")
        .check(main);
  }

  @Test
  void oneClassPerSimpleNameInTheMainSources() {
    Map<String, List<String>> byName =
        main.stream()
            .filter(c -> c.isTopLevelClass() && !c.getSimpleName().equals("package-info"))
            .filter(
                c ->
                    c.getPackageName()
                        .matches("ai\\.cromus\\.(" + String.join("|", ROOTS) + ")(\\..*)?"))
            .collect(
                Collectors.groupingBy(
                    JavaClass::getSimpleName,
                    TreeMap::new,
                    Collectors.mapping(JavaClass::getName, Collectors.toList())));
    byName.values().removeIf(names -> names.size() == 1);
    assertThat(byName).as("simple names used by more than one class").isEmpty();
  }

  /**
   * Public top-level types, and public member types of written (not generated) classes, in a
   * package that is API: exported by its module-info, or, in a module without one, not internal.
   */
  static DescribedPredicate<JavaClass> publicApiTypes() {
    return DescribedPredicate.describe(
        "are public types of API packages",
        c -> {
          if (!c.getModifiers().contains(JavaModifier.PUBLIC)
              || c.getPackageName().contains(".internal")
              || c.getSimpleName().equals("package-info")
              || c.isAnonymousClass()
              || c.isLocalClass()) {
            return false;
          }
          if (c.isNestedClass()) {
            JavaClass outer = c.getEnclosingClass().orElseThrow();
            if (outer.isAnnotatedWith("org.immutables.value.Generated")
                || !outer.getModifiers().contains(JavaModifier.PUBLIC)) {
              return false;
            }
          }
          return exported(c.getPackageName());
        });
  }

  static boolean exported(String pkg) {
    for (ModuleDescriptor d : descriptors.values()) {
      if (d.packages().contains(pkg)) {
        return d.exports().stream().anyMatch(e -> e.source().equals(pkg) && !e.isQualified());
      }
    }
    return pkg.startsWith("ai.cromus.");
  }
}
