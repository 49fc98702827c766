/**
 * Offline assistance: sentence embeddings and language detection from models that ship inside Maven
 * artifacts (nothing is downloaded at run time), and each ticket's vector in a Lucene index for
 * similar-ticket search and triage. See ADR 0023.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Assist")
package io.atumdesk.assist;
