/**
 * The knowledge article's review process as seen from the knowledge module: start, review, retire.
 */
package io.atumdesk.knowledge.process;
