/**
 * The registry of vanban's declarative grammar: every lexicon and pattern the
 * engine reads comes through here. One construct per file; adding a unit, a
 * document type or an issuer code is a one-line data change in that file.
 */

export {citedOnlyTypes, instrumentTypes, typeQualifiers, untypedNumberType, type InstrumentType} from './instrument-types.js'
export {issuerCodes, issuerCodeAliases} from './issuer-codes.js'
export {
  sectionKindNames,
  sectionKindPhrases,
  sectionKindOrder,
  listIntroEndings,
  headingQualifiers,
  type SectionKindName
} from './section-kinds.js'
export {catalogueColonLabels, catalogueLabels, type CatalogueKey} from './catalogue-fields.js'
export {
  nationalTitles,
  mottos,
  issuerHeads,
  adminLevels,
  bodyAbbreviations,
  levelAbbreviations,
  fixedBodyNames,
  separatorChars
} from './official-header.js'
export {familyNames, signaturePrefixes, signerTitles, signedNotes, nameHonorifics} from './signature.js'
export {clauseOpenings, closingFormulas, type ClauseKind} from './preamble.js'
export {
  leftoverOpenings,
  inlineLinkLabels,
  pageChrome,
  pageChromeLabels,
  postingLabels,
  breadcrumbRoots,
  breadcrumbSeparators,
  truncationMarks,
  pageRunningHeads,
  signatureStampLabels,
  signatureStampOwnLabels
} from './web-leftovers.js'
export {numberingStyles, type NumberingStyle, vietnameseLetters, bulletChars, dashChars} from './numbering.js'
export {
  aliasPhrases,
  centralIssuerOpenings,
  localScopeEndings,
  relationPhrases,
  titleOpenings,
  titleDroppedOpenings,
  issuerStops,
  namedTypes,
  namedWithPeriodTypes,
  nameStops,
  foldedNameStops,
  pinWords,
  nameInnerPhrases,
  knownInstrumentNames,
  notInstrumentNames,
  shortNumberFollowers,
  selfReferences,
  lookAlikeLetters,
  nameAbbreviations,
  soleIssuerTypes,
  fixedIssuers,
  issuedVerbs,
  type RelationType
} from './citation.js'
export {ageBounds, ageGroups, placePoints, units, type UnitKind} from './units.js'
export {
  comparatorsBefore,
  comparatorsAfter,
  comparatorSymbols,
  changeWordCompounds,
  changeWords,
  measureHeads,
  measuredActions,
  plannedActions,
  sharedPredicateOpenings,
  rankPlaces,
  scaleWords,
  figureScales,
  amountInWordsLabels,
  yearBeforeWords,
  referenceAsides,
  leadingChanges,
  changeVerbCompoundEnds,
  subjectEndQualifiers,
  measureNouns,
  targetCues,
  targetHeadings,
  pastCues,
  annualWords,
  levelWords,
  periodOfYearAfter,
  periodicBefore,
  periodicUnits,
  rankWords,
  ordinalNouns,
  multipleWords,
  respectiveWords,
  denominatorStops,
  budgetWords,
  awardWords,
  fractionWholes,
  possessionVerbs,
  mannerWords,
  joiningActions,
  type Comparator
} from './quantity.js'
export {reformAreaHeadings, reformAreaTraining, socioEconomicPhrases, type ReformArea} from './reform-areas.js'
export {taskColumnLabels, taskColumnKeywords, recurringDeadlines, type RecurringKind, type TaskColumn} from './task-columns.js'
export {agencyNames, agencyAbbreviations, agencyVariants, agencyHeadingLeadIns, agencyOpenings, agencyDutyVerbs, closingRemarkOpenings, leadInDutyVerbs, listedAgencyHeads, listedCollectives, partnerListEnders} from './agencies.js'
export {collapsedCues, danglingWords, figureWords, instrumentVerbs, nameOpeners, referenceWords} from './wrapping.js'
export {leadAdvisorVerbs, leadOpenings, leadAuxiliaries, leadSigners, weekdays} from './lead.js'
export {indicatorColumnLabels, rankUnitLabels, type IndicatorColumn, reportedColumnLabels} from './indicator-columns.js'
export {numberWords, percentWords, type NumberWordRole} from './number-words.js'
