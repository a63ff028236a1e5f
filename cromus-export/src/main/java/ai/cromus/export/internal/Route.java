package ai.cromus.export.internal;

import java.util.Map;
import java.util.Optional;

/**
 * How each agent runtime reaches one catalog channel.
 *
 * @param channel the catalog channel id
 * @param langchain the provider prefix of LangChain's {@code init_chat_model("provider:model")}
 * @param langchainPackage the pip package of that provider
 * @param litellm the provider prefix of LiteLLM model strings ({@code provider/model}), used by
 *     CrewAI
 * @param openAiBase the OpenAI-compatible base URL of the channel, when it has one
 */
public record Route(
    String channel,
    String langchain,
    String langchainPackage,
    String litellm,
    Optional<String> openAiBase) {

  private static final Map<String, Route> ROUTES =
      Map.ofEntries(
          r("anthropic-api", "anthropic", "langchain-anthropic", "anthropic", null),
          r("openai-api", "openai", "langchain-openai", "openai", null),
          r(
              "google-ai-studio",
              "google_genai",
              "langchain-google-genai",
              "gemini",
              "https://generativelanguage.googleapis.com/v1beta/openai/"),
          r("xai-api", "xai", "langchain-xai", "xai", "https://api.x.ai/v1"),
          r(
              "deepseek-api",
              "deepseek",
              "langchain-deepseek",
              "deepseek",
              "https://api.deepseek.com/v1"),
          r(
              "mistral-api",
              "mistralai",
              "langchain-mistralai",
              "mistral",
              "https://api.mistral.ai/v1"),
          r(
              "cohere-api",
              "cohere",
              "langchain-cohere",
              "cohere_chat",
              "https://api.cohere.ai/compatibility/v1"),
          r("aws-bedrock", "bedrock_converse", "langchain-aws", "bedrock", null),
          r("google-vertex", "google_vertexai", "langchain-google-vertexai", "vertex_ai", null),
          r("azure-foundry", "azure_ai", "langchain-azure-ai", "azure_ai", null),
          r(
              "openrouter",
              "openai",
              "langchain-openai",
              "openrouter",
              "https://openrouter.ai/api/v1"),
          r(
              "together",
              "together",
              "langchain-together",
              "together_ai",
              "https://api.together.xyz/v1"),
          r(
              "fireworks",
              "fireworks",
              "langchain-fireworks",
              "fireworks_ai",
              "https://api.fireworks.ai/inference/v1"),
          r("groq", "groq", "langchain-groq", "groq", "https://api.groq.com/openai/v1"),
          r(
              "deepinfra",
              "openai",
              "langchain-openai",
              "deepinfra",
              "https://api.deepinfra.com/v1/openai"),
          r("cerebras", "openai", "langchain-openai", "cerebras", "https://api.cerebras.ai/v1"));

  private static Map.Entry<String, Route> r(
      String channel, String lc, String pkg, String litellm, String base) {
    return Map.entry(channel, new Route(channel, lc, pkg, litellm, Optional.ofNullable(base)));
  }

  /**
   * The route of a model choice: its channel's, else the vendor's first-party channel for the three
   * vendors whose model ids are recognizable without a catalog; empty for channels no runtime
   * client reaches directly (self-hosted) and for unknown names.
   */
  public static Optional<Route> of(ModelChoice m) {
    Optional<String> channel =
        m.channel()
            .or(
                () ->
                    m.vendor()
                        .map(
                            v ->
                                switch (v) {
                                  case "anthropic" -> "anthropic-api";
                                  case "google" -> "google-ai-studio";
                                  case "openai" -> "openai-api";
                                  default -> "";
                                }));
    return channel.map(ROUTES::get);
  }

  /** True when the route uses an OpenAI-compatible endpoint instead of the vendor's own client. */
  public boolean viaOpenAiCompatible() {
    return langchain.equals("openai") && openAiBase.isPresent();
  }
}
