package io.atumdesk.workflow;

import java.util.List;

/** A named action a service task may call, with the parameters it requires, for the modeler. */
public record PaletteAction(String name, List<String> requiredParameters) {}
