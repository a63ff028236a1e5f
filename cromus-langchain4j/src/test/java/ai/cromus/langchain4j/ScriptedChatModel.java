package ai.cromus.langchain4j;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.request.DefaultChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * An in-process chat model for offline tests: fixed answers (in turn, or computed from the
 * request), a fixed token usage per call, a model name in its default request parameters, and a
 * count of the calls that reached it. No network, no API key.
 */
final class ScriptedChatModel implements ChatModel {
  private final String modelName;
  private final Integer maxOutputTokens;
  private final int inputTokens;
  private final int outputTokens;
  private final Deque<String> answers = new ArrayDeque<>();
  private final Function<ChatRequest, String> answerer;
  private final List<ChatModelListener> listeners = new ArrayList<>();
  private final AtomicInteger calls = new AtomicInteger();
  private final List<ChatRequest> requests = Collections.synchronizedList(new ArrayList<>());
  private String reportedModelName;

  private ScriptedChatModel(
      String modelName,
      Integer maxOutputTokens,
      int inputTokens,
      int outputTokens,
      Function<ChatRequest, String> answerer) {
    this.modelName = modelName;
    this.maxOutputTokens = maxOutputTokens;
    this.inputTokens = inputTokens;
    this.outputTokens = outputTokens;
    this.answerer = answerer;
    this.reportedModelName = modelName;
  }

  /** A model that answers "ok" and reports the given usage on every call. */
  static ScriptedChatModel of(String modelName, int inputTokens, int outputTokens) {
    return new ScriptedChatModel(modelName, null, inputTokens, outputTokens, null);
  }

  /** The same with a maxOutputTokens in its default request parameters. */
  static ScriptedChatModel withMaxOutput(
      String modelName, int maxOutputTokens, int inputTokens, int outputTokens) {
    return new ScriptedChatModel(modelName, maxOutputTokens, inputTokens, outputTokens, null);
  }

  /** A model whose answer is computed from the request. */
  static ScriptedChatModel answering(
      String modelName, int inputTokens, int outputTokens, Function<ChatRequest, String> f) {
    return new ScriptedChatModel(modelName, null, inputTokens, outputTokens, f);
  }

  /** Answers to give in turn before falling back to "ok". */
  ScriptedChatModel thenAnswer(String... texts) {
    synchronized (answers) {
      answers.addAll(List.of(texts));
    }
    return this;
  }

  /** Registers a listener, as a provider's builder would ({@code .listeners(...)}). */
  ScriptedChatModel listener(ChatModelListener l) {
    listeners.add(l);
    return this;
  }

  /** The model name the responses report (a provider may report a dated id). */
  ScriptedChatModel reporting(String name) {
    this.reportedModelName = name;
    return this;
  }

  int calls() {
    return calls.get();
  }

  List<ChatRequest> requests() {
    return requests;
  }

  @Override
  public ChatResponse doChat(ChatRequest request) {
    calls.incrementAndGet();
    requests.add(request);
    String text;
    synchronized (answers) {
      text = answers.isEmpty() ? null : answers.poll();
    }
    if (text == null) {
      text = answerer != null ? answerer.apply(request) : "ok";
    }
    return ChatResponse.builder()
        .aiMessage(AiMessage.from(text))
        .tokenUsage(new TokenUsage(inputTokens, outputTokens))
        .modelName(reportedModelName)
        .build();
  }

  @Override
  public ChatRequestParameters defaultRequestParameters() {
    return DefaultChatRequestParameters.builder()
        .modelName(modelName)
        .maxOutputTokens(maxOutputTokens)
        .build();
  }

  @Override
  public List<ChatModelListener> listeners() {
    return listeners;
  }
}
