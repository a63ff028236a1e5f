package ai.cromus.core.catalog;

/** A small valid catalog in the file format, one item per line so tests can aim at lines. */
final class CatalogFixture {
  private CatalogFixture() {}

  static final String VALID =
      String.join(
          "\n",
          "{", // 1
          "  \"catalogVersion\": \"2026.11\",", // 2
          "  \"asOf\": \"2026-11-25\",", // 3
          "  \"currency\": \"USD\",", // 4
          "  \"unit\": \"per_million_tokens\",", // 5
          "  \"vendors\": [", // 6
          "    {\"id\": \"anthropic\", \"name\": \"Anthropic\", \"batchDiscount\": 0.5, \"cachedInputIncludedInInput\": false},", // 7
          "    {\"id\": \"meta\", \"name\": \"Meta\", \"cachedInputIncludedInInput\": false}", // 8
          "  ],", // 9
          "  \"channels\": [", // 10
          "    {\"id\": \"anthropic-api\", \"name\": \"Claude API\", \"tier\": \"mainstream\", \"setupEffort\": \"API key, minutes\", \"description\": \"first party\", \"selfHosted\": false},", // 11
          "    {\"id\": \"aws-bedrock\", \"name\": \"Bedrock\", \"tier\": \"managed\", \"setupEffort\": \"cloud account and model-access request, hours\", \"description\": \"AWS\", \"selfHosted\": false},", // 12
          "    {\"id\": \"self-hosted\", \"name\": \"Self-hosted\", \"tier\": \"infra\", \"setupEffort\": \"GPU and serving stack, days\", \"description\": \"own GPUs\", \"selfHosted\": true}", // 13
          "  ],", // 14
          "  \"models\": [", // 15
          "    {", // 16
          "      \"id\": \"claude-sonnet-4-6\", \"displayName\": \"Claude Sonnet 4.6\",", // 17
          "      \"aliases\": [\"claude-sonnet-4.6\", \"anthropic.claude-sonnet-4-6\", \"claude-sonnet-4-6-20260217\"],", // 18
          "      \"vendor\": \"anthropic\", \"family\": \"claude-sonnet\", \"capabilityTier\": \"balanced\",", // 19
          "      \"openWeights\": false, \"license\": \"proprietary\", \"contextWindow\": 1000000, \"maxOutput\": 64000,", // 20
          "      \"capabilities\": {\"toolCalling\": \"yes\", \"structuredOutput\": \"yes\", \"vision\": \"yes\", \"promptCaching\": \"yes\", \"reasoning\": \"optional\"},", // 21
          "      \"status\": \"active\",", // 22
          "      \"offerings\": [", // 23
          "        {\"channel\": \"anthropic-api\", \"channelModelId\": \"claude-sonnet-4-6\",", // 24
          "         \"pricing\": {\"input\": 3, \"output\": 15, \"cacheRead\": 0.30, \"cacheWrite5m\": 3.75, \"cacheWrite1h\": 6, \"batchInput\": 1.5, \"batchOutput\": 7.5},", // 25
          "         \"latency\": {\"ttftSeconds\": 0.74, \"outputTokensPerSecond\": 104, \"source\": \"anchor\"},", // 26
          "         \"source\": \"https://platform.claude.com/docs/en/about-claude/pricing\", \"verifiedOn\": \"2026-11-25\"},", // 27
          "        {\"channel\": \"aws-bedrock\", \"channelModelId\": \"anthropic.claude-sonnet-4-6\",", // 28
          "         \"pricing\": {\"input\": 3, \"output\": 15, \"regionalUplift\": 1.1},", // 29
          "         \"source\": \"https://aws.amazon.com/bedrock/pricing/\", \"verifiedOn\": \"2026-07-18\"}", // 30
          "      ]", // 31
          "    },", // 32
          "    {", // 33
          "      \"id\": \"llama-3-3-70b\", \"displayName\": \"Llama 3.3 70B\", \"aliases\": [\"meta-llama/Llama-3.3-70B-Instruct\"],", // 34
          "      \"vendor\": \"meta\", \"family\": \"llama\", \"capabilityTier\": \"balanced\", \"openWeights\": true, \"license\": \"llama3.3\",", // 35
          "      \"contextWindow\": 131072, \"maxOutput\": 32768,", // 36
          "      \"capabilities\": {\"toolCalling\": \"yes\", \"structuredOutput\": \"unknown\", \"vision\": \"no\", \"promptCaching\": \"no\", \"reasoning\": \"none\"},", // 37
          "      \"status\": \"active\",", // 38
          "      \"offerings\": [", // 39
          "        {\"channel\": \"self-hosted\", \"channelModelId\": \"meta-llama/Llama-3.3-70B-Instruct\", \"pricing\": {\"selfHosted\": true},", // 40
          "         \"source\": \"https://huggingface.co/meta-llama/Llama-3.3-70B-Instruct\", \"verifiedOn\": \"2026-11-25\"}", // 41
          "      ]", // 42
          "    }", // 43
          "  ]", // 44
          "}", // 45
          "");
}
