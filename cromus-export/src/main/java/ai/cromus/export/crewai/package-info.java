/** CrewAI export: agents.yaml, tasks.yaml and crew.py. */
package ai.cromus.export.crewai;
