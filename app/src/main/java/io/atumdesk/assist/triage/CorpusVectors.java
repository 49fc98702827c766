package io.atumdesk.assist.triage;

import io.atumdesk.assist.TextEmbeddings;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The shipped corpus as training examples. Embedding its tickets takes some seconds, so it is done
 * once, on first need (a demo tenant's first training), off every request path.
 */
@Component
class CorpusVectors {

  private final TextEmbeddings embeddings;
  private volatile List<LabelledVector> examples;

  CorpusVectors(TextEmbeddings embeddings) {
    this.embeddings = embeddings;
  }

  List<LabelledVector> examples() {
    if (examples == null) {
      synchronized (this) {
        if (examples == null) {
          examples = embed(TriageCorpus.load());
        }
      }
    }
    return examples;
  }

  private List<LabelledVector> embed(List<TriageCorpus.Ticket> corpus) {
    var vectors = embeddings.embedAll(corpus.stream().map(TriageCorpus.Ticket::text).toList());
    List<LabelledVector> labelled = new ArrayList<>();
    for (int i = 0; i < corpus.size(); i++) {
      var ticket = corpus.get(i);
      vectors
          .get(i)
          .ifPresent(
              v ->
                  labelled.add(
                      new LabelledVector(
                          v,
                          ticket.text(),
                          ticket.category(),
                          ticket.priority(),
                          ticket.assignmentGroup())));
    }
    return List.copyOf(labelled);
  }
}
