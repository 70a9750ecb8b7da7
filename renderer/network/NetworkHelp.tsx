// The network indicators as users read them: what the network at a date is, and how each
// indicator is computed (the same definitions as shared/network/indicators.ts).
import './network.css';
import type { MessageKey } from '../../shared/i18n/i18n.ts';
import { ScrollRegion } from '../base/ScrollRegion.tsx';
import { useT } from '../i18n/useT.ts';

const topics = [
  'network',
  'members',
  'relationshipsPerActor',
  'density',
  'smeResearch',
  'isolated',
  'brokers',
  'communities',
  'development',
  'layout',
] as const;

export function NetworkHelp() {
  const t = useT();
  return (
    <ScrollRegion className="help-scroll" labelledBy="help-network-title">
      <article className="network-editor help-editor network-help">
        <h1 id="help-network-title">{t('help.network.title')}</h1>
        <p>{t('help.network.intro')}</p>
        {topics.map((topic) => (
          <section key={topic} aria-labelledby={`help-network-${topic}`}>
            <h2 id={`help-network-${topic}`}>{t(`help.network.${topic}.title` as MessageKey)}</h2>
            {t(`help.network.${topic}.body` as MessageKey)
              .split('\n')
              .map((paragraph) => (
                <p key={paragraph}>{paragraph}</p>
              ))}
          </section>
        ))}
      </article>
    </ScrollRegion>
  );
}
