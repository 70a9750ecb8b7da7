// Everyday words for actor groups, subtypes, sizes and relationship types, German and English,
// as member lists kept in spreadsheets write them ("Zulieferer", "Hochschule", "IHK", "KMU: ja",
// "Stadtverwaltung", "research institute"). Used by the member-list and relationship imports;
// a word not recognised here is shown to the user to map by hand.
//
// A cell is normalised (lower case, umlauts folded, punctuation to spaces). It is recognised by
// the whole text first, then by the longest known word or phrase it contains; German compound
// heads marked with `~` also match at the end of a word ("Automobilzulieferer" → supplier).
import { type ActorGroup, actorSubtypes } from '../contract/entities.ts';

export interface ActorKind {
  readonly actorGroup: ActorGroup;
  readonly subtype: string;
}

export const relationshipTypeKeys = [
  'joint_rnd',
  'joint_marketing',
  'joint_distribution',
  'joint_training',
  'supply',
  'knowledge_exchange',
  'capital',
  'informal',
] as const;
export type RelationshipTypeKey = (typeof relationshipTypeKeys)[number];

/** Lower case, ä/ö/ü/ß folded to ae/oe/ue/ss, every other non-letter a space, spaces collapsed. */
export function normaliseWord(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

type Lexicon<T> = readonly (readonly [T, readonly string[]])[];

const kindWords: Lexicon<string> = [
  [
    'business:end_producer',
    [
      '~hersteller',
      'endprodukthersteller',
      '~produzent',
      'produktion',
      'produzierendes gewerbe',
      'industrie',
      'industrieunternehmen',
      'oem',
      'manufacturer',
      'producer',
      'end producer',
      'manufacturing',
    ],
  ],
  [
    'business:supplier',
    [
      '~zulieferer',
      '~lieferant',
      'zulieferbetrieb',
      'zulieferindustrie',
      'supplier',
      'vendor',
      'tier 1',
      'tier 2',
    ],
  ],
  [
    'business:service_provider',
    [
      '~dienstleister',
      'dienstleistung',
      'dienstleistungsunternehmen',
      '~berater',
      'beratung',
      'beratungsunternehmen',
      'ingenieurbuero',
      'agentur',
      'service provider',
      'services',
      'consultancy',
      'consulting',
      'consultant',
    ],
  ],
  [
    'business:business_association',
    [
      'unternehmensverband',
      'wirtschaftsverband',
      'branchenverband',
      'fachverband',
      'industrieverband',
      '~verband',
      'business association',
      'trade association',
      'industry association',
      'association',
    ],
  ],
  ['business:bank', ['~bank', '~sparkasse', 'kreditinstitut', 'landesbank', 'credit institution']],
  [
    'business:venture_capital',
    [
      'wagniskapital',
      'risikokapital',
      'risikokapitalgeber',
      'wagniskapitalgeber',
      'venture capital',
      'vc',
      'beteiligungsgesellschaft',
      'kapitalbeteiligungsgesellschaft',
      'vc fund',
      'venture fund',
      'private equity',
    ],
  ],
  ['business:business_angel', ['business angel', 'angel investor', 'privatinvestor', 'private investor']],
  [
    'business:social_partner',
    [
      '~gewerkschaft',
      'arbeitgeberverband',
      'sozialpartner',
      'tarifpartei',
      'tarifpartner',
      'trade union',
      'union',
      'labour union',
      'labor union',
      'employers association',
      'employers organisation',
      'employers organization',
      'social partner',
    ],
  ],
  [
    'business:chamber',
    [
      '~kammer',
      'ihk',
      'hwk',
      'industrie und handelskammer',
      'chamber',
      'chamber of commerce',
      'chamber of crafts',
      'chamber of industry and commerce',
    ],
  ],
  [
    'business:other',
    [
      'wirtschaft',
      'unternehmen',
      'firma',
      'betrieb',
      'gewerbe',
      'company',
      'firm',
      'business',
      'enterprise',
      'corporation',
      'startup',
      'start up',
      'gmbh',
    ],
  ],
  [
    'administration:state_body',
    [
      'land',
      'bundesland',
      'landesregierung',
      '~ministerium',
      'staatskanzlei',
      'bund',
      '~behoerde',
      'landesamt',
      'regierung',
      'state',
      'state government',
      'state body',
      'federal body',
      'ministry',
      'government',
      'federal government',
      'public authority',
    ],
  ],
  [
    'administration:municipal_body',
    [
      'kommune',
      '~gemeinde',
      '~stadt',
      'stadtverwaltung',
      '~kreis',
      'kreisverwaltung',
      'landratsamt',
      'rathaus',
      'amt',
      'municipality',
      'municipal',
      'city',
      'city council',
      'town',
      'town council',
      'county',
      'county council',
      'district council',
      'local authority',
      'local government',
      'council',
    ],
  ],
  [
    'administration:economic_development_agency',
    [
      '~wirtschaftsfoerderung',
      'wirtschaftsfoerderungsgesellschaft',
      'wfg',
      'standortagentur',
      'innovationsagentur',
      'economic development',
      'economic development agency',
      'development agency',
      'investment promotion agency',
    ],
  ],
  [
    'administration:planning',
    [
      '~planung',
      'planungsverband',
      'regionalverband',
      'planungsamt',
      'planning',
      'regional planning',
      'urban planning',
      'spatial planning',
      'planning authority',
    ],
  ],
  [
    'administration:other',
    [
      'verwaltung',
      'politik',
      'oeffentliche hand',
      'public administration',
      'administration',
      'politics',
      'public sector',
    ],
  ],
  [
    'research:university',
    [
      '~hochschule',
      '~universitaet',
      'uni',
      'fachhochschule',
      'fh',
      'tu',
      'haw',
      'university',
      'university of applied sciences',
      'polytechnic',
      'university college',
    ],
  ],
  [
    'research:research_institute',
    [
      'forschungsinstitut',
      '~forschungseinrichtung',
      '~institut',
      'fraunhofer',
      'max planck',
      'leibniz',
      'helmholtz',
      'forschungszentrum',
      'an institut',
      'aninstitut',
      'ausseruniversitaere forschung',
      'research institute',
      'research institution',
      'research centre',
      'research center',
      'institute',
      'laboratory',
    ],
  ],
  [
    'research:vocational_school',
    [
      '~berufsschule',
      'berufskolleg',
      'berufsbildende schule',
      'oberstufenzentrum',
      'osz',
      'berufsfachschule',
      'vocational school',
      'vocational college',
      'technical college',
    ],
  ],
  [
    'research:continuing_education',
    [
      '~weiterbildung',
      'weiterbildungseinrichtung',
      '~volkshochschule',
      'vhs',
      'bildungstraeger',
      'bildungswerk',
      '~akademie',
      'erwachsenenbildung',
      'fortbildung',
      'continuing education',
      'adult education',
      'further education',
      'training provider',
      'training centre',
      'training center',
    ],
  ],
  [
    'research:other',
    ['forschung', 'bildung', 'wissenschaft', '~schule', 'research', 'education', 'science', 'school'],
  ],
  [
    'culture:cultural',
    [
      'kultur',
      'kultureinrichtung',
      '~museum',
      '~theater',
      'galerie',
      'kuenstler',
      'kuenstlerin',
      'kunst',
      'kulturverein',
      'orchester',
      'bibliothek',
      'library',
      'cultural',
      'culture',
      'arts',
      'artist',
      'gallery',
      'theatre',
      'museum',
    ],
  ],
  ['culture:other', ['sonstiger kulturakteur', 'kulturakteur', 'other cultural actor', 'cultural actor']],
];

const groupWords: Lexicon<ActorGroup> = [
  [
    'business',
    ['wirtschaft', 'unternehmen', 'business', 'economy', 'industry', 'companies', 'privatwirtschaft'],
  ],
  [
    'administration',
    [
      'verwaltung',
      'politik',
      'verwaltung und politik',
      'politik und verwaltung',
      'oeffentliche hand',
      'administration',
      'administration and politics',
      'government',
      'public sector',
      'politics',
    ],
  ],
  [
    'research',
    [
      'forschung',
      'bildung',
      'wissenschaft',
      'forschung und bildung',
      'forschung und lehre',
      'research',
      'education',
      'research and education',
      'science',
      'academia',
    ],
  ],
  ['culture', ['kultur', 'kulturelles milieu', 'culture', 'cultural', 'arts', 'cultural milieu']],
];

const sizeWords: Lexicon<'sme' | 'large'> = [
  [
    'sme',
    [
      'ja',
      'j',
      'yes',
      'y',
      'x',
      'wahr',
      'true',
      '1',
      'kmu',
      'sme',
      'kmu ja',
      'sme yes',
      'klein',
      'mittel',
      'kleinunternehmen',
      'kleines unternehmen',
      'mittleres unternehmen',
      'kleinstunternehmen',
      'mittelstand',
      'mittelstaendisch',
      'small',
      'medium',
      'micro',
      'small and medium',
      'small business',
    ],
  ],
  [
    'large',
    [
      'nein',
      'n',
      'no',
      'falsch',
      'false',
      '0',
      'kmu nein',
      'sme no',
      'kein kmu',
      'nicht kmu',
      'no sme',
      'not sme',
      'gross',
      'grossunternehmen',
      'konzern',
      'large',
      'large enterprise',
      'large company',
      'big',
    ],
  ],
];

/** Cells that say "nothing known": no size, no date. */
const blankWords = new Set(['', 'k a', 'ka', 'n a', 'na', 'unbekannt', 'unknown', 'keine angabe', 'none']);

const typeWords: Lexicon<RelationshipTypeKey> = [
  [
    'joint_rnd',
    [
      'gemeinsames fue projekt',
      'fue',
      'f e',
      'fue projekt',
      'fue kooperation',
      'forschungskooperation',
      'forschung und entwicklung',
      '~forschungsprojekt',
      '~verbundprojekt',
      'entwicklungsprojekt',
      'joint r d',
      'r d',
      'rnd',
      'joint rnd',
      'research cooperation',
      'research project',
      'joint research',
      'research and development',
    ],
  ],
  [
    'joint_marketing',
    [
      '~marketing',
      'gemeinsames marketing',
      'messeauftritt',
      'gemeinschaftsstand',
      'werbung',
      'joint marketing',
      'co marketing',
    ],
  ],
  [
    'joint_distribution',
    [
      '~vertrieb',
      'gemeinsamer vertrieb',
      'vertriebskooperation',
      'distribution',
      'joint distribution',
      'joint sales',
      'sales',
    ],
  ],
  [
    'joint_training',
    [
      '~ausbildung',
      'gemeinsame ausbildung',
      '~weiterbildung',
      'schulung',
      'qualifizierung',
      'ausbildungsverbund',
      'training',
      'joint training',
      'apprenticeship',
    ],
  ],
  [
    'supply',
    [
      '~lieferung',
      'lieferbeziehung',
      'zulieferung',
      'lieferant',
      'zulieferer',
      'einkauf',
      'kunde',
      'kundenbeziehung',
      'supply',
      'supplier',
      'supply chain',
      'purchasing',
      'customer',
    ],
  ],
  [
    'knowledge_exchange',
    [
      'wissensaustausch',
      'erfahrungsaustausch',
      'austausch',
      'wissenstransfer',
      'technologietransfer',
      'transfer',
      'knowledge exchange',
      'knowledge transfer',
      'technology transfer',
      'exchange',
    ],
  ],
  [
    'capital',
    [
      'kapital',
      '~beteiligung',
      'kapitalbeteiligung',
      'investition',
      'finanzierung',
      'investment',
      'equity',
      'capital',
      'financing',
      'shareholding',
    ],
  ],
  [
    'informal',
    [
      'informell',
      'informelle beziehung',
      'kontakt',
      'persoenlicher kontakt',
      'netzwerk',
      'informal',
      'contact',
      'personal contact',
    ],
  ],
];

interface Entry<T> {
  readonly value: T;
  readonly phrase: string;
  readonly tokens: readonly string[];
  readonly compound: boolean;
  /** The longer phrase wins; on a tie a specific value beats a generic one ("Hochschule für Wirtschaft"). */
  readonly rank: number;
}

function compile<T>(
  lexicon: Lexicon<T>,
  generic: (value: T) => boolean = () => false,
): { exact: Map<string, T>; entries: Entry<T>[] } {
  const exact = new Map<string, T>();
  const entries: Entry<T>[] = [];
  for (const [value, words] of lexicon) {
    for (const word of words) {
      const compound = word.startsWith('~');
      const phrase = normaliseWord(compound ? word.slice(1) : word);
      if (!exact.has(phrase)) exact.set(phrase, value);
      const rank = phrase.length + (generic(value) ? 0 : 0.5);
      entries.push({ value, phrase, tokens: phrase.split(' '), compound, rank });
    }
  }
  return { exact, entries };
}

function recognise<T>(compiled: ReturnType<typeof compile<T>>, text: string): T | null {
  const normal = normaliseWord(text);
  if (normal === '') return null;
  const direct = compiled.exact.get(normal);
  if (direct !== undefined) return direct;
  const tokens = normal.split(' ');
  let best: Entry<T> | null = null;
  for (const entry of compiled.entries) {
    if (best && entry.rank <= best.rank) continue;
    if (containsPhrase(tokens, entry)) best = entry;
  }
  return best?.value ?? null;
}

function containsPhrase(tokens: readonly string[], entry: Entry<unknown>): boolean {
  const k = entry.tokens.length;
  for (let i = 0; i + k <= tokens.length; i++) {
    let match = true;
    for (let j = 0; j < k && match; j++) {
      const token = tokens[i + j]!;
      const wanted = entry.tokens[j]!;
      // A compound head may end the last word: "automobilzulieferer" ends with "zulieferer".
      match = token === wanted || (entry.compound && j === k - 1 && token.endsWith(wanted));
    }
    if (match) return true;
  }
  return false;
}

const kinds = compile(kindWords, (value) => value.endsWith(':other'));
const groups = compile(groupWords);
const sizes = compile(sizeWords);
const types = compile(typeWords);

/** Group and subtype from a word such as "Zulieferer" or "Forschungsinstitut"; null if unknown. */
export function recogniseActorKind(text: string): ActorKind | null {
  const found = recognise(kinds, text);
  if (!found) return null;
  const [actorGroup, subtype] = found.split(':') as [ActorGroup, string];
  return { actorGroup, subtype };
}

/** An actor group from a word such as "Wirtschaft" or "Forschung"; null if unknown. */
export function recogniseActorGroup(text: string): ActorGroup | null {
  return recognise(groups, text) ?? recogniseActorKind(text)?.actorGroup ?? null;
}

/**
 * SME or large from a size cell ("KMU: ja", "ja" under a "KMU" header, "Großunternehmen");
 * null when the cell says nothing; undefined for a word not known.
 */
export function recogniseSize(text: string): 'sme' | 'large' | null | undefined {
  const normal = normaliseWord(text);
  if (blankWords.has(normal)) return null;
  return recognise(sizes, normal) ?? undefined;
}

/** A relationship type from a word such as "gemeinsames FuE-Projekt" or "Lieferung"; null if unknown. */
export function recogniseRelationshipType(text: string): RelationshipTypeKey | null {
  return recognise(types, text);
}

const otherWords = new Set(
  [
    'sonstige',
    'sonstiges',
    'sonstiger',
    'andere',
    'anderes',
    'weitere',
    'other',
    'others',
    'misc',
    'miscellaneous',
  ].map(normaliseWord),
);

/** Whether a subtype cell just says "other" (the group, from its own column, says which). */
export function isOtherWord(text: string): boolean {
  return otherWords.has(normaliseWord(text));
}

/** Whether a cell says nothing (empty, "k. A.", "n/a", …). */
export function isBlankWord(text: string): boolean {
  return blankWords.has(normaliseWord(text));
}

/** The subtype to use when only the group is known. */
export function fallbackSubtype(group: ActorGroup): string {
  return (actorSubtypes[group] as readonly string[]).includes('other') ? 'other' : actorSubtypes[group][0];
}
