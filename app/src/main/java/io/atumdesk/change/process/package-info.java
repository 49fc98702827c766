/**
 * The change process's adapters: the named actions {@code change.bpmn20.xml} calls, and the one
 * place the module speaks to Flowable directly (withdrawing a running change).
 */
package io.atumdesk.change.process;
