package ai.cromus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.cromus.core.CompileResult;
import ai.cromus.core.CromusJson;
import ai.cromus.test.CromusWorkflow;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.exc.InvalidDefinitionException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Spring Boot 4 serializes with Jackson 3 ({@code tools.jackson}). Cromus runs on Jackson 2, which
 * Boot 4 still manages; this is what an application's Jackson 3 mapper does with Cromus values, as
 * docs/compatibility.md states it.
 */
class Jackson3Test {
  private static final JsonMapper JACKSON_3 = JsonMapper.builder().build();

  /**
   * A controller may return a Cromus value: Jackson 3 writes the same JSON as CromusJson (the value
   * types carry their inclusion rule as an annotation).
   */
  @Test
  void writesTheSameJsonAsCromusJson(
      @CromusWorkflow(
              value = "classpath:sops/refund-triage.md",
              scope = "classpath:scopes/acme-support.yaml")
          CompileResult result) {
    ObjectNode byJackson3 = (ObjectNode) JACKSON_3.readTree(JACKSON_3.writeValueAsString(result));
    ObjectNode byCromus = (ObjectNode) JACKSON_3.readTree(CromusJson.write(result));
    // the report's workflow summary comes from a Jackson 2 converter, which Jackson 3 does not
    // read: it writes the whole workflow there instead (docs/compatibility.md says so)
    assertEquals(byCromus.get("workflow").get("name"), byJackson3.get("workflow").get("name"));
    byJackson3.remove("workflow");
    byCromus.remove("workflow");
    assertEquals(byCromus, byJackson3);
  }

  /**
   * Reading needs the Jackson 2 annotations the value types carry ({@code @JsonDeserialize}), which
   * Jackson 3 does not read: read with {@link CromusJson#read}. (A compile result is written as the
   * report and not read back; its workflow is.)
   */
  @Test
  void readsBackThroughCromusJson(
      @CromusWorkflow(
              value = "classpath:sops/refund-triage.md",
              scope = "classpath:scopes/acme-support.yaml")
          CompileResult result) {
    String json = CromusJson.write(result.workflow());
    assertThrows(
        InvalidDefinitionException.class,
        () -> JACKSON_3.readValue(json, ai.cromus.core.workflow.Workflow.class));
    assertEquals(
        json, CromusJson.write(CromusJson.read(json, ai.cromus.core.workflow.Workflow.class)));
  }
}
