// Draws a process version's figures on its diagram (bpmn-js viewer; the bpmn.io watermark stays
// visible): each activity coloured by its p90 time spent (a heat map), a badge with the tickets
// waiting there now, and each flow labelled with how often it was taken, drawn thicker the more.
// The same figures are in the table under it, for those who would rather read than look.
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';

const container = document.querySelector('[data-analytics-model]');
if (container) show(container);

async function show(container) {
  const viewer = new NavigatedViewer({ container });
  try {
    const [xml, figures] = await Promise.all([
      fetch(container.dataset.analyticsModel).then((r) => r.text()),
      fetch(container.dataset.analyticsFigures).then((r) => r.json())
    ]);
    await viewer.importXML(xml);
    viewer.get('canvas').zoom('fit-viewport');
    paint(viewer, figures, container.dataset);
  } catch (error) {
    container.textContent = container.dataset.brokenMessage;
  }
}

function paint(viewer, figures, labels) {
  const canvas = viewer.get('canvas');
  const overlays = viewer.get('overlays');
  const registry = viewer.get('elementRegistry');
  const slowest = Math.max(1, ...figures.activities.map((a) => a.p90Millis ?? 0));
  for (const activity of figures.activities) {
    if (!registry.get(activity.activityId)) continue;
    const level = Math.min(4, Math.floor(((activity.p90Millis ?? 0) / slowest) * 5));
    canvas.addMarker(activity.activityId, `heat-${level}`);
    if (activity.waiting > 0) {
      overlays.add(activity.activityId, {
        position: { top: -12, right: 12 },
        html: badge('analytics-waiting', `${activity.waiting} ${labels.waiting}`)
      });
    }
  }
  const busiest = Math.max(1, ...figures.flows.map((f) => f.taken));
  for (const flow of figures.flows) {
    const element = registry.get(flow.flowId);
    if (!element || flow.taken === 0) continue;
    canvas.addMarker(flow.flowId, `flow-${Math.min(3, Math.floor((flow.taken / busiest) * 4))}`);
    // Overlays on a connection are placed relative to the box around its waypoints.
    const points = element.waypoints;
    const middle = points[Math.floor(points.length / 2)];
    const left = Math.min(...points.map((p) => p.x));
    const top = Math.min(...points.map((p) => p.y));
    overlays.add(flow.flowId, {
      position: { top: middle.y - top - 10, left: middle.x - left },
      html: badge('analytics-taken', `${flow.taken}${labels.taken}`)
    });
  }
}

function badge(className, text) {
  const span = document.createElement('span');
  span.className = className;
  span.textContent = text;
  return span;
}
