/** AutoGen AgentChat export: a declarative team component. */
package ai.cromus.export.autogen;
