// The side views of the workbench itself: the explorer, search, settings, and the reports view
// that says what is to come.
import { registerSideView } from '../base/view-registry.ts';
import { Explorer } from './Explorer.tsx';
import { SearchView } from './SearchView.tsx';
import { NotYet, SettingsView } from './SideBar.tsx';

export function registerWorkbenchContributions(): void {
  registerSideView('explorer', Explorer);
  registerSideView('search', SearchView);
  registerSideView('reports', () => <NotYet message="view.reports.notYet" />);
  registerSideView('settings', SettingsView);
}
