package ai.cromus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.cromus.core.CompileResult;
import ai.cromus.core.CromusJson;
import ai.cromus.test.Workflow;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.InvalidDefinitionException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Spring Boot 4 serializes with Jackson 3 ({@code tools.jackson}). Cromus runs on Jackson 2, which
 * Boot 4 still manages; this is what an application's Jackson 3 mapper does with Cromus values, as
 * the README states it.
 */
class Jackson3Test {
  private static final JsonMapper JACKSON_3 = JsonMapper.builder().build();

  /** A controller may return a Cromus value: Jackson 3 writes the same JSON as CromusJson. */
  @Test
  void writesTheSameJsonAsCromusJson(
      @Workflow(
              value = "classpath:sops/refund-triage.md",
              scope = "classpath:scopes/acme-support.yaml")
          CompileResult result) {
    JsonNode byJackson3 = JACKSON_3.readTree(JACKSON_3.writeValueAsString(result));
    JsonNode byCromus = JACKSON_3.readTree(CromusJson.write(result));
    assertEquals(byCromus, byJackson3);
  }

  /**
   * Reading needs the Jackson 2 annotations the value types carry ({@code @JsonDeserialize}), which
   * Jackson 3 does not read: read with {@link CromusJson#read}.
   */
  @Test
  void readsBackThroughCromusJson(
      @Workflow(
              value = "classpath:sops/refund-triage.md",
              scope = "classpath:scopes/acme-support.yaml")
          CompileResult result) {
    String json = CromusJson.write(result);
    assertThrows(
        InvalidDefinitionException.class, () -> JACKSON_3.readValue(json, CompileResult.class));
    assertEquals(json, CromusJson.write(CromusJson.read(json, CompileResult.class)));
  }
}
