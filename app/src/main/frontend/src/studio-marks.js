// Shows a process model with some of its elements marked (bpmn-js viewer; the bpmn.io watermark
// stays visible): the studio's comparison colours elements added, removed or changed, and a dry run
// the steps passed and the one waiting. The marks come from the page as "id:mark" words; the same
// information is in the page's text for those who do not see the colours.
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';

for (const container of document.querySelectorAll('[data-marked-model]')) show(container);

async function show(container) {
  const viewer = new NavigatedViewer({ container });
  try {
    const response = await fetch(container.dataset.markedModel);
    if (!response.ok) throw new Error(String(response.status));
    await viewer.importXML(await response.text());
    viewer.get('canvas').zoom('fit-viewport');
    const canvas = viewer.get('canvas');
    const registry = viewer.get('elementRegistry');
    for (const word of (container.dataset.marks ?? '').split(' ')) {
      const [id, mark] = word.split(':');
      if (id && mark && registry.get(id)) canvas.addMarker(id, `mark-${mark}`);
    }
  } catch (error) {
    container.textContent = container.dataset.brokenMessage;
  }
}
