// The demo workspace: a fictional photonics cluster in the Havelland region with three years of
// history, so a new user sees a living example at once. Deterministic for a given date (seeded
// random numbers), written with prepared statements in one transaction, with row auditing off
// and one summary entry in the audit log instead.

import { frequencyMonths } from '../../shared/status/status.ts';
import type { SqliteDatabase } from '../sqlite/connection.ts';
import { writeDemoEvaluations } from './demo-evaluation.ts';

type Lang = 'de' | 'en';
type Text = Readonly<Record<Lang, string>>;
const t = (de: string, en: string): Text => ({ de, en });

/** mulberry32: small, fast, good enough for plausible demo data. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let r = Math.imul(a ^ (a >>> 15), 1 | a);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);
const monthEnd = (year: number, month: number) => new Date(Date.UTC(year, month + 1, 0));

const companyStems = [
  'LaserTech',
  'Optronic',
  'Photon',
  'Lumina',
  'Spektral',
  'Faser',
  'Linsen',
  'Präzisions',
  'Lichtwerk',
  'Optik',
  'Quantum',
  'Strahl',
  'Sensorik',
  'Prisma',
  'Mikrooptik',
  'Infrarot',
  'Vision',
  'Kristall',
  'Glasfaser',
  'Beleuchtung',
];
const places = [
  'Rathenow',
  'Falkensee',
  'Nauen',
  'Premnitz',
  'Brandenburg',
  'Potsdam',
  'Friesack',
  'Ketzin',
  'Milower Land',
  'Dallgow',
];
const suffixes = ['GmbH', 'GmbH & Co. KG', 'AG', 'UG', 'e. K.'];

interface ActorSeed {
  name: string;
  group: 'business' | 'administration' | 'research' | 'culture';
  subtype: string;
  size: 'sme' | 'large' | null;
}

function actorSeeds(lang: Lang, rnd: () => number): ActorSeed[] {
  const seeds: ActorSeed[] = [];
  const used = new Set<string>();
  const businessSubtypes = [
    'end_producer',
    'end_producer',
    'supplier',
    'supplier',
    'supplier',
    'service_provider',
    'service_provider',
  ];
  while (seeds.length < 44) {
    const name = `${companyStems[Math.floor(rnd() * companyStems.length)]} ${places[Math.floor(rnd() * places.length)]} ${suffixes[Math.floor(rnd() * suffixes.length)]}`;
    if (used.has(name)) continue;
    used.add(name);
    seeds.push({
      name,
      group: 'business',
      subtype: businessSubtypes[seeds.length % businessSubtypes.length]!,
      size: rnd() < 0.85 ? 'sme' : 'large',
    });
  }
  const fixed: [Text, ActorSeed['group'], string, ActorSeed['size']][] = [
    [
      t('Unternehmerverband Havelland e. V.', 'Havelland Business Association'),
      'business',
      'business_association',
      null,
    ],
    [
      t('Optik-Industrieverband Brandenburg e. V.', 'Brandenburg Optics Industry Association'),
      'business',
      'business_association',
      null,
    ],
    [
      t(
        'Mittelbrandenburgische Sparkasse (Filiale Rathenow)',
        'Savings Bank Central Brandenburg (Rathenow branch)',
      ),
      'business',
      'bank',
      'large',
    ],
    [t('Havelländische Volksbank eG', 'Havelland Cooperative Bank'), 'business', 'bank', 'sme'],
    [t('Lichtblick Ventures GmbH', 'Lichtblick Ventures'), 'business', 'venture_capital', 'sme'],
    [
      t('Business-Angels-Netzwerk Brandenburg', 'Brandenburg Business Angels Network'),
      'business',
      'business_angel',
      null,
    ],
    [
      t('Arbeitgeberverband Metall Havelland', 'Havelland Metal Employers’ Association'),
      'business',
      'social_partner',
      null,
    ],
    [
      t('Gewerkschaft Metall – Geschäftsstelle Havelland', 'Metalworkers’ Union – Havelland office'),
      'business',
      'social_partner',
      null,
    ],
    [
      t('Industrie- und Handelskammer Potsdam', 'Potsdam Chamber of Industry and Commerce'),
      'business',
      'chamber',
      null,
    ],
    [t('Handwerkskammer Potsdam', 'Potsdam Chamber of Crafts'), 'business', 'chamber', null],
    [
      t(
        'Ministerium für Wirtschaft des Landes (Referat Innovation)',
        'State Ministry for Economic Affairs (Innovation Unit)',
      ),
      'administration',
      'state_body',
      null,
    ],
    [
      t('Landesagentur für Technologieförderung', 'State Agency for Technology Promotion'),
      'administration',
      'state_body',
      null,
    ],
    [
      t('Landkreis Havelland – Amt für Wirtschaft', 'Havelland District – Economic Affairs Office'),
      'administration',
      'municipal_body',
      null,
    ],
    [t('Stadt Rathenow', 'Town of Rathenow'), 'administration', 'municipal_body', null],
    [t('Stadt Falkensee', 'Town of Falkensee'), 'administration', 'municipal_body', null],
    [t('Stadt Nauen', 'Town of Nauen'), 'administration', 'municipal_body', null],
    [
      t('Wirtschaftsförderung Havelland GmbH', 'Havelland Economic Development Agency'),
      'administration',
      'economic_development_agency',
      null,
    ],
    [
      t('Regionale Planungsgemeinschaft Havelland-Fläming', 'Havelland-Fläming Regional Planning Board'),
      'administration',
      'planning',
      null,
    ],
    [
      t(
        'Hochschule Havelland – Fachbereich Technik',
        'Havelland University of Applied Sciences – Engineering',
      ),
      'research',
      'university',
      null,
    ],
    [
      t(
        'Universität Potsdam – Institut für Physik und Astronomie',
        'University of Potsdam – Institute of Physics and Astronomy',
      ),
      'research',
      'university',
      null,
    ],
    [
      t('Technische Hochschule Brandenburg – Optometrie', 'Brandenburg University of Technology – Optometry'),
      'research',
      'university',
      null,
    ],
    [
      t('Institut für Angewandte Optik Rathenow', 'Rathenow Institute of Applied Optics'),
      'research',
      'research_institute',
      null,
    ],
    [
      t('Forschungszentrum Photonische Sensorik', 'Research Centre for Photonic Sensing'),
      'research',
      'research_institute',
      null,
    ],
    [
      t('Leibniz-Labor für Lasertechnik (Außenstelle)', 'Laser Technology Laboratory (branch)'),
      'research',
      'research_institute',
      null,
    ],
    [
      t('Oberstufenzentrum Havelland – Augenoptik', 'Havelland Vocational College – Ophthalmic Optics'),
      'research',
      'vocational_school',
      null,
    ],
    [
      t('Berufsschule für Feinoptik Rathenow', 'Rathenow Vocational School for Precision Optics'),
      'research',
      'vocational_school',
      null,
    ],
    [
      t('Volkshochschule Havelland', 'Havelland Adult Education Centre'),
      'research',
      'continuing_education',
      null,
    ],
    [
      t('Weiterbildungszentrum Optik und Photonik', 'Optics and Photonics Training Centre'),
      'research',
      'continuing_education',
      null,
    ],
    [t('Akademie für Lasersicherheit', 'Laser Safety Academy'), 'research', 'continuing_education', null],
    [t('Regionalverbund Schülerlabore', 'Regional Network of School Labs'), 'research', 'other', null],
    [
      t('Optik-Industrie-Museum Rathenow', 'Rathenow Museum of the Optical Industry'),
      'culture',
      'cultural',
      null,
    ],
    [t('Kulturverein Havelland e. V.', 'Havelland Cultural Society'), 'culture', 'cultural', null],
    [t('Förderverein Lichtkunst Havelland', 'Havelland Light Art Society'), 'culture', 'cultural', null],
    [
      t('Stiftung Industriekultur Brandenburg', 'Brandenburg Industrial Heritage Foundation'),
      'culture',
      'other',
      null,
    ],
  ];
  for (const [name, group, subtype, size] of fixed) seeds.push({ name: name[lang], group, subtype, size });
  return seeds;
}

interface IndicatorSeed {
  key: string;
  name: Text;
  definition: Text;
  unit: Text;
  kind: 'input' | 'output' | 'outcome' | 'impact';
  direction: 'increase' | 'decrease' | 'band';
  aggregation: 'cumulative' | 'periodic';
  frequency: 'monthly' | 'quarterly' | 'yearly';
  baseline: number;
  target: number;
  /** How far the actual path falls short of the plan by now (0 = on plan, 0.3 = 30 % short). */
  shortfall: number;
  goals: number[];
  decimals?: number;
  derived?: string;
}

const indicatorSeeds: IndicatorSeed[] = [
  {
    key: 'members',
    name: t('Mitglieder', 'Members'),
    definition: t(
      'Zahl der Mitglieder mit gültiger Mitgliedschaft am Stichtag.',
      'Number of members with a valid membership on the reporting date.',
    ),
    unit: t('Mitglieder', 'members'),
    kind: 'output',
    direction: 'increase',
    aggregation: 'periodic',
    frequency: 'monthly',
    baseline: 42,
    target: 75,
    shortfall: 0.02,
    goals: [1],
    derived: 'members',
  },
  {
    key: 'triple',
    name: t('Triple-Helix-Anteil Wissenschaft', 'Triple-helix share of research'),
    definition: t(
      'Anteil der Mitglieder aus Forschung und Bildung.',
      'Share of members from research and education.',
    ),
    unit: t('%', '%'),
    kind: 'output',
    direction: 'band',
    aggregation: 'periodic',
    frequency: 'quarterly',
    baseline: 14,
    target: 18,
    shortfall: 0,
    goals: [1],
    decimals: 1,
  },
  {
    key: 'smes',
    name: t('Anteil KMU an Unternehmensmitgliedern', 'SME share of company members'),
    definition: t(
      'Kleine und mittlere Unternehmen an allen Unternehmensmitgliedern.',
      'Small and medium-sized enterprises among all company members.',
    ),
    unit: t('%', '%'),
    kind: 'output',
    direction: 'increase',
    aggregation: 'periodic',
    frequency: 'yearly',
    baseline: 78,
    target: 82,
    shortfall: 0.01,
    goals: [1],
    decimals: 1,
  },
  {
    key: 'rnd',
    name: t('Gemeinsame F&E-Projekte', 'Joint R&D projects'),
    definition: t(
      'Neu gestartete Verbundprojekte mit mindestens einem Unternehmen und einer Forschungseinrichtung aus dem Cluster.',
      'Newly started joint projects with at least one company and one research institution from the cluster.',
    ),
    unit: t('Projekte', 'projects'),
    kind: 'outcome',
    direction: 'increase',
    aggregation: 'cumulative',
    frequency: 'quarterly',
    baseline: 0,
    target: 30,
    shortfall: 0.04,
    goals: [2],
  },
  {
    key: 'volume',
    name: t('Volumen der Verbundprojekte', 'Volume of joint projects'),
    definition: t(
      'Summe der bewilligten Projektvolumina neuer Verbundprojekte.',
      'Total approved volume of new joint projects.',
    ),
    unit: t('Mio. €', '€ m'),
    kind: 'outcome',
    direction: 'increase',
    aggregation: 'cumulative',
    frequency: 'quarterly',
    baseline: 0,
    target: 12,
    shortfall: 0.06,
    goals: [2],
    decimals: 2,
  },
  {
    key: 'private',
    name: t('Privater Finanzierungsanteil', 'Private co-funding share'),
    definition: t(
      'Anteil privater Mittel (Beiträge, Sponsoring, Projekterlöse, Sachleistungen) am Budget des Clustermanagements.',
      'Share of private funds (fees, sponsorship, project revenue, in-kind) in the cluster management budget.',
    ),
    unit: t('%', '%'),
    kind: 'input',
    direction: 'increase',
    aggregation: 'periodic',
    frequency: 'yearly',
    baseline: 20,
    target: 50,
    shortfall: 0.12,
    goals: [3],
    decimals: 1,
    derived: 'private_cofunding_share',
  },
  {
    key: 'revenue',
    name: t('Projekterlöse des Clustermanagements', 'Project revenue of cluster management'),
    definition: t(
      'Erlöse aus Dienstleistungen und Projekten des Clustermanagements im Jahr.',
      'Revenue from services and projects of the cluster management in the year.',
    ),
    unit: t('T€', '€ k'),
    kind: 'input',
    direction: 'increase',
    aggregation: 'periodic',
    frequency: 'yearly',
    baseline: 35,
    target: 140,
    shortfall: 0.08,
    goals: [4],
  },
  {
    key: 'fees',
    name: t('Mitgliedsbeiträge', 'Membership fees'),
    definition: t('Eingenommene Mitgliedsbeiträge im Quartal.', 'Membership fees received in the quarter.'),
    unit: t('T€', '€ k'),
    kind: 'input',
    direction: 'increase',
    aggregation: 'periodic',
    frequency: 'quarterly',
    baseline: 18,
    target: 32,
    shortfall: 0.03,
    goals: [3],
  },
  {
    key: 'partners',
    name: t('Internationale Partnerschaften', 'International partnerships'),
    definition: t(
      'Vereinbarte Kooperationen mit Clustern oder Verbänden im Ausland.',
      'Agreed cooperations with clusters or associations abroad.',
    ),
    unit: t('Partnerschaften', 'partnerships'),
    kind: 'output',
    direction: 'increase',
    aggregation: 'cumulative',
    frequency: 'quarterly',
    baseline: 1,
    target: 8,
    shortfall: 0.35,
    goals: [5],
  },
  {
    key: 'media',
    name: t('Medienberichte', 'Media mentions'),
    definition: t(
      'Berichte über den Cluster in Fach- und Regionalmedien im Quartal.',
      'Reports on the cluster in trade and regional media in the quarter.',
    ),
    unit: t('Berichte', 'mentions'),
    kind: 'output',
    direction: 'increase',
    aggregation: 'periodic',
    frequency: 'quarterly',
    baseline: 4,
    target: 12,
    shortfall: 0.05,
    goals: [5],
  },
  {
    key: 'events',
    name: t('Veranstaltungen', 'Events held'),
    definition: t(
      'Durchgeführte Veranstaltungen des Clustermanagements im Quartal.',
      'Events run by the cluster management in the quarter.',
    ),
    unit: t('Veranstaltungen', 'events'),
    kind: 'output',
    direction: 'increase',
    aggregation: 'periodic',
    frequency: 'quarterly',
    baseline: 3,
    target: 6,
    shortfall: 0,
    goals: [6],
    decimals: 0,
    derived: 'events',
  },
  {
    key: 'participation',
    name: t('Beteiligungsquote der Mitglieder', 'Member participation rate'),
    definition: t(
      'Anteil der Mitglieder, die im Quartal an mindestens einer Veranstaltung teilgenommen haben.',
      'Share of members who attended at least one event in the quarter.',
    ),
    unit: t('%', '%'),
    kind: 'outcome',
    direction: 'increase',
    aggregation: 'periodic',
    frequency: 'quarterly',
    baseline: 35,
    target: 60,
    shortfall: 0.09,
    goals: [6],
    decimals: 1,
  },
  {
    key: 'satisfaction',
    name: t('Mitgliederzufriedenheit', 'Member satisfaction'),
    definition: t(
      'Mittelwert der jährlichen Mitgliederbefragung (1 = sehr unzufrieden … 5 = sehr zufrieden).',
      'Mean of the annual member survey (1 = very dissatisfied … 5 = very satisfied).',
    ),
    unit: t('Punkte', 'points'),
    kind: 'outcome',
    direction: 'increase',
    aggregation: 'periodic',
    frequency: 'yearly',
    baseline: 3.4,
    target: 4.2,
    shortfall: 0.02,
    goals: [6],
    decimals: 1,
  },
  {
    key: 'training',
    name: t('Weiterbildungsteilnehmende', 'Training participants'),
    definition: t(
      'Teilnehmende an Weiterbildungsangeboten des Clusters, kumuliert seit Strategiebeginn.',
      'Participants in the cluster’s training offers, cumulated since the strategy began.',
    ),
    unit: t('Personen', 'people'),
    kind: 'outcome',
    direction: 'increase',
    aggregation: 'cumulative',
    frequency: 'quarterly',
    baseline: 0,
    target: 600,
    shortfall: 0.06,
    goals: [7],
  },
  {
    key: 'vacancies',
    name: t('Unbesetzte Fachkräftestellen', 'Unfilled skilled positions'),
    definition: t(
      'Von Mitgliedsunternehmen gemeldete offene Stellen für Fachkräfte, die länger als drei Monate unbesetzt sind.',
      'Positions for skilled staff reported by member companies that have been open for more than three months.',
    ),
    unit: t('Stellen', 'positions'),
    kind: 'impact',
    direction: 'decrease',
    aggregation: 'periodic',
    frequency: 'yearly',
    baseline: 120,
    target: 70,
    shortfall: 0.04,
    goals: [8],
  },
];

export function writeDemo(db: SqliteDatabase, lang: Lang, now: Date): void {
  const rnd = random(20261121);
  const year = now.getUTCFullYear();
  const start = new Date(Date.UTC(year - 2, 0, 1));
  const strategyEnd = new Date(Date.UTC(year + 2, 11, 31));
  const stamp = now.toISOString();
  const today = iso(now);
  const run = (sql: string, ...params: unknown[]) => Number(db.prepare(sql).run(...params).lastInsertRowid);

  db.transaction(() => {
    db.prepare('update audit_context set enabled = 0 where id = 1').run();

    const clusterId = run(
      `insert into cluster (name, region, country, sector_group, life_cycle_stage, founding_year, host_organisation, legal_form, regional_strengths, description, created_at, updated_at)
       values (?, ?, ?, 'hightech', 'developing', ?, ?, ?, ?, ?, ?, ?)`,
      t('Photonik-Netzwerk Havelland', 'Havelland Photonics Network')[lang],
      t('Havelland, Brandenburg', 'Havelland, Brandenburg')[lang],
      t('Deutschland', 'Germany')[lang],
      year - 3,
      t('Wirtschaftsförderung Havelland GmbH', 'Havelland Economic Development Agency')[lang],
      t('Eingetragener Verein (e. V.)', 'Registered association')[lang],
      JSON.stringify(
        lang === 'de'
          ? [
              'Über 200 Jahre Tradition der optischen Industrie in Rathenow',
              'Hochschul- und Institutslandschaft zwischen Potsdam und Brandenburg',
              'Fachkräfteausbildung in Augen- und Feinoptik',
            ]
          : [
              'Over 200 years of optical industry tradition in Rathenow',
              'Universities and institutes between Potsdam and Brandenburg',
              'Vocational training in ophthalmic and precision optics',
            ],
      ),
      t(
        'Das Photonik-Netzwerk Havelland verbindet Unternehmen der optischen Industrie, Forschungseinrichtungen und Verwaltung der Region. Ziel ist, gemeinsam Innovationen in Lasertechnik, Sensorik und Augenoptik voranzubringen und Fachkräfte in der Region zu halten. (Fiktives Beispiel.)',
        'The Havelland Photonics Network connects the region’s optical industry, research institutions and administration. It aims to advance innovation in laser technology, sensing and ophthalmic optics together and to keep skilled people in the region. (Fictional example.)',
      )[lang],
      stamp,
      stamp,
    );

    // Actors, joining over the three years; a few have left.
    const actors = actorSeeds(lang, rnd).map((seed, i) => {
      const since =
        i < 40
          ? addDays(start, -Math.floor(rnd() * 400))
          : addDays(start, Math.floor((rnd() * (now.getTime() - start.getTime())) / 86_400_000));
      const left = i % 23 === 7 ? addDays(since, 300 + Math.floor(rnd() * 300)) : null;
      const until = left && left < now ? iso(left) : null;
      const id = run(
        `insert into actor (cluster_id, name, actor_group, subtype, size, member_since, member_until, location, note, created_at, updated_at)
         values (?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?)`,
        clusterId,
        seed.name,
        seed.group,
        seed.subtype,
        seed.size,
        iso(since),
        until,
        places[i % places.length],
        stamp,
        stamp,
      );
      return { id, ...seed };
    });

    // Relationships: R&D and knowledge links between companies and research, supply chains, the rest informal.
    const types = new Map(
      (db.prepare('select key, id from relationship_type').all() as { key: string; id: number }[]).map(
        (r) => [r.key, r.id],
      ),
    );
    const business = actors.filter((a) => a.group === 'business' && a.size !== null);
    const research = actors.filter((a) => a.group === 'research');
    const anyActor = () => actors[Math.floor(rnd() * actors.length)]!;
    const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
    const insertRelationship = db.prepare(
      `insert into relationship (cluster_id, from_actor_id, to_actor_id, type_id, started_on, ended_on, note, created_at, updated_at)
       values (?, ?, ?, ?, ?, ?, '', ?, ?)`,
    );
    for (let i = 0; i < 150; i++) {
      const [from, to, type] =
        i < 45
          ? [pick(business), pick(research), i % 3 === 0 ? 'knowledge_exchange' : 'joint_rnd']
          : i < 80
            ? [pick(business), pick(business), 'supply']
            : i < 95
              ? [pick(business), pick(research), 'joint_training']
              : [
                  anyActor(),
                  anyActor(),
                  pick([
                    'joint_marketing',
                    'joint_distribution',
                    'informal',
                    'capital',
                    'knowledge_exchange',
                  ]),
                ];
      if (from.id === to.id) continue;
      const started = addDays(start, Math.floor(rnd() * 900));
      insertRelationship.run(
        clusterId,
        from.id,
        to.id,
        types.get(type)!,
        iso(started),
        i % 17 === 0 ? iso(addDays(started, 200)) : null,
        stamp,
        stamp,
      );
    }

    const strategyId = run(
      `insert into strategy (cluster_id, title, period_start, period_end, vision, mission, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)`,
      clusterId,
      t(`Clusterstrategie ${year - 2}–${year + 2}`, `Cluster strategy ${year - 2}–${year + 2}`)[lang],
      iso(start),
      iso(strategyEnd),
      t(
        'Das Havelland ist bis 2030 eine der führenden Photonik-Regionen Deutschlands – mit starken Unternehmen, gemeinsamer Forschung und gut ausgebildeten Fachkräften.',
        'By 2030 Havelland is one of Germany’s leading photonics regions – with strong companies, joint research and well-trained people.',
      )[lang],
      t(
        'Wir vernetzen Unternehmen, Wissenschaft und Verwaltung, stoßen gemeinsame Projekte an, machen die Region sichtbar und sichern den Fachkräftenachwuchs.',
        'We connect companies, research and administration, initiate joint projects, make the region visible and secure the next generation of skilled staff.',
      )[lang],
      stamp,
      stamp,
    );

    const foa = new Map(
      (db.prepare('select key, id from field_of_action').all() as { key: string; id: number }[]).map((r) => [
        r.key,
        r.id,
      ]),
    );
    const goalSeeds: [Text, string, string, [Text, string][]][] = [
      [
        t('Zusammenarbeit im Netzwerk stärken', 'Strengthen cooperation in the network'),
        'cooperation',
        'members_region',
        [
          [t('Mitgliederbasis verbreitern', 'Broaden the membership base'), 'cooperation'],
          [t('Mehr gemeinsame F&E-Projekte anstoßen', 'Initiate more joint R&D projects'), 'rnd_cooperation'],
        ],
      ],
      [
        t('Finanzielle Tragfähigkeit sichern', 'Secure financial sustainability'),
        'strategy_development',
        'finance',
        [
          [
            t('Privaten Finanzierungsanteil erhöhen', 'Raise the private co-funding share'),
            'strategy_development',
          ],
          [t('Projekterlöse ausbauen', 'Grow project revenue'), 'market_development'],
        ],
      ],
      [
        t('Sichtbarkeit und Internationalisierung', 'Visibility and internationalisation'),
        'internationalisation',
        'processes_services',
        [
          [
            t('Internationale Partnerschaften aufbauen', 'Build international partnerships'),
            'internationalisation',
          ],
          [t('Veranstaltungsformate etablieren', 'Establish event formats'), 'events'],
        ],
      ],
      [
        t('Fachkräfte und Qualifizierung', 'Skills and qualification'),
        'qualification',
        'learning_development',
        [
          [t('Weiterbildungsangebote schaffen', 'Create training offers'), 'qualification'],
          [t('Nachwuchs für die Photonik gewinnen', 'Attract young people to photonics'), 'qualification'],
        ],
      ],
    ];
    const objectiveIds: number[] = [];
    const goalIds: number[] = [];
    goalSeeds.forEach(([title, field, perspective, objectives], g) => {
      const goalId = run(
        `insert into goal (strategy_id, parent_id, title, description, field_of_action_id, perspective, owner, priority, rationale, sort_order, created_at, updated_at)
         values (?, null, ?, '', ?, ?, ?, ?, ?, ?, ?, ?)`,
        strategyId,
        title[lang],
        foa.get(field)!,
        perspective,
        t('Vorstand', 'Board')[lang],
        g < 2 ? 1 : 2,
        t(
          'Ergebnis des Strategieworkshops mit den Mitgliedern.',
          'Outcome of the strategy workshop with the members.',
        )[lang],
        g,
        stamp,
        stamp,
      );
      goalIds.push(goalId);
      objectives.forEach(([objective, objectiveField], o) => {
        objectiveIds.push(
          run(
            `insert into goal (strategy_id, parent_id, title, description, field_of_action_id, perspective, owner, priority, rationale, sort_order, created_at, updated_at)
             values (?, ?, ?, '', ?, ?, ?, 2, '', ?, ?, ?)`,
            strategyId,
            goalId,
            objective[lang],
            foa.get(objectiveField)!,
            perspective,
            t('Clustermanagement', 'Cluster management')[lang],
            o,
            stamp,
            stamp,
          ),
        );
      });
    });

    // Indicators with baseline, yearly targets and measurements that follow the plan with a shortfall.
    const indicatorIds = new Map<string, number>();
    const insertTarget = db.prepare('insert into target (indicator_id, date, value) values (?, ?, ?)');
    const insertMeasurement = db.prepare(
      'insert into measurement (indicator_id, date, period_start, value, note, entered_by, entered_at) values (?, ?, ?, ?, ?, ?, ?)',
    );
    const span = strategyEnd.getTime() - start.getTime();
    for (const seed of indicatorSeeds) {
      const id = run(
        `insert into indicator (cluster_id, name, definition, unit, kind, direction, aggregation, frequency, tolerance_at_risk, tolerance_off_track, band_low, band_high, baseline_date, baseline_value, decimals, data_source, owner, derived, created_at, updated_at)
         values (?, ?, ?, ?, ?, ?, ?, ?, 0.05, 0.15, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        clusterId,
        seed.name[lang],
        seed.definition[lang],
        seed.unit[lang],
        seed.kind,
        seed.direction,
        seed.aggregation,
        seed.frequency,
        seed.direction === 'band' ? seed.baseline : null,
        seed.direction === 'band' ? seed.target + 4 : null,
        iso(addDays(start, -1)),
        seed.baseline,
        seed.decimals ?? 0,
        seed.derived
          ? t('Aus den Daten des Arbeitsbereichs berechnet', 'Computed from the workspace data')[lang]
          : t('Erhebung des Clustermanagements', 'Cluster management survey')[lang],
        t('Clustermanagement', 'Cluster management')[lang],
        seed.derived ?? null,
        stamp,
        stamp,
      );
      indicatorIds.set(seed.key, id);
      for (let y = 0; y < 5; y++) {
        const date = new Date(Date.UTC(year - 2 + y, 11, 31));
        insertTarget.run(
          id,
          iso(date),
          round(seed.baseline + ((seed.target - seed.baseline) * (y + 1)) / 5, seed.decimals ?? 0),
        );
      }
      for (const g of seed.goals)
        db.prepare('insert into indicator_goal (indicator_id, goal_id) values (?, ?)').run(
          id,
          objectiveIds[g - 1]!,
        );
      // Derived indicators are computed from the actors, events, budget and staff below.
      if (seed.derived) continue;
      const step = frequencyMonths[seed.frequency];
      // Cumulative indicators are recorded per period (what happened in it); the plan is their running total.
      let total = seed.baseline;
      for (let m = step - 1; ; m += step) {
        const end = monthEnd(year - 2, m);
        if (end > now) break;
        const progress = (end.getTime() - start.getTime()) / span;
        const planned = seed.baseline + (seed.target - seed.baseline) * progress;
        const shortfallNow = seed.shortfall * Math.min(1, progress * 2.5);
        const noise = 1 + (rnd() - 0.5) * 0.04;
        const actual =
          seed.direction === 'decrease'
            ? planned * (1 + shortfallNow) * noise
            : seed.baseline +
              (planned - seed.baseline) * (1 - shortfallNow * 2) * noise +
              (seed.baseline === 0 ? 0 : 0);
        let value = Math.max(0, round(actual, seed.decimals ?? 0));
        if (seed.aggregation === 'cumulative') {
          const running = Math.max(total, round(actual, seed.decimals ?? 0));
          value = round(running - total, seed.decimals ?? 0);
          total = running;
        }
        const periodStart = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() - step + 1, 1));
        insertMeasurement.run(
          id,
          iso(end),
          iso(periodStart),
          value,
          '',
          t('Clustermanagement', 'Cluster management')[lang],
          `${iso(addDays(end, 5))}T09:00:00.000Z`,
        );
      }
    }

    // Break-points: three rules on indicators (one at risk: the private share), one qualitative.
    const breakPoint = (
      title: Text,
      kind: 'rule' | 'qualitative',
      checkDate: string,
      criterion: Text | null,
      consequence: string,
      note: Text,
    ) =>
      run(
        `insert into break_point (strategy_id, title, kind, check_date, criterion, consequence, consequence_note, created_at, updated_at)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        strategyId,
        title[lang],
        kind,
        checkDate,
        criterion?.[lang] ?? '',
        consequence,
        note[lang],
        stamp,
        stamp,
      );
    const compare = (bp: number, key: string, comparator: string, threshold: number) =>
      run(
        "insert into break_point_condition (break_point_id, parent_id, node, indicator_id, comparator, threshold, sort_order) values (?, null, 'compare', ?, ?, ?, 0)",
        bp,
        indicatorIds.get(key)!,
        comparator,
        threshold,
      );
    compare(
      breakPoint(
        t('Privater Finanzierungsanteil mindestens 40 %', 'Private co-funding share at least 40 %'),
        'rule',
        `${year + 1}-12-31`,
        null,
        'reduce_funding',
        t(
          'Die Landesförderung sinkt um ein Drittel, wenn der private Anteil nicht erreicht wird.',
          'State funding is cut by a third if the private share is not reached.',
        ),
      ),
      'private',
      'ge',
      40,
    );
    compare(
      breakPoint(
        t('Mindestens 60 Mitglieder', 'At least 60 members'),
        'rule',
        `${year}-12-31`,
        null,
        'revise_strategy',
        t(
          'Mitgliederstrategie und Leistungsangebot werden überarbeitet.',
          'The membership strategy and the service offer are revised.',
        ),
      ),
      'members',
      'ge',
      60,
    );
    const rndBp = breakPoint(
      t('Gemeinsame Forschung kommt in Gang', 'Joint research gets going'),
      'rule',
      `${year + 2}-06-30`,
      null,
      'wind_down',
      t(
        'Ohne gemeinsame Projekte wird das Clustermanagement nach Ablauf der Förderung nicht fortgeführt.',
        'Without joint projects the cluster management is not continued after the funding ends.',
      ),
    );
    const all = run(
      "insert into break_point_condition (break_point_id, parent_id, node, sort_order) values (?, null, 'all', 0)",
      rndBp,
    );
    run(
      "insert into break_point_condition (break_point_id, parent_id, node, indicator_id, comparator, threshold, sort_order) values (?, ?, 'compare', ?, 'ge', 20, 0)",
      rndBp,
      all,
      indicatorIds.get('rnd')!,
    );
    run(
      "insert into break_point_condition (break_point_id, parent_id, node, indicator_id, comparator, threshold, sort_order) values (?, ?, 'compare', ?, 'ge', 8, 1)",
      rndBp,
      all,
      indicatorIds.get('volume')!,
    );
    breakPoint(
      t('Mitglieder sehen klaren Nutzen', 'Members see a clear benefit'),
      'qualitative',
      `${year}-11-30`,
      t(
        'Der Vorstand bewertet anhand der Mitgliederbefragung und der Interviews, ob die Mitglieder einen klaren Nutzen des Netzwerks sehen.',
        'The board judges from the member survey and interviews whether members see a clear benefit from the network.',
      ),
      'revise_strategy',
      t('Leistungsangebot und Formate werden neu ausgerichtet.', 'Services and formats are realigned.'),
    );

    // Milestones: done ones in the past, one overdue, the rest ahead.
    const milestoneSeeds: [Text, number, number, string][] = [
      [t('Strategie vom Vorstand beschlossen', 'Strategy adopted by the board'), 0, -700, 'done'],
      [t('Geschäftsstelle mit zwei Stellen besetzt', 'Office staffed with two positions'), 0, -640, 'done'],
      [t('Erster Photonik-Tag Havelland', 'First Havelland Photonics Day'), 5, -560, 'done'],
      [t('Mitgliederbefragung eingeführt', 'Member survey introduced'), 0, -420, 'done'],
      [t('Drei Verbundprojekte beantragt', 'Three joint projects applied for'), 1, -330, 'done'],
      [t('Weiterbildungskatalog veröffentlicht', 'Training catalogue published'), 6, -210, 'done'],
      [
        t(
          'Kooperationsvereinbarung mit Partnercluster in Polen',
          'Cooperation agreement with partner cluster in Poland',
        ),
        4,
        -45,
        'in_progress',
      ],
      [t('Beitragsordnung mit Leistungsstufen', 'Fee scale with service levels'), 2, 40, 'in_progress'],
      [
        t('Messeauftritt auf der Fachmesse für Photonik', 'Joint stand at the photonics trade fair'),
        5,
        120,
        'planned',
      ],
      [t('Schülerlabor Photonik eröffnet', 'Photonics school lab opened'), 7, 200, 'planned'],
      [
        t('Zwischenevaluierung durch den Fördermittelgeber', 'Interim evaluation by the funder'),
        2,
        320,
        'planned',
      ],
      [t('Internationale Konferenz in Rathenow', 'International conference in Rathenow'), 4, 500, 'planned'],
    ];
    const milestoneIds = milestoneSeeds.map(([title, objective, dueOffset, status], i) => {
      const due = addDays(now, dueOffset);
      return run(
        `insert into milestone (strategy_id, goal_id, title, due_date, owner, status, completed_on, evidence, sort_order, created_at, updated_at)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        strategyId,
        objectiveIds[objective]!,
        title[lang],
        iso(due),
        t('Clustermanagement', 'Cluster management')[lang],
        status,
        status === 'done' ? iso(addDays(due, -3)) : null,
        status === 'done'
          ? t('Protokoll in der Geschäftsstelle abgelegt.', 'Minutes filed at the office.')[lang]
          : '',
        i,
        stamp,
        stamp,
      );
    });
    const dependency = db.prepare(
      'insert into milestone_dependency (milestone_id, depends_on_id) values (?, ?)',
    );
    dependency.run(milestoneIds[11]!, milestoneIds[6]!);
    dependency.run(milestoneIds[10]!, milestoneIds[7]!);
    dependency.run(milestoneIds[8]!, milestoneIds[2]!);

    // Activity profile per field of action and year (1 = not at all … 5 = daily), after the survey.
    const planned: Record<string, number> = {
      cooperation: 5,
      marketing: 4,
      events: 4,
      rnd_cooperation: 4,
      technology_transfer: 3,
      lobbying: 3,
      internationalisation: 3,
      branding: 3,
      market_development: 2,
      location_marketing: 2,
      startup_advice: 2,
      qualification: 3,
      monitoring_evaluation: 3,
      strategy_development: 2,
    };
    const insertPlan = db.prepare(
      'insert into activity_plan (cluster_id, field_of_action_id, year, planned_intensity, actual_intensity) values (?, ?, ?, ?, ?)',
    );
    for (let y = year - 2; y <= year; y++) {
      for (const [key, intensity] of Object.entries(planned)) {
        const actual =
          y === year && key === 'monitoring_evaluation'
            ? 2
            : Math.max(1, Math.min(5, intensity - (rnd() < 0.3 ? 1 : 0)));
        insertPlan.run(
          clusterId,
          foa.get(key)!,
          y,
          intensity,
          y < year || now.getUTCMonth() > 5 ? actual : null,
        );
      }
    }

    // Events with participants.
    const eventTypes: [string, Text, string][] = [
      ['workshop', t('Werkstattgespräch Lasersicherheit', 'Laser safety workshop'), 'technology_transfer'],
      ['networking', t('Netzwerkabend Photonik', 'Photonics networking evening'), 'events'],
      ['conference', t('Photonik-Tag Havelland', 'Havelland Photonics Day'), 'events'],
      ['training', t('Schulung Optikdesign', 'Optical design training'), 'qualification'],
      ['fair', t('Gemeinschaftsstand Fachmesse', 'Joint trade fair stand'), 'marketing'],
      [
        'delegation',
        t('Delegationsreise zum Partnercluster', 'Delegation visit to the partner cluster'),
        'internationalisation',
      ],
    ];
    const insertEvent = db.prepare(
      `insert into event (cluster_id, date, type, title, field_of_action_id, participants, note, created_at, updated_at) values (?, ?, ?, ?, ?, ?, '', ?, ?)`,
    );
    const insertEventActor = db.prepare(
      'insert or ignore into event_actor (event_id, actor_id) values (?, ?)',
    );
    // More events each year: 3 a quarter at first, one more every three quarters (the derived
    // "events held" indicator counts them).
    const eventDates: Date[] = [];
    for (let q = 0; ; q++) {
      const quarterStart = new Date(Date.UTC(start.getUTCFullYear(), q * 3, 1));
      if (quarterStart >= now) break;
      const count = 3 + Math.floor((q + 1) / 3);
      for (let k = 0; k < count; k++) {
        const date = addDays(quarterStart, 5 + Math.floor((k * 84) / count) + Math.floor(rnd() * 5));
        if (date < now) eventDates.push(date);
      }
    }
    for (const d of eventDates) {
      const [type, title, field] = pick(eventTypes);
      const participants = type === 'conference' ? 90 + Math.floor(rnd() * 60) : 12 + Math.floor(rnd() * 35);
      const eventId = Number(
        insertEvent.run(clusterId, iso(d), type, title[lang], foa.get(field)!, participants, stamp, stamp)
          .lastInsertRowid,
      );
      for (let k = 0; k < 6; k++) insertEventActor.run(eventId, anyActor().id);
    }

    // Staff: a small team, as in most clusters (average 2.5 FTE).
    const insertStaff = db.prepare(
      'insert into staff (cluster_id, name, role, fte, start_on, end_on) values (?, ?, ?, ?, ?, ?)',
    );
    insertStaff.run(
      clusterId,
      'Dr. Katrin Voss',
      t('Clustermanagerin', 'Cluster manager')[lang],
      1,
      iso(start),
      null,
    );
    insertStaff.run(
      clusterId,
      'Jonas Pietsch',
      t('Projektmanager Technologie', 'Technology project manager')[lang],
      0.75,
      iso(addDays(start, 60)),
      null,
    );
    insertStaff.run(
      clusterId,
      'Mehmet Aydın',
      t('Referent Kommunikation', 'Communications officer')[lang],
      0.5,
      iso(addDays(start, 180)),
      null,
    );

    // Funding: public shares falling by plan (degressive), private shares rising.
    const sources: [Text, string, number][] = [
      [t('EFRE-Programm des Landes', 'ERDF programme of the state'), 'eu', 140_000],
      [t('Landesförderung Clustermanagement', 'State cluster management funding'), 'state', 60_000],
      [t('Landkreis Havelland', 'Havelland District'), 'municipal', 20_000],
      [t('Mitgliedsbeiträge', 'Membership fees'), 'member_fees', 60_000],
      [t('Sponsoring', 'Sponsorship'), 'private_sponsors', 15_000],
      [t('Projekterlöse', 'Project revenue'), 'project_revenue', 40_000],
      [t('Sachleistungen der Mitglieder', 'In-kind contributions of members'), 'in_kind', 20_000],
    ];
    const insertBudget = db.prepare(
      'insert into budget_line (funding_source_id, year, planned_cents, actual_cents) values (?, ?, ?, ?)',
    );
    for (const [name, category, base] of sources) {
      const sourceId = run(
        "insert into funding_source (cluster_id, name, category, note) values (?, ?, ?, '')",
        clusterId,
        name[lang],
        category,
      );
      const isPublic = ['eu', 'state', 'municipal'].includes(category);
      for (let y = 0; y < 5; y++) {
        const plannedEuro = Math.round(base * (isPublic ? 1 - 0.15 * y : 1 + 0.3 * y));
        // Public funds arrive as planned; private ones fall well short (the private share, a derived
        // indicator, reaches about 30 and 32 %: the 40 % break-point is at risk).
        const actualEuro = y < 2 ? Math.round(plannedEuro * (isPublic ? 1 : [0.715, 0.5][y]!)) : null;
        insertBudget.run(
          sourceId,
          year - 2 + y,
          plannedEuro * 100,
          actualEuro === null ? null : actualEuro * 100,
        );
      }
    }
    const plan = db.prepare(
      'insert into financing_plan (cluster_id, year, public_share_bp) values (?, ?, ?)',
    );
    [8000, 7000, 6000, 5000, 4000].forEach((bp, y) => {
      plan.run(clusterId, year - 2 + y, bp);
    });

    // Consensus: endorsements with commitments.
    const endorsers = [...actors.filter((a) => a.group !== 'business').slice(0, 8), ...business.slice(0, 12)];
    const forms = ['board_decision', 'letter_of_intent', 'cooperation_agreement'];
    endorsers.forEach((actor, i) => {
      const endorsementId = run(
        "insert into endorsement (strategy_id, actor_id, date, form, note) values (?, ?, ?, ?, '')",
        strategyId,
        actor.id,
        iso(addDays(start, 10 + i * 3)),
        forms[i % 3],
      );
      if (actor.group === 'business') {
        run(
          "insert into commitment (endorsement_id, kind, amount_cents, hours, description, start_on, end_on) values (?, 'money', ?, null, ?, ?, ?)",
          endorsementId,
          (1000 + Math.floor(rnd() * 4) * 500) * 100,
          t('Jährlicher Beitrag zu Gemeinschaftsprojekten', 'Annual contribution to joint projects')[lang],
          iso(start),
          iso(strategyEnd),
        );
      } else if (actor.group === 'research') {
        run(
          "insert into commitment (endorsement_id, kind, amount_cents, hours, description, start_on, end_on) values (?, 'staff_time', null, ?, ?, ?, ?)",
          endorsementId,
          80 + Math.floor(rnd() * 120),
          t('Mitarbeit in Arbeitskreisen', 'Work in working groups')[lang],
          iso(start),
          iso(strategyEnd),
        );
      } else {
        run(
          "insert into commitment (endorsement_id, kind, amount_cents, hours, description, start_on, end_on) values (?, 'in_kind', ?, null, ?, ?, ?)",
          endorsementId,
          500_000,
          t('Räume für Veranstaltungen', 'Rooms for events')[lang],
          iso(start),
          iso(strategyEnd),
        );
      }
    });

    // Last year's evaluation, decided and locked; this year's as a draft (demo-evaluation.ts).
    writeDemoEvaluations(db, {
      lang,
      clusterId,
      strategyId,
      year,
      actors: actors.map((a) => ({ id: a.id, name: a.name, group: a.group })),
      indicatorIds,
    });

    db.prepare('update audit_context set enabled = 1 where id = 1').run();
    db.prepare("insert into audit_batch (at, user, label, kind) values (?, '', 'demo.create', 'system')").run(
      stamp,
    );
  })();
  void today;
}

function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}
