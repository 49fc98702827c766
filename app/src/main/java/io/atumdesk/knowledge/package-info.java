/**
 * The knowledge base: articles in Markdown with every saved version kept, reviewed by a knowledge
 * manager through the {@code knowledge-article} process, found by a search that fuses lexical
 * (BM25, English and German analyzers) and semantic (sentence vectors) rankings, rated "helpful" by
 * readers and suggested to customers while they type a ticket's subject.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Knowledge")
package io.atumdesk.knowledge;
