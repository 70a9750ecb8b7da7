// Inside the renderer, a feature folder (the workbench shell, the strategy editors, the
// monitoring) never imports another: what several features use lives in renderer/base, and a
// feature reaches the shell through the registries there (editors, sections, side views, status
// items). Only the start-up (bootstrap.ts, main.tsx) names the features.
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';

const renderer = path.resolve(import.meta.dirname, '../../renderer');
const features = ['workbench', 'editors', 'monitoring', 'evaluation', 'resources', 'network', 'report'];

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** Each import of a renderer file that reaches into a feature folder other than its own. */
function crossFeatureImports(files: readonly string[]): string[] {
  const found: string[] = [];
  for (const file of files) {
    const relative = path.relative(renderer, file);
    const [folder] = relative.split(path.sep);
    if (!relative.includes(path.sep)) continue; // bootstrap.ts, main.tsx compose the features
    const text = fs.readFileSync(file, 'utf8');
    for (const match of text.matchAll(/from '(\.[^']+)'/g)) {
      const target = path.relative(renderer, path.resolve(path.dirname(file), match[1]!));
      const [targetFolder] = target.split(path.sep);
      if (targetFolder && features.includes(targetFolder) && targetFolder !== folder)
        found.push(`${relative} → ${target}`);
    }
  }
  return found;
}

it('keeps renderer features apart: shared pieces in renderer/base, the shell reached through registries', () => {
  expect(crossFeatureImports(sources(renderer))).toEqual([]);
});

it('notices a feature importing another', () => {
  const probe = path.join(renderer, 'editors', 'probe-cross-feature.ts');
  fs.writeFileSync(
    probe,
    "import { DashboardEditor } from '../monitoring/DashboardEditor.tsx';\nexport const x = DashboardEditor;\n",
  );
  try {
    expect(crossFeatureImports([probe])).toEqual([
      'editors/probe-cross-feature.ts → monitoring/DashboardEditor.tsx',
    ]);
  } finally {
    fs.rmSync(probe);
  }
});
