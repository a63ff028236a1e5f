package ai.cromus.catalog.internal;

import ai.cromus.catalog.CatalogDiff;
import ai.cromus.catalog.OfferingRef;
import ai.cromus.catalog.PriceChange;
import ai.cromus.catalog.StatusChange;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Renders a {@link CatalogDiff} as Markdown or plain text; no locale-dependent formatting. */
public final class DiffRendering {
  private DiffRendering() {}

  public static String render(CatalogDiff d, boolean markdown) {
    StringBuilder sb = new StringBuilder();
    String title =
        "Model catalog " + d.oldVersion() + " → " + d.newVersion() + " (as of " + d.newAsOf() + ")";
    sb.append(markdown ? "### " + title : title).append('\n');
    if (d.isEmpty()) {
      sb.append(markdown ? "\n" : "").append("- No changes.\n");
      return sb.toString();
    }
    if (markdown) {
      sb.append('\n');
    }
    list(sb, markdown, "Added models", d.addedModels());
    list(sb, markdown, "Removed models", d.removedModels());
    list(sb, markdown, "Added channels", d.addedChannels());
    list(sb, markdown, "Removed channels", d.removedChannels());
    for (StatusChange s : d.statusChanges()) {
      sb.append("- Status of ")
          .append(code(s.model(), markdown))
          .append(": ")
          .append(s.oldStatus().id())
          .append(" → ")
          .append(s.newStatus().id());
      s.successor().ifPresent(x -> sb.append(" (successor ").append(code(x, markdown)).append(')'));
      sb.append('\n');
    }
    offerings(sb, markdown, "New offerings", d.addedOfferings());
    offerings(sb, markdown, "Withdrawn offerings", d.removedOfferings());
    if (!d.priceChanges().isEmpty()) {
      sb.append("- Price changes (USD per million tokens):\n");
      Map<String, List<PriceChange>> byOffering = new LinkedHashMap<>();
      for (PriceChange p : d.priceChanges()) {
        byOffering
            .computeIfAbsent(p.model() + "\u0000" + p.channel(), k -> new ArrayList<>())
            .add(p);
      }
      for (List<PriceChange> group : byOffering.values()) {
        PriceChange first = group.get(0);
        sb.append("  - ")
            .append(code(first.model(), markdown))
            .append(" on ")
            .append(code(first.channel(), markdown))
            .append(": ");
        List<String> parts = new ArrayList<>();
        for (PriceChange p : group) {
          String part = p.field() + " " + value(p.oldValue()) + " → " + value(p.newValue());
          Optional<BigDecimal> pct = p.percent();
          if (pct.isPresent()) {
            part += " (" + (pct.get().signum() > 0 ? "+" : "") + pct.get().toPlainString() + " %)";
          }
          parts.add(part);
        }
        sb.append(String.join(", ", parts)).append('\n');
      }
    }
    return sb.toString();
  }

  private static void list(StringBuilder sb, boolean md, String label, List<String> ids) {
    if (ids.isEmpty()) {
      return;
    }
    List<String> shown = new ArrayList<>();
    for (String id : ids) {
      shown.add(code(id, md));
    }
    sb.append("- ").append(label).append(": ").append(String.join(", ", shown)).append('\n');
  }

  private static void offerings(
      StringBuilder sb, boolean md, String label, List<OfferingRef> refs) {
    if (refs.isEmpty()) {
      return;
    }
    List<String> shown = new ArrayList<>();
    for (OfferingRef r : refs) {
      shown.add(code(r.model(), md) + " on " + code(r.channel(), md));
    }
    sb.append("- ").append(label).append(": ").append(String.join(", ", shown)).append('\n');
  }

  private static String code(String s, boolean md) {
    return md ? "`" + s + "`" : s;
  }

  private static String value(Optional<BigDecimal> v) {
    return v.map(BigDecimal::toPlainString).orElse("none");
  }
}
