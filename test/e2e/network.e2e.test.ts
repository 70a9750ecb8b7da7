// The actors' network end to end, in German and in English: a member list exported from a
// spreadsheet with one bad row is refused with the row and column named; fixed, it imports; the
// members by group and the network view change; relationships import from a second file; an
// actor is found in the network view with its partners; the Strategy Guide's consensus step is
// completed with one of the imported actors.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { NetworkPage } from './pages/network.ts';
import { WorkbenchPage } from './pages/workbench.ts';
import { callHost } from './support/api.ts';
import { type BrowserSession, openApp, openBrowser } from './support/browser.ts';
import { type RunningHost, startHost, tempDataDir } from './support/host.ts';

let host: RunningHost;
let browser: BrowserSession;

afterEach(async () => {
  // Software WebGL (no GPU on these machines) reports its own slow paths as warnings; nothing else may.
  const problems = browser.problems.filter((p) => !/GL Driver Message \(OpenGL, Performance/.test(p));
  expect(problems.join('\n'), 'console errors or CSP violations').toBe('');
  await browser.close();
  await host.stop();
});

const latin1 = (lines: string[]) => Buffer.from(lines.join('\r\n'), 'latin1');

const labels = {
  de: {
    locale: 'de-DE',
    openNetwork: 'Netzwerkansicht öffnen',
    importMembers: 'Mitgliederliste importieren',
    importRelationships: 'Beziehungen importieren',
    openGuide: 'Strategie-Assistent öffnen',
    choose: 'Datei auswählen…',
    members: (bad: boolean) =>
      latin1([
        'Name;Typ;KMU;Mitglied seit;Ort',
        'Optik Müller GmbH;Zulieferer;ja;15.01.2024;Rathenow',
        'Technische Hochschule Brandenburg;Hochschule;;01.03.2024;Brandenburg',
        `Fraunhofer IAP;Forschungsinstitut;nein;${bad ? '31.02.2026' : '28.02.2026'};Potsdam`,
        'IHK Potsdam;Kammer;;01.06.2024;Potsdam',
        'Stadt Rathenow;Kommune;;01.01.2025;Rathenow',
      ]),
    relationships: latin1([
      'Akteur 1;Akteur 2;Beziehungsart;Beginn',
      'Optik Müller GmbH;Fraunhofer IAP;gemeinsames FuE-Projekt;01.03.2026',
      'Fraunhofer IAP;Technische Hochschule Brandenburg;Wissensaustausch;01.04.2026',
      'Optik Müller GmbH;IHK Potsdam;informell;01.05.2026',
    ]),
    badRow: ['4', 'Mitglied seit', '„31.02.2026“ ist kein Datum im gewählten Format.'],
    importActors: '5 Akteure importieren',
    importValid: '4 Akteure importieren',
    importLinks: '3 Beziehungen importieren',
    actorsDone: 'Mitgliederliste importiert: 5 neu, 0 geändert. Vorher wurde eine Sicherung angelegt.',
    linksDone: 'Beziehungen importiert: 3 neu, 0 geändert. Vorher wurde eine Sicherung angelegt.',
    picture: (actors: number, relationships: number) =>
      new RegExp(`^Netzwerk: ${actors} Akteure, ${relationships} Beziehungen am `),
    search: 'Akteur suchen',
    partners: '2 Partner',
    business: 'Wirtschaft',
    research: 'Forschung und Bildung',
    membersFigure: 'Mitglieder',
    step8: /^8\. Konsens/,
    done: 'Erledigt',
    actor: 'Akteur',
    record: 'Zustimmung erfassen',
  },
  en: {
    locale: 'en-US',
    openNetwork: 'Open Network View',
    importMembers: 'Import Member List',
    importRelationships: 'Import Relationships',
    openGuide: 'Open Strategy Guide',
    choose: 'Choose file…',
    members: (bad: boolean) =>
      Buffer.from(
        [
          'Name,Type,SME,Member since,Location',
          'Optik Müller GmbH,Supplier,yes,2024-01-15,Rathenow',
          'Technische Hochschule Brandenburg,University,,2024-03-01,Brandenburg',
          `Fraunhofer IAP,Research institute,no,${bad ? '2026-02-31' : '2026-02-28'},Potsdam`,
          'IHK Potsdam,Chamber,,2024-06-01,Potsdam',
          'Stadt Rathenow,Municipality,,2025-01-01,Rathenow',
        ].join('\n'),
      ),
    relationships: Buffer.from(
      [
        'Actor 1,Actor 2,Relationship type,Start',
        'Optik Müller GmbH,Fraunhofer IAP,Joint R&D project,2026-03-01',
        'Fraunhofer IAP,Technische Hochschule Brandenburg,Knowledge exchange,2026-04-01',
        'Optik Müller GmbH,IHK Potsdam,informal,2026-05-01',
      ].join('\n'),
    ),
    badRow: ['4', 'Member since', '“2026-02-31” is not a date in the chosen format.'],
    importActors: 'Import 5 actors',
    importValid: 'Import 4 actors',
    importLinks: 'Import 3 relationships',
    actorsDone: 'Member list imported: 5 new, 0 changed. A backup was taken before.',
    linksDone: 'Relationships imported: 3 new, 0 changed. A backup was taken before.',
    picture: (actors: number, relationships: number) =>
      new RegExp(`^Network: ${actors} actors, ${relationships} relationships in force on `),
    search: 'Find an actor',
    partners: '2 partners',
    business: 'Business',
    research: 'Research and education',
    membersFigure: 'Members',
    step8: /^8\. Consensus/,
    done: 'Done',
    actor: 'Actor',
    record: 'Record Endorsement',
  },
} as const;

async function tab(page: Page, name: RegExp): Promise<void> {
  await page.getByRole('tablist').first().getByRole('tab', { name }).click();
}

describe.each(['de', 'en'] as const)('the actors’ network (%s)', (language) => {
  const L = labels[language];

  it('imports a member list and relationships, shows them in the network, and completes the consensus step', async () => {
    host = await startHost(tempDataDir(), { demo: 'none' });
    const cluster = (await callHost(host.url, 'clusters.create', { name: 'Photonik Havelland' })) as {
      data: { id: number };
    };
    await callHost(host.url, 'strategies.create', {
      clusterId: cluster.data.id,
      title: 'Strategie 2026–2030',
      periodStart: '2026-01-01',
      periodEnd: '2030-12-31',
    });
    browser = await openBrowser({ locale: L.locale });
    const page = browser.page;
    const wb = new WorkbenchPage(page);
    const network = new NetworkPage(page);
    await openApp(page, host.url);

    // The network of an empty register.
    await wb.runCommand(L.openNetwork);
    await expect.poll(() => network.picture.getAttribute('aria-label')).toMatch(L.picture(0, 0));

    // A member list with a bad date: the row and column are named, the import is refused.
    await wb.runCommand(L.importMembers);
    await network.chooseFile(L.choose, 'mitglieder.csv', L.members(true));
    await expect.poll(() => network.issues()).toEqual([L.badRow]);
    expect(await network.importButton(L.importValid).isDisabled()).toBe(true);

    // Fixed, it imports all five.
    await network.chooseFile(L.choose, 'mitglieder.csv', L.members(false));
    await expect.poll(() => network.issues()).toEqual([]);
    await network.importButton(L.importActors).click();
    await expect.poll(() => network.status.filter({ hasText: L.actorsDone }).count()).toBe(1);

    // The network view follows: five actors, members by group.
    await tab(page, language === 'de' ? /^Netzwerk – / : /^Network – /);
    await expect.poll(() => network.picture.getAttribute('aria-label')).toMatch(L.picture(5, 0));
    await expect.poll(() => network.figure(L.membersFigure).first().textContent()).toMatch(/^5/);
    await expect.poll(() => network.figure(L.business).textContent()).toBe('2');
    await expect.poll(() => network.figure(L.research).textContent()).toBe('2');

    // Relationships from a second file.
    await wb.runCommand(L.importRelationships);
    await network.chooseFile(L.choose, 'beziehungen.csv', L.relationships);
    await network.importButton(L.importLinks).click();
    await expect.poll(() => network.status.filter({ hasText: L.linksDone }).count()).toBe(1);

    // Found in the network view: the actor and its partners.
    await tab(page, language === 'de' ? /^Netzwerk – / : /^Network – /);
    await expect.poll(() => network.picture.getAttribute('aria-label')).toMatch(L.picture(5, 3));
    await network.search(L.search, 'Fraunhofer IAP');
    await expect.poll(() => network.focused('Fraunhofer IAP').isVisible()).toBe(true);
    await expect.poll(() => network.focused('Fraunhofer IAP').getByText(L.partners).isVisible()).toBe(true);
    await expect
      .poll(() =>
        network.focused('Fraunhofer IAP').getByRole('button', { name: 'Optik Müller GmbH' }).isVisible(),
      )
      .toBe(true);

    // The Strategy Guide's consensus step, completed with an imported actor.
    await wb.runCommand(L.openGuide);
    const step8 = page.getByRole('navigation').getByRole('button', { name: L.step8 });
    await step8.click();
    expect((await step8.getAttribute('aria-label')) ?? (await step8.textContent())).not.toContain(
      `(${L.done})`,
    );
    await page.getByRole('combobox', { name: L.actor, exact: true }).selectOption({ label: 'IHK Potsdam' });
    await page.getByRole('button', { name: L.record }).click();
    await expect.poll(async () => (await step8.textContent()) ?? '').toContain(`(${L.done})`);
  });
});

describe('the network view of the demo cluster', () => {
  it('takes the README screenshot of the network view', async () => {
    host = await startHost(tempDataDir(), { demo: 'en' });
    browser = await openBrowser({ locale: 'en-US' });
    const page = browser.page;
    const network = new NetworkPage(page);
    await openApp(page, host.url);
    await new WorkbenchPage(page).runCommand('Open Network View');
    await page.waitForSelector('[role="application"][data-renders]');
    await page.waitForFunction(() => !document.querySelector('.network-progress'));
    // An actor found and highlighted with its partners, the indicators beside the picture.
    await network.search('Find an actor', 'Optik Brandenburg GmbH & Co. KG');
    await expect.poll(() => network.focused('Optik Brandenburg GmbH & Co. KG').isVisible()).toBe(true);
    // The whole network, the actor still highlighted (0 on the picture shows everything).
    await network.picture.focus();
    await page.keyboard.press('0');
    await page.waitForTimeout(500);
    const file = path.resolve(import.meta.dirname, '../../test-results/network.png');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    await page.screenshot({ path: file });
    expect(fs.statSync(file).size).toBeGreaterThan(10_000);
    if (process.env.UPDATE_SCREENSHOT)
      fs.copyFileSync(file, path.resolve(import.meta.dirname, '../../docs/network.png'));
  });
});
