// The properties our engine reads, as a properties-panel provider: on user tasks the candidate
// group, assignee, form, due date, status (flowable:category) and OLA; on service tasks a named
// action from the server's palette with its parameters as flowable:field entries; on flows out of
// a gateway a condition in the one safe form ${field == 'value'}; on timer events an ISO-8601
// duration, date or cycle; on user tasks several instances in parallel (an approval by several
// people) over a count or a collection variable. Nothing here is free JUEL.
import { h } from '@bpmn-io/properties-panel/preact';
import { SelectEntry, TextFieldEntry } from '@bpmn-io/properties-panel';
import { useService } from 'bpmn-js-properties-panel';
import { is } from 'bpmn-js/lib/util/ModelUtil';

const ACTION = 'action';
const DISPATCHER = '${action}';
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const VARIABLE = /^\$\{\s*[A-Za-z_][A-Za-z0-9_]*\s*\}$/;
const CARDINALITY = /^\d+$/;
// The server's patterns (workflow IsoTimer): ISO-8601 only, or one ${variable} kept as it was.
const DURATION = 'P(?=\\d|T\\d)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?';
const DATE = '\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})?';
const TIMER = {
  timeDuration: new RegExp(`^${DURATION}$`),
  timeDate: new RegExp(`^${DATE}$`),
  timeCycle: new RegExp(`^R\\d*/((${DATE})/)?${DURATION}(/(${DATE}))?$`)
};
const CONDITION = /^\$\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*(==|!=)\s*'([^']*)'\s*\}$/;

export default function StudioPropertiesProvider(propertiesPanel, config) {
  this.choices = config;
  propertiesPanel.registerProvider(500, this);
}
StudioPropertiesProvider.$inject = ['propertiesPanel', 'config.studio'];

StudioPropertiesProvider.prototype.getGroups = function (element) {
  const { labels } = this.choices;
  return (groups) => {
    if (is(element, 'bpmn:UserTask')) {
      groups.push({ id: 'atum-user-task', label: labels.assignment, entries: userTaskEntries(this.choices) });
      // Ours replaces bpmn-js's multi-instance group: a count or collection only, no free condition.
      groups = withoutGroup(groups, 'multiInstance');
      groups.push({ id: 'atum-multi-instance', label: labels.multiInstance, entries: multiInstanceEntries(element, this.choices) });
    }
    if (timerDefinition(element)) {
      // Ours replaces bpmn-js's timer group: the same fields, checked as ISO-8601.
      groups = withoutGroup(groups, 'timer');
      groups.push({ id: 'atum-timer', label: labels.timer, entries: timerEntries(this.choices) });
    }
    if (is(element, 'bpmn:ServiceTask')) {
      groups.push({ id: 'atum-action', label: labels.action, entries: actionEntries(element, this.choices) });
    }
    if (is(element, 'bpmn:SequenceFlow') && isGatewayExit(element)) {
      groups.push({ id: 'atum-condition', label: labels.condition, entries: conditionEntries(this.choices) });
    }
    return groups;
  };
};

function withoutGroup(groups, id) {
  const index = groups.findIndex((group) => group.id === id);
  if (index >= 0) groups.splice(index, 1);
  return groups;
}

function isGatewayExit(element) {
  const source = element.businessObject.sourceRef;
  return is(source, 'bpmn:ExclusiveGateway') || is(source, 'bpmn:InclusiveGateway');
}

// ---- user tasks ----------------------------------------------------------------------------

function userTaskEntries(choices) {
  const { labels } = choices;
  const options = (values, current) => {
    const list = [{ value: '', label: labels.none }, ...values.map((v) => ({ value: v, label: v }))];
    if (current && !values.includes(current)) list.push({ value: current, label: current });
    return list;
  };
  return [
    select('candidateGroups', labels.candidateGroups, (bo) => options(choices.groups, bo.get('flowable:candidateGroups'))),
    text('assignee', labels.assignee),
    select('formKey', labels.formKey, (bo) => options(choices.forms, bo.get('flowable:formKey'))),
    text('dueDate', labels.dueDate),
    select('category', labels.category, (bo) => [{ value: '', label: labels.none },
      ...choices.statuses.map((s) => ({ value: s.value, label: s.label }))]),
    { id: 'olaTarget', component: (props) => h(OlaEntry, { ...props, attribute: 'target', label: labels.olaTarget }) },
    { id: 'olaCalendar', component: (props) => h(OlaEntry, { ...props, attribute: 'calendar', label: labels.olaCalendar }) }
  ];
}

function text(name, label) {
  return { id: name, component: (props) => h(AttributeText, { ...props, name, label }) };
}

function select(name, label, options) {
  return { id: name, component: (props) => h(AttributeSelect, { ...props, name, label, options }) };
}

function AttributeText({ element, id, name, label }) {
  const modeling = useService('modeling');
  const debounce = useService('debounceInput');
  return h(TextFieldEntry, {
    id, element, label, debounce,
    getValue: () => element.businessObject.get(`flowable:${name}`) || '',
    setValue: (value) => modeling.updateProperties(element, { [`flowable:${name}`]: value || undefined })
  });
}

function AttributeSelect({ element, id, name, label, options }) {
  const modeling = useService('modeling');
  return h(SelectEntry, {
    id, element, label,
    getValue: () => element.businessObject.get(`flowable:${name}`) || '',
    setValue: (value) => modeling.updateProperties(element, { [`flowable:${name}`]: value || undefined }),
    getOptions: () => options(element.businessObject)
  });
}

function OlaEntry({ element, id, attribute, label }) {
  const modeling = useService('modeling');
  const bpmnFactory = useService('bpmnFactory');
  const debounce = useService('debounceInput');
  const ola = () => extensions(element).find((e) => is(e, 'atum:Ola'));
  return h(TextFieldEntry, {
    id, element, label, debounce,
    getValue: () => ola()?.get(attribute) || '',
    setValue: (value) => {
      const existing = ola();
      if (existing) {
        modeling.updateModdleProperties(element, existing, { [attribute]: value || undefined });
      } else if (value) {
        const created = bpmnFactory.create('atum:Ola', { [attribute]: value });
        modeling.updateProperties(element, { extensionElements: withValues(element, bpmnFactory, [...extensions(element), created]) });
      }
    }
  });
}

// ---- service tasks -------------------------------------------------------------------------

function actionEntries(element, choices) {
  const current = field(element, ACTION)?.get('stringValue');
  const action = choices.actions.find((a) => a.name === current);
  const entries = [{ id: 'action', component: (props) => h(ActionSelect, { ...props, choices }) }];
  for (const parameter of action?.requiredParameters ?? []) {
    entries.push({
      id: `parameter-${parameter}`,
      component: (props) => h(ParameterText, { ...props, parameter })
    });
  }
  return entries;
}

function ActionSelect({ element, id, choices }) {
  const modeling = useService('modeling');
  const bpmnFactory = useService('bpmnFactory');
  return h(SelectEntry, {
    id, element, label: choices.labels.actionName,
    getValue: () => field(element, ACTION)?.get('stringValue') || '',
    getOptions: () => [{ value: '', label: choices.labels.none },
      ...choices.actions.map((a) => ({ value: a.name, label: a.name }))],
    setValue: (name) => {
      const action = choices.actions.find((a) => a.name === name);
      const others = extensions(element).filter((e) => !is(e, 'flowable:Field'));
      const fields = action
        ? [ACTION, ...action.requiredParameters].map((p) => bpmnFactory.create('flowable:Field', {
          name: p, stringValue: p === ACTION ? name : field(element, p)?.get('stringValue') || ''
        }))
        : [];
      modeling.updateProperties(element, {
        'flowable:delegateExpression': action ? DISPATCHER : undefined,
        extensionElements: withValues(element, bpmnFactory, [...others, ...fields])
      });
    }
  });
}

function ParameterText({ element, id, parameter }) {
  const modeling = useService('modeling');
  const bpmnFactory = useService('bpmnFactory');
  const debounce = useService('debounceInput');
  return h(TextFieldEntry, {
    id, element, label: parameter, debounce,
    getValue: () => field(element, parameter)?.get('stringValue') || '',
    setValue: (value) => {
      const existing = field(element, parameter);
      if (existing) {
        modeling.updateModdleProperties(element, existing, { stringValue: value || '' });
      } else {
        const created = bpmnFactory.create('flowable:Field', { name: parameter, stringValue: value || '' });
        modeling.updateProperties(element, { extensionElements: withValues(element, bpmnFactory, [...extensions(element), created]) });
      }
    }
  });
}

// ---- gateway conditions --------------------------------------------------------------------

function conditionEntries(choices) {
  return ['field', 'operator', 'value'].map((part) => ({
    id: `condition-${part}`,
    component: (props) => h(ConditionPart, { ...props, part, labels: choices.labels })
  }));
}

function ConditionPart({ element, id, part, labels }) {
  const modeling = useService('modeling');
  const bpmnFactory = useService('bpmnFactory');
  const debounce = useService('debounceInput');
  const read = () => {
    const match = CONDITION.exec(element.businessObject.conditionExpression?.body?.trim() ?? '');
    return match ? { field: match[1], operator: match[2], value: match[3] } : { field: '', operator: '==', value: '' };
  };
  const write = (value) => {
    const condition = { ...read(), [part]: value };
    condition.value = condition.value.replace(/['\\${}#]/g, '');
    const body = NAME.test(condition.field) ? `\${${condition.field} ${condition.operator} '${condition.value}'}` : null;
    modeling.updateProperties(element, {
      conditionExpression: body ? bpmnFactory.create('bpmn:FormalExpression', { body }) : undefined
    });
  };
  if (part === 'operator') {
    return h(SelectEntry, {
      id, element, label: labels.operator,
      getValue: () => read().operator,
      setValue: write,
      getOptions: () => [{ value: '==', label: '==' }, { value: '!=', label: '!=' }]
    });
  }
  return h(TextFieldEntry, {
    id, element, debounce,
    label: part === 'field' ? labels.conditionField : labels.conditionValue,
    getValue: () => read()[part],
    setValue: write
  });
}

// ---- timers --------------------------------------------------------------------------------

function timerDefinition(element) {
  return (element.businessObject.eventDefinitions ?? []).find((d) => is(d, 'bpmn:TimerEventDefinition'));
}

function timerKind(definition) {
  return ['timeDuration', 'timeDate', 'timeCycle'].find((k) => definition.get(k)) ?? 'timeDuration';
}

function timerEntries(choices) {
  return [
    { id: 'atumTimerType', component: (props) => h(TimerKind, { ...props, labels: choices.labels }) },
    { id: 'atumTimerValue', component: (props) => h(TimerValue, { ...props, labels: choices.labels }) }
  ];
}

function TimerKind({ element, id, labels }) {
  const modeling = useService('modeling');
  const bpmnFactory = useService('bpmnFactory');
  return h(SelectEntry, {
    id, element, label: labels.timerType,
    getValue: () => timerKind(timerDefinition(element)),
    getOptions: () => [
      { value: 'timeDuration', label: labels.timerDuration },
      { value: 'timeDate', label: labels.timerDate },
      { value: 'timeCycle', label: labels.timerCycle }],
    setValue: (kind) => {
      const definition = timerDefinition(element);
      const body = definition.get(timerKind(definition))?.body ?? '';
      modeling.updateModdleProperties(element, definition, {
        timeDuration: undefined, timeDate: undefined, timeCycle: undefined,
        [kind]: bpmnFactory.create('bpmn:FormalExpression', { body })
      });
    }
  });
}

function TimerValue({ element, id, labels }) {
  const modeling = useService('modeling');
  const bpmnFactory = useService('bpmnFactory');
  const debounce = useService('debounceInput');
  return h(TextFieldEntry, {
    id, element, label: labels.timerValue, debounce,
    getValue: () => {
      const definition = timerDefinition(element);
      return definition.get(timerKind(definition))?.body ?? '';
    },
    validate: (value) => {
      const kind = timerKind(timerDefinition(element));
      return !value || TIMER[kind].test(value.trim()) || VARIABLE.test(value.trim()) ? null : labels.timerInvalid;
    },
    setValue: (value) => {
      const definition = timerDefinition(element);
      const kind = timerKind(definition);
      modeling.updateModdleProperties(element, definition, {
        [kind]: value ? bpmnFactory.create('bpmn:FormalExpression', { body: value.trim() }) : undefined
      });
    }
  });
}

// ---- multi-instance user tasks (parallel approvals) ----------------------------------------

function multiInstanceEntries(element, choices) {
  const entries = [{ id: 'atumMultiInstance', component: (props) => h(MultiInstanceMode, { ...props, labels: choices.labels }) }];
  if (element.businessObject.loopCharacteristics) {
    entries.push(
      { id: 'atumLoopCardinality', component: (props) => h(Cardinality, { ...props, labels: choices.labels }) },
      { id: 'atumCollection', component: (props) => h(LoopAttribute, { ...props, name: 'collection', label: choices.labels.collection, labels: choices.labels }) },
      { id: 'atumElementVariable', component: (props) => h(LoopAttribute, { ...props, name: 'elementVariable', label: choices.labels.elementVariable, labels: choices.labels }) });
  }
  return entries;
}

function MultiInstanceMode({ element, id, labels }) {
  const modeling = useService('modeling');
  const bpmnFactory = useService('bpmnFactory');
  const loop = () => element.businessObject.loopCharacteristics;
  return h(SelectEntry, {
    id, element, label: labels.multiInstanceMode,
    getValue: () => (!loop() ? '' : loop().get('isSequential') ? 'sequential' : 'parallel'),
    getOptions: () => [
      { value: '', label: labels.multiInstanceOff },
      { value: 'parallel', label: labels.multiInstanceParallel },
      { value: 'sequential', label: labels.multiInstanceSequential }],
    setValue: (mode) => {
      if (!mode) {
        modeling.updateProperties(element, { loopCharacteristics: undefined });
      } else if (loop()) {
        modeling.updateModdleProperties(element, loop(), { isSequential: mode === 'sequential' });
      } else {
        const created = bpmnFactory.create('bpmn:MultiInstanceLoopCharacteristics', { isSequential: mode === 'sequential' });
        created.loopCardinality = bpmnFactory.create('bpmn:FormalExpression', { body: '2' });
        created.loopCardinality.$parent = created;
        modeling.updateProperties(element, { loopCharacteristics: created });
      }
    }
  });
}

function Cardinality({ element, id, labels }) {
  const modeling = useService('modeling');
  const bpmnFactory = useService('bpmnFactory');
  const debounce = useService('debounceInput');
  const loop = () => element.businessObject.loopCharacteristics;
  return h(TextFieldEntry, {
    id, element, label: labels.loopCardinality, debounce,
    getValue: () => loop()?.loopCardinality?.body ?? '',
    validate: (value) => (!value || CARDINALITY.test(value.trim()) || VARIABLE.test(value.trim()) ? null : labels.cardinalityInvalid),
    setValue: (value) => modeling.updateModdleProperties(element, loop(), {
      loopCardinality: value ? bpmnFactory.create('bpmn:FormalExpression', { body: value.trim() }) : undefined
    })
  });
}

function LoopAttribute({ element, id, name, label, labels }) {
  const modeling = useService('modeling');
  const debounce = useService('debounceInput');
  const loop = () => element.businessObject.loopCharacteristics;
  return h(TextFieldEntry, {
    id, element, label, debounce,
    getValue: () => loop()?.get(`flowable:${name}`) ?? '',
    validate: (value) => (!value || NAME.test(value.trim()) || VARIABLE.test(value.trim()) ? null : labels.cardinalityInvalid),
    setValue: (value) => modeling.updateModdleProperties(element, loop(), { [`flowable:${name}`]: value?.trim() || undefined })
  });
}

// ---- extension elements --------------------------------------------------------------------

function extensions(element) {
  return element.businessObject.extensionElements?.get('values') ?? [];
}

function field(element, name) {
  return extensions(element).find((e) => is(e, 'flowable:Field') && e.get('name') === name);
}

function withValues(element, bpmnFactory, values) {
  const container = bpmnFactory.create('bpmn:ExtensionElements', { values: [] });
  for (const value of values) {
    value.$parent = container;
    container.get('values').push(value);
  }
  return container;
}
