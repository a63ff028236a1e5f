package ai.cromus.core.risk;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ai.cromus.core.internal.Enums;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/** How much a risk matters, from none to critical. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum RiskLevel {
  /** No risk found. */
  NONE,
  /** Worth knowing; rarely worth a change. */
  LOW,
  /** Worth a change before the workflow runs unattended. */
  MEDIUM,
  /** Should be fixed before the workflow runs. */
  HIGH,
  /** Must be fixed: the workflow can be turned against its owner. */
  CRITICAL;

  /** The lower-case id used in files, JSON and reports. */
  @JsonValue
  public String id() {
    return Enums.id(this);
  }

  /** True when this level is strictly above {@code other}. */
  public boolean isAbove(RiskLevel other) {
    return compareTo(other) > 0;
  }

  /** True when this level is at most {@code other}. */
  public boolean isAtMost(RiskLevel other) {
    return compareTo(other) <= 0;
  }

  /** The higher of two levels. */
  public static RiskLevel max(RiskLevel a, RiskLevel b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  /** This level raised by {@code steps} (lowered when negative), kept from none to critical. */
  public RiskLevel raised(int steps) {
    RiskLevel[] all = values();
    return all[Math.max(0, Math.min(all.length - 1, ordinal() + steps))];
  }

  /** The level named by {@code text} ({@code moderate} reads as medium), ignoring case. */
  public static Optional<RiskLevel> find(String text) {
    if (text != null && text.strip().toLowerCase(Locale.ROOT).equals("moderate")) {
      return Optional.of(MEDIUM);
    }
    return Enums.find(RiskLevel.class, text);
  }

  /** Parses an id case-insensitively; throws {@link IllegalArgumentException} if unknown. */
  @JsonCreator
  public static RiskLevel of(String id) {
    return find(id)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown RiskLevel '"
                        + id
                        + "'; expected one of "
                        + Enums.ids(RiskLevel.class)));
  }
}
