/** MCP export: tool definitions and an mcpServers client configuration. */
package ai.cromus.export.mcp;
