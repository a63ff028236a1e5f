/** Claude Managed Agents export: the CreateAgent body. */
package ai.cromus.export.claude;
