package ai.cromus.export;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Validates JSON text against a schema resource with networknt json-schema-validator. */
final class SchemaCheck {
  private final Schema schema;

  private SchemaCheck(Schema schema) {
    this.schema = schema;
  }

  static SchemaCheck of(String resource, SpecificationVersion version) throws IOException {
    try (InputStream in = SchemaCheck.class.getResourceAsStream("schemas/" + resource)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return new SchemaCheck(
          SchemaRegistry.withDefaultDialect(version).getSchema(text, InputFormat.JSON));
    }
  }

  /** The errors, as text; empty when the document is valid. */
  List<String> errors(String json) {
    List<Error> errors = schema.validate(json, InputFormat.JSON);
    return errors.stream().map(Error::toString).toList();
  }
}
