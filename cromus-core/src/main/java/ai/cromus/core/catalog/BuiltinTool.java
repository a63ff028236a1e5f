package ai.cromus.core.catalog;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A tool a channel runs on its own servers for a fee per call (web search, file search), with the
 * page its price was read from and the date it was read. A step that names it ({@code
 * builtin_tools:}) pays the fee once per turn on that channel.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableBuiltinTool.class)
@JsonDeserialize(as = ImmutableBuiltinTool.class)
public interface BuiltinTool {
  /** Snake-case id as steps name it, e.g. {@code web_search}. */
  String id();

  /** US dollars per call. */
  BigDecimal usdPerCall();

  /** The page the price was read from. */
  String source();

  /** The date the price was read. */
  LocalDate asOf();

  @Value.Check
  default void check() {
    if (usdPerCall().signum() < 0) {
      throw new IllegalStateException("usdPerCall must not be negative: " + usdPerCall());
    }
  }

  static ImmutableBuiltinTool.Builder builder() {
    return ImmutableBuiltinTool.builder();
  }
}
