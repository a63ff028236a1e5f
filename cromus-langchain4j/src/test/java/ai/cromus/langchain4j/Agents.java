package ai.cromus.langchain4j;

import dev.langchain4j.agent.tool.Tool;
import dev.langchain4j.agentic.Agent;
import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import dev.langchain4j.service.V;

/** Agent interfaces shared by the tests: a small story-writing team. */
public final class Agents {
  private Agents() {}

  public interface Writer {
    @SystemMessage("You are a creative writer. Write short, vivid stories.")
    @UserMessage("Write a story of at most three paragraphs about {{topic}}.")
    @Agent(name = "writer", description = "Writes a first draft", outputKey = "story")
    String write(@V("topic") String topic);
  }

  public interface Editor {
    @UserMessage("Edit the story below for clarity and rhythm. Story: {{story}}")
    @Agent(name = "editor", description = "Edits the draft", outputKey = "story")
    String edit(@V("story") String story);
  }

  public interface Critic {
    @UserMessage("Score the story from 0 to 1 for quality: {{story}}")
    @Agent(name = "critic", description = "Scores the story", outputKey = "score")
    double score(@V("story") String story);
  }

  public interface Translator {
    @UserMessage("Translate the story into French: {{story}}")
    @Agent(name = "translator", description = "Translates the story", outputKey = "french")
    String translate(@V("story") String story);
  }

  public interface Summarizer {
    @UserMessage("Summarize the story in one sentence: {{story}}")
    @Agent(name = "summarizer", description = "Summarizes the story", outputKey = "summary")
    String summarize(@V("story") String story);
  }

  public interface Researcher {
    @UserMessage("Find three facts about {{topic}} with the search tool.")
    @Agent(name = "researcher", description = "Looks facts up", outputKey = "facts")
    String research(@V("topic") String topic);
  }

  /** A tool the researcher may call. */
  public static final class SearchTool {
    @Tool("Searches an encyclopedia and returns the best paragraph")
    public String search(String query) {
      return "paragraph about " + query;
    }
  }
}
