package ai.cromus.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import ai.cromus.core.catalog.CatalogReader;
import ai.cromus.core.diagnostic.Severity;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bundled catalog conforms to the JSON Schema beside it, and the schema and the reader reject
 * the same mistakes.
 */
class CatalogSchemaTest {
  private static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(BundledCatalog.schema(), InputFormat.JSON);

  private static List<Error> validate(String json) {
    return SCHEMA.validate(json, InputFormat.JSON);
  }

  @Test
  void theBundledCatalogConformsToItsSchema() {
    List<Error> errors = validate(BundledCatalog.text());
    assertThat(errors)
        .as(errors.stream().map(Error::toString).collect(Collectors.joining("\n")))
        .isEmpty();
  }

  /** Each mutation breaks the bundled file once; both the schema and the reader must reject it. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "negative price|\"input\": 10,|\"input\": -10,",
        "price as a string|\"input\": 10,|\"input\": \"10\",",
        "unknown tier|\"tier\": \"managed\"|\"tier\": \"hyperscaler\"",
        "unknown capability tier|\"capabilityTier\": \"mythos\"|\"capabilityTier\": \"legendary\"",
        "bad verifiedOn|\"verifiedOn\": \"2026-11-25\"|\"verifiedOn\": \"25.11.2026\"",
        "non-kebab model id|\"id\": \"claude-fable-5-1\"|\"id\": \"Claude Fable 5.1\"",
        "wrong currency|\"currency\": \"USD\"|\"currency\": \"EUR\"",
        "unknown reasoning|\"reasoning\": \"always\"|\"reasoning\": \"sometimes\"",
        "zero context|\"contextWindow\": 1000000|\"contextWindow\": 0"
      })
  void schemaAndReaderAgreeOnMistakes(String name, String from, String to) {
    String text = BundledCatalog.text();
    assertThat(text).contains(from);
    String broken =
        text.replaceFirst(
            java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
    assertThat(validate(broken)).as("schema rejects " + name).isNotEmpty();
    assertThat(CatalogReader.read("broken.json", broken).diagnostics())
        .as("reader rejects " + name)
        .anySatisfy(d -> assertThat(d.severity()).isEqualTo(Severity.ERROR));
  }
}
