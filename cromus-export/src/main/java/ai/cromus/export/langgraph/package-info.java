/** LangGraph export: langgraph.json and a Python StateGraph module. */
package ai.cromus.export.langgraph;
