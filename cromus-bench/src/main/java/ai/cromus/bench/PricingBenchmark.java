package ai.cromus.bench;

import ai.cromus.catalog.BundledCatalog;
import ai.cromus.core.catalog.Model;
import ai.cromus.core.catalog.ModelCatalog;
import ai.cromus.core.catalog.Offering;
import ai.cromus.core.internal.simulation.Rates;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Pricing one step: look the model up by name, take the channel's offering, derive the request's
 * rates (long-context tier, batch, uplift) and price fresh input, cache reads and output exactly.
 * The cases are {@code peers/cases.json}, the same models and token counts the peer script gives
 * {@code calcPrice} of {@code @pydantic/genai-prices}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PricingBenchmark {
  /** One pricing case. */
  static final class Case {
    String model;
    String channel;
    long input;
    long cacheRead;
    long output;
  }

  private ModelCatalog catalog;
  private List<Case> cases;
  private int next;

  @Setup
  public void setUp() throws IOException {
    catalog = BundledCatalog.get();
    cases = cases();
    for (Case c : cases) {
      System.out.println(
          "total "
              + c.model
              + "@"
              + c.channel
              + ": "
              + price(c).stripTrailingZeros().toPlainString());
    }
  }

  static List<Case> cases() throws IOException {
    try (InputStream in = PricingBenchmark.class.getResourceAsStream("/peers/cases.json")) {
      JsonNode root = new ObjectMapper().readTree(in);
      List<Case> out = new ArrayList<>();
      for (JsonNode n : root.get("pricing")) {
        Case c = new Case();
        c.model = n.get("cromus").get(0).asText();
        c.channel = n.get("cromus").get(1).asText();
        c.input = n.get("input").asLong();
        c.cacheRead = n.get("cacheRead").asLong();
        c.output = n.get("output").asLong();
        out.add(c);
      }
      return out;
    }
  }

  BigDecimal price(Case c) {
    Model m = catalog.find(c.model).orElseThrow(() -> new IllegalStateException(c.model));
    Offering o = m.offering(c.channel).orElseThrow(() -> new IllegalStateException(c.channel));
    Rates r =
        Rates.of(
            o.pricing().orElseThrow(),
            catalog.vendor(m.vendor()),
            c.input,
            false,
            Optional.empty());
    return c.cacheRead > 0
        ? r.warm(c.input, c.cacheRead, c.output, 0)
        : r.plain(c.input, c.output, 0);
  }

  @Benchmark
  public BigDecimal priceOneStep() {
    Case c = cases.get(next);
    next = next + 1 == cases.size() ? 0 : next + 1;
    return price(c);
  }
}
