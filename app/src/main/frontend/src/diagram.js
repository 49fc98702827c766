// Shows a ticket's process with the step it waits at highlighted (bpmn-js viewer; the bpmn.io
// watermark stays visible, as its licence asks). Loaded only where a diagram is on the page.
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';

const container = document.querySelector('[data-diagram-url]');
if (container) show(container);

async function show(container) {
  const viewer = new NavigatedViewer({ container });
  try {
    const xml = await (await fetch(container.dataset.diagramUrl)).text();
    await viewer.importXML(xml);
    const canvas = viewer.get('canvas');
    canvas.zoom('fit-viewport');
    for (const id of (container.dataset.current || '').split(',').filter(Boolean)) {
      canvas.addMarker(id, 'current');
    }
  } catch (error) {
    container.textContent = container.dataset.brokenMessage;
  }
}
