import './editors.css';
import { formatKeybinding } from '../commands/keybinding.ts';
import { getCommand, runCommand } from '../commands/registry.ts';
import { useT } from '../i18n/useT.ts';
import { isMac } from '../platform/transport.ts';

const startCommands = [
  'guide.open',
  'cluster.new',
  'workbench.action.quickOpen',
  'workbench.action.showCommands',
  'workbench.view.settings',
];

export function WelcomeEditor() {
  const t = useT();
  return (
    <div className="welcome">
      <h1>{t('welcome.title')}</h1>
      <p className="welcome-intro">{t('welcome.intro')}</p>
      <h2>{t('welcome.start')}</h2>
      <ul className="welcome-actions">
        {startCommands.map((id) => {
          const command = getCommand(id);
          if (!command) return null;
          return (
            <li key={id}>
              <button type="button" className="link-button" onClick={() => void runCommand(id)}>
                {t(command.title)}
              </button>
              {command.keybinding && <kbd>{formatKeybinding(command.keybinding, isMac)}</kbd>}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
