package ai.cromus.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import ai.cromus.core.catalog.Model;
import ai.cromus.core.catalog.ModelCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded property: any id or plain alias of the bundled catalog, decorated the ways providers and
 * SDKs decorate model names, still resolves to its model. The seed is in the message.
 */
class LookupPropertiesTest {
  private static final ModelCatalog CATALOG = BundledCatalog.get();

  static IntStream seeds() {
    return IntStream.rangeClosed(1, 12);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void decoratedNamesResolveToTheirModel(int seed) {
    Random r = new Random(seed);
    List<String> failures = new ArrayList<>();
    for (Model m : CATALOG.models()) {
      List<String> names = new ArrayList<>();
      names.add(m.id());
      for (String a : m.aliases()) {
        if (a.matches("[A-Za-z0-9.\\-_]+")) {
          names.add(a);
        }
      }
      String name = names.get(r.nextInt(names.size()));
      String decorated = decorate(name, m.vendor(), r);
      if (!CATALOG.find(decorated).map(Model::id).equals(java.util.Optional.of(m.id()))) {
        failures.add(
            decorated
                + " -> "
                + CATALOG.lookup(decorated).model().map(Model::id).orElse("nothing")
                + " (expected "
                + m.id()
                + ")");
      }
    }
    assertThat(failures).as("seed %d", seed).isEmpty();
  }

  static String decorate(String name, String vendor, Random r) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '-' && r.nextInt(4) == 0) {
        sb.append(r.nextBoolean() ? '.' : '_');
      } else {
        sb.append(c);
      }
    }
    String s = sb.toString();
    switch (r.nextInt(3)) {
      case 0 -> s = s.toUpperCase(Locale.ROOT);
      case 1 -> s = s.toLowerCase(Locale.ROOT);
      default -> {}
    }
    switch (r.nextInt(6)) {
      case 0 -> s = s + "-latest";
      case 1 ->
          s =
              s
                  + "-2026"
                  + String.format(Locale.ROOT, "%02d%02d", 1 + r.nextInt(12), 1 + r.nextInt(28));
      case 2 ->
          s =
              s
                  + "@2026"
                  + String.format(Locale.ROOT, "%02d%02d", 1 + r.nextInt(12), 1 + r.nextInt(28));
      default -> {}
    }
    return switch (r.nextInt(6)) {
      case 0 -> vendor + ":" + s;
      case 1 -> "openrouter/" + vendor + "/" + s;
      case 2 ->
          List.of("us", "eu", "apac", "global").get(r.nextInt(4))
              + "."
              + vendor
              + "."
              + s
              + "-v1:0";
      case 3 -> vendor + "/" + s;
      default -> s;
    };
  }
}
