// Recognising actor groups, subtypes, sizes and relationship types from the everyday words of
// German and English member lists.
import { describe, expect, it } from 'vitest';
import { type ActorGroup, actorSubtypes } from '../contract/entities.ts';
import { languages, translate } from '../i18n/i18n.ts';
import {
  isOtherWord,
  normaliseWord,
  recogniseActorGroup,
  recogniseActorKind,
  recogniseRelationshipType,
  recogniseSize,
  relationshipTypeKeys,
} from './words.ts';

describe('actor kinds from everyday words', () => {
  it.each([
    // The examples
    ['Unternehmen', 'business', 'other'],
    ['Zulieferer', 'business', 'supplier'],
    ['Hochschule', 'research', 'university'],
    ['Forschungsinstitut', 'research', 'research_institute'],
    ['Kammer', 'business', 'chamber'],
    ['Kommune', 'administration', 'municipal_body'],
    // German, with case, spacing, hyphens and compounds
    ['  zulieferer ', 'business', 'supplier'],
    ['Automobilzulieferer', 'business', 'supplier'],
    ['Zulieferer (KMU)', 'business', 'supplier'],
    ['Endprodukthersteller', 'business', 'end_producer'],
    ['Maschinenhersteller', 'business', 'end_producer'],
    ['IT-Dienstleister', 'business', 'service_provider'],
    ['Ingenieurbüro', 'business', 'service_provider'],
    ['Branchenverband', 'business', 'business_association'],
    ['Arbeitgeberverband', 'business', 'social_partner'],
    ['Gewerkschaft', 'business', 'social_partner'],
    ['Sparkasse', 'business', 'bank'],
    ['Kreissparkasse Havelland', 'business', 'bank'],
    ['Investitionsbank des Landes', 'business', 'bank'],
    ['Wagniskapital', 'business', 'venture_capital'],
    ['Business Angel', 'business', 'business_angel'],
    ['IHK', 'business', 'chamber'],
    ['Industrie- und Handelskammer', 'business', 'chamber'],
    ['Handwerkskammer Potsdam', 'business', 'chamber'],
    ['Landesministerium', 'administration', 'state_body'],
    ['Wirtschaftsministerium', 'administration', 'state_body'],
    ['Land Brandenburg', 'administration', 'state_body'],
    ['Gemeinde', 'administration', 'municipal_body'],
    ['Stadtverwaltung', 'administration', 'municipal_body'],
    ['Landkreis Havelland', 'administration', 'municipal_body'],
    ['Hansestadt', 'administration', 'municipal_body'],
    ['Wirtschaftsförderung', 'administration', 'economic_development_agency'],
    ['Wirtschaftsfoerderung Land Brandenburg GmbH', 'administration', 'economic_development_agency'],
    ['Regionalplanung', 'administration', 'planning'],
    ['Verwaltung', 'administration', 'other'],
    ['Universität', 'research', 'university'],
    ['Technische Universität', 'research', 'university'],
    ['Fachhochschule', 'research', 'university'],
    ['Hochschule für Wirtschaft und Recht', 'research', 'university'],
    ['Uni Potsdam', 'research', 'university'],
    ['Fraunhofer-Institut', 'research', 'research_institute'],
    ['Max-Planck-Institut', 'research', 'research_institute'],
    ['Außeruniversitäre Forschung', 'research', 'research_institute'],
    ['Berufsschule', 'research', 'vocational_school'],
    ['Oberstufenzentrum', 'research', 'vocational_school'],
    ['Volkshochschule', 'research', 'continuing_education'],
    ['Kreisvolkshochschule', 'research', 'continuing_education'],
    ['Weiterbildung', 'research', 'continuing_education'],
    ['Forschung', 'research', 'other'],
    ['Museum', 'culture', 'cultural'],
    ['Theater', 'culture', 'cultural'],
    ['Kultur', 'culture', 'cultural'],
    // English
    // "Datenbanken" contains "bank" but does not end with it: a company, not a bank.
    ['Datenbanken GmbH & Co. KG', 'business', 'other'],
    ['Company', 'business', 'other'],
    ['Supplier', 'business', 'supplier'],
    ['Auto parts supplier', 'business', 'supplier'],
    ['Manufacturer', 'business', 'end_producer'],
    ['Service provider', 'business', 'service_provider'],
    ['Trade association', 'business', 'business_association'],
    ['Trade union', 'business', 'social_partner'],
    ['Chamber of Commerce', 'business', 'chamber'],
    ['Venture capital fund', 'business', 'venture_capital'],
    ['Municipality', 'administration', 'municipal_body'],
    ['City council', 'administration', 'municipal_body'],
    ['Ministry', 'administration', 'state_body'],
    ['Economic development agency', 'administration', 'economic_development_agency'],
    ['Urban planning', 'administration', 'planning'],
    ['University', 'research', 'university'],
    ['University of Applied Sciences', 'research', 'university'],
    ['Research institute', 'research', 'research_institute'],
    ['Vocational school', 'research', 'vocational_school'],
    ['Adult education', 'research', 'continuing_education'],
    ['Arts', 'culture', 'cultural'],
  ])('%s → %s, %s', (word, group, subtype) => {
    expect(recogniseActorKind(word)).toEqual({ actorGroup: group, subtype });
    expect(actorSubtypes[group as keyof typeof actorSubtypes] as readonly string[]).toContain(subtype);
  });

  it.each(['Verein', 'Stadtwerke', 'Havelland', 'xyz', '', '   '])(
    'does not guess: %j is not known',
    (word) => {
      expect(recogniseActorKind(word)).toBeNull();
    },
  );
});

describe('actor groups from everyday words', () => {
  it.each([
    ['Wirtschaft', 'business'],
    ['Unternehmen', 'business'],
    ['Verwaltung und Politik', 'administration'],
    ['Politik', 'administration'],
    ['Forschung und Bildung', 'research'],
    ['Wissenschaft', 'research'],
    ['Kulturelles Milieu', 'culture'],
    ['Business', 'business'],
    ['Administration and politics', 'administration'],
    ['Research and education', 'research'],
    ['Culture', 'culture'],
    // A subtype word names its group too.
    ['Hochschule', 'research'],
    ['Zulieferer', 'business'],
  ])('%s → %s', (word, group) => {
    expect(recogniseActorGroup(word)).toBe(group);
  });

  it('knows no group for an unknown word', () => {
    expect(recogniseActorGroup('Verein')).toBeNull();
  });
});

describe('sizes', () => {
  it.each([
    ['KMU: ja', 'sme'],
    ['KMU ja', 'sme'],
    ['ja', 'sme'],
    ['Ja', 'sme'],
    ['x', 'sme'],
    ['KMU', 'sme'],
    ['kleines Unternehmen', 'sme'],
    ['Mittelstand', 'sme'],
    ['SME', 'sme'],
    ['yes', 'sme'],
    ['small', 'sme'],
    ['KMU: nein', 'large'],
    ['nein', 'large'],
    ['kein KMU', 'large'],
    ['nicht KMU', 'large'],
    ['Großunternehmen', 'large'],
    ['groß', 'large'],
    ['Konzern', 'large'],
    ['no', 'large'],
    ['large', 'large'],
    ['', null],
    ['k. A.', null],
    ['n/a', null],
    ['unbekannt', null],
    ['vielleicht', undefined],
    ['medium-ish', 'sme'],
  ])('%j → %s', (word, size) => {
    expect(recogniseSize(word)).toBe(size);
  });
});

describe('relationship types', () => {
  it.each([
    ['gemeinsames FuE-Projekt', 'joint_rnd'],
    ['FuE', 'joint_rnd'],
    ['F&E', 'joint_rnd'],
    ['Forschungskooperation', 'joint_rnd'],
    ['Verbundprojekt', 'joint_rnd'],
    ['Joint R&D', 'joint_rnd'],
    ['research project', 'joint_rnd'],
    ['Marketing', 'joint_marketing'],
    ['Gemeinsames Marketing', 'joint_marketing'],
    ['Messeauftritt', 'joint_marketing'],
    ['Vertrieb', 'joint_distribution'],
    ['joint distribution', 'joint_distribution'],
    ['Ausbildung', 'joint_training'],
    ['Weiterbildung', 'joint_training'],
    ['training', 'joint_training'],
    ['Lieferung', 'supply'],
    ['Lieferbeziehung', 'supply'],
    ['Zulieferung', 'supply'],
    ['supply', 'supply'],
    ['Wissensaustausch', 'knowledge_exchange'],
    ['Technologietransfer', 'knowledge_exchange'],
    ['knowledge exchange', 'knowledge_exchange'],
    ['Kapitalbeteiligung', 'capital'],
    ['Beteiligung', 'capital'],
    ['investment', 'capital'],
    ['informell', 'informal'],
    ['persönlicher Kontakt', 'informal'],
    ['informal', 'informal'],
  ])('%s → %s', (word, type) => {
    expect(recogniseRelationshipType(word)).toBe(type);
    expect(relationshipTypeKeys).toContain(type);
  });

  it('knows no type for an unknown word', () => {
    expect(recogniseRelationshipType('Freundschaft')).toBeNull();
  });
});

describe('normalisation', () => {
  it.each([
    ['Straße', 'strasse'],
    ['ÄÖÜ äöü', 'aeoeue aeoeue'],
    ['F&E-Projekt', 'f e projekt'],
    ['  Industrie-  und Handelskammer ', 'industrie und handelskammer'],
    ['Crédit Agricole', 'credit agricole'],
  ])('%j → %j', (text, normal) => {
    expect(normaliseWord(text)).toBe(normal);
  });
});

describe('what the export writes, the import reads back', () => {
  const subtypes = Object.entries(actorSubtypes).flatMap(([group, list]) =>
    list.map((subtype) => [group as ActorGroup, subtype] as const),
  );
  it.each(
    languages.flatMap((language) => subtypes.map(([group, subtype]) => [language, group, subtype] as const)),
  )('%s: the label of %s / %s', (language, group, subtype) => {
    const label = translate(language, `option.actorSubtype.${group}.${subtype}` as never);
    expect(recogniseActorKind(label)).toEqual({ actorGroup: group, subtype });
    expect(recogniseActorGroup(translate(language, `option.actorGroup.${group}`))).toBe(group);
  });

  it.each(languages.flatMap((language) => relationshipTypeKeys.map((key) => [language, key] as const)))(
    '%s: the label of the relationship type %s',
    (language, key) => {
      expect(recogniseRelationshipType(translate(language, `option.relationshipType.${key}` as never))).toBe(
        key,
      );
    },
  );

  it.each(languages)('%s: sizes and yes/no', (language) => {
    expect(recogniseSize(translate(language, 'option.actorSize.sme'))).toBe('sme');
    expect(recogniseSize(translate(language, 'option.actorSize.large'))).toBe('large');
    expect(recogniseSize(translate(language, 'network.export.yes'))).toBe('sme');
    expect(recogniseSize(translate(language, 'network.export.no'))).toBe('large');
  });

  it('knows the words that just say "other"', () => {
    expect(['Sonstige', 'sonstiges', 'Other', 'andere'].every(isOtherWord)).toBe(true);
    expect(isOtherWord('Zulieferer')).toBe(false);
  });
});
