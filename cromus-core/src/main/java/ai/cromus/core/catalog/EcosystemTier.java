package ai.cromus.core.catalog;

import static org.apiguardian.api.API.Status.STABLE;

import ai.cromus.core.internal.Enums;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.apiguardian.api.API;

/** How a model is reached: first-party API, hyperscaler platform, router, or inference host. */
@API(status = STABLE, since = "0.1")
public enum EcosystemTier {
  /** The vendor's own API. */
  MAINSTREAM,
  /** A hyperscaler platform: AWS Bedrock, Google Vertex AI, Azure AI Foundry. */
  MANAGED,
  /** A router that resells many vendors, such as OpenRouter. */
  AGGREGATOR,
  /** An inference host, or self-hosted serving. */
  INFRA;

  /** The lower-case id used in files, JSON and reports. */
  @JsonValue
  public String id() {
    return Enums.id(this);
  }

  /** Parses an id case-insensitively; throws {@link IllegalArgumentException} if unknown. */
  @JsonCreator
  public static EcosystemTier of(String id) {
    return Enums.parse(EcosystemTier.class, id);
  }
}
