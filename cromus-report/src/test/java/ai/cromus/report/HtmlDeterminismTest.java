package ai.cromus.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The same result gives the same bytes whatever the locale, time zone or thread count, and the
 * invoice example's report matches its golden file. Run with {@code -Dcromus.golden.update=true} to
 * rewrite the golden file after an intended change, then review the diff.
 */
class HtmlDeterminismTest {
  static final Path GOLDEN =
      Path.of("src/test/resources/ai/cromus/report/golden/invoice-exception-review.html");

  private final Locale locale = Locale.getDefault();
  private final TimeZone zone = TimeZone.getDefault();

  @AfterEach
  void restore() {
    Locale.setDefault(locale);
    TimeZone.setDefault(zone);
  }

  private static String renderAll(List<Pages.Example> examples) {
    StringBuilder sb = new StringBuilder();
    for (Pages.Example e : examples) {
      sb.append(e.render());
    }
    return sb.toString();
  }

  @Test
  void localesAndTimeZonesDoNotChangeTheBytes() {
    List<Pages.Example> examples = Pages.examples();
    Locale.setDefault(Locale.ROOT);
    TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
    String reference = renderAll(examples);
    for (String tag : List.of("tr-TR", "de-DE", "ar-SA", "hi-IN", "th-TH-u-nu-thai")) {
      for (String tz : List.of("Pacific/Kiritimati", "America/St_Johns", "Asia/Kathmandu")) {
        Locale.setDefault(Locale.forLanguageTag(tag));
        TimeZone.setDefault(TimeZone.getTimeZone(tz));
        assertThat(renderAll(examples)).as(tag + " " + tz).isEqualTo(reference);
      }
    }
  }

  @Test
  void eightThreadsGiveTheSingleThreadedBytes() throws Exception {
    List<Pages.Example> examples = Pages.examples();
    List<ai.cromus.core.CompileResult> results = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    for (Pages.Example e : examples) {
      results.add(e.compile());
      expected.add(HtmlReport.render(results.get(results.size() - 1)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> futures = new ArrayList<>();
      for (int round = 0; round < 4; round++) {
        for (ai.cromus.core.CompileResult r : results) {
          futures.add(pool.submit(() -> HtmlReport.render(r)));
        }
      }
      for (int i = 0; i < futures.size(); i++) {
        assertThat(futures.get(i).get()).isEqualTo(expected.get(i % results.size()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void invoiceExampleMatchesItsGoldenFile() throws IOException {
    Pages.Example invoice =
        Pages.examples().stream()
            .filter(e -> e.path().endsWith("invoice-exception-review.md"))
            .findFirst()
            .orElseThrow();
    String html = invoice.render();
    if (Boolean.getBoolean("cromus.golden.update")) {
      Files.createDirectories(GOLDEN.getParent());
      Files.writeString(GOLDEN, html, StandardCharsets.UTF_8);
    }
    assertThat(html).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
  }
}
