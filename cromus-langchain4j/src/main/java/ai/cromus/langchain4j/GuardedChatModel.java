package ai.cromus.langchain4j;

import dev.langchain4j.model.ModelProvider;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.ChatRequestOptions;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The budget gate: a chat model that asks the listener before every call, delegates, and records
 * the call's real cost. Everything else is the delegate's.
 */
final class GuardedChatModel implements ChatModel {
  private final ChatModel delegate;
  private final CromusSpendListener listener;
  private final BudgetGate gate;

  GuardedChatModel(ChatModel delegate, CromusSpendListener listener, BudgetGate gate) {
    this.delegate = delegate;
    this.listener = listener;
    this.gate = gate;
  }

  @Override
  public ChatResponse chat(ChatRequest request, ChatRequestOptions options) {
    Objects.requireNonNull(request, "request must not be null");
    ChatRequestParameters defaults;
    try {
      defaults = delegate.defaultRequestParameters();
    } catch (RuntimeException e) {
      defaults = null;
    }
    BudgetGate.Ticket t = gate.admit(request, defaults);
    Map<Object, Object> attributes =
        new HashMap<>(options == null ? Map.of() : options.listenerAttributes());
    attributes.put(CromusSpendListener.GUARDED_BY, listener);
    ChatResponse response;
    try {
      response =
          delegate.chat(
              request, ChatRequestOptions.builder().listenerAttributes(attributes).build());
    } catch (RuntimeException | Error e) {
      gate.release(t);
      throw e;
    }
    gate.settle(t, request, response);
    return response;
  }

  @Override
  public ChatResponse doChat(ChatRequest request) {
    return chat(request, ChatRequestOptions.EMPTY);
  }

  @Override
  public ChatRequestParameters defaultRequestParameters() {
    return delegate.defaultRequestParameters();
  }

  @Override
  public List<ChatModelListener> listeners() {
    return List.of();
  }

  @Override
  public ModelProvider provider() {
    return delegate.provider();
  }

  @Override
  public Set<Capability> supportedCapabilities() {
    return delegate.supportedCapabilities();
  }

  @Override
  public String toString() {
    return "CromusGuarded<" + delegate + ">";
  }
}
