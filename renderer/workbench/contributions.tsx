// The side views of the workbench itself: the explorer, search and settings.
import { registerSideView } from '../base/view-registry.ts';
import { Explorer } from './Explorer.tsx';
import { SearchView } from './SearchView.tsx';
import { SettingsView } from './SideBar.tsx';

export function registerWorkbenchContributions(): void {
  registerSideView('explorer', Explorer);
  registerSideView('search', SearchView);
  registerSideView('settings', SettingsView);
}
