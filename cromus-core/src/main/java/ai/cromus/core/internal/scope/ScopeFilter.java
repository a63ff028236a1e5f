package ai.cromus.core.internal.scope;

import ai.cromus.core.catalog.Capabilities;
import ai.cromus.core.catalog.EcosystemTier;
import ai.cromus.core.catalog.Model;
import ai.cromus.core.catalog.ModelCatalog;
import ai.cromus.core.catalog.Offering;
import ai.cromus.core.catalog.ReasoningSupport;
import ai.cromus.core.catalog.Support;
import ai.cromus.core.internal.Enums;
import ai.cromus.core.scope.GateSelector;
import ai.cromus.core.scope.Scope;
import ai.cromus.core.scope.SelectorKind;
import ai.cromus.core.workflow.CapabilityTier;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Decides which offerings (a model on a channel) a scope allows. An offering passes when its
 * channel is enabled, no {@code deny} selector matches it, some {@code allow} selector matches it
 * (when the allow list is non-empty), and every {@code require} selector matches it. A selector
 * whose value is unknown matches nothing, so a broken {@code require} or {@code allow} narrows the
 * scope instead of widening it.
 */
public final class ScopeFilter {
  /**
   * Regions assumed servable by an offering that lists none but prices region-pinned processing.
   */
  public static final List<String> UPLIFT_REGIONS = List.of("eu", "us");

  private final Scope scope;
  private final ModelCatalog catalog;
  private final Set<String> channels;
  private final boolean noGates;

  public ScopeFilter(Scope scope, ModelCatalog catalog) {
    this.scope = Objects.requireNonNull(scope, "scope must not be null");
    this.catalog = Objects.requireNonNull(catalog, "catalog must not be null");
    this.channels = new HashSet<>(scope.channels());
    this.noGates =
        scope.gates().deny().isEmpty()
            && scope.gates().allow().isEmpty()
            && scope.gates().require().isEmpty();
  }

  public Scope scope() {
    return scope;
  }

  /** True when the channel is enabled by the scope. */
  public boolean channelEnabled(String channel) {
    return channels.isEmpty() || channels.contains(channel);
  }

  /** True when the scope allows this offering of this model. */
  public boolean allows(Model model, Offering offering) {
    if (!channelEnabled(offering.channel())) {
      return false;
    }
    if (noGates) {
      return true;
    }
    for (GateSelector s : scope.gates().deny()) {
      if (matches(s, model, offering)) {
        return false;
      }
    }
    if (!scope.gates().allow().isEmpty()
        && scope.gates().allow().stream().noneMatch(s -> matches(s, model, offering))) {
      return false;
    }
    return scope.gates().require().stream().allMatch(s -> matches(s, model, offering));
  }

  /** Why the scope rejects this offering, or empty when it allows it. */
  public Optional<String> rejection(Model model, Offering offering) {
    if (!channelEnabled(offering.channel())) {
      return Optional.of("channel " + offering.channel() + " is not enabled");
    }
    for (GateSelector s : scope.gates().deny()) {
      if (matches(s, model, offering)) {
        return Optional.of("denied by " + s.text());
      }
    }
    if (!scope.gates().allow().isEmpty()
        && scope.gates().allow().stream().noneMatch(s -> matches(s, model, offering))) {
      return Optional.of("matches no allow selector");
    }
    for (GateSelector s : scope.gates().require()) {
      if (!matches(s, model, offering)) {
        return Optional.of("does not meet require " + s.text());
      }
    }
    return Optional.empty();
  }

  /** The region the scope requires ({@code require: [region:x]}), if any. */
  public Optional<String> requiredRegion() {
    return scope.gates().require().stream()
        .filter(s -> s.kind() == SelectorKind.REGION)
        .map(s -> s.value().trim().toLowerCase(Locale.ROOT))
        .findFirst();
  }

  /** Rank of the offering's ecosystem tier in the scope's preferences (0 best; unlisted last). */
  public int tierRank(EcosystemTier tier) {
    int i = scope.tiers().indexOf(tier);
    return i < 0 ? scope.tiers().size() : i;
  }

  /** True when the selector matches the offering. */
  public boolean matches(GateSelector s, Model model, Offering offering) {
    String v = s.value().trim();
    return switch (s.kind()) {
      case VENDOR -> model.vendor().equalsIgnoreCase(v);
      case MODEL -> catalog.find(v).map(m -> m.id().equals(model.id())).orElse(false);
      case CHANNEL -> offering.channel().equalsIgnoreCase(v);
      case TIER -> Enums.find(EcosystemTier.class, v).map(t -> t == offering.tier()).orElse(false);
      case CAPABILITY_TIER ->
          Enums.find(CapabilityTier.class, v).map(t -> t == model.capabilityTier()).orElse(false);
      case CAPABILITY -> hasCapability(model.capabilities(), v);
      case OPEN_WEIGHTS -> parseBoolean(v).map(b -> b == model.openWeights()).orElse(false);
      case REGION -> servesRegion(offering, v);
      default -> false;
    };
  }

  /** True when the offering serves the region: listed, or assumed from a regional-uplift price. */
  public static boolean servesRegion(Offering offering, String region) {
    String r = region.trim().toLowerCase(Locale.ROOT);
    if (!offering.regions().isEmpty()) {
      return offering.regions().stream().anyMatch(x -> x.equalsIgnoreCase(r));
    }
    boolean uplift = offering.pricing().flatMap(p -> p.regionalUplift()).isPresent();
    return uplift && UPLIFT_REGIONS.contains(r);
  }

  /** Capability names a {@code capability:} selector accepts, canonical first. */
  public static final List<String> CAPABILITY_NAMES =
      List.of(
          "tool_calling",
          "function_calling",
          "tools",
          "structured_output",
          "json_mode",
          "json_schema",
          "vision",
          "prompt_caching",
          "caching",
          "reasoning");

  /** True when the capability is documented as supported (unknown does not pass). */
  public static boolean hasCapability(Capabilities c, String name) {
    return switch (name.trim().toLowerCase(Locale.ROOT).replace('-', '_')) {
      case "tool_calling", "function_calling", "tools" -> c.toolCalling() == Support.YES;
      case "structured_output", "json_mode", "json_schema" -> c.structuredOutput() == Support.YES;
      case "vision" -> c.vision() == Support.YES;
      case "prompt_caching", "caching" -> c.promptCaching() == Support.YES;
      case "reasoning" -> c.reasoning() != ReasoningSupport.NONE;
      default -> false;
    };
  }

  /** {@code true/yes/on} or {@code false/no/off}, case-insensitively. */
  public static Optional<Boolean> parseBoolean(String v) {
    return switch (v.trim().toLowerCase(Locale.ROOT)) {
      case "true", "yes", "on" -> Optional.of(true);
      case "false", "no", "off" -> Optional.of(false);
      default -> Optional.empty();
    };
  }
}
