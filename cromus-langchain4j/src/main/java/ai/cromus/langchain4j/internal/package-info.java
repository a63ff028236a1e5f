/**
 * Implementation of the LangChain4j integration: the reader of agentic systems, the access to the
 * framework's objects that its public API does not offer, the sizes file reader and the reports.
 * Not an API: anything here may change in any release.
 */
package ai.cromus.langchain4j.internal;
