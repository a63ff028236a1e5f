package ai.cromus.core.internal.catalog;

import ai.cromus.core.catalog.BuiltinTool;
import ai.cromus.core.internal.UserNumbers;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The {@code builtinTools} of a channel: each an id, a price per call in US dollars, the page the
 * price was read from and the date it was read. A bad entry is reported and skipped; the channel
 * stays usable.
 */
final class BuiltinToolFields {
  private static final Set<String> TOOL = Set.of("id", "usdPerCall", "source", "asOf");

  /** A built-in tool id: lower-case words joined by underscores ({@code web_search}). */
  private static final Pattern SNAKE = Pattern.compile("[a-z0-9]++(?:_[a-z0-9]++)*+");

  private BuiltinToolFields() {}

  static List<BuiltinTool> read(Fields.Diagnostics out, Fields channel) {
    List<BuiltinTool> tools = new ArrayList<>();
    Optional<JsonNode> array = channel.array("builtinTools", false);
    if (array.isEmpty()) {
      return tools;
    }
    for (int i = 0; i < array.get().size(); i++) {
      JsonNode n = array.get().get(i);
      String ptr = channel.child("builtinTools") + "/" + i;
      String label = channel.label + ", built-in tool #" + (i + 1);
      if (!CatalogFileReader.isObject(out, n, ptr, label)) {
        continue;
      }
      Fields f = new Fields(out, n, ptr, label, TOOL);
      Optional<String> id = f.string("id", true);
      Optional<BigDecimal> usd = f.number("usdPerCall", true);
      Optional<String> source = f.string("source", true);
      Optional<LocalDate> asOf = f.date("asOf", true);
      if (id.isPresent() && !SNAKE.matcher(id.get()).matches()) {
        f.wrong("id", true, "must be lower-case words joined by underscores, e.g. web_search");
      }
      if (usd.isPresent()
          && (usd.get().signum() < 0 || usd.get().compareTo(UserNumbers.MAX_USD) > 0)) {
        f.wrong("usdPerCall", true, "must be an amount of US dollars from 0");
      }
      if (f.usable()) {
        tools.add(
            BuiltinTool.builder()
                .id(id.get())
                .usdPerCall(UserNumbers.canonical(usd.get()))
                .source(source.get())
                .asOf(asOf.get())
                .build());
      }
    }
    return tools;
  }
}
