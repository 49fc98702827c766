package io.atumdesk.workflow;

/** Something that stops a process model from being published, at the element it concerns. */
public record ModelProblem(String elementId, String message) {}
