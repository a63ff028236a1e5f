/**
 * The bundled exporters (Claude Managed Agents, Gemini Interactions, MCP, LangGraph, CrewAI, n8n,
 * AutoGen, Agent Skills specs), each an {@link ai.cromus.core.export.Exporter} that {@code
 * Cromus.defaultEngine()} finds, and {@link ai.cromus.export.BundleWriter}.
 */
@SuppressWarnings("requires-automatic") // Immutables' jar has only an Automatic-Module-Name
module ai.cromus.export {
  requires transitive ai.cromus.core;
  requires com.fasterxml.jackson.databind;
  // annotations only: not needed at run time; transitive so that a module compiling against
  // this one reads them, as JUnit requires apiguardian
  requires static transitive org.apiguardian.api;
  // compile only: the annotations on cromus-core's generated value classes, which javac reads
  requires static org.immutables.value;

  exports ai.cromus.export;
  exports ai.cromus.export.autogen;
  exports ai.cromus.export.claude;
  exports ai.cromus.export.crewai;
  exports ai.cromus.export.gemini;
  exports ai.cromus.export.langgraph;
  exports ai.cromus.export.mcp;
  exports ai.cromus.export.n8n;
  exports ai.cromus.export.specs;

  provides ai.cromus.core.export.Exporter with
      ai.cromus.export.claude.ClaudeManagedAgentExporter,
      ai.cromus.export.gemini.GeminiInteractionsExporter,
      ai.cromus.export.mcp.McpExporter,
      ai.cromus.export.langgraph.LangGraphExporter,
      ai.cromus.export.crewai.CrewAiExporter,
      ai.cromus.export.n8n.N8nExporter,
      ai.cromus.export.autogen.AutoGenExporter,
      ai.cromus.export.specs.SpecsExporter;
}
