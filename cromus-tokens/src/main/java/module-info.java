/**
 * Exact token counts for OpenAI model families with jtokkit: {@link
 * ai.cromus.tokens.OpenAiTokenCounter}, a {@link ai.cromus.core.tokens.TokenCounter} an engine uses
 * only when given one.
 */
@SuppressWarnings("requires-automatic")
module ai.cromus.tokens {
  requires transitive ai.cromus.core;
  // jtokkit 1.1.0 has no module-info and no Automatic-Module-Name: the automatic module named
  // after its jar file (javac warns about that name: suppressed above)
  requires jtokkit;
  requires static transitive org.apiguardian.api;

  exports ai.cromus.tokens;
}
