package ai.cromus.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import ai.cromus.core.catalog.Channel;
import ai.cromus.core.catalog.EcosystemTier;
import ai.cromus.core.catalog.Model;
import ai.cromus.core.catalog.ModelCatalog;
import ai.cromus.core.catalog.ModelStatus;
import ai.cromus.core.catalog.Offering;
import ai.cromus.core.catalog.Pricing;
import ai.cromus.core.internal.catalog.ModelNames;
import ai.cromus.core.workflow.CapabilityTier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Invariants over every model and offering of the bundled catalog: a bad edit fails the build. */
class CatalogInvariantsTest {
  private static final ModelCatalog CATALOG = BundledCatalog.get();

  /** First-party channels serve only their own vendor's models. */
  private static final Map<String, String> FIRST_PARTY =
      Map.of(
          "anthropic-api",
          "anthropic",
          "openai-api",
          "openai",
          "google-ai-studio",
          "google",
          "xai-api",
          "xai",
          "deepseek-api",
          "deepseek",
          "mistral-api",
          "mistral",
          "cohere-api",
          "cohere");

  /**
   * Plausible list-price bands (USD per million tokens) per capability tier: input low, input high,
   * output low, output high. A price outside its band is most likely a unit slip (P5).
   */
  private static final Map<CapabilityTier, BigDecimal[]> BANDS =
      Map.of(
          CapabilityTier.LIGHTWEIGHT, band("0.01", "2", "0.02", "10"),
          CapabilityTier.BALANCED, band("0.03", "6", "0.05", "30"),
          CapabilityTier.FRONTIER, band("0.1", "40", "0.3", "200"),
          CapabilityTier.MYTHOS, band("3", "100", "15", "500"));

  private static BigDecimal[] band(String inLo, String inHi, String outLo, String outHi) {
    return new BigDecimal[] {
      new BigDecimal(inLo), new BigDecimal(inHi), new BigDecimal(outLo), new BigDecimal(outHi)
    };
  }

  static Stream<Model> models() {
    return CATALOG.models().stream();
  }

  static Stream<Arguments> offerings() {
    return CATALOG.models().stream()
        .flatMap(
            m -> m.offerings().stream().map(o -> Arguments.of(m.id() + " @ " + o.channel(), m, o)));
  }

  @Test
  void coversTheRequiredBreadth() {
    assertThat(CATALOG.models()).hasSizeGreaterThanOrEqualTo(62);
    assertThat(CATALOG.models().stream().filter(Model::openWeights).count())
        .isGreaterThanOrEqualTo(10);
    assertThat(CATALOG.models().stream().map(Model::vendor).collect(Collectors.toSet()))
        .contains(
            "anthropic",
            "openai",
            "google",
            "xai",
            "deepseek",
            "mistral",
            "meta",
            "alibaba",
            "cohere",
            "amazon");
    assertThat(CATALOG.models()).anyMatch(m -> m.id().startsWith("gpt-oss"));
    for (EcosystemTier t : EcosystemTier.values()) {
      assertThat(CATALOG.channels()).as("a channel of tier " + t).anyMatch(c -> c.tier() == t);
    }
  }

  @Test
  void everyChannelAndVendorIsUsed() {
    Set<String> usedChannels =
        CATALOG.models().stream()
            .flatMap(m -> m.offerings().stream())
            .map(Offering::channel)
            .collect(Collectors.toSet());
    assertThat(usedChannels)
        .containsAll(CATALOG.channels().stream().map(Channel::id).collect(Collectors.toList()));
    Set<String> usedVendors =
        CATALOG.models().stream().map(Model::vendor).collect(Collectors.toSet());
    assertThat(CATALOG.vendors()).allSatisfy(v -> assertThat(usedVendors).contains(v.id()));
  }

  @Test
  void idsAndAliasesAreUniqueAfterNormalization() {
    Map<String, String> owner = new HashMap<>();
    List<String> clashes = new ArrayList<>();
    for (Model m : CATALOG.models()) {
      List<String> names = new ArrayList<>(m.aliases());
      names.add(0, m.id());
      for (String n : names) {
        String prev = owner.putIfAbsent(ModelNames.key(n), m.id());
        if (prev != null && !prev.equals(m.id())) {
          clashes.add(n + " of " + m.id() + " vs " + prev);
        }
      }
    }
    assertThat(clashes).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void idsAliasesAndChannelIdsResolveToTheModel(Model m) {
    assertThat(m.id()).matches("[a-z0-9]+(-[a-z0-9]+)*");
    assertThat(CATALOG.find(m.id())).contains(m);
    for (String alias : m.aliases()) {
      assertThat(CATALOG.find(alias)).as(alias).contains(m);
    }
    for (Offering o : m.offerings()) {
      assertThat(CATALOG.find(o.channelModelId()))
          .as("channel id %s on %s", o.channelModelId(), o.channel())
          .contains(m);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void statusSuccessorAndLimitsAreConsistent(Model m) {
    if (m.status() == ModelStatus.ACTIVE) {
      assertThat(m.successor()).isEmpty();
      assertThat(m.deprecationDate()).isEmpty();
    }
    if (m.status() == ModelStatus.DEPRECATED) {
      assertThat(m.successor()).as("a deprecated model names its successor").isPresent();
    }
    m.successor()
        .ifPresent(
            s -> {
              assertThat(s).isNotEqualTo(m.id());
              Optional<Model> next =
                  CATALOG.models().stream().filter(x -> x.id().equals(s)).findFirst();
              assertThat(next).as("successor %s exists", s).isPresent();
              assertThat(next.get().status())
                  .as("successor %s is not retired", s)
                  .isNotEqualTo(ModelStatus.RETIRED);
            });
    assertThat(m.maxOutput()).isLessThanOrEqualTo(m.contextWindow());
    assertThat(m.offerings()).isNotEmpty();
    m.releaseDate().ifPresent(d -> assertThat(d).isBeforeOrEqualTo(CATALOG.asOf()));
    m.quality()
        .ifPresent(
            q -> {
              assertThat(q.index()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
              assertThat(q.source()).isNotBlank();
            });
    if (!m.openWeights()) {
      assertThat(m.license()).isNotBlank();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("offerings")
  void tiersAreConsistentWithChannels(String name, Model m, Offering o) {
    Channel c = CATALOG.channel(o.channel()).orElseThrow();
    assertThat(o.tier()).isEqualTo(c.tier());
    assertThat(o.setupEffort()).isEqualTo(c.setupEffort());
    assertThat(o.badge().label())
        .isEqualTo(c.tier().id() + " · " + c.id() + " · " + c.setupEffort());
    if (FIRST_PARTY.containsKey(c.id())) {
      assertThat(c.tier()).isEqualTo(EcosystemTier.MAINSTREAM);
      assertThat(m.vendor())
          .as("first-party channel serves its own vendor")
          .isEqualTo(FIRST_PARTY.get(c.id()));
    }
    if (c.tier() == EcosystemTier.INFRA) {
      assertThat(m.openWeights())
          .as("inference hosts and self-hosting serve open weights only")
          .isTrue();
    }
    assertThat(c.selfHosted()).isEqualTo(o.pricing().isEmpty());
    o.contextWindow().ifPresent(cw -> assertThat(cw).isLessThanOrEqualTo(m.contextWindow()));
    o.maxOutput()
        .ifPresent(
            mo -> assertThat(mo).isLessThanOrEqualTo(o.contextWindow().orElse(m.contextWindow())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("offerings")
  void sourcesAndDatesArePresent(String name, Model m, Offering o) {
    assertThat(o.source()).isNotBlank();
    assertThat(o.source()).as("a source is a URL").startsWith("https://");
    assertThat(o.verifiedOn()).isBeforeOrEqualTo(CATALOG.asOf());
    assertThat(o.verifiedOn())
        .as("verified within a year of asOf")
        .isAfter(CATALOG.asOf().minusYears(1));
    o.validUntil()
        .ifPresent(
            v -> assertThat(v).as("no expired promotion ships").isAfterOrEqualTo(CATALOG.asOf()));
    o.latency()
        .ifPresent(
            l -> {
              assertThat(l.source()).isNotBlank();
              assertThat(l.outputTokensPerSecond()).isPositive();
              l.ttftSeconds().ifPresent(t -> assertThat(t).isPositive());
            });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("offerings")
  void pricesArePositiveOrderedAndPlausible(String name, Model m, Offering o) {
    if (o.pricing().isEmpty()) {
      return;
    }
    Pricing p = o.pricing().get();
    for (BigDecimal v : List.of(p.input(), p.output())) {
      assertThat(v).isPositive();
    }
    Stream.of(p.cacheRead(), p.cacheWrite5m(), p.cacheWrite1h(), p.batchInput(), p.batchOutput())
        .flatMap(Optional::stream)
        .forEach(v -> assertThat(v).isPositive());
    p.cacheRead().ifPresent(c -> assertThat(c).as("cache read below input").isLessThan(p.input()));
    p.cacheWrite5m()
        .ifPresent(
            w ->
                assertThat(w)
                    .as("5 m cache write at least input")
                    .isGreaterThanOrEqualTo(p.input()));
    p.cacheWrite1h()
        .ifPresent(
            w ->
                assertThat(w)
                    .as("1 h write at least 5 m write")
                    .isGreaterThanOrEqualTo(p.cacheWrite5m().orElse(p.input())));
    p.batchInput()
        .ifPresent(
            b -> assertThat(b).as("batch input at most standard").isLessThanOrEqualTo(p.input()));
    p.batchOutput()
        .ifPresent(
            b -> assertThat(b).as("batch output at most standard").isLessThanOrEqualTo(p.output()));
    assertThat(p.batchInput().isPresent()).isEqualTo(p.batchOutput().isPresent());
    p.longContext()
        .ifPresent(
            lc -> {
              assertThat(lc.thresholdTokens()).isPositive().isLessThan(m.contextWindow());
              assertThat(lc.input()).isGreaterThanOrEqualTo(p.input());
              assertThat(lc.output()).isGreaterThanOrEqualTo(p.output());
              lc.cacheRead().ifPresent(c -> assertThat(c).isLessThan(lc.input()));
            });
    p.regionalUplift()
        .ifPresent(u -> assertThat(u).isBetween(BigDecimal.ONE, BigDecimal.valueOf(2)));
    assertThat(p.output()).as("output at least input").isGreaterThanOrEqualTo(p.input());
    BigDecimal[] band = BANDS.get(m.capabilityTier());
    assertThat(p.input())
        .as("input in the %s band", m.capabilityTier().id())
        .isBetween(band[0], band[1]);
    assertThat(p.output())
        .as("output in the %s band", m.capabilityTier().id())
        .isBetween(band[2], band[3]);
  }

  @Test
  void catalogDateIsTheNewestVerification() {
    LocalDate newest =
        CATALOG.models().stream()
            .flatMap(m -> m.offerings().stream())
            .map(Offering::verifiedOn)
            .max(LocalDate::compareTo)
            .orElseThrow();
    assertThat(newest).isBeforeOrEqualTo(CATALOG.asOf());
  }
}
