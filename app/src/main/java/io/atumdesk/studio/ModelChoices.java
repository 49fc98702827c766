package io.atumdesk.studio;

import io.atumdesk.core.Actor;
import io.atumdesk.decision.Decisions;
import io.atumdesk.form.FormSchemas;
import io.atumdesk.people.PeopleDirectory;
import io.atumdesk.workflow.PaletteAction;
import io.atumdesk.workflow.ProcessDeployments;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * What a designer picks from in the modeler, served from the modules that own it so the browser
 * keeps no copy: the named actions with their parameters, the forms, the tenant's groups and its
 * decision tables.
 */
@Service
public class ModelChoices {

  private final ProcessDeployments deployments;
  private final FormSchemas forms;
  private final PeopleDirectory people;
  private final Decisions decisions;
  private final StudioAccess access;

  ModelChoices(
      ProcessDeployments deployments,
      FormSchemas forms,
      PeopleDirectory people,
      Decisions decisions,
      StudioAccess access) {
    this.deployments = deployments;
    this.forms = forms;
    this.people = people;
    this.decisions = decisions;
    this.access = access;
  }

  public List<PaletteAction> actions(Actor actor) {
    access.require(actor);
    return deployments.palette();
  }

  /** Everything the properties panel offers, in one answer. */
  public Choices all(Actor actor) {
    access.require(actor);
    return new Choices(
        deployments.palette(),
        forms.ids(),
        List.copyOf(people.groupKeys(actor.tenantId())),
        decisions.tables(actor.tenantId()).stream().map(t -> t.decisionId()).toList());
  }

  public List<String> forms(Actor actor) {
    access.require(actor);
    return forms.ids();
  }

  /** Named actions, form ids, the tenant's group keys and decision table ids. */
  public record Choices(
      List<PaletteAction> actions,
      List<String> forms,
      List<String> groups,
      List<String> decisions) {}
}
