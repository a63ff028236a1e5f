package ai.cromus.core.simulation;

import ai.cromus.core.catalog.Capabilities;
import ai.cromus.core.catalog.Channel;
import ai.cromus.core.catalog.EcosystemTier;
import ai.cromus.core.catalog.Model;
import ai.cromus.core.catalog.ModelCatalog;
import ai.cromus.core.catalog.Offering;
import ai.cromus.core.catalog.Pricing;
import ai.cromus.core.catalog.ReasoningSupport;
import ai.cromus.core.catalog.Support;
import ai.cromus.core.catalog.Vendor;
import ai.cromus.core.scope.GateSelector;
import ai.cromus.core.scope.ModelGates;
import ai.cromus.core.scope.Scope;
import ai.cromus.core.scope.SelectorKind;
import ai.cromus.core.workflow.CachePrefix;
import ai.cromus.core.workflow.CapabilityTier;
import ai.cromus.core.workflow.ImmutableStep;
import ai.cromus.core.workflow.ReasoningEffort;
import ai.cromus.core.workflow.Step;
import ai.cromus.core.workflow.StepKind;
import ai.cromus.core.workflow.TokenCount;
import ai.cromus.core.workflow.ValidationMethod;
import ai.cromus.core.workflow.Workflow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * Generated catalogs and workflows for the invariant tests, driven by any source of ints (a seeded
 * {@link java.util.Random} or Jazzer's data provider). Catalog prices rise with the capability tier
 * (every model of a tier costs more than every model of the tier below), the realistic case in
 * which "eco ≤ cost ≤ balanced ≤ quality" is expected to hold.
 */
final class Generated {
  private Generated() {}

  static final String[] TITLES = {
    "Classify the ticket",
    "Extract the fields",
    "Draft the reply",
    "Summarise the thread",
    "Diagnose the root cause",
    "Compare the offers",
    "Route the request",
    "Step"
  };
  static final BigDecimal[] TIER_BASE = {
    new BigDecimal("0.1"), new BigDecimal("1"), new BigDecimal("5"), new BigDecimal("20")
  };

  /** {@code next.applyAsInt(bound)} returns a number in [0, bound). */
  static ModelCatalog catalog(IntUnaryOperator next) {
    List<Vendor> vendors =
        List.of(
            Vendor.builder().id("v0").name("V0").batchDiscount(new BigDecimal("0.5")).build(),
            Vendor.builder().id("v1").name("V1").build(),
            Vendor.builder().id("v2").name("V2").batchDiscount(new BigDecimal("0.5")).build());
    List<Channel> channels = new ArrayList<>();
    EcosystemTier[] tiers = EcosystemTier.values();
    for (int i = 0; i < tiers.length; i++) {
      channels.add(TestCatalog.channel("c" + i, tiers[i]));
    }
    List<Model> models = new ArrayList<>();
    int n = 0;
    for (CapabilityTier t : CapabilityTier.values()) {
      int count = 1 + next.applyAsInt(3);
      for (int k = 0; k < count; k++) {
        BigDecimal in =
            TIER_BASE[t.ordinal()]
                .multiply(BigDecimal.valueOf(10 + next.applyAsInt(9)))
                .movePointLeft(1);
        var pb = Pricing.builder().input(in).output(in.multiply(BigDecimal.valueOf(4)));
        if (next.applyAsInt(2) == 0) {
          pb.cacheRead(in.multiply(new BigDecimal("0.1")));
          if (next.applyAsInt(2) == 0) {
            pb.cacheWrite5m(in.multiply(new BigDecimal("1.25")))
                .cacheWrite1h(in.multiply(new BigDecimal("2")));
          }
        }
        if (next.applyAsInt(3) == 0) {
          pb.batchInput(in.multiply(new BigDecimal("0.5")))
              .batchOutput(in.multiply(new BigDecimal("2")));
        }
        Pricing p = pb.build();
        List<Offering> offerings = new ArrayList<>();
        int first = next.applyAsInt(channels.size());
        int howMany = 1 + next.applyAsInt(2);
        for (int c = 0; c < howMany; c++) {
          Channel ch = channels.get((first + c) % channels.size());
          offerings.add(TestCatalog.offering(ch).pricing(p).build());
        }
        models.add(
            Model.builder()
                .id("m" + n++ + "-" + t.id())
                .displayName("m")
                .vendor("v" + next.applyAsInt(3))
                .family("f")
                .capabilityTier(t)
                .openWeights(next.applyAsInt(2) == 0)
                .license("x")
                .contextWindow(2_000_000)
                .maxOutput(100_000)
                .capabilities(
                    Capabilities.builder()
                        .toolCalling(next.applyAsInt(4) == 0 ? Support.UNKNOWN : Support.YES)
                        .structuredOutput(Support.YES)
                        .promptCaching(Support.YES)
                        .reasoning(
                            next.applyAsInt(2) == 0
                                ? ReasoningSupport.NONE
                                : ReasoningSupport.OPTIONAL)
                        .build())
                .addAllOfferings(offerings)
                .build());
      }
    }
    return ModelCatalog.of("gen", TestCatalog.AS_OF, vendors, channels, models);
  }

  static Workflow workflow(IntUnaryOperator next, ModelCatalog catalog, boolean allowCache) {
    int n = 1 + next.applyAsInt(10);
    List<Step> steps = new ArrayList<>();
    StepKind[] kinds = {
      StepKind.LLM,
      StepKind.LLM,
      StepKind.LLM,
      StepKind.TOOL,
      StepKind.RETRIEVAL,
      StepKind.CODE,
      StepKind.HUMAN,
      StepKind.DECISION
    };
    for (int i = 0; i < n; i++) {
      StepKind kind = kinds[next.applyAsInt(kinds.length)];
      ImmutableStep.Builder b =
          Step.builder()
              .id("s" + i)
              .title(TITLES[next.applyAsInt(TITLES.length)])
              .kind(kind)
              .inputTokens(TokenCount.declared(1 + next.applyAsInt(300_000)))
              .outputTokens(TokenCount.declared(1 + next.applyAsInt(5_000)))
              .dependenciesDeclared(next.applyAsInt(2) == 0);
      for (int j = 0; j < i; j++) {
        if (next.applyAsInt(3) == 0) {
          b.addDependsOn("s" + j);
        }
      }
      if (next.applyAsInt(2) == 0) {
        b.tier(CapabilityTier.values()[next.applyAsInt(3)]);
      }
      if (next.applyAsInt(2) == 0) {
        b.retries(next.applyAsInt(4));
      }
      if (next.applyAsInt(3) == 0) {
        b.structuredOutput(true);
      }
      if (next.applyAsInt(3) == 0) {
        b.validation(ValidationMethod.values()[next.applyAsInt(4)]);
      }
      if (next.applyAsInt(4) == 0) {
        b.loopBound(1 + next.applyAsInt(5));
      }
      if (next.applyAsInt(8) == 0) {
        b.unboundedLoop(true);
      }
      if (allowCache && next.applyAsInt(3) == 0) {
        b.cache(CachePrefix.of("prefix", TokenCount.declared(next.applyAsInt(20_000))));
      }
      if (next.applyAsInt(3) == 0) {
        b.batchAllowed(true);
      }
      if (next.applyAsInt(4) == 0) {
        b.reasoning(ReasoningEffort.values()[next.applyAsInt(4)]);
      }
      if (next.applyAsInt(3) == 0) {
        int m = next.applyAsInt(catalog.models().size() + 1);
        b.model(m == catalog.models().size() ? "no-such-model" : catalog.models().get(m).id());
      }
      if (next.applyAsInt(5) == 0) {
        b.addFallbacks(catalog.models().get(next.applyAsInt(catalog.models().size())).id());
      }
      steps.add(b.build());
    }
    return Workflow.builder()
        .name("generated")
        .addAllSteps(steps)
        .runsPerDay(1 + next.applyAsInt(2_000))
        .build();
  }

  static Scope scope(IntUnaryOperator next) {
    var g = ModelGates.builder();
    if (next.applyAsInt(2) == 0) {
      g.addDeny(GateSelector.of(SelectorKind.VENDOR, "v" + next.applyAsInt(3)));
    }
    if (next.applyAsInt(3) == 0) {
      g.addAllow(GateSelector.of(SelectorKind.OPEN_WEIGHTS, "true"));
      g.addAllow(
          GateSelector.of(SelectorKind.TIER, EcosystemTier.values()[next.applyAsInt(4)].id()));
    }
    if (next.applyAsInt(3) == 0) {
      g.addRequire(GateSelector.of(SelectorKind.CAPABILITY, "tool_calling"));
    }
    if (next.applyAsInt(4) == 0) {
      g.addDeny(GateSelector.of(SelectorKind.CHANNEL, "c" + next.applyAsInt(4)));
    }
    var b = Scope.builder().gates(g.build());
    if (next.applyAsInt(3) == 0) {
      b.addChannels("c0", "c" + (1 + next.applyAsInt(3)));
    }
    if (next.applyAsInt(2) == 0) {
      b.addTiers(EcosystemTier.values()[next.applyAsInt(4)]);
    }
    return b.build();
  }
}
