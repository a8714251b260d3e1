// CloudVirt graph view: draws the concept graph (positions computed at build time) as SVG.
// Every node is a link to its concept page; hovering or focusing a node highlights its relations.
// The same relations are listed as links on the page, so nothing depends on this script.
(() => {
  'use strict';

  const SVG = 'http://www.w3.org/2000/svg';
  const container = document.getElementById('graph');
  const source = container && document.getElementById(container.dataset.graph || '');
  if (!container || !source) return;
  const data = JSON.parse(source.textContent || '{}');

  const element = (name, attributes = {}) => {
    const node = document.createElementNS(SVG, name);
    for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
    return node;
  };

  const svg = element('svg', {
    viewBox: `0 0 ${data.width} ${data.height}`,
    role: 'group',
    'aria-label': container.closest('figure')?.querySelector('figcaption')?.firstChild?.textContent?.trim() || 'Graph',
  });
  const edgeLayer = element('g', { class: 'edges' });
  const nodeLayer = element('g', { class: 'nodes' });
  svg.append(edgeLayer, nodeLayer);

  const edgesOf = data.nodes.map(() => []);
  const edges = data.edges.map((edge, index) => {
    const a = data.nodes[edge.source];
    const b = data.nodes[edge.target];
    const line = element('line', { class: 'edge', x1: a.x, y1: a.y, x2: b.x, y2: b.y, 'data-edge': index });
    const title = element('title');
    title.textContent = `${a.label} — ${edge.label} → ${b.label}`;
    line.append(title);
    edgeLayer.append(line);
    edgesOf[edge.source].push(index);
    edgesOf[edge.target].push(index);
    return line;
  });

  const nodes = data.nodes.map((node, index) => {
    const link = element('a', { href: node.href, class: 'node', 'data-node': index });
    const circle = element('circle', { cx: node.x, cy: node.y, r: 6 + Math.min(edgesOf[index].length, 10) * 0.6, class: `group-${node.group}` });
    const label = element('text', { x: node.x + 9, y: node.y + 4 });
    label.textContent = node.label;
    link.append(circle, label);
    nodeLayer.append(link);
    return link;
  });

  const clear = () => {
    container.classList.remove('is-focused');
    svg.querySelectorAll('.is-near').forEach((each) => each.classList.remove('is-near'));
  };
  const focus = (index) => {
    clear();
    container.classList.add('is-focused');
    nodes[index].classList.add('is-near');
    for (const edgeIndex of edgesOf[index]) {
      edges[edgeIndex].classList.add('is-near');
      const edge = data.edges[edgeIndex];
      nodes[edge.source].classList.add('is-near');
      nodes[edge.target].classList.add('is-near');
    }
  };
  nodes.forEach((node, index) => {
    node.addEventListener('mouseenter', () => focus(index));
    node.addEventListener('focus', () => focus(index));
    node.addEventListener('mouseleave', clear);
    node.addEventListener('blur', clear);
  });

  container.replaceChildren(svg);
  container.dataset.drawn = String(nodes.length);
})();
