// The synthetic dated model of the HTML-export and per-period benchmarks: m ties over m/5 nodes (or
// `nodes`), one in ten a project, in 4 camps (cooperation inside a camp, conflict across, 15-20%
// noise), dated 2000-2020, half with an end 1-3 years later. `seededRandom` is passed in so a
// benchmark can take it from the build it measures.

const DOMAINS = ['energy', 'military', 'security', 'diplomatic', 'economic'];

export function syntheticModel(m, { seededRandom, seed = 1, nodes: nodeCount = 0 }) {
  const r = seededRandom(seed);
  const n = nodeCount || Math.max(10, Math.round(m / 5));
  const nodes = Array.from({ length: n }, (_, i) => ({ id: `N${i}`, label: `Node ${i}`, kind: i % 10 === 0 ? 'project' : 'actor', type: i % 10 === 0 ? 'pipeline' : 'state', aliases: [], tags: [] }));
  const ties = [];
  for (let k = 0; k < m; k++) {
    const a = Math.floor(r() * n);
    let b = Math.floor(r() * n);
    if (b === a) b = (a + 1) % n;
    const polarity = a % 4 === b % 4 ? (r() < 0.85 ? 'cooperation' : 'conflict') : r() < 0.8 ? 'conflict' : 'cooperation';
    const year = 2000 + Math.floor(r() * 20);
    ties.push({
      id: `t${k}`, source: `N${a}`, target: `N${b}`, polarity, relation: polarity === 'cooperation' ? 'cooperates' : 'opposes',
      domain: DOMAINS[Math.floor(r() * DOMAINS.length)], intensity: Math.round((1 + r() * 9) * 10) / 10, directed: r() < 0.5,
      start: String(year), end: r() < 0.5 ? String(year + 1 + Math.floor(r() * 3)) : undefined,
      evidence: [{ source: 's', quote: `Quote for tie ${k}.` }], tags: [],
    });
  }
  return { rivalgraph: 1, title: `Synthetic ${m} ties`, sources: { s: { title: 'Synthetic source' } }, nodes, ties };
}
