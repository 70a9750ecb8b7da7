// The Strategy Guide: profile → regional strengths → vision and mission → goals → indicators →
// break-points → milestones → consensus. Each step says why it matters, offers the templates,
// and lists what is still missing; every missing item opens where it is fixed. Its state comes
// from the workspace, so the guide can be left and resumed at any time.
import './editors.css';
import { useEffect, useMemo, useState } from 'react';
import {
  currentStep as firstOpenStep,
  type GuideFacts,
  type GuideStep,
  guideState,
  guideSteps,
  type Missing,
} from '../../shared/guide/guide.ts';
import type { MessageKey } from '../../shared/i18n/i18n.ts';
import { Codicon } from '../base/Codicon.tsx';
import { useCall } from '../base/use-call.ts';
import { openItem } from '../commands/open-item.ts';
import { runCommand } from '../commands/registry.ts';
import { type Translate, useT } from '../i18n/useT.ts';
import { useChanges } from '../stores/changes.ts';
import { useWorkbench } from '../stores/workbench.ts';
import { useWorkspace } from '../stores/workspace.ts';
import { Endorsements } from './Endorsements.tsx';

type Strategy = { id: number; vision: string; mission: string; periodStart: string };

/** Loads what the guide reads for one cluster: its profile, latest strategy and the facts. */
export function useGuide(clusterId: number) {
  const cluster = useWorkspace((s) => s.clusters.find((c) => c.id === clusterId)) as
    | GuideFacts['cluster']
    | undefined;
  const facts = useWorkspace((s) => s.facts);
  const version = useChanges((s) => s.versions.strategy ?? 0);
  const strategies = useCall('strategies.list', { clusterId }, { reload: version }).data;
  const strategy = useMemo((): Strategy | null | undefined => {
    if (!strategies) return undefined;
    const latest = [...strategies].sort((a, b) => b.periodStart.localeCompare(a.periodStart))[0];
    return latest
      ? { id: latest.id, vision: latest.vision, mission: latest.mission, periodStart: latest.periodStart }
      : null;
  }, [strategies]);
  const states = useMemo(
    () => (cluster && facts && strategy !== undefined ? guideState({ cluster, strategy, facts }) : null),
    [cluster, facts, strategy],
  );
  return states ? { states, strategy: strategy ?? null } : null;
}

export function GuideEditor({ clusterId }: { clusterId: number }) {
  const t = useT();
  const guide = useGuide(clusterId);
  const [step, setStep] = useState<GuideStep | null>(null);
  useEffect(() => {
    if (guide && step === null) setStep(firstOpenStep(guide.states));
  }, [guide, step]);
  if (!guide || !step) return null;
  const index = guideSteps.indexOf(step);
  const state = guide.states[index]!;
  const strategyId = guide.strategy?.id;

  return (
    <div className="guide">
      <nav className="guide-steps" aria-label={t('guide.steps')}>
        <ol>
          {guide.states.map((s, i) => (
            <li key={s.step}>
              <button
                type="button"
                className={`guide-step-button${s.step === step ? ' current' : ''}`}
                aria-current={s.step === step ? 'step' : undefined}
                onClick={() => setStep(s.step)}
              >
                <Codicon
                  name={s.done ? 'pass-filled' : 'circle-large-outline'}
                  className={s.done ? 'severity-done' : undefined}
                />
                <span>
                  {i + 1}. {t(`guide.step.${s.step}`)}
                </span>
                <span className="visually-hidden">({s.done ? t('guide.done') : t('guide.open')})</span>
              </button>
            </li>
          ))}
        </ol>
      </nav>
      <section className="guide-panel" aria-labelledby="guide-step-title">
        <p className="muted">{t('guide.step', { n: index + 1, total: guideSteps.length })}</p>
        <h1 id="guide-step-title" className="editor-heading">
          {t(`guide.step.${step}`)}
        </h1>
        <p className="guide-why">{t(`guide.why.${step}`)}</p>
        <div className="form-actions">{actions(step, clusterId, strategyId, t)}</div>
        {step === 'consensus' && strategyId !== undefined && (
          <Endorsements clusterId={clusterId} strategyId={strategyId} />
        )}
        <h2>{state.done ? t('guide.done') : t('guide.missing')}</h2>
        {state.done ? (
          <p>{t('guide.complete')}</p>
        ) : (
          <ul className="guide-missing">
            {state.missing.map((m) => (
              <li key={JSON.stringify(m)}>
                <MissingItem missing={m} clusterId={clusterId} strategyId={strategyId} />
              </li>
            ))}
          </ul>
        )}
        <div className="form-actions guide-nav">
          <button
            type="button"
            className="button secondary"
            disabled={index === 0}
            onClick={() => setStep(guideSteps[index - 1]!)}
          >
            {t('guide.previous')}
          </button>
          <button
            type="button"
            className="button primary"
            disabled={index === guideSteps.length - 1}
            onClick={() => setStep(guideSteps[index + 1]!)}
          >
            {t('guide.next')}
          </button>
        </div>
      </section>
    </div>
  );
}

function actions(step: GuideStep, clusterId: number, strategyId: number | undefined, t: Translate) {
  const button = (label: MessageKey, run: () => void, primary = false) => (
    <button key={label} type="button" className={`button ${primary ? 'primary' : 'secondary'}`} onClick={run}>
      {t(label)}
    </button>
  );
  const needStrategy =
    strategyId === undefined
      ? [button('guide.action.strategy', () => void runCommand('strategy.new', clusterId), true)]
      : null;
  switch (step) {
    case 'profile':
      return [button('guide.action.profile', () => openItem(`cluster:${clusterId}`, 'region'))];
    case 'strengths':
      return [button('guide.action.profile', () => openItem(`cluster:${clusterId}`, 'regionalStrengths'))];
    case 'visionMission':
      return (
        needStrategy ?? [
          button('guide.action.openStrategy', () => openItem(`strategy:${strategyId}`, 'vision')),
        ]
      );
    case 'goals':
      return (
        needStrategy ?? [
          button('command.goalFromTemplate', () => void runCommand('goal.fromTemplate', strategyId)),
          button('command.newGoal', () => void runCommand('goal.new', strategyId)),
        ]
      );
    case 'indicators':
      return [
        button('command.indicatorFromCatalogue', () => void runCommand('indicator.fromCatalogue', clusterId)),
        button('command.newIndicator', () => void runCommand('indicator.new', clusterId)),
      ];
    case 'breakPoints':
      return (
        needStrategy ?? [button('command.newBreakPoint', () => void runCommand('breakPoint.new', strategyId))]
      );
    case 'milestones':
      return (
        needStrategy ?? [button('command.newMilestone', () => void runCommand('milestone.new', strategyId))]
      );
    case 'consensus':
      return needStrategy ?? [];
  }
}

function MissingItem({
  missing,
  clusterId,
  strategyId,
}: {
  missing: Missing;
  clusterId: number;
  strategyId: number | undefined;
}) {
  const t = useT();
  const params: Record<string, string> =
    'name' in missing
      ? { name: missing.name }
      : 'field' in missing
        ? { field: t(`field.${missing.field}`) }
        : {};
  const text = t(`guide.missing.${missing.code}`, params);
  const open = (() => {
    switch (missing.code) {
      case 'profileField':
        return () => openItem(`cluster:${clusterId}`, missing.field);
      case 'noStrengths':
        return () => openItem(`cluster:${clusterId}`, 'regionalStrengths');
      case 'noVision':
      case 'noMission':
        return () => openItem(`strategy:${strategyId}`, missing.code === 'noVision' ? 'vision' : 'mission');
      case 'goalWithoutObjective':
        return () => void runCommand('goal.new', strategyId, missing.goalId);
      case 'goalWithoutIndicator':
        return () => void runCommand('indicator.fromCatalogue', clusterId, missing.goalId);
      case 'indicatorWithoutBaseline':
        return () => openItem(`cluster:${clusterId}/indicator:${missing.indicatorId}`, 'baselineValue');
      case 'indicatorWithoutTarget':
        return () => openItem(`cluster:${clusterId}/indicator:${missing.indicatorId}`);
      case 'breakPointWithoutConsequence':
        return () => openItem(`breakPoint:${missing.breakPointId}`, 'consequence');
      case 'breakPointWithoutRule':
        return () => openItem(`breakPoint:${missing.breakPointId}`);
      default:
        return null;
    }
  })();
  return open ? (
    <button type="button" className="link-button" onClick={open}>
      {text}
    </button>
  ) : (
    <span>{text}</span>
  );
}

/** The status bar item: the guide's progress for the cluster whose guide is open. */
export function GuideProgress() {
  const t = useT();
  const tab = useWorkbench((s) => s.editors.find((e) => e.input.kind === 'guide'));
  const clusterId = tab?.input.kind === 'guide' ? tab.input.clusterId : null;
  return clusterId === null ? null : <GuideProgressFor clusterId={clusterId} tabKey={tab!.key} t={t} />;
}

function GuideProgressFor({ clusterId, tabKey, t }: { clusterId: number; tabKey: string; t: Translate }) {
  const guide = useGuide(clusterId);
  if (!guide) return null;
  const done = guide.states.filter((s) => s.done).length;
  return (
    <button
      type="button"
      className="status-item status-button"
      onClick={() => useWorkbench.getState().activateEditor(tabKey)}
    >
      <Codicon name="compass" /> {t('guide.progress', { done, total: guide.states.length })}
    </button>
  );
}
